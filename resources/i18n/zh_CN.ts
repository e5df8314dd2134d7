<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../designer/ui/layer_text.py" line="39"/>
        <source>padding {size}</source>
        <translation>填充 {size}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_text.py" line="50"/>
        <location filename="../../designer/ui/layer_text.py" line="56"/>
        <source>stride {stride}</source>
        <translation>步长 {stride}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_text.py" line="60"/>
        <source>{units} units</source>
        <translation>{units} 个单元</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_text.py" line="62"/>
        <source>rate {rate}</source>
        <translation>比例 {rate}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_text.py" line="64"/>
        <source>{count} layers + input</source>
        <translation>{count} 层 + 输入</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_text.py" line="68"/>
        <source>{count} branches ({layers} layers), {merge}</source>
        <translation>{count} 个分支（{layers} 层），{merge}</translation>
    </message>
</context>
<context>
    <name>BlockCommands</name>
    <message>
        <location filename="../../designer/ui/block_commands.py" line="20"/>
        <source>&amp;Wrap in Residual Block</source>
        <translation>放入残差块(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/block_commands.py" line="23"/>
        <source>Put the selected layers (shift-click for several) in a residual block</source>
        <translation>将选中的层（按住 Shift 点击可多选）放入残差块</translation>
    </message>
    <message>
        <location filename="../../designer/ui/block_commands.py" line="25"/>
        <source>Un&amp;wrap Block</source>
        <translation>拆开块(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/block_commands.py" line="27"/>
        <source>&amp;Open Block</source>
        <translation>打开块(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/block_commands.py" line="29"/>
        <source>Edit the layers inside the selected block</source>
        <translation>编辑选中块内部的层</translation>
    </message>
    <message>
        <location filename="../../designer/ui/block_commands.py" line="30"/>
        <source>&amp;Close Block</source>
        <translation>关闭块(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/block_commands.py" line="31"/>
        <source>Go back to the stack the block sits in</source>
        <translation>返回该块所在的层栈</translation>
    </message>
    <message>
        <location filename="../../designer/ui/block_commands.py" line="32"/>
        <source>Move Out of Block</source>
        <translation>移出块</translation>
    </message>
    <message>
        <location filename="../../designer/ui/block_commands.py" line="33"/>
        <source>Put the selected layer after the block it is in</source>
        <translation>将选中的层移到其所在块的后面</translation>
    </message>
</context>
<context>
    <name>ClassChart</name>
    <message>
        <location filename="../../designer/ui/class_chart.py" line="132"/>
        <source>{count} classes: point at a bar to see its name</source>
        <extracomment>The most height that upright class names may take; longer ones are elided. Share of each class&apos;s slot that its bar fills.</extracomment>
        <translation>{count} 个类别：指向柱形可查看类别名</translation>
    </message>
    <message>
        <location filename="../../designer/ui/class_chart.py" line="156"/>
        <source>{name}: {count} training images</source>
        <translation>{name}：{count} 张训练图像</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <location filename="../../designer/ui/confusion_matrix_view.py" line="161"/>
        <source>correct</source>
        <extracomment>ColorBrewer&apos;s sequential Blues, starting from pure white so that an empty cell is white. Cells darker than this (0-255 luma) get white numbers, lighter ones black. The grid a size hint asks for, spread over the classes. The widest a class name is drawn; longer names are elided. All the cells; its top-left is cell (0, 0). Column names are turned upright (they don&apos;t fit across a cell). Only every ``step``-th class name and recall is written when the rows are thinner than a line. (true class, predicted class) of a cell clicked with the left button.</extracomment>
        <translation>正确</translation>
    </message>
    <message>
        <location filename="../../designer/ui/confusion_matrix_view.py" line="251"/>
        <source>Evaluate the model to see its confusion matrix</source>
        <translation>评估模型后可查看其混淆矩阵</translation>
    </message>
    <message>
        <location filename="../../designer/ui/confusion_matrix_view.py" line="328"/>
        <source>Predicted class</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <location filename="../../designer/ui/confusion_matrix_view.py" line="334"/>
        <source>True class</source>
        <translation>真实类别</translation>
    </message>
    <message>
        <location filename="../../designer/ui/confusion_matrix_view.py" line="349"/>
        <source>{count} {true} images predicted as {predicted} ({share:.0%} of {true})</source>
        <translation>{count} 张 {true} 图像被预测为 {predicted}（占 {true} 的 {share:.0%}）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/confusion_matrix_view.py" line="358"/>
        <source>{name}: {correct} of {total} images predicted right ({share:.0%})</source>
        <translation>{name}：{total} 张图像中预测正确 {correct} 张（{share:.0%}）</translation>
    </message>
</context>
<context>
    <name>ConvolutionPlayground</name>
    <message>
        <location filename="../../designer/ui/convolution_playground.py" line="79"/>
        <source>Flip the kernel (true convolution)</source>
        <translation>翻转卷积核（真正的卷积）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/convolution_playground.py" line="91"/>
        <location filename="../../designer/ui/convolution_playground.py" line="101"/>
        <source>Kernel</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <location filename="../../designer/ui/convolution_playground.py" line="100"/>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../../designer/ui/convolution_playground.py" line="102"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../designer/ui/convolution_playground.py" line="176"/>
        <source>True convolution: the kernel is flipped left-right and upside-down before it slides over the image, as in mathematics and signal processing.</source>
        <translation>真正的卷积：卷积核先左右、上下翻转，再在图像上滑动，与数学和信号处理中的定义一致。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/convolution_playground.py" line="181"/>
        <source>Cross-correlation: the kernel slides over the image as it is. This is what a Conv2D layer computes; since it learns its kernels, the flip would make no difference to it.</source>
        <translation>互相关：卷积核不翻转，直接在图像上滑动。Conv2D 层计算的就是互相关；由于卷积核是学习得到的，翻转与否对它没有影响。</translation>
    </message>
</context>
<context>
    <name>DatasetPanel</name>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="209"/>
        <source>Image folder...</source>
        <translation>图像文件夹...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="210"/>
        <source>Your own images: a folder with one subfolder per class</source>
        <translation>你自己的图像：一个文件夹，每个类别一个子文件夹</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="215"/>
        <source>Where the data set&apos;s files are, or are downloaded to</source>
        <translation>数据集文件所在或下载到的位置</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="217"/>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="219"/>
        <source>Download if missing</source>
        <translation>缺失时下载</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="233"/>
        <source>Click for other random versions</source>
        <translation>点击查看其他随机版本</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="239"/>
        <location filename="../../designer/ui/dataset_panel.py" line="350"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="242"/>
        <source>Training images per class</source>
        <translation>每个类别的训练图像数</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="243"/>
        <source>Augmentation</source>
        <translation>数据增强</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="329"/>
        <source>Your images in {path}, one subfolder per class</source>
        <translation>你在 {path} 中的图像，每个类别一个子文件夹</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="342"/>
        <source>Folder of images, one subfolder per class</source>
        <translation>图像文件夹，每个类别一个子文件夹</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="377"/>
        <source>Loading {name}...</source>
        <translation>正在加载 {name}...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="453"/>
        <source>{classes} classes · {train} training images · {test} test images</source>
        <translation>{classes} 个类别 · {train} 张训练图像 · {test} 张测试图像</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="461"/>
        <source>Samples as the network sees them ({channels}×{height}×{width})</source>
        <translation>网络所看到的样本（{channels}×{height}×{width}）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="494"/>
        <source>Random versions of the framed sample, as training sees it. Click them for others, or a sample above to pick it.</source>
        <translation>框选样本在训练时看到的随机版本。点击它们可换一批，点击上方的样本可选中该样本。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="498"/>
        <source>No augmentation is on: training sees every image as it is.</source>
        <translation>未开启数据增强：训练时看到的每张图像都是原样。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="501"/>
        <source>Mixup (alpha {alpha}) is not shown: it blends pairs of images and their labels.</source>
        <translation>未显示 Mixup（alpha {alpha}）：它会把成对的图像及其标签混合在一起。</translation>
    </message>
</context>
<context>
    <name>DiagramView</name>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="100"/>
        <source>input</source>
        <extracomment>A block: 1 for a residual block (drawn with a skip connection), its branch count for a parallel one.</extracomment>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="148"/>
        <source>Network diagram</source>
        <translation>网络结构图</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="196"/>
        <source>conv {kernel}</source>
        <translation>卷积 {kernel}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="197"/>
        <source>sep. conv {kernel}</source>
        <translation>可分离卷积 {kernel}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="198"/>
        <source>up-conv {kernel}</source>
        <translation>上卷积 {kernel}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="203"/>
        <source>max pool {window}</source>
        <translation>最大池化 {window}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="203"/>
        <source>avg pool {window}</source>
        <translation>平均池化 {window}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="208"/>
        <source>residual, {count} layers</source>
        <translation>残差，{count} 层</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="210"/>
        <source>concat</source>
        <translation>拼接</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="210"/>
        <source>add</source>
        <translation>相加</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="211"/>
        <source>{count} branches, {merge}</source>
        <translation>{count} 个分支，{merge}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="214"/>
        <source>global avg pool</source>
        <translation>全局平均池化</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="215"/>
        <source>global max pool</source>
        <translation>全局最大池化</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="216"/>
        <source>flatten</source>
        <translation>展平</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="217"/>
        <source>dense</source>
        <translation>全连接</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="218"/>
        <source>BN</source>
        <translation>BN</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="219"/>
        <source>dropout {rate:g}</source>
        <translation>dropout {rate:g}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="225"/>
        <source>{operation}, stride {stride}</source>
        <translation>{operation}，步长 {stride}</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <location filename="../../designer/ui/drawing_canvas.py" line="169"/>
        <source>Draw here</source>
        <extracomment>The side of the picture the strokes are painted into, in canvas pixels. The pen&apos;s default width in canvas pixels: about an MNIST stroke once the digit is fitted to 28x28. The share of the output&apos;s side that the ink&apos;s longer side fills (MNIST: 20 of 28 pixels). The least time between two ``drawn`` signals while the pen moves, in milliseconds. The colour of the &quot;Draw here&quot; hint on the black square. The drawing changed: a stroke ended, the canvas was cleared, or (at most every 100 ms) the pen moved.</extracomment>
        <translation>在此绘制</translation>
    </message>
</context>
<context>
    <name>EvaluationView</name>
    <message>
        <location filename="../../designer/ui/evaluation_view.py" line="75"/>
        <source>Evaluate on the test set</source>
        <extracomment>Samples shown for a cell, and in the mistakes gallery.</extracomment>
        <translation>在测试集上评估</translation>
    </message>
    <message>
        <location filename="../../designer/ui/evaluation_view.py" line="77"/>
        <source>Evaluate the model to see how it does on every test image.</source>
        <translation>评估模型，查看它在每张测试图像上的表现。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/evaluation_view.py" line="81"/>
        <location filename="../../designer/ui/evaluation_view.py" line="205"/>
        <source>Click a cell of the matrix to see its samples.</source>
        <translation>点击矩阵中的单元格可查看其样本。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/evaluation_view.py" line="114"/>
        <source>Test accuracy {accuracy:.2%}, loss {loss:.4f} on {count:,} images ({source}).</source>
        <translation>在 {count:,} 张图像上的测试准确率 {accuracy:.2%}，损失 {loss:.4f}（{source}）。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/evaluation_view.py" line="124"/>
        <source>The {shown} most confident of {count:,} mistakes (click one to inspect it):</source>
        <translation>{count:,} 个错误中置信度最高的 {shown} 个（点击可检视）：</translation>
    </message>
    <message>
        <location filename="../../designer/ui/evaluation_view.py" line="163"/>
        <source>{count:,} {true} images predicted as {predicted}{more}:</source>
        <translation>{count:,} 张 {true} 图像被预测为 {predicted}{more}：</translation>
    </message>
    <message>
        <location filename="../../designer/ui/evaluation_view.py" line="167"/>
        <source> (the first {shown})</source>
        <translation>（显示前 {shown} 张）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/evaluation_view.py" line="182"/>
        <source>Validation accuracy after epoch {epoch}: {accuracy:.2%} of {count:,} images.</source>
        <translation>第 {epoch} 轮后的验证准确率：{count:,} 张图像中的 {accuracy:.2%}。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/evaluation_view.py" line="188"/>
        <source>An epoch&apos;s snapshot keeps the counts only; move the timeline to the end to see samples.</source>
        <translation>某一轮的快照只保存计数；将时间轴移到末尾才能查看样本。</translation>
    </message>
</context>
<context>
    <name>FeatureMapGrid</name>
    <message>
        <location filename="../../designer/ui/feature_map_grid.py" line="98"/>
        <source>map {index}: {low:.3g} to {high:.3g}, mean {mean:.3g}</source>
        <extracomment>The longest side of a tile; maps are scaled up by whole pixels to about this size.</extracomment>
        <translation>特征图 {index}：{low:.3g} 到 {high:.3g}，均值 {mean:.3g}</translation>
    </message>
</context>
<context>
    <name>FeatureMapsView</name>
    <message>
        <location filename="../../designer/ui/feature_maps_view.py" line="34"/>
        <source>Input after fitting and normalisation: {low:.2f} to {high:.2f}</source>
        <translation>调整尺寸并归一化后的输入：{low:.2f} 到 {high:.2f}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/feature_maps_view.py" line="42"/>
        <source>, the first {count} shown</source>
        <translation>，显示前 {count} 个</translation>
    </message>
    <message>
        <location filename="../../designer/ui/feature_maps_view.py" line="45"/>
        <source>{layer} ({kind}): {count} maps of {height}x{width}{shown}</source>
        <translation>{layer}（{kind}）：{count} 个 {height}x{width} 的特征图{shown}</translation>
    </message>
</context>
<context>
    <name>InspectPanel</name>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="128"/>
        <source>The class whose evidence the heat map shows (Grad-CAM)</source>
        <extracomment>Live weights are inspected at most this often (ms) while a run trains. A sample&apos;s inspection is on show. The torchvision data folder and whether to download, as the Train view has them. What is wrong now, by what it is wrong with (&quot;data&quot;, &quot;weights&quot;, &quot;sample&quot;).</extracomment>
        <translation>热力图所显示证据对应的类别（Grad-CAM）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="130"/>
        <source>Heat map</source>
        <translation>热力图</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="145"/>
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="147"/>
        <source>Prediction</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="165"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="176"/>
        <source>Feature maps</source>
        <translation>特征图</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="177"/>
        <source>Kernels</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="178"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="179"/>
        <source>Convolution playground</source>
        <translation>卷积演练场</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="183"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="186"/>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="253"/>
        <source>Untrained: the design&apos;s fresh weights</source>
        <translation>未训练：设计的初始权重</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="255"/>
        <source>{run}: live, as it trains</source>
        <translation>{run}：实时（训练中）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="258"/>
        <source>{run}: best epoch</source>
        <translation>{run}：最佳轮次</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="259"/>
        <source>{run}: last epoch</source>
        <translation>{run}：最后一轮</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="271"/>
        <location filename="../../designer/ui/inspect_panel.py" line="466"/>
        <source>Evaluate the model to see how it does on every test image.</source>
        <translation>评估模型，查看它在每张测试图像上的表现。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="311"/>
        <source>Predicted class</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="316"/>
        <source>Inspecting {name}: {count:,} test images</source>
        <translation>正在检视 {name}：{count:,} 张测试图像</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="370"/>
        <source>Predicted {name} ({confidence:.1%})</source>
        <translation>预测为 {name}（{confidence:.1%}）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="374"/>
        <source>; truly {name}</source>
        <translation>；实际为 {name}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="412"/>
        <source>This network has no convolution layer.</source>
        <translation>该网络没有卷积层。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="419"/>
        <source>Each filter of the first layer as a colour picture, stretched to its own range.</source>
        <translation>第一层的每个滤波器显示为一张彩色图，按各自的取值范围拉伸。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="422"/>
        <source>One tile per filter (rows) and input channel (columns): red positive, blue negative, on one scale for the layer. Hover a tile for its values.</source>
        <translation>每个滤波器（行）与输入通道（列）对应一个小图：红色为正，蓝色为负，同一层使用统一刻度。悬停在小图上可查看数值。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="430"/>
        <source>{filters} filters of {inputs} channels.</source>
        <translation>{filters} 个滤波器，每个 {inputs} 个通道。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="459"/>
        <source>now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="459"/>
        <source>no snapshots for these weights</source>
        <translation>这些权重没有快照</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="469"/>
        <source>after epoch {epoch} of {count}</source>
        <translation>第 {epoch} / {count} 轮后</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="482"/>
        <source>Showing the snapshot after epoch {epoch}: the pinned test sample, the kernels and the validation confusion matrix as they were then</source>
        <translation>显示第 {epoch} 轮后的快照：固定的测试样本、卷积核和验证混淆矩阵均为当时的状态</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="500"/>
        <source>The test set has not loaded yet.</source>
        <translation>测试集尚未加载。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="512"/>
        <source>Test accuracy {accuracy:.2%} ({weights})</source>
        <translation>测试准确率 {accuracy:.2%}（{weights}）</translation>
    </message>
</context>
<context>
    <name>InspectWorker</name>
    <message>
        <location filename="../../designer/ui/inspect_worker.py" line="175"/>
        <source>{count} epoch snapshot(s) in {folder} could not be read and are left out.</source>
        <extracomment>The newest sample request&apos;s number, set from the GUI thread. Set from the GUI thread when the view closes: loading and evaluating stop early.</extracomment>
        <translation>{folder} 中有 {count} 个轮次快照无法读取，已略过。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_worker.py" line="187"/>
        <source>Evaluating on the test set</source>
        <translation>正在测试集上评估</translation>
    </message>
</context>
<context>
    <name>KernelGrid</name>
    <message>
        <location filename="../../designer/ui/kernel_grid.py" line="135"/>
        <source>filter {index} (RGB)</source>
        <extracomment>Ends of the diverging map (ColorBrewer&apos;s RdBu ends); 0 is white. At most this many filters (rows) and input channels (columns) are drawn.</extracomment>
        <translation>滤波器 {index}（RGB）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/kernel_grid.py" line="142"/>
        <source>filter {index}, input channel {channel}</source>
        <translation>滤波器 {index}，输入通道 {channel}</translation>
    </message>
</context>
<context>
    <name>LayerCardDelegate</name>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="54"/>
        <source>what the layer before the block gives it</source>
        <extracomment>Clickable fix areas per model row, as painted last. Per row: the card last worded, its words, and its height per view width. An edit rewords only the cards whose layer or figures changed.</extracomment>
        <translation>块之前的层传给它的数据</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="56"/>
        <source>Block input</source>
        <translation>块输入</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="61"/>
        <source>grayscale image</source>
        <translation>灰度图像</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="61"/>
        <source>RGB image</source>
        <translation>RGB 图像</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="62"/>
        <source>{channels}-channel image</source>
        <translation>{channels} 通道图像</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="64"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="69"/>
        <source>{count} params</source>
        <translation>{count} 个参数</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="73"/>
        <source>Fix: {action}</source>
        <translation>修复：{action}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="76"/>
        <source>? (an earlier layer does not fit)</source>
        <translation>?（前面某层形状不匹配）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="210"/>
        <source>Layer name</source>
        <translation>层名称</translation>
    </message>
</context>
<context>
    <name>LayerHealthView</name>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="129"/>
        <source>Layer</source>
        <extracomment>Half the units never firing wastes half the layer, and dead ReLUs seldom come back. A healthy step changes the weights by about 0.1%; 10% a step means the learning rate is far too high. Gradient norm and update ratio both below this: the layer has all but stopped learning. How many of the latest epochs the gradient trend shows. Where the trend cell keeps its values (gradient norms, oldest first). Where the layer cell keeps its row&apos;s worst problem: &quot;error&quot;, &quot;warning&quot; or None.</extracomment>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="130"/>
        <source>Gradient</source>
        <translation>梯度</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="130"/>
        <source>Size (norm) of the layer&apos;s gradient on the epoch&apos;s last batch</source>
        <translation>该层在本轮最后一个批次上的梯度大小（范数）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="132"/>
        <source>Update</source>
        <translation>更新幅度</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="133"/>
        <source>Size of the last optimizer step relative to the weights; about 0.001 is healthy</source>
        <translation>最近一次优化器更新量相对于权重的大小；约 0.001 为健康</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="136"/>
        <source>Dead ReLU</source>
        <translation>死亡 ReLU</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="137"/>
        <source>Share of the layer&apos;s ReLU units that never fired on the last batch</source>
        <translation>该层在最后一个批次上从未激活的 ReLU 单元所占比例</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="139"/>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="139"/>
        <source>Gradient norm over the last epochs (log scale)</source>
        <translation>最近几轮的梯度范数（对数刻度）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="164"/>
        <source>Layer health appears after the first epoch.</source>
        <translation>第一轮结束后显示层健康状况。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="198"/>
        <source>After epoch {epoch}: {count} problem(s); hover a tinted row to see why</source>
        <translation>第 {epoch} 轮后：{count} 个问题；悬停在着色的行上可查看原因</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="201"/>
        <source>After epoch {epoch}: every layer looks healthy</source>
        <translation>第 {epoch} 轮后：所有层看起来都很健康</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="207"/>
        <source>Gradient norm, epochs {first}-{last}: {start} to {end}</source>
        <translation>梯度范数，第 {first}-{last} 轮：{start} 到 {end}</translation>
    </message>
</context>
<context>
    <name>LayerListModel</name>
    <message>
        <location filename="../../designer/ui/layer_list_model.py" line="78"/>
        <source>Block input</source>
        <translation>块输入</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_list_model.py" line="78"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
</context>
<context>
    <name>LayerPalette</name>
    <message>
        <location filename="../../designer/ui/palette.py" line="100"/>
        <source>Layer palette</source>
        <translation>层面板</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../designer/ui/main_window.py" line="71"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="75"/>
        <source>Diagram</source>
        <translation>结构图</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="81"/>
        <location filename="../../designer/ui/main_window.py" line="280"/>
        <source>Train</source>
        <extracomment>The Train view is built the first time it is shown: it loads plotting and, later, torch. The design docks the Train view hid, to show again on leaving it.</extracomment>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="85"/>
        <location filename="../../designer/ui/main_window.py" line="292"/>
        <source>Inspect</source>
        <extracomment>The Inspect view, also built on first use.</extracomment>
        <translation>检视</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="89"/>
        <location filename="../../designer/ui/main_window.py" line="304"/>
        <source>Tune</source>
        <extracomment>The Tune view (hyperparameter studies), also built on first use.</extracomment>
        <translation>调参</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="93"/>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="96"/>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="99"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="133"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="134"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="135"/>
        <source>&amp;Open...</source>
        <translation>打开(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="136"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="139"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="140"/>
        <source>Save &amp;As...</source>
        <translation>另存为(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="142"/>
        <source>&amp;Import Architecture JSON...</source>
        <translation>导入架构 JSON(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="143"/>
        <source>Import &amp;Keras Model JSON...</source>
        <translation>导入 Keras 模型 JSON(&amp;K)...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="144"/>
        <source>&amp;Export Architecture JSON...</source>
        <translation>导出架构 JSON(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="145"/>
        <source>Export &amp;Diagram...</source>
        <translation>导出结构图(&amp;D)...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="146"/>
        <source>Export &amp;Trained Model...</source>
        <translation>导出训练好的模型(&amp;T)...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="148"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="150"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="151"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="152"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="155"/>
        <source>Re&amp;name</source>
        <translation>重命名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="157"/>
        <source>&amp;Duplicate</source>
        <translation>复制(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="159"/>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="161"/>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="164"/>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="173"/>
        <source>&amp;Layers</source>
        <translation>层(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="183"/>
        <source>&amp;Presets</source>
        <translation>预设(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="194"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="198"/>
        <source>Show &amp;Network</source>
        <translation>显示网络(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="199"/>
        <source>Show &amp;Diagram</source>
        <translation>显示结构图(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="200"/>
        <source>Show &amp;Train</source>
        <translation>显示训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="201"/>
        <source>Show &amp;Inspect</source>
        <translation>显示检视(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="202"/>
        <source>Show T&amp;une</source>
        <translation>显示调参(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="206"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="207"/>
        <source>&amp;About cnn-designer</source>
        <translation>关于 cnn-designer(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="216"/>
        <source>No recent files</source>
        <translation>没有最近文件</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="223"/>
        <source>&amp;Undo {what}</source>
        <translation>撤销 {what}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="224"/>
        <source>&amp;Redo {what}</source>
        <translation>重做 {what}(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="227"/>
        <source>{params} parameters  ·  {macs} MACs</source>
        <translation>{params} 个参数  ·  {macs} MACs</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="231"/>
        <source>{count} layer(s) do not fit  ·  </source>
        <translation>{count} 个层形状不匹配  ·  </translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="342"/>
        <source>The new language shows when cnn-designer starts again.</source>
        <translation>重新启动 cnn-designer 后将显示新语言。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="351"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="353"/>
        <source>{name}[*] - cnn-designer</source>
        <translation>{name}[*] - cnn-designer</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="401"/>
        <source>New network</source>
        <translation>新建网络</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="405"/>
        <source>Open preset {name}</source>
        <translation>打开预设 {name}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="409"/>
        <source>Export diagram</source>
        <translation>导出结构图</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="409"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="423"/>
        <source>Cannot export the diagram</source>
        <translation>无法导出结构图</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="430"/>
        <source>Exported the model to {path}</source>
        <translation>已将模型导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="433"/>
        <source> (and {files} beside it)</source>
        <translation>（并在同一位置导出了 {files}）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="437"/>
        <source>Cannot export the model</source>
        <translation>无法导出模型</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="442"/>
        <source>About cnn-designer</source>
        <translation>关于 cnn-designer</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="444"/>
        <source>cnn-designer {version}
Design, train, inspect and export convolutional networks.</source>
        <translation>cnn-designer {version}
设计、训练、检视和导出卷积神经网络。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="469"/>
        <source>A run is in progress</source>
        <translation>训练正在进行</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="470"/>
        <source>Stop the run and close? It keeps what it has learned so far.</source>
        <translation>停止训练并关闭？已学到的内容会保留。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="473"/>
        <source>A study is in progress</source>
        <translation>调参研究正在进行</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="474"/>
        <source>Stop the study and close? Its finished trials stay in its file.</source>
        <translation>停止研究并关闭？已完成的试验会保留在其文件中。</translation>
    </message>
</context>
<context>
    <name>ModelExport</name>
    <message>
        <location filename="../../designer/ui/model_export.py" line="70"/>
        <location filename="../../designer/ui/model_export.py" line="78"/>
        <source>Export Trained Model</source>
        <translation>导出训练好的模型</translation>
    </message>
    <message>
        <location filename="../../designer/ui/model_export.py" line="71"/>
        <source>There is no trained model to export yet: train the design first (Train tab).</source>
        <translation>还没有可导出的训练好的模型：请先训练该设计（“训练”选项卡）。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/model_export.py" line="78"/>
        <source>Which run&apos;s model?</source>
        <translation>导出哪次运行的模型？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/model_export.py" line="86"/>
        <source>Export {run}</source>
        <translation>导出 {run}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/model_export.py" line="98"/>
        <source>{run}: {reason}</source>
        <translation>{run}：{reason}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/model_export.py" line="99"/>
        <source>{run}: test accuracy {accuracy:.2%}</source>
        <translation>{run}：测试准确率 {accuracy:.2%}</translation>
    </message>
</context>
<context>
    <name>NetworkEditor</name>
    <message>
        <location filename="../../designer/ui/network_editor.py" line="44"/>
        <source>Network layers</source>
        <extracomment>A block&apos;s card was double-clicked: its index in the stack shown.</extracomment>
        <translation>网络层</translation>
    </message>
    <message>
        <location filename="../../designer/ui/network_editor.py" line="111"/>
        <source>Fix: {action}</source>
        <translation>修复：{action}</translation>
    </message>
</context>
<context>
    <name>PaddingEditor</name>
    <message>
        <location filename="../../designer/ui/param_widgets.py" line="355"/>
        <source>valid</source>
        <translation>valid（不填充）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/param_widgets.py" line="356"/>
        <source>same</source>
        <translation>same（保持尺寸）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/param_widgets.py" line="358"/>
        <source>explicit</source>
        <translation>指定数值</translation>
    </message>
</context>
<context>
    <name>PreviewWorker</name>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="124"/>
        <source>Loading {name} failed unexpectedly ({kind}: {error}).</source>
        <extracomment>Seconds between the progress reports that cross to the GUI thread. How long destroying the panel waits for a load to notice that it was cancelled. Loader threads still busy when their panel went away; deleting a running QThread aborts the process. Left out of comparisons: it matters only when the files are missing, and then a retry is forced.</extracomment>
        <translation>加载 {name} 时意外失败（{kind}: {error}）。</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <location filename="../../designer/ui/project_files.py" line="99"/>
        <source>Cannot open the file</source>
        <extracomment>The project&apos;s training runs, oldest first; saved with the design.</extracomment>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="105"/>
        <source>Open {name}</source>
        <translation>打开 {name}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="114"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="125"/>
        <source>Import architecture JSON</source>
        <translation>导入架构 JSON</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="127"/>
        <location filename="../../designer/ui/project_files.py" line="198"/>
        <source>Architecture JSON (*.json)</source>
        <translation>架构 JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="137"/>
        <source>Import Keras model</source>
        <translation>导入 Keras 模型</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="137"/>
        <source>Keras model JSON (*.json)</source>
        <translation>Keras 模型 JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="148"/>
        <source>Cannot import the Keras model</source>
        <translation>无法导入 Keras 模型</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="150"/>
        <source>Import {name}</source>
        <translation>导入 {name}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="166"/>
        <source>Cannot save the project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="181"/>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="196"/>
        <source>Export architecture JSON</source>
        <translation>导出架构 JSON</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="205"/>
        <source>Cannot export the architecture</source>
        <translation>无法导出架构</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="214"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="215"/>
        <source>The design has changes that are not saved. Save them first?</source>
        <translation>设计有未保存的更改。要先保存吗？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="217"/>
        <source>The runs trained since the last save are not saved. Save them first?</source>
        <translation>上次保存后训练的运行尚未保存。要先保存吗？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="251"/>
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="253"/>
        <source>cnn-designer did not close normally last time. Restore the design it saved automatically?</source>
        <translation>cnn-designer 上次没有正常关闭。要恢复自动保存的设计吗？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="263"/>
        <source>Cannot restore the design</source>
        <translation>无法恢复设计</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="265"/>
        <source>Restore unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
</context>
<context>
    <name>PropertyEditor</name>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="155"/>
        <source>The layer&apos;s name in the model and the exported code</source>
        <extracomment>The panel moved to another layer on its own: the index (or None for the input) after the shown layer moved or was deleted.</extracomment>
        <translation>该层在模型和导出代码中的名称</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="159"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="164"/>
        <source>Output size</source>
        <translation>输出尺寸</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="167"/>
        <source>Height</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="169"/>
        <source>Width</source>
        <translation>宽</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="173"/>
        <source>Multiply-accumulate operations for one image</source>
        <translation>处理一张图像的乘加运算次数</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="182"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="185"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="186"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="187"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="188"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="257"/>
        <source>Block input</source>
        <translation>块输入</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="258"/>
        <source>What the block receives: the output of the layer before it</source>
        <translation>块接收的数据：它前一层的输出</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="264"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="265"/>
        <source>The images the network reads</source>
        <translation>网络读取的图像</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="320"/>
        <source>unknown: an earlier layer has an error</source>
        <translation>未知：前面某层有错误</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="324"/>
        <source>{trainable} + {frozen} non-trainable</source>
        <translation>{trainable} + {frozen} 个不可训练</translation>
    </message>
</context>
<context>
    <name>RunEstimate</name>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="81"/>
        <location filename="../../designer/ui/run_estimate.py" line="111"/>
        <source>not measured yet</source>
        <extracomment>A shown estimate measures by itself once the design and settings have been still this long.</extracomment>
        <translation>尚未测量</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="85"/>
        <source>Measure speed</source>
        <translation>测量速度</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="87"/>
        <source>Time a few training steps on random data on the chosen device</source>
        <translation>在所选设备上用随机数据计时几个训练步</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="91"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="92"/>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="93"/>
        <source>Per batch</source>
        <translation>每批次</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="94"/>
        <source>Per epoch</source>
        <translation>每轮</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="117"/>
        <source>{forward} for a batch of {batch} (training keeps about twice that)</source>
        <translation>批量大小为 {batch} 时为 {forward}（训练时约为其两倍）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="135"/>
        <source>about {time} ({batches:,} batches of {images:,} images)</source>
        <translation>约 {time}（{batches:,} 个批次，每批 {images:,} 张图像）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="154"/>
        <source>measuring...</source>
        <translation>正在测量...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="175"/>
        <source>{ms:.0f} ms ({rate:,.0f} images/s)</source>
        <translation>{ms:.0f} 毫秒（{rate:,.0f} 张图像/秒）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="184"/>
        <source>could not measure: {reason}</source>
        <translation>无法测量：{reason}</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="140"/>
        <source>Epochs done / epochs set</source>
        <extracomment>The colour of each way a run can end: green for a run that ended as it should.</extracomment>
        <translation>已完成轮数 / 设定轮数</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="141"/>
        <source>Time spent training, not counting validation and testing</source>
        <translation>训练所用时间，不含验证和测试</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="142"/>
        <source>Best validation accuracy of any epoch</source>
        <translation>各轮中的最佳验证准确率</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="143"/>
        <source>Accuracy on the test set, measured once training ended</source>
        <translation>训练结束后在测试集上测得的准确率</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="150"/>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="151"/>
        <source>stopped early</source>
        <translation>已提前停止</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="152"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="153"/>
        <source>diverged</source>
        <translation>已发散</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="154"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="161"/>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="163"/>
        <source>{minutes} min {seconds:02d} s</source>
        <translation>{minutes} 分 {seconds:02d} 秒</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="164"/>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} 小时 {minutes:02d} 分</translation>
    </message>
</context>
<context>
    <name>RunsTable</name>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="248"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="255"/>
        <source>No training runs yet.
Every run you train is kept here, so you can compare them.</source>
        <translation>还没有训练运行。
你训练的每次运行都会保留在这里，方便比较。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="263"/>
        <source>Select a run to see how it went, or several to compare them.</source>
        <translation>选择一次运行查看其情况，或选择多次运行进行比较。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="312"/>
        <source>Delete runs</source>
        <translation>删除运行</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="313"/>
        <source>Delete {runs} from the project&apos;s run history?</source>
        <translation>从项目的运行历史中删除 {runs}？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="339"/>
        <source>Export metrics</source>
        <translation>导出指标</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="341"/>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV 文件 (*.csv);;JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="351"/>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="356"/>
        <source>{run}: {reason} after {epochs} of {planned} epochs on {dataset}, in {duration}.</source>
        <translation>{run}：在 {dataset} 上训练 {epochs} / {planned} 轮后{reason}，用时 {duration}。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="367"/>
        <source>Best validation accuracy {best}; not tested.</source>
        <translation>最佳验证准确率 {best}；未测试。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="370"/>
        <source>Best validation accuracy {best}, test accuracy {test}.</source>
        <translation>最佳验证准确率 {best}，测试准确率 {test}。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="382"/>
        <source>Same design and training settings as {run}.</source>
        <translation>设计和训练设置与 {run} 相同。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="383"/>
        <source>Compared with {run}:</source>
        <translation>与 {run} 相比：</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="386"/>
        <source>{run}:</source>
        <translation>{run}：</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="410"/>
        <source>Delete run</source>
        <translation>删除运行</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="412"/>
        <source>Delete {count} runs</source>
        <translation>删除 {count} 次运行</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="415"/>
        <source>Open run folder</source>
        <translation>打开运行文件夹</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="418"/>
        <source>Export metrics (CSV or JSON)...</source>
        <translation>导出指标（CSV 或 JSON）...</translation>
    </message>
</context>
<context>
    <name>SamplePicker</name>
    <message>
        <location filename="../../designer/ui/sample_picker.py" line="50"/>
        <source>Browse one class of the test set, or all of it</source>
        <extracomment>Thumbnails shown around the current test sample.</extracomment>
        <translation>浏览测试集中的某个类别或全部类别</translation>
    </message>
    <message>
        <location filename="../../designer/ui/sample_picker.py" line="52"/>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <location filename="../../designer/ui/sample_picker.py" line="53"/>
        <source>A random test sample of the chosen class</source>
        <translation>所选类别中的一个随机测试样本</translation>
    </message>
    <message>
        <location filename="../../designer/ui/sample_picker.py" line="87"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../designer/ui/sample_picker.py" line="93"/>
        <source>Pen</source>
        <translation>笔</translation>
    </message>
    <message>
        <location filename="../../designer/ui/sample_picker.py" line="97"/>
        <source>Draw a digit: it is centred and scaled the way MNIST&apos;s digits were.</source>
        <translation>画一个数字：它会按 MNIST 数字的方式居中并缩放。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/sample_picker.py" line="101"/>
        <source>Open image...</source>
        <translation>打开图像...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/sample_picker.py" line="103"/>
        <source>No image chosen</source>
        <translation>未选择图像</translation>
    </message>
    <message>
        <location filename="../../designer/ui/sample_picker.py" line="110"/>
        <source>The image is fitted to the network&apos;s input the way training fits images.</source>
        <translation>图像会按训练时的方式调整为网络的输入尺寸。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/sample_picker.py" line="117"/>
        <source>Test set</source>
        <translation>测试集</translation>
    </message>
    <message>
        <location filename="../../designer/ui/sample_picker.py" line="118"/>
        <source>Draw</source>
        <translation>手绘</translation>
    </message>
    <message>
        <location filename="../../designer/ui/sample_picker.py" line="119"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../designer/ui/sample_picker.py" line="138"/>
        <source>All classes</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <location filename="../../designer/ui/sample_picker.py" line="162"/>
        <source>of {count}</source>
        <translation>/ {count}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/sample_picker.py" line="216"/>
        <source>Inspect an image</source>
        <translation>检视图像</translation>
    </message>
    <message>
        <location filename="../../designer/ui/sample_picker.py" line="218"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>ScopeBar</name>
    <message>
        <location filename="../../designer/ui/scope_bar.py" line="95"/>
        <source>Network</source>
        <extracomment>Layers a branch column lists before it says how many more there are. The innermost parallel block&apos;s branches, as shown; buttons in branch order. The crumb a card can be dropped on to move it out of the block being edited.</extracomment>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../designer/ui/scope_bar.py" line="117"/>
        <source>Edit this stack; drop a layer here to move it out of the block</source>
        <translation>编辑此层栈；将层拖放到这里可把它移出块</translation>
    </message>
    <message>
        <location filename="../../designer/ui/scope_bar.py" line="119"/>
        <source>Edit this stack</source>
        <translation>编辑此层栈</translation>
    </message>
    <message>
        <location filename="../../designer/ui/scope_bar.py" line="126"/>
        <location filename="../../designer/ui/scope_bar.py" line="146"/>
        <source>branch {number}</source>
        <translation>分支 {number}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/scope_bar.py" line="145"/>
        <source>and {count} more</source>
        <translation>还有 {count} 个</translation>
    </message>
    <message>
        <location filename="../../designer/ui/scope_bar.py" line="148"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/scope_bar.py" line="160"/>
        <source>Add branch</source>
        <translation>添加分支</translation>
    </message>
    <message>
        <location filename="../../designer/ui/scope_bar.py" line="162"/>
        <source>Remove branch {number}</source>
        <translation>移除分支 {number}</translation>
    </message>
</context>
<context>
    <name>SearchSpaceTable</name>
    <message>
        <location filename="../../designer/ui/search_space_table.py" line="125"/>
        <source>Search</source>
        <extracomment>The user wrote the values: they stay when the design changes. The user added the row: it stays when the design no longer suggests it.</extracomment>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../designer/ui/search_space_table.py" line="125"/>
        <source>Values</source>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../../designer/ui/search_space_table.py" line="125"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../designer/ui/search_space_table.py" line="136"/>
        <source>A training setting or layer parameter to search too</source>
        <translation>另一个要搜索的训练设置或层参数</translation>
    </message>
    <message>
        <location filename="../../designer/ui/search_space_table.py" line="139"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../designer/ui/search_space_table.py" line="255"/>
        <source>A list (16, 32, 64) or a range (0.0001 .. 0.1 log)</source>
        <translation>列表 (16, 32, 64) 或范围 (0.0001 .. 0.1 log)</translation>
    </message>
</context>
<context>
    <name>SizeEditor</name>
    <message>
        <location filename="../../designer/ui/param_widgets.py" line="317"/>
        <source>same as {what}</source>
        <translation>与 {what} 相同</translation>
    </message>
</context>
<context>
    <name>StudyForm</name>
    <message>
        <location filename="../../designer/ui/study_form.py" line="65"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="66"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="68"/>
        <source>Each trial trains this many epochs, unless epochs is a knob</source>
        <translation>每次试验训练的轮数（除非轮数本身是搜索参数）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="69"/>
        <source>TPE</source>
        <translation>TPE</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="69"/>
        <source>random</source>
        <translation>随机</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="71"/>
        <source>median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="72"/>
        <source>successive halving</source>
        <translation>逐次减半</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="73"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="75"/>
        <source>Stops trials that do worse than the others at the same epoch</source>
        <translation>在同一轮次表现不如其他试验的试验将被提前停止</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="79"/>
        <source>The SQLite file the study is kept in; a study there resumes</source>
        <translation>保存研究的 SQLite 文件；若其中已有该研究则继续进行</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="80"/>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="89"/>
        <source>Trials</source>
        <translation>试验次数</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="90"/>
        <source>Time limit</source>
        <translation>时间限制</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="91"/>
        <source>Epochs per trial</source>
        <translation>每次试验的轮数</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="92"/>
        <source>Sampler</source>
        <translation>采样器</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="93"/>
        <source>Pruner</source>
        <translation>剪枝器</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="94"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="96"/>
        <source>Study name</source>
        <translation>研究名称</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="96"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="99"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="100"/>
        <source>Study</source>
        <translation>研究</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="168"/>
        <source>The file holds {count} trials of this study; Start continues it.</source>
        <extracomment>The user chose the file: it no longer follows the project&apos;s.</extracomment>
        <translation>该文件中已有此研究的 {count} 次试验；点击“开始”将继续该研究。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="171"/>
        <source>A new study: the file does not hold one of this name yet.</source>
        <translation>新研究：该文件中还没有同名的研究。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="186"/>
        <source>Study file</source>
        <translation>研究文件</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="188"/>
        <source>SQLite files (*.db);;All files (*)</source>
        <translation>SQLite 文件 (*.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../designer/ui/summary_panel.py" line="106"/>
        <source>Total {total} parameters ({weights}): {trainable} trainable, {frozen} non-trainable  ·  {macs} MACs per image  ·  {memory} of activations per image</source>
        <translation>共 {total} 个参数（{weights}）：{trainable} 个可训练，{frozen} 个不可训练  ·  每张图像 {macs} MACs  ·  每张图像激活值占 {memory}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/summary_panel.py" line="117"/>
        <source>{count} layer(s) do not fit; totals are partial</source>
        <translation>{count} 个层形状不匹配；总计不完整</translation>
    </message>
</context>
<context>
    <name>TrainControls</name>
    <message>
        <location filename="../../designer/ui/train_controls.py" line="25"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_controls.py" line="26"/>
        <source>Train a snapshot of the design with these settings</source>
        <translation>用这些设置训练当前设计的快照</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_controls.py" line="27"/>
        <location filename="../../designer/ui/train_controls.py" line="64"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_controls.py" line="28"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_controls.py" line="29"/>
        <source>Stop after the current batch; the run keeps what it learned</source>
        <translation>在当前批次结束后停止；已学到的内容会保留</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_controls.py" line="30"/>
        <source>Resume run</source>
        <translation>继续运行</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_controls.py" line="31"/>
        <source>Continue the selected stopped run from its last checkpoint</source>
        <translation>从最近的检查点继续所选的已停止运行</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_controls.py" line="50"/>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_controls.py" line="52"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_controls.py" line="64"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_controls.py" line="88"/>
        <source>epoch %v of %m</source>
        <translation>第 %v / %m 轮</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_controls.py" line="96"/>
        <source>batch %v of %m</source>
        <translation>第 %v / %m 批</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_controls.py" line="99"/>
        <source>epoch {epoch} of {epochs}</source>
        <translation>第 {epoch} / {epochs} 轮</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_controls.py" line="103"/>
        <source>{rate:,.0f} images/s, {left} left</source>
        <translation>{rate:,.0f} 张图像/秒，剩余 {left}</translation>
    </message>
</context>
<context>
    <name>TrainPanel</name>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="73"/>
        <source>Data</source>
        <extracomment>The progress bars redraw at most this often while a run reports (5 times a second)... ...and the curves every this many frames. Drawing competes with training for the CPU and Python&apos;s GIL: a redraw of the plots costs the GUI thread ~20 ms, and on a 2-core machine each ms of it stalls both of torch&apos;s threads, so the curves refresh about once a second. A run has started: its record so far (id, architecture, settings, folder).</extracomment>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="74"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="79"/>
        <source>Estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="82"/>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="83"/>
        <source>Layer health</source>
        <translation>层健康状况</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="178"/>
        <source>The design cannot train yet: {reason}</source>
        <extracomment>The test sample a run&apos;s snapshots follow: the one the Inspect view shows, when it has one.</extracomment>
        <translation>该设计还无法训练：{reason}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="211"/>
        <source>Training {run} on a snapshot of the design; edits apply to the next run</source>
        <translation>正在用设计的快照训练 {run}；编辑将应用于下一次运行</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="290"/>
        <source>{run} {reason}: test accuracy {accuracy:.2%}</source>
        <translation>{run} {reason}：测试准确率 {accuracy:.2%}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="294"/>
        <source>{run} {reason}: {message}</source>
        <translation>{run} {reason}：{message}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="314"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="323"/>
        <source>Stopping after the current batch...</source>
        <translation>将在当前批次结束后停止...</translation>
    </message>
</context>
<context>
    <name>TrainSettingsForm</name>
    <message>
        <location filename="../../designer/ui/train_settings_form.py" line="56"/>
        <source>Where to train: auto picks a GPU when there is one</source>
        <translation>训练设备：auto 会在有 GPU 时自动选用 GPU</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_settings_form.py" line="57"/>
        <source>auto (the best available)</source>
        <translation>auto（最佳可用设备）</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="116"/>
        <source>loss</source>
        <extracomment>Fixed curve colours: mid tones that read on light and dark backgrounds. Narrower plots wrap the legend onto two rows. The smoothed loss averages the running loss over about this many epochs. The CSV&apos;s columns, documented in :meth:`TrainingPlots.export_csv`. The running accuracy in percent, kept as drawn so that an update copies nothing. Curves with a point per progress report rather than per epoch.</extracomment>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="116"/>
        <source>accuracy (%)</source>
        <translation>准确率 (%)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="116"/>
        <location filename="../../designer/ui/training_plots.py" line="195"/>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="147"/>
        <source>Save plot as PNG...</source>
        <translation>将图表保存为 PNG...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="150"/>
        <source>Save data as CSV...</source>
        <translation>将数据保存为 CSV...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="153"/>
        <location filename="../../designer/ui/training_plots.py" line="410"/>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="176"/>
        <source>running mean (batches)</source>
        <extracomment>Legend entry (a loss curve) -&gt; the accuracy curve it shows and hides with it.</extracomment>
        <translation>滑动平均（批次）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="177"/>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="178"/>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="189"/>
        <source>smoothed</source>
        <translation>平滑</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="316"/>
        <source>{label}: epoch {x}</source>
        <translation>{label}：轮次 {x}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="316"/>
        <source>epoch {x}</source>
        <translation>轮次 {x}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="328"/>
        <source>{name}, epoch {epoch}: {value}</source>
        <translation>{name}，轮次 {epoch}：{value}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="332"/>
        <source>{name}: {value}</source>
        <translation>{name}：{value}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="452"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="455"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="459"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="465"/>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <location filename="../../designer/ui/training_session.py" line="96"/>
        <source>Loading the data set</source>
        <extracomment>Seconds between the trainer&apos;s progress reports in the window: smooth, yet cheap. Seconds between the copies of the weights a run shares with the inspect views. The test sample the run&apos;s epoch snapshots follow.</extracomment>
        <translation>正在加载数据集</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_session.py" line="105"/>
        <source>Preparing the run</source>
        <translation>正在准备运行</translation>
    </message>
</context>
<context>
    <name>TrialsModel</name>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="134"/>
        <source>ended with the study</source>
        <extracomment>The message of a trial that Stop ended (the study records it as failed). The role the proxy sorts by: numbers as numbers, so trial 10 follows trial 9. The running trials&apos; last epoch, shown as their message.</extracomment>
        <translation>随研究结束</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="151"/>
        <source>Trial</source>
        <translation>试验</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="152"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="153"/>
        <source>Val. acc.</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="154"/>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="155"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="161"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="162"/>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="163"/>
        <source>pruned</source>
        <translation>已剪枝</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="164"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="165"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="171"/>
        <source>epoch {epoch} of {epochs}</source>
        <translation>第 {epoch} / {epochs} 轮</translation>
    </message>
</context>
<context>
    <name>TunePanel</name>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="103"/>
        <source>Search space</source>
        <extracomment>The design every trial of the running study starts from. The last epoch&apos;s accuracy of each trial, to place pruned trials on the history plot. What the study&apos;s end says, once it has ended.</extracomment>
        <translation>搜索空间</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="106"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="107"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="108"/>
        <source>End the running trial and the study; finished trials stay</source>
        <translation>结束正在运行的试验和研究；已完成的试验会保留</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="109"/>
        <location filename="../../designer/ui/tune_panel.py" line="343"/>
        <source>Apply best</source>
        <translation>应用最佳</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="155"/>
        <source>Data set: {dataset} (the Train view&apos;s choice), read from {folder}</source>
        <extracomment>What cannot change while a study runs.</extracomment>
        <translation>数据集：{dataset}（“训练”视图中的选择），从 {folder} 读取</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="187"/>
        <source>Needs 2 complete trials</source>
        <translation>需要 2 次已完成的试验</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="197"/>
        <source>Needs 2 knobs or more</source>
        <translation>需要至少 2 个搜索参数</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="202"/>
        <source>Cannot rank the knobs</source>
        <translation>无法对搜索参数排序</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="221"/>
        <source>The design cannot train yet: {reason}</source>
        <translation>该设计还无法训练：{reason}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="228"/>
        <source>Run the study: train trials of the design</source>
        <translation>运行研究：对该设计进行试验训练</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="271"/>
        <source>Loading the data set...</source>
        <translation>正在加载数据集...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="272"/>
        <source>Study &quot;{study}&quot;: trials train a snapshot of the design</source>
        <translation>研究“{study}”：试验训练的是设计的快照</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="280"/>
        <source>Stopping: the running trial ends now...</source>
        <translation>正在停止：正在运行的试验即将结束...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="287"/>
        <source>Trial {number} running</source>
        <translation>试验 {number} 运行中</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="301"/>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="302"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="303"/>
        <source>reached its time limit</source>
        <translation>已达到时间限制</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="304"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="306"/>
        <source>Study &quot;{study}&quot; {reason} after {trials} trials</source>
        <translation>研究“{study}”在 {trials} 次试验后{reason}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="312"/>
        <source>; best: trial {number}, {value:.1%}</source>
        <translation>；最佳：试验 {number}，{value:.1%}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="331"/>
        <source>Study ended</source>
        <translation>研究已结束</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="344"/>
        <source>No trial has completed yet</source>
        <translation>还没有已完成的试验</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="347"/>
        <source>Apply best (trial {number}, {value:.1%})</source>
        <translation>应用最佳（试验 {number}，{value:.1%}）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="350"/>
        <source>Write the trial&apos;s settings and layer sizes into the design; Undo takes them back</source>
        <translation>将该试验的设置和层尺寸写入设计；可用“撤销”恢复</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="369"/>
        <source>Cannot apply trial {number}: {reason}</source>
        <translation>无法应用试验 {number}：{reason}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="375"/>
        <source>Apply best trial {number}</source>
        <translation>应用最佳试验 {number}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="382"/>
        <source>Applied trial {number} to the design ({value:.1%})</source>
        <translation>已将试验 {number} 应用到设计（{value:.1%}）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="401"/>
        <source>Trial {number} of study &quot;{study}&quot;</source>
        <translation>研究“{study}”的试验 {number}</translation>
    </message>
</context>
<context>
    <name>TunePlots</name>
    <message>
        <location filename="../../designer/ui/tune_plots.py" line="32"/>
        <source>Optimisation history</source>
        <extracomment>Bars shown at most: the knobs that mattered most.</extracomment>
        <translation>优化历史</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_plots.py" line="33"/>
        <source>Parameter importance</source>
        <translation>参数重要性</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_plots.py" line="51"/>
        <source>val. accuracy (%)</source>
        <translation>验证准确率 (%)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_plots.py" line="52"/>
        <source>trial</source>
        <translation>试验</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_plots.py" line="57"/>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_plots.py" line="62"/>
        <source>pruned (last epoch)</source>
        <translation>已剪枝（最后一轮）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_plots.py" line="65"/>
        <source>best so far</source>
        <translation>当前最佳</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_plots.py" line="71"/>
        <source>importance</source>
        <translation>重要性</translation>
    </message>
</context>
<context>
    <name>_PairInput</name>
    <message>
        <location filename="../../designer/ui/param_widgets.py" line="265"/>
        <source>square</source>
        <extracomment>What a float field may hold while the user is still typing it.</extracomment>
        <translation>正方形</translation>
    </message>
    <message>
        <location filename="../../designer/ui/param_widgets.py" line="266"/>
        <source>Keep height and width equal</source>
        <translation>保持高和宽相等</translation>
    </message>
    <message>
        <location filename="../../designer/ui/param_widgets.py" line="268"/>
        <source>Height</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../designer/ui/param_widgets.py" line="268"/>
        <source>Width</source>
        <translation>宽</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <location filename="../../designer/ui/languages.py" line="72"/>
        <source>&amp;Language</source>
        <extracomment>Every language the interface may be shown in, by its own name (never translated). The QSettings key of the chosen language; absent means the system&apos;s. Chinese locales written in Traditional characters.</extracomment>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/languages.py" line="75"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../designer/ui/messages.py" line="13"/>
        <source>{path} was not saved: {reason}. Any file already there is unchanged; free some space or choose another place, then save again.</source>
        <translation>{path} 未保存：{reason}。该位置原有的文件未被改动；请释放一些空间或选择其他位置，然后重新保存。</translation>
    </message>
</context>
<context>
    <name>plots</name>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="509"/>
        <source>run 1 (lr 0.01)</source>
        <translation>运行 1（lr 0.01）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="510"/>
        <source>run 2 (lr 0.001)</source>
        <translation>运行 2（lr 0.001）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="525"/>
        <source>Training plots</source>
        <translation>训练曲线</translation>
    </message>
</context>
<context>
    <name>table</name>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="476"/>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="488"/>
        <source>Network diagram</source>
        <translation>网络结构图</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="238"/>
        <source>Layer health</source>
        <translation>层健康状况</translation>
    </message>
</context>
</TS>
