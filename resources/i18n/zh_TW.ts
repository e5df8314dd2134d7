<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
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
        <translation>步長 {stride}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_text.py" line="60"/>
        <source>{units} units</source>
        <translation>{units} 個單元</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_text.py" line="62"/>
        <source>rate {rate}</source>
        <translation>比率 {rate}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_text.py" line="64"/>
        <source>{count} layers + input</source>
        <translation>{count} 層 + 輸入</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_text.py" line="68"/>
        <source>{count} branches ({layers} layers), {merge}</source>
        <translation>{count} 個分支（{layers} 層），{merge}</translation>
    </message>
</context>
<context>
    <name>BlockCommands</name>
    <message>
        <location filename="../../designer/ui/block_commands.py" line="20"/>
        <source>&amp;Wrap in Residual Block</source>
        <translation>包入殘差區塊(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/block_commands.py" line="23"/>
        <source>Put the selected layers (shift-click for several) in a residual block</source>
        <translation>將選取的層放入殘差區塊（按住 Shift 點選可選取多個）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/block_commands.py" line="25"/>
        <source>Un&amp;wrap Block</source>
        <translation>解除區塊(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/block_commands.py" line="27"/>
        <source>&amp;Open Block</source>
        <translation>開啟區塊(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/block_commands.py" line="29"/>
        <source>Edit the layers inside the selected block</source>
        <translation>編輯所選區塊內的層</translation>
    </message>
    <message>
        <location filename="../../designer/ui/block_commands.py" line="30"/>
        <source>&amp;Close Block</source>
        <translation>關閉區塊(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/block_commands.py" line="31"/>
        <source>Go back to the stack the block sits in</source>
        <translation>返回區塊所在的層堆疊</translation>
    </message>
    <message>
        <location filename="../../designer/ui/block_commands.py" line="32"/>
        <source>Move Out of Block</source>
        <translation>移出區塊</translation>
    </message>
    <message>
        <location filename="../../designer/ui/block_commands.py" line="33"/>
        <source>Put the selected layer after the block it is in</source>
        <translation>將選取的層移到其所在區塊之後</translation>
    </message>
</context>
<context>
    <name>ClassChart</name>
    <message>
        <location filename="../../designer/ui/class_chart.py" line="132"/>
        <source>{count} classes: point at a bar to see its name</source>
        <extracomment>The most height that upright class names may take; longer ones are elided. Share of each class&apos;s slot that its bar fills.</extracomment>
        <translation>{count} 個類別：將滑鼠指向長條即可查看名稱</translation>
    </message>
    <message>
        <location filename="../../designer/ui/class_chart.py" line="156"/>
        <source>{name}: {count} training images</source>
        <translation>{name}：{count} 張訓練影像</translation>
    </message>
</context>
<context>
    <name>ConfusionMatrixView</name>
    <message>
        <location filename="../../designer/ui/confusion_matrix_view.py" line="161"/>
        <source>correct</source>
        <extracomment>ColorBrewer&apos;s sequential Blues, starting from pure white so that an empty cell is white. Cells darker than this (0-255 luma) get white numbers, lighter ones black. The grid a size hint asks for, spread over the classes. The widest a class name is drawn; longer names are elided. All the cells; its top-left is cell (0, 0). Column names are turned upright (they don&apos;t fit across a cell). Only every ``step``-th class name and recall is written when the rows are thinner than a line. (true class, predicted class) of a cell clicked with the left button.</extracomment>
        <translation>正確</translation>
    </message>
    <message>
        <location filename="../../designer/ui/confusion_matrix_view.py" line="251"/>
        <source>Evaluate the model to see its confusion matrix</source>
        <translation>評估模型以查看其混淆矩陣</translation>
    </message>
    <message>
        <location filename="../../designer/ui/confusion_matrix_view.py" line="328"/>
        <source>Predicted class</source>
        <translation>預測類別</translation>
    </message>
    <message>
        <location filename="../../designer/ui/confusion_matrix_view.py" line="334"/>
        <source>True class</source>
        <translation>真實類別</translation>
    </message>
    <message>
        <location filename="../../designer/ui/confusion_matrix_view.py" line="349"/>
        <source>{count} {true} images predicted as {predicted} ({share:.0%} of {true})</source>
        <translation>{count} 張 {true} 影像被預測為 {predicted}（佔 {true} 的 {share:.0%}）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/confusion_matrix_view.py" line="358"/>
        <source>{name}: {correct} of {total} images predicted right ({share:.0%})</source>
        <translation>{name}：{total} 張影像中有 {correct} 張預測正確（{share:.0%}）</translation>
    </message>
</context>
<context>
    <name>ConvolutionPlayground</name>
    <message>
        <location filename="../../designer/ui/convolution_playground.py" line="79"/>
        <source>Flip the kernel (true convolution)</source>
        <translation>翻轉卷積核（真正的卷積）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/convolution_playground.py" line="91"/>
        <location filename="../../designer/ui/convolution_playground.py" line="101"/>
        <source>Kernel</source>
        <translation>卷積核</translation>
    </message>
    <message>
        <location filename="../../designer/ui/convolution_playground.py" line="100"/>
        <source>Image</source>
        <translation>影像</translation>
    </message>
    <message>
        <location filename="../../designer/ui/convolution_playground.py" line="102"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../designer/ui/convolution_playground.py" line="176"/>
        <source>True convolution: the kernel is flipped left-right and upside-down before it slides over the image, as in mathematics and signal processing.</source>
        <translation>真正的卷積：卷積核在影像上滑動之前，會先左右翻轉並上下翻轉，與數學和訊號處理中的定義相同。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/convolution_playground.py" line="181"/>
        <source>Cross-correlation: the kernel slides over the image as it is. This is what a Conv2D layer computes; since it learns its kernels, the flip would make no difference to it.</source>
        <translation>互相關：卷積核不經翻轉，直接在影像上滑動。這正是 Conv2D 層所計算的；由於它的卷積核是學習而來，翻轉與否對它並無差別。</translation>
    </message>
</context>
<context>
    <name>DatasetPanel</name>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="209"/>
        <source>Image folder...</source>
        <translation>影像資料夾...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="210"/>
        <source>Your own images: a folder with one subfolder per class</source>
        <translation>你自己的影像：每個類別一個子資料夾</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="215"/>
        <source>Where the data set&apos;s files are, or are downloaded to</source>
        <translation>資料集檔案所在或下載到的位置</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="217"/>
        <source>Browse...</source>
        <translation>瀏覽...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="219"/>
        <source>Download if missing</source>
        <translation>缺少時自動下載</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="233"/>
        <source>Click for other random versions</source>
        <translation>點一下以產生其他隨機版本</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="239"/>
        <location filename="../../designer/ui/dataset_panel.py" line="350"/>
        <source>Data folder</source>
        <translation>資料存放位置</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="242"/>
        <source>Training images per class</source>
        <translation>每個類別的訓練影像數</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="243"/>
        <source>Augmentation</source>
        <translation>資料增強</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="329"/>
        <source>Your images in {path}, one subfolder per class</source>
        <translation>你在 {path} 中的影像，每個類別一個子資料夾</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="342"/>
        <source>Folder of images, one subfolder per class</source>
        <translation>影像資料夾，每個類別一個子資料夾</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="377"/>
        <source>Loading {name}...</source>
        <translation>正在載入 {name}...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="453"/>
        <source>{classes} classes · {train} training images · {test} test images</source>
        <translation>{classes} 個類別 · {train} 張訓練影像 · {test} 張測試影像</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="461"/>
        <source>Samples as the network sees them ({channels}×{height}×{width})</source>
        <translation>網路所看到的樣本（{channels}×{height}×{width}）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="494"/>
        <source>Random versions of the framed sample, as training sees it. Click them for others, or a sample above to pick it.</source>
        <translation>框選樣本的隨機版本，也就是訓練時看到的樣子。點一下可產生其他版本，或點選上方的樣本來選取它。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="498"/>
        <source>No augmentation is on: training sees every image as it is.</source>
        <translation>未啟用資料增強：訓練時看到的是每張影像的原貌。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="501"/>
        <source>Mixup (alpha {alpha}) is not shown: it blends pairs of images and their labels.</source>
        <translation>未顯示 Mixup（alpha {alpha}）：它會將成對的影像及其標籤混合。</translation>
    </message>
</context>
<context>
    <name>DiagramView</name>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="100"/>
        <source>input</source>
        <extracomment>A block: 1 for a residual block (drawn with a skip connection), its branch count for a parallel one.</extracomment>
        <translation>輸入</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="148"/>
        <source>Network diagram</source>
        <translation>網路圖</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="196"/>
        <source>conv {kernel}</source>
        <translation>卷積 {kernel}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="197"/>
        <source>sep. conv {kernel}</source>
        <translation>可分離卷積 {kernel}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="198"/>
        <source>up-conv {kernel}</source>
        <translation>轉置卷積 {kernel}</translation>
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
        <translation>殘差，{count} 層</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="210"/>
        <source>concat</source>
        <translation>串接</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="210"/>
        <source>add</source>
        <translation>相加</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="211"/>
        <source>{count} branches, {merge}</source>
        <translation>{count} 個分支，{merge}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="214"/>
        <source>global avg pool</source>
        <translation>全域平均池化</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="215"/>
        <source>global max pool</source>
        <translation>全域最大池化</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="216"/>
        <source>flatten</source>
        <translation>展平</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="217"/>
        <source>dense</source>
        <translation>全連接</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="218"/>
        <source>BN</source>
        <translation>BN</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="219"/>
        <source>dropout {rate:g}</source>
        <translation>Dropout {rate:g}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="225"/>
        <source>{operation}, stride {stride}</source>
        <translation>{operation}，步長 {stride}</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <location filename="../../designer/ui/drawing_canvas.py" line="169"/>
        <source>Draw here</source>
        <extracomment>The side of the picture the strokes are painted into, in canvas pixels. The pen&apos;s default width in canvas pixels: about an MNIST stroke once the digit is fitted to 28x28. The share of the output&apos;s side that the ink&apos;s longer side fills (MNIST: 20 of 28 pixels). The least time between two ``drawn`` signals while the pen moves, in milliseconds. The colour of the &quot;Draw here&quot; hint on the black square. The drawing changed: a stroke ended, the canvas was cleared, or (at most every 100 ms) the pen moved.</extracomment>
        <translation>在此繪製</translation>
    </message>
</context>
<context>
    <name>EvaluationView</name>
    <message>
        <location filename="../../designer/ui/evaluation_view.py" line="75"/>
        <source>Evaluate on the test set</source>
        <extracomment>Samples shown for a cell, and in the mistakes gallery.</extracomment>
        <translation>在測試集上評估</translation>
    </message>
    <message>
        <location filename="../../designer/ui/evaluation_view.py" line="77"/>
        <source>Evaluate the model to see how it does on every test image.</source>
        <translation>評估模型，查看它在每張測試影像上的表現。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/evaluation_view.py" line="81"/>
        <location filename="../../designer/ui/evaluation_view.py" line="205"/>
        <source>Click a cell of the matrix to see its samples.</source>
        <translation>點選矩陣中的格子以查看其樣本。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/evaluation_view.py" line="114"/>
        <source>Test accuracy {accuracy:.2%}, loss {loss:.4f} on {count:,} images ({source}).</source>
        <translation>在 {count:,} 張影像上的測試準確率為 {accuracy:.2%}，損失為 {loss:.4f}（{source}）。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/evaluation_view.py" line="124"/>
        <source>The {shown} most confident of {count:,} mistakes (click one to inspect it):</source>
        <translation>{count:,} 個錯誤中信心度最高的 {shown} 個（點選即可檢查）：</translation>
    </message>
    <message>
        <location filename="../../designer/ui/evaluation_view.py" line="163"/>
        <source>{count:,} {true} images predicted as {predicted}{more}:</source>
        <translation>{count:,} 張 {true} 影像被預測為 {predicted}{more}：</translation>
    </message>
    <message>
        <location filename="../../designer/ui/evaluation_view.py" line="167"/>
        <source> (the first {shown})</source>
        <translation>（前 {shown} 張）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/evaluation_view.py" line="182"/>
        <source>Validation accuracy after epoch {epoch}: {accuracy:.2%} of {count:,} images.</source>
        <translation>第 {epoch} 輪後的驗證準確率：{count:,} 張影像中的 {accuracy:.2%}。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/evaluation_view.py" line="188"/>
        <source>An epoch&apos;s snapshot keeps the counts only; move the timeline to the end to see samples.</source>
        <translation>每輪的快照只保留計數；將時間軸移到最後即可查看樣本。</translation>
    </message>
</context>
<context>
    <name>FeatureMapGrid</name>
    <message>
        <location filename="../../designer/ui/feature_map_grid.py" line="98"/>
        <source>map {index}: {low:.3g} to {high:.3g}, mean {mean:.3g}</source>
        <extracomment>The longest side of a tile; maps are scaled up by whole pixels to about this size.</extracomment>
        <translation>特徵圖 {index}：{low:.3g} 至 {high:.3g}，平均 {mean:.3g}</translation>
    </message>
</context>
<context>
    <name>FeatureMapsView</name>
    <message>
        <location filename="../../designer/ui/feature_maps_view.py" line="34"/>
        <source>Input after fitting and normalisation: {low:.2f} to {high:.2f}</source>
        <translation>調整尺寸並正規化後的輸入：{low:.2f} 至 {high:.2f}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/feature_maps_view.py" line="42"/>
        <source>, the first {count} shown</source>
        <translation>，顯示前 {count} 張</translation>
    </message>
    <message>
        <location filename="../../designer/ui/feature_maps_view.py" line="45"/>
        <source>{layer} ({kind}): {count} maps of {height}x{width}{shown}</source>
        <translation>{layer}（{kind}）：{count} 張 {height}x{width} 的特徵圖{shown}</translation>
    </message>
</context>
<context>
    <name>InspectPanel</name>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="128"/>
        <source>The class whose evidence the heat map shows (Grad-CAM)</source>
        <extracomment>Live weights are inspected at most this often (ms) while a run trains. A sample&apos;s inspection is on show. The torchvision data folder and whether to download, as the Train view has them. What is wrong now, by what it is wrong with (&quot;data&quot;, &quot;weights&quot;, &quot;sample&quot;).</extracomment>
        <translation>熱圖顯示其證據的類別（Grad-CAM）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="130"/>
        <source>Heat map</source>
        <translation>熱圖</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="145"/>
        <source>Sample</source>
        <translation>樣本</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="147"/>
        <source>Prediction</source>
        <translation>預測</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="165"/>
        <source>Layer</source>
        <translation>層</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="176"/>
        <source>Feature maps</source>
        <translation>特徵圖</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="177"/>
        <source>Kernels</source>
        <translation>卷積核</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="178"/>
        <source>Evaluation</source>
        <translation>評估</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="179"/>
        <source>Convolution playground</source>
        <translation>卷積遊樂場</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="183"/>
        <source>Weights</source>
        <translation>權重</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="186"/>
        <source>Epoch</source>
        <translation>輪次</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="253"/>
        <source>Untrained: the design&apos;s fresh weights</source>
        <translation>未訓練：設計的初始權重</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="255"/>
        <source>{run}: live, as it trains</source>
        <translation>{run}：即時（訓練進行中）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="258"/>
        <source>{run}: best epoch</source>
        <translation>{run}：最佳輪次</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="259"/>
        <source>{run}: last epoch</source>
        <translation>{run}：最後一輪</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="271"/>
        <location filename="../../designer/ui/inspect_panel.py" line="466"/>
        <source>Evaluate the model to see how it does on every test image.</source>
        <translation>評估模型，查看它在每張測試影像上的表現。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="311"/>
        <source>Predicted class</source>
        <translation>預測類別</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="316"/>
        <source>Inspecting {name}: {count:,} test images</source>
        <translation>正在檢查 {name}：{count:,} 張測試影像</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="370"/>
        <source>Predicted {name} ({confidence:.1%})</source>
        <translation>預測為 {name}（{confidence:.1%}）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="374"/>
        <source>; truly {name}</source>
        <translation>；實際為 {name}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="412"/>
        <source>This network has no convolution layer.</source>
        <translation>此網路沒有卷積層。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="419"/>
        <source>Each filter of the first layer as a colour picture, stretched to its own range.</source>
        <translation>第一層的每個濾波器都以彩色圖片呈現，並依其自身的數值範圍拉伸。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="422"/>
        <source>One tile per filter (rows) and input channel (columns): red positive, blue negative, on one scale for the layer. Hover a tile for its values.</source>
        <translation>每個濾波器（列）與輸入通道（欄）各佔一格：紅色為正、藍色為負，整層使用同一刻度。將滑鼠停在格子上可查看其數值。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="430"/>
        <source>{filters} filters of {inputs} channels.</source>
        <translation>{filters} 個濾波器，各有 {inputs} 個通道。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="459"/>
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="459"/>
        <source>no snapshots for these weights</source>
        <translation>這些權重沒有快照</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="469"/>
        <source>after epoch {epoch} of {count}</source>
        <translation>第 {epoch} 輪後（共 {count} 輪）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="482"/>
        <source>Showing the snapshot after epoch {epoch}: the pinned test sample, the kernels and the validation confusion matrix as they were then</source>
        <translation>正在顯示第 {epoch} 輪後的快照：釘選的測試樣本、卷積核與驗證混淆矩陣在當時的狀態</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="500"/>
        <source>The test set has not loaded yet.</source>
        <translation>測試集尚未載入。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_panel.py" line="512"/>
        <source>Test accuracy {accuracy:.2%} ({weights})</source>
        <translation>測試準確率 {accuracy:.2%}（{weights}）</translation>
    </message>
</context>
<context>
    <name>InspectWorker</name>
    <message>
        <location filename="../../designer/ui/inspect_worker.py" line="175"/>
        <source>{count} epoch snapshot(s) in {folder} could not be read and are left out.</source>
        <extracomment>The newest sample request&apos;s number, set from the GUI thread. Set from the GUI thread when the view closes: loading and evaluating stop early.</extracomment>
        <translation>{folder} 中有 {count} 個輪次快照無法讀取，已略過。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_worker.py" line="187"/>
        <source>Evaluating on the test set</source>
        <translation>正在測試集上評估</translation>
    </message>
</context>
<context>
    <name>KernelGrid</name>
    <message>
        <location filename="../../designer/ui/kernel_grid.py" line="135"/>
        <source>filter {index} (RGB)</source>
        <extracomment>Ends of the diverging map (ColorBrewer&apos;s RdBu ends); 0 is white. At most this many filters (rows) and input channels (columns) are drawn.</extracomment>
        <translation>濾波器 {index}（RGB）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/kernel_grid.py" line="142"/>
        <source>filter {index}, input channel {channel}</source>
        <translation>濾波器 {index}，輸入通道 {channel}</translation>
    </message>
</context>
<context>
    <name>LayerCardDelegate</name>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="54"/>
        <source>what the layer before the block gives it</source>
        <extracomment>Clickable fix areas per model row, as painted last. Per row: the card last worded, its words, and its height per view width. An edit rewords only the cards whose layer or figures changed.</extracomment>
        <translation>區塊前一層傳給它的內容</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="56"/>
        <source>Block input</source>
        <translation>區塊輸入</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="61"/>
        <source>grayscale image</source>
        <translation>灰階影像</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="61"/>
        <source>RGB image</source>
        <translation>RGB 影像</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="62"/>
        <source>{channels}-channel image</source>
        <translation>{channels} 通道影像</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="64"/>
        <source>Input</source>
        <translation>輸入</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="69"/>
        <source>{count} params</source>
        <translation>{count} 個參數</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="73"/>
        <source>Fix: {action}</source>
        <translation>修正：{action}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="76"/>
        <source>? (an earlier layer does not fit)</source>
        <translation>?（前面有一層的尺寸不相符）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="210"/>
        <source>Layer name</source>
        <translation>層名稱</translation>
    </message>
</context>
<context>
    <name>LayerHealthView</name>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="129"/>
        <source>Layer</source>
        <extracomment>Half the units never firing wastes half the layer, and dead ReLUs seldom come back. A healthy step changes the weights by about 0.1%; 10% a step means the learning rate is far too high. Gradient norm and update ratio both below this: the layer has all but stopped learning. How many of the latest epochs the gradient trend shows. Where the trend cell keeps its values (gradient norms, oldest first). Where the layer cell keeps its row&apos;s worst problem: &quot;error&quot;, &quot;warning&quot; or None.</extracomment>
        <translation>層</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="130"/>
        <source>Gradient</source>
        <translation>梯度</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="130"/>
        <source>Size (norm) of the layer&apos;s gradient on the epoch&apos;s last batch</source>
        <translation>該層在本輪最後一個批次上的梯度大小（範數）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="132"/>
        <source>Update</source>
        <translation>更新量</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="133"/>
        <source>Size of the last optimizer step relative to the weights; about 0.001 is healthy</source>
        <translation>最近一次最佳化器更新相對於權重的大小；約 0.001 為健康</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="136"/>
        <source>Dead ReLU</source>
        <translation>死亡 ReLU</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="137"/>
        <source>Share of the layer&apos;s ReLU units that never fired on the last batch</source>
        <translation>該層的 ReLU 單元中，在最後一個批次從未激活的比例</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="139"/>
        <source>Trend</source>
        <translation>趨勢</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="139"/>
        <source>Gradient norm over the last epochs (log scale)</source>
        <translation>最近幾輪的梯度範數（對數刻度）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="164"/>
        <source>Layer health appears after the first epoch.</source>
        <translation>層健康狀態會在第一輪結束後顯示。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="198"/>
        <source>After epoch {epoch}: {count} problem(s); hover a tinted row to see why</source>
        <translation>第 {epoch} 輪後：{count} 個問題；將滑鼠停在標色的列上可查看原因</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="201"/>
        <source>After epoch {epoch}: every layer looks healthy</source>
        <translation>第 {epoch} 輪後：每一層看起來都很健康</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="207"/>
        <source>Gradient norm, epochs {first}-{last}: {start} to {end}</source>
        <translation>梯度範數，第 {first}-{last} 輪：{start} 至 {end}</translation>
    </message>
</context>
<context>
    <name>LayerListModel</name>
    <message>
        <location filename="../../designer/ui/layer_list_model.py" line="78"/>
        <source>Block input</source>
        <translation>區塊輸入</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_list_model.py" line="78"/>
        <source>Input</source>
        <translation>輸入</translation>
    </message>
</context>
<context>
    <name>LayerPalette</name>
    <message>
        <location filename="../../designer/ui/palette.py" line="100"/>
        <source>Layer palette</source>
        <translation>層工具箱</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../designer/ui/main_window.py" line="71"/>
        <source>Network</source>
        <translation>網路</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="75"/>
        <source>Diagram</source>
        <translation>網路圖</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="81"/>
        <location filename="../../designer/ui/main_window.py" line="280"/>
        <source>Train</source>
        <extracomment>The Train view is built the first time it is shown: it loads plotting and, later, torch. The design docks the Train view hid, to show again on leaving it.</extracomment>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="85"/>
        <location filename="../../designer/ui/main_window.py" line="292"/>
        <source>Inspect</source>
        <extracomment>The Inspect view, also built on first use.</extracomment>
        <translation>檢查</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="89"/>
        <location filename="../../designer/ui/main_window.py" line="304"/>
        <source>Tune</source>
        <extracomment>The Tune view (hyperparameter studies), also built on first use.</extracomment>
        <translation>調校</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="93"/>
        <source>Layers</source>
        <translation>層</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="96"/>
        <source>Properties</source>
        <translation>屬性</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="99"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="133"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="134"/>
        <source>&amp;New</source>
        <translation>新增(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="135"/>
        <source>&amp;Open...</source>
        <translation>開啟(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="136"/>
        <source>Open &amp;Recent</source>
        <translation>開啟最近使用的檔案(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="139"/>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="140"/>
        <source>Save &amp;As...</source>
        <translation>另存新檔(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="142"/>
        <source>&amp;Import Architecture JSON...</source>
        <translation>匯入架構 JSON(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="143"/>
        <source>Import &amp;Keras Model JSON...</source>
        <translation>匯入 Keras 模型 JSON(&amp;K)...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="144"/>
        <source>&amp;Export Architecture JSON...</source>
        <translation>匯出架構 JSON(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="145"/>
        <source>Export &amp;Diagram...</source>
        <translation>匯出網路圖(&amp;D)...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="146"/>
        <source>Export &amp;Trained Model...</source>
        <translation>匯出訓練好的模型(&amp;T)...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="148"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="150"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="151"/>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="152"/>
        <source>&amp;Redo</source>
        <translation>取消復原(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="155"/>
        <source>Re&amp;name</source>
        <translation>重新命名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="157"/>
        <source>&amp;Duplicate</source>
        <translation>建立副本(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="159"/>
        <source>De&amp;lete</source>
        <translation>刪除(&amp;L)</translation>
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
        <translation>層(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="183"/>
        <source>&amp;Presets</source>
        <translation>預設網路(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="194"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="198"/>
        <source>Show &amp;Network</source>
        <translation>顯示網路(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="199"/>
        <source>Show &amp;Diagram</source>
        <translation>顯示網路圖(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="200"/>
        <source>Show &amp;Train</source>
        <translation>顯示訓練(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="201"/>
        <source>Show &amp;Inspect</source>
        <translation>顯示檢查(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="202"/>
        <source>Show T&amp;une</source>
        <translation>顯示調校(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="206"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="207"/>
        <source>&amp;About cnn-designer</source>
        <translation>關於 cnn-designer(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="216"/>
        <source>No recent files</source>
        <translation>沒有最近使用的檔案</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="223"/>
        <source>&amp;Undo {what}</source>
        <translation>復原{what}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="224"/>
        <source>&amp;Redo {what}</source>
        <translation>取消復原{what}(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="227"/>
        <source>{params} parameters  ·  {macs} MACs</source>
        <translation>{params} 個參數  ·  {macs} MACs</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="231"/>
        <source>{count} layer(s) do not fit  ·  </source>
        <translation>{count} 層的尺寸不相符  ·  </translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="342"/>
        <source>The new language shows when cnn-designer starts again.</source>
        <translation>新語言將在 cnn-designer 重新啟動後生效。</translation>
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
        <translation>新網路</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="405"/>
        <source>Open preset {name}</source>
        <translation>開啟預設網路 {name}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="409"/>
        <source>Export diagram</source>
        <translation>匯出網路圖</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="409"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 影像 (*.png);;SVG 向量圖 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="423"/>
        <source>Cannot export the diagram</source>
        <translation>無法匯出網路圖</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="430"/>
        <source>Exported the model to {path}</source>
        <translation>已將模型匯出至 {path}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="433"/>
        <source> (and {files} beside it)</source>
        <translation>（以及同一位置的 {files}）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="437"/>
        <source>Cannot export the model</source>
        <translation>無法匯出模型</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="442"/>
        <source>About cnn-designer</source>
        <translation>關於 cnn-designer</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="444"/>
        <source>cnn-designer {version}
Design, train, inspect and export convolutional networks.</source>
        <translation>cnn-designer {version}
設計、訓練、檢查並匯出卷積神經網路。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="469"/>
        <source>A run is in progress</source>
        <translation>訓練正在進行中</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="470"/>
        <source>Stop the run and close? It keeps what it has learned so far.</source>
        <translation>要停止訓練並關閉嗎？目前已學到的內容會保留下來。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="473"/>
        <source>A study is in progress</source>
        <translation>研究正在進行中</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="474"/>
        <source>Stop the study and close? Its finished trials stay in its file.</source>
        <translation>要停止研究並關閉嗎？已完成的試驗會保留在其檔案中。</translation>
    </message>
</context>
<context>
    <name>ModelExport</name>
    <message>
        <location filename="../../designer/ui/model_export.py" line="70"/>
        <location filename="../../designer/ui/model_export.py" line="78"/>
        <source>Export Trained Model</source>
        <translation>匯出訓練好的模型</translation>
    </message>
    <message>
        <location filename="../../designer/ui/model_export.py" line="71"/>
        <source>There is no trained model to export yet: train the design first (Train tab).</source>
        <translation>目前還沒有訓練好的模型可匯出：請先訓練這個設計（「訓練」分頁）。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/model_export.py" line="78"/>
        <source>Which run&apos;s model?</source>
        <translation>要匯出哪一次訓練的模型？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/model_export.py" line="86"/>
        <source>Export {run}</source>
        <translation>匯出 {run}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/model_export.py" line="98"/>
        <source>{run}: {reason}</source>
        <translation>{run}：{reason}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/model_export.py" line="99"/>
        <source>{run}: test accuracy {accuracy:.2%}</source>
        <translation>{run}：測試準確率 {accuracy:.2%}</translation>
    </message>
</context>
<context>
    <name>NetworkEditor</name>
    <message>
        <location filename="../../designer/ui/network_editor.py" line="44"/>
        <source>Network layers</source>
        <extracomment>A block&apos;s card was double-clicked: its index in the stack shown.</extracomment>
        <translation>網路層</translation>
    </message>
    <message>
        <location filename="../../designer/ui/network_editor.py" line="111"/>
        <source>Fix: {action}</source>
        <translation>修正：{action}</translation>
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
        <translation>自訂</translation>
    </message>
</context>
<context>
    <name>PreviewWorker</name>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="124"/>
        <source>Loading {name} failed unexpectedly ({kind}: {error}).</source>
        <extracomment>Seconds between the progress reports that cross to the GUI thread. How long destroying the panel waits for a load to notice that it was cancelled. Loader threads still busy when their panel went away; deleting a running QThread aborts the process. Left out of comparisons: it matters only when the files are missing, and then a retry is forced.</extracomment>
        <translation>載入 {name} 時發生未預期的錯誤（{kind}: {error}）。</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <location filename="../../designer/ui/project_files.py" line="99"/>
        <source>Cannot open the file</source>
        <extracomment>The project&apos;s training runs, oldest first; saved with the design.</extracomment>
        <translation>無法開啟檔案</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="105"/>
        <source>Open {name}</source>
        <translation>開啟 {name}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="114"/>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="125"/>
        <source>Import architecture JSON</source>
        <translation>匯入架構 JSON</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="127"/>
        <location filename="../../designer/ui/project_files.py" line="198"/>
        <source>Architecture JSON (*.json)</source>
        <translation>架構 JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="137"/>
        <source>Import Keras model</source>
        <translation>匯入 Keras 模型</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="137"/>
        <source>Keras model JSON (*.json)</source>
        <translation>Keras 模型 JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="148"/>
        <source>Cannot import the Keras model</source>
        <translation>無法匯入 Keras 模型</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="150"/>
        <source>Import {name}</source>
        <translation>匯入 {name}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="166"/>
        <source>Cannot save the project</source>
        <translation>無法儲存專案</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="181"/>
        <source>Save project as</source>
        <translation>專案另存新檔</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="196"/>
        <source>Export architecture JSON</source>
        <translation>匯出架構 JSON</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="205"/>
        <source>Cannot export the architecture</source>
        <translation>無法匯出架構</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="214"/>
        <source>Unsaved changes</source>
        <translation>未儲存的變更</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="215"/>
        <source>The design has changes that are not saved. Save them first?</source>
        <translation>設計有尚未儲存的變更。要先儲存嗎？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="217"/>
        <source>The runs trained since the last save are not saved. Save them first?</source>
        <translation>上次儲存後完成的訓練尚未儲存。要先儲存嗎？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="251"/>
        <source>Restore unsaved work?</source>
        <translation>要還原未儲存的工作嗎？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="253"/>
        <source>cnn-designer did not close normally last time. Restore the design it saved automatically?</source>
        <translation>cnn-designer 上次未正常關閉。要還原自動儲存的設計嗎？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="263"/>
        <source>Cannot restore the design</source>
        <translation>無法還原設計</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="265"/>
        <source>Restore unsaved work</source>
        <translation>還原未儲存的工作</translation>
    </message>
</context>
<context>
    <name>PropertyEditor</name>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="155"/>
        <source>The layer&apos;s name in the model and the exported code</source>
        <extracomment>The panel moved to another layer on its own: the index (or None for the input) after the shown layer moved or was deleted.</extracomment>
        <translation>此層在模型與匯出程式碼中的名稱</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="159"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="164"/>
        <source>Output size</source>
        <translation>輸出尺寸</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="167"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="169"/>
        <source>Width</source>
        <translation>寬度</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="173"/>
        <source>Multiply-accumulate operations for one image</source>
        <translation>處理一張影像所需的乘積累加運算次數</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="182"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="185"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="186"/>
        <source>Output</source>
        <translation>輸出</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="187"/>
        <source>Parameters</source>
        <translation>參數</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="188"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="257"/>
        <source>Block input</source>
        <translation>區塊輸入</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="258"/>
        <source>What the block receives: the output of the layer before it</source>
        <translation>區塊接收的內容：其前一層的輸出</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="264"/>
        <source>Input</source>
        <translation>輸入</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="265"/>
        <source>The images the network reads</source>
        <translation>網路讀取的影像</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="320"/>
        <source>unknown: an earlier layer has an error</source>
        <translation>未知：前面有一層發生錯誤</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="324"/>
        <source>{trainable} + {frozen} non-trainable</source>
        <translation>{trainable} + {frozen} 個不可訓練</translation>
    </message>
</context>
<context>
    <name>RunEstimate</name>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="81"/>
        <location filename="../../designer/ui/run_estimate.py" line="111"/>
        <source>not measured yet</source>
        <extracomment>A shown estimate measures by itself once the design and settings have been still this long.</extracomment>
        <translation>尚未測量</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="85"/>
        <source>Measure speed</source>
        <translation>測量速度</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="87"/>
        <source>Time a few training steps on random data on the chosen device</source>
        <translation>在所選裝置上用隨機資料計時幾個訓練步驟</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="91"/>
        <source>Parameters</source>
        <translation>參數</translation>
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
        <translation>每輪</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="117"/>
        <source>{forward} for a batch of {batch} (training keeps about twice that)</source>
        <translation>批次大小為 {batch} 時佔 {forward}（訓練時約需兩倍）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="135"/>
        <source>about {time} ({batches:,} batches of {images:,} images)</source>
        <translation>約 {time}（{batches:,} 個批次，每批次 {images:,} 張影像）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="154"/>
        <source>measuring...</source>
        <translation>測量中...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="175"/>
        <source>{ms:.0f} ms ({rate:,.0f} images/s)</source>
        <translation>{ms:.0f} ms（每秒 {rate:,.0f} 張影像）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="184"/>
        <source>could not measure: {reason}</source>
        <translation>無法測量：{reason}</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="140"/>
        <source>Epochs done / epochs set</source>
        <extracomment>The colour of each way a run can end: green for a run that ended as it should.</extracomment>
        <translation>已完成輪數 / 設定輪數</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="141"/>
        <source>Time spent training, not counting validation and testing</source>
        <translation>訓練所花的時間，不含驗證與測試</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="142"/>
        <source>Best validation accuracy of any epoch</source>
        <translation>所有輪次中最佳的驗證準確率</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="143"/>
        <source>Accuracy on the test set, measured once training ended</source>
        <translation>訓練結束後在測試集上測得的準確率</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="150"/>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="151"/>
        <source>stopped early</source>
        <translation>提前停止</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="152"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="153"/>
        <source>diverged</source>
        <translation>已發散</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="154"/>
        <source>failed</source>
        <translation>失敗</translation>
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
        <translation>{hours} 小時 {minutes:02d} 分</translation>
    </message>
</context>
<context>
    <name>RunsTable</name>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="248"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="255"/>
        <source>No training runs yet.
Every run you train is kept here, so you can compare them.</source>
        <translation>尚無訓練紀錄。
你的每次訓練都會保留在這裡，方便互相比較。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="263"/>
        <source>Select a run to see how it went, or several to compare them.</source>
        <translation>選取一次訓練以查看結果，或選取多次訓練加以比較。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="312"/>
        <source>Delete runs</source>
        <translation>刪除訓練紀錄</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="313"/>
        <source>Delete {runs} from the project&apos;s run history?</source>
        <translation>要從專案的訓練紀錄中刪除 {runs} 嗎？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="339"/>
        <source>Export metrics</source>
        <translation>匯出指標</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="341"/>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV 檔案 (*.csv);;JSON 檔案 (*.json)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="351"/>
        <source>Could not save</source>
        <translation>無法儲存</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="356"/>
        <source>{run}: {reason} after {epochs} of {planned} epochs on {dataset}, in {duration}.</source>
        <translation>{run}：在 {dataset} 上訓練 {epochs}/{planned} 輪後{reason}，耗時 {duration}。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="367"/>
        <source>Best validation accuracy {best}; not tested.</source>
        <translation>最佳驗證準確率 {best}；未測試。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="370"/>
        <source>Best validation accuracy {best}, test accuracy {test}.</source>
        <translation>最佳驗證準確率 {best}，測試準確率 {test}。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="382"/>
        <source>Same design and training settings as {run}.</source>
        <translation>設計與訓練設定皆與 {run} 相同。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="383"/>
        <source>Compared with {run}:</source>
        <translation>與 {run} 相比：</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="386"/>
        <source>{run}:</source>
        <translation>{run}：</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="410"/>
        <source>Delete run</source>
        <translation>刪除訓練紀錄</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="412"/>
        <source>Delete {count} runs</source>
        <translation>刪除 {count} 筆訓練紀錄</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="415"/>
        <source>Open run folder</source>
        <translation>開啟訓練資料夾</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="418"/>
        <source>Export metrics (CSV or JSON)...</source>
        <translation>匯出指標（CSV 或 JSON）...</translation>
    </message>
</context>
<context>
    <name>SamplePicker</name>
    <message>
        <location filename="../../designer/ui/sample_picker.py" line="50"/>
        <source>Browse one class of the test set, or all of it</source>
        <extracomment>Thumbnails shown around the current test sample.</extracomment>
        <translation>瀏覽測試集的某一類別，或全部類別</translation>
    </message>
    <message>
        <location filename="../../designer/ui/sample_picker.py" line="52"/>
        <source>Random</source>
        <translation>隨機</translation>
    </message>
    <message>
        <location filename="../../designer/ui/sample_picker.py" line="53"/>
        <source>A random test sample of the chosen class</source>
        <translation>所選類別的一個隨機測試樣本</translation>
    </message>
    <message>
        <location filename="../../designer/ui/sample_picker.py" line="87"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../designer/ui/sample_picker.py" line="93"/>
        <source>Pen</source>
        <translation>畫筆</translation>
    </message>
    <message>
        <location filename="../../designer/ui/sample_picker.py" line="97"/>
        <source>Draw a digit: it is centred and scaled the way MNIST&apos;s digits were.</source>
        <translation>畫一個數字：它會以 MNIST 數字相同的方式置中並縮放。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/sample_picker.py" line="101"/>
        <source>Open image...</source>
        <translation>開啟影像...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/sample_picker.py" line="103"/>
        <source>No image chosen</source>
        <translation>尚未選擇影像</translation>
    </message>
    <message>
        <location filename="../../designer/ui/sample_picker.py" line="110"/>
        <source>The image is fitted to the network&apos;s input the way training fits images.</source>
        <translation>影像會以訓練時相同的方式調整為網路的輸入尺寸。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/sample_picker.py" line="117"/>
        <source>Test set</source>
        <translation>測試集</translation>
    </message>
    <message>
        <location filename="../../designer/ui/sample_picker.py" line="118"/>
        <source>Draw</source>
        <translation>手繪</translation>
    </message>
    <message>
        <location filename="../../designer/ui/sample_picker.py" line="119"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../../designer/ui/sample_picker.py" line="138"/>
        <source>All classes</source>
        <translation>所有類別</translation>
    </message>
    <message>
        <location filename="../../designer/ui/sample_picker.py" line="162"/>
        <source>of {count}</source>
        <translation>/ {count}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/sample_picker.py" line="216"/>
        <source>Inspect an image</source>
        <translation>檢查影像</translation>
    </message>
    <message>
        <location filename="../../designer/ui/sample_picker.py" line="218"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff)</source>
        <translation>影像 (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>ScopeBar</name>
    <message>
        <location filename="../../designer/ui/scope_bar.py" line="95"/>
        <source>Network</source>
        <extracomment>Layers a branch column lists before it says how many more there are. The innermost parallel block&apos;s branches, as shown; buttons in branch order. The crumb a card can be dropped on to move it out of the block being edited.</extracomment>
        <translation>網路</translation>
    </message>
    <message>
        <location filename="../../designer/ui/scope_bar.py" line="117"/>
        <source>Edit this stack; drop a layer here to move it out of the block</source>
        <translation>編輯此層堆疊；將層拖放到這裡可將它移出區塊</translation>
    </message>
    <message>
        <location filename="../../designer/ui/scope_bar.py" line="119"/>
        <source>Edit this stack</source>
        <translation>編輯此層堆疊</translation>
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
        <translation>以及另外 {count} 個</translation>
    </message>
    <message>
        <location filename="../../designer/ui/scope_bar.py" line="148"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/scope_bar.py" line="160"/>
        <source>Add branch</source>
        <translation>新增分支</translation>
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
        <translation>搜尋</translation>
    </message>
    <message>
        <location filename="../../designer/ui/search_space_table.py" line="125"/>
        <source>Values</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../designer/ui/search_space_table.py" line="125"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../designer/ui/search_space_table.py" line="136"/>
        <source>A training setting or layer parameter to search too</source>
        <translation>要一併搜尋的訓練設定或層參數</translation>
    </message>
    <message>
        <location filename="../../designer/ui/search_space_table.py" line="139"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../designer/ui/search_space_table.py" line="255"/>
        <source>A list (16, 32, 64) or a range (0.0001 .. 0.1 log)</source>
        <translation>清單（16, 32, 64）或範圍（0.0001 .. 0.1 log）</translation>
    </message>
</context>
<context>
    <name>SizeEditor</name>
    <message>
        <location filename="../../designer/ui/param_widgets.py" line="317"/>
        <source>same as {what}</source>
        <translation>與{what}相同</translation>
    </message>
</context>
<context>
    <name>StudyForm</name>
    <message>
        <location filename="../../designer/ui/study_form.py" line="65"/>
        <source>no limit</source>
        <translation>無限制</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="66"/>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="68"/>
        <source>Each trial trains this many epochs, unless epochs is a knob</source>
        <translation>每個試驗訓練的輪數，除非輪數本身就是搜尋參數</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="69"/>
        <source>TPE</source>
        <translation>TPE</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="69"/>
        <source>random</source>
        <translation>隨機</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="71"/>
        <source>median</source>
        <translation>中位數</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="72"/>
        <source>successive halving</source>
        <translation>逐次減半</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="73"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="75"/>
        <source>Stops trials that do worse than the others at the same epoch</source>
        <translation>提前停止在同一輪表現不如其他試驗的試驗</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="79"/>
        <source>The SQLite file the study is kept in; a study there resumes</source>
        <translation>存放研究的 SQLite 檔案；若其中已有此研究，將接續進行</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="80"/>
        <source>Browse...</source>
        <translation>瀏覽...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="89"/>
        <source>Trials</source>
        <translation>試驗次數</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="90"/>
        <source>Time limit</source>
        <translation>時間限制</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="91"/>
        <source>Epochs per trial</source>
        <translation>每個試驗的輪數</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="92"/>
        <source>Sampler</source>
        <translation>取樣器</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="93"/>
        <source>Pruner</source>
        <translation>剪枝器</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="94"/>
        <source>Seed</source>
        <translation>隨機種子</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="96"/>
        <source>Study name</source>
        <translation>研究名稱</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="96"/>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="99"/>
        <source>Budget</source>
        <translation>預算</translation>
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
        <translation>此檔案已有此研究的 {count} 個試驗；按「開始」即可接續進行。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="171"/>
        <source>A new study: the file does not hold one of this name yet.</source>
        <translation>新研究：檔案中還沒有此名稱的研究。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="186"/>
        <source>Study file</source>
        <translation>研究檔案</translation>
    </message>
    <message>
        <location filename="../../designer/ui/study_form.py" line="188"/>
        <source>SQLite files (*.db);;All files (*)</source>
        <translation>SQLite 檔案 (*.db);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../designer/ui/summary_panel.py" line="106"/>
        <source>Total {total} parameters ({weights}): {trainable} trainable, {frozen} non-trainable  ·  {macs} MACs per image  ·  {memory} of activations per image</source>
        <translation>共 {total} 個參數（{weights}）：{trainable} 個可訓練，{frozen} 個不可訓練  ·  每張影像 {macs} MACs  ·  每張影像的激活值佔 {memory}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/summary_panel.py" line="117"/>
        <source>{count} layer(s) do not fit; totals are partial</source>
        <translation>{count} 層的尺寸不相符；總計並不完整</translation>
    </message>
</context>
<context>
    <name>TrainControls</name>
    <message>
        <location filename="../../designer/ui/train_controls.py" line="25"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_controls.py" line="26"/>
        <source>Train a snapshot of the design with these settings</source>
        <translation>以這些設定訓練目前設計的快照</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_controls.py" line="27"/>
        <location filename="../../designer/ui/train_controls.py" line="64"/>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_controls.py" line="28"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_controls.py" line="29"/>
        <source>Stop after the current batch; the run keeps what it learned</source>
        <translation>在目前批次結束後停止；已學到的內容會保留下來</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_controls.py" line="30"/>
        <source>Resume run</source>
        <translation>繼續訓練</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_controls.py" line="31"/>
        <source>Continue the selected stopped run from its last checkpoint</source>
        <translation>從最後一個檢查點繼續所選的已停止訓練</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_controls.py" line="50"/>
        <source>Epoch</source>
        <translation>本輪</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_controls.py" line="52"/>
        <source>Run</source>
        <translation>整體</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_controls.py" line="64"/>
        <source>Resume</source>
        <translation>繼續</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_controls.py" line="88"/>
        <source>epoch %v of %m</source>
        <translation>第 %v / %m 輪</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_controls.py" line="96"/>
        <source>batch %v of %m</source>
        <translation>第 %v / %m 批次</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_controls.py" line="99"/>
        <source>epoch {epoch} of {epochs}</source>
        <translation>第 {epoch} / {epochs} 輪</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_controls.py" line="103"/>
        <source>{rate:,.0f} images/s, {left} left</source>
        <translation>每秒 {rate:,.0f} 張影像，剩餘 {left}</translation>
    </message>
</context>
<context>
    <name>TrainPanel</name>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="73"/>
        <source>Data</source>
        <extracomment>The progress bars redraw at most this often while a run reports (5 times a second)... ...and the curves every this many frames. Drawing competes with training for the CPU and Python&apos;s GIL: a redraw of the plots costs the GUI thread ~20 ms, and on a 2-core machine each ms of it stalls both of torch&apos;s threads, so the curves refresh about once a second. A run has started: its record so far (id, architecture, settings, folder).</extracomment>
        <translation>資料</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="74"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="79"/>
        <source>Estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="82"/>
        <source>Runs</source>
        <translation>訓練紀錄</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="83"/>
        <source>Layer health</source>
        <translation>層健康狀態</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="178"/>
        <source>The design cannot train yet: {reason}</source>
        <extracomment>The test sample a run&apos;s snapshots follow: the one the Inspect view shows, when it has one.</extracomment>
        <translation>此設計還無法訓練：{reason}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="211"/>
        <source>Training {run} on a snapshot of the design; edits apply to the next run</source>
        <translation>正在以設計的快照訓練 {run}；之後的編輯會套用到下一次訓練</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="290"/>
        <source>{run} {reason}: test accuracy {accuracy:.2%}</source>
        <translation>{run} {reason}：測試準確率 {accuracy:.2%}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="294"/>
        <source>{run} {reason}: {message}</source>
        <translation>{run} {reason}：{message}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="314"/>
        <source>Paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="323"/>
        <source>Stopping after the current batch...</source>
        <translation>將在目前批次結束後停止...</translation>
    </message>
</context>
<context>
    <name>TrainSettingsForm</name>
    <message>
        <location filename="../../designer/ui/train_settings_form.py" line="56"/>
        <source>Where to train: auto picks a GPU when there is one</source>
        <translation>訓練所用的裝置：「自動」會在有 GPU 時選用 GPU</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_settings_form.py" line="57"/>
        <source>auto (the best available)</source>
        <translation>自動（最佳可用裝置）</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="116"/>
        <source>loss</source>
        <extracomment>Fixed curve colours: mid tones that read on light and dark backgrounds. Narrower plots wrap the legend onto two rows. The smoothed loss averages the running loss over about this many epochs. The CSV&apos;s columns, documented in :meth:`TrainingPlots.export_csv`. The running accuracy in percent, kept as drawn so that an update copies nothing. Curves with a point per progress report rather than per epoch.</extracomment>
        <translation>損失</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="116"/>
        <source>accuracy (%)</source>
        <translation>準確率（%）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="116"/>
        <location filename="../../designer/ui/training_plots.py" line="195"/>
        <source>learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="147"/>
        <source>Save plot as PNG...</source>
        <translation>將圖表儲存為 PNG...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="150"/>
        <source>Save data as CSV...</source>
        <translation>將資料儲存為 CSV...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="153"/>
        <location filename="../../designer/ui/training_plots.py" line="410"/>
        <source>epoch</source>
        <translation>輪次</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="176"/>
        <source>running mean (batches)</source>
        <extracomment>Legend entry (a loss curve) -&gt; the accuracy curve it shows and hides with it.</extracomment>
        <translation>移動平均（批次）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="177"/>
        <source>train</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="178"/>
        <source>validation</source>
        <translation>驗證</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="189"/>
        <source>smoothed</source>
        <translation>平滑</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="316"/>
        <source>{label}: epoch {x}</source>
        <translation>{label}：第 {x} 輪</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="316"/>
        <source>epoch {x}</source>
        <translation>第 {x} 輪</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="328"/>
        <source>{name}, epoch {epoch}: {value}</source>
        <translation>{name}，第 {epoch} 輪：{value}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="332"/>
        <source>{name}: {value}</source>
        <translation>{name}：{value}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="452"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 影像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="455"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="459"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="465"/>
        <source>Could not save</source>
        <translation>無法儲存</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <location filename="../../designer/ui/training_session.py" line="96"/>
        <source>Loading the data set</source>
        <extracomment>Seconds between the trainer&apos;s progress reports in the window: smooth, yet cheap. Seconds between the copies of the weights a run shares with the inspect views. The test sample the run&apos;s epoch snapshots follow.</extracomment>
        <translation>正在載入資料集</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_session.py" line="105"/>
        <source>Preparing the run</source>
        <translation>正在準備訓練</translation>
    </message>
</context>
<context>
    <name>TrialsModel</name>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="134"/>
        <source>ended with the study</source>
        <extracomment>The message of a trial that Stop ended (the study records it as failed). The role the proxy sorts by: numbers as numbers, so trial 10 follows trial 9. The running trials&apos; last epoch, shown as their message.</extracomment>
        <translation>隨研究結束</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="151"/>
        <source>Trial</source>
        <translation>試驗</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="152"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="153"/>
        <source>Val. acc.</source>
        <translation>驗證準確率</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="154"/>
        <source>Seconds</source>
        <translation>秒數</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="155"/>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="161"/>
        <source>running</source>
        <translation>執行中</translation>
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
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="165"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="171"/>
        <source>epoch {epoch} of {epochs}</source>
        <translation>第 {epoch} / {epochs} 輪</translation>
    </message>
</context>
<context>
    <name>TunePanel</name>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="103"/>
        <source>Search space</source>
        <extracomment>The design every trial of the running study starts from. The last epoch&apos;s accuracy of each trial, to place pruned trials on the history plot. What the study&apos;s end says, once it has ended.</extracomment>
        <translation>搜尋空間</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="106"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="107"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="108"/>
        <source>End the running trial and the study; finished trials stay</source>
        <translation>結束執行中的試驗與研究；已完成的試驗會保留</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="109"/>
        <location filename="../../designer/ui/tune_panel.py" line="343"/>
        <source>Apply best</source>
        <translation>套用最佳結果</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="155"/>
        <source>Data set: {dataset} (the Train view&apos;s choice), read from {folder}</source>
        <extracomment>What cannot change while a study runs.</extracomment>
        <translation>資料集：{dataset}（「訓練」頁面所選），從 {folder} 讀取</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="187"/>
        <source>Needs 2 complete trials</source>
        <translation>需要 2 個已完成的試驗</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="197"/>
        <source>Needs 2 knobs or more</source>
        <translation>需要 2 個以上的搜尋參數</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="202"/>
        <source>Cannot rank the knobs</source>
        <translation>無法排序搜尋參數</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="221"/>
        <source>The design cannot train yet: {reason}</source>
        <translation>此設計還無法訓練：{reason}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="228"/>
        <source>Run the study: train trials of the design</source>
        <translation>執行研究：以此設計訓練多個試驗</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="271"/>
        <source>Loading the data set...</source>
        <translation>正在載入資料集...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="272"/>
        <source>Study &quot;{study}&quot;: trials train a snapshot of the design</source>
        <translation>研究「{study}」：各試驗訓練的是設計的快照</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="280"/>
        <source>Stopping: the running trial ends now...</source>
        <translation>正在停止：執行中的試驗即將結束...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="287"/>
        <source>Trial {number} running</source>
        <translation>試驗 {number} 執行中</translation>
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
        <translation>已達時間限制</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="304"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="306"/>
        <source>Study &quot;{study}&quot; {reason} after {trials} trials</source>
        <translation>研究「{study}」在 {trials} 個試驗後{reason}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="312"/>
        <source>; best: trial {number}, {value:.1%}</source>
        <translation>；最佳：試驗 {number}，{value:.1%}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="331"/>
        <source>Study ended</source>
        <translation>研究已結束</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="344"/>
        <source>No trial has completed yet</source>
        <translation>尚無已完成的試驗</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="347"/>
        <source>Apply best (trial {number}, {value:.1%})</source>
        <translation>套用最佳結果（試驗 {number}，{value:.1%}）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="350"/>
        <source>Write the trial&apos;s settings and layer sizes into the design; Undo takes them back</source>
        <translation>將此試驗的設定與層大小寫入設計；可用「復原」撤銷</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="369"/>
        <source>Cannot apply trial {number}: {reason}</source>
        <translation>無法套用試驗 {number}：{reason}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="375"/>
        <source>Apply best trial {number}</source>
        <translation>套用最佳試驗 {number}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="382"/>
        <source>Applied trial {number} to the design ({value:.1%})</source>
        <translation>已將試驗 {number} 套用到設計（{value:.1%}）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="401"/>
        <source>Trial {number} of study &quot;{study}&quot;</source>
        <translation>研究「{study}」的試驗 {number}</translation>
    </message>
</context>
<context>
    <name>TunePlots</name>
    <message>
        <location filename="../../designer/ui/tune_plots.py" line="32"/>
        <source>Optimisation history</source>
        <extracomment>Bars shown at most: the knobs that mattered most.</extracomment>
        <translation>最佳化歷程</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_plots.py" line="33"/>
        <source>Parameter importance</source>
        <translation>參數重要性</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_plots.py" line="51"/>
        <source>val. accuracy (%)</source>
        <translation>驗證準確率（%）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_plots.py" line="52"/>
        <source>trial</source>
        <translation>試驗</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_plots.py" line="57"/>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_plots.py" line="62"/>
        <source>pruned (last epoch)</source>
        <translation>已剪枝（最後一輪）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_plots.py" line="65"/>
        <source>best so far</source>
        <translation>目前最佳</translation>
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
        <translation>保持高度與寬度相等</translation>
    </message>
    <message>
        <location filename="../../designer/ui/param_widgets.py" line="268"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../../designer/ui/param_widgets.py" line="268"/>
        <source>Width</source>
        <translation>寬度</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <location filename="../../designer/ui/languages.py" line="72"/>
        <source>&amp;Language</source>
        <extracomment>Every language the interface may be shown in, by its own name (never translated). The QSettings key of the chosen language; absent means the system&apos;s. Chinese locales written in Traditional characters.</extracomment>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/languages.py" line="75"/>
        <source>System language</source>
        <translation>系統語言</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../designer/ui/messages.py" line="13"/>
        <source>{path} was not saved: {reason}. Any file already there is unchanged; free some space or choose another place, then save again.</source>
        <translation>{path} 未儲存：{reason}。該位置原有的檔案不受影響；請釋放一些空間或選擇其他位置，然後再儲存一次。</translation>
    </message>
</context>
<context>
    <name>plots</name>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="509"/>
        <source>run 1 (lr 0.01)</source>
        <translation>訓練 1（lr 0.01）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="510"/>
        <source>run 2 (lr 0.001)</source>
        <translation>訓練 2（lr 0.001）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_plots.py" line="525"/>
        <source>Training plots</source>
        <translation>訓練圖表</translation>
    </message>
</context>
<context>
    <name>table</name>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="476"/>
        <source>Runs</source>
        <translation>訓練紀錄</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="488"/>
        <source>Network diagram</source>
        <translation>網路圖</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="238"/>
        <source>Layer health</source>
        <translation>層健康狀態</translation>
    </message>
</context>
</TS>
