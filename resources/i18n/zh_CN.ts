<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../designer/core/geometry.py" line="52"/>
        <location filename="../../designer/ui/layer_text.py" line="30"/>
        <source>padding {size}</source>
        <extracomment>Zeros added (top, bottom, left, right).</extracomment>
        <translation>填充 {size}</translation>
    </message>
    <message>
        <location filename="../../designer/core/geometry.py" line="54"/>
        <source>padding {height}x{width}</source>
        <translation>填充 {height}x{width}</translation>
    </message>
    <message>
        <location filename="../../designer/core/geometry.py" line="55"/>
        <source>padding {top}/{bottom} (top/bottom) and {left}/{right} (left/right)</source>
        <translation>填充 {top}/{bottom}（上/下）和 {left}/{right}（左/右）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_text.py" line="41"/>
        <location filename="../../designer/ui/layer_text.py" line="47"/>
        <source>stride {stride}</source>
        <translation>步长 {stride}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_text.py" line="51"/>
        <source>{units} units</source>
        <translation>{units} 个单元</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_text.py" line="53"/>
        <source>rate {rate}</source>
        <translation>比例 {rate}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_text.py" line="55"/>
        <source>{count} layers + input</source>
        <translation>{count} 层 + 输入</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_text.py" line="59"/>
        <source>{count} branches ({layers} layers), {merge}</source>
        <translation>{count} 个分支（{layers} 层），{merge}</translation>
    </message>
    <message>
        <location filename="../../designer/core/architecture.py" line="24"/>
        <source>Channels</source>
        <translation>通道数</translation>
    </message>
    <message>
        <location filename="../../designer/core/architecture.py" line="28"/>
        <source>1 for grayscale, 3 for RGB</source>
        <translation>灰度图为 1，RGB 图为 3</translation>
    </message>
    <message>
        <location filename="../../designer/core/architecture.py" line="32"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../../designer/core/architecture.py" line="36"/>
        <source>Image height in pixels</source>
        <translation>图像高度（像素）</translation>
    </message>
    <message>
        <location filename="../../designer/core/architecture.py" line="40"/>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location filename="../../designer/core/architecture.py" line="44"/>
        <source>Image width in pixels</source>
        <translation>图像宽度（像素）</translation>
    </message>
    <message>
        <location filename="../../designer/core/architecture.py" line="59"/>
        <source>a layer name is 1 to 64 letters, digits or underscores and does not start with a digit, got {name!r}</source>
        <translation>层名称须由 1 到 64 个字母、数字或下划线组成，且不能以数字开头，实际为 {name!r}</translation>
    </message>
    <message>
        <location filename="../../designer/core/architecture.py" line="63"/>
        <source>{name!r} is a Python keyword and cannot name a layer</source>
        <translation>{name!r} 是 Python 关键字，不能用作层名称</translation>
    </message>
    <message>
        <location filename="../../designer/core/architecture.py" line="107"/>
        <source>{kind} has no parameter {names}</source>
        <translation>{kind} 没有参数 {names}</translation>
    </message>
    <message>
        <location filename="../../designer/core/catalogue.py" line="16"/>
        <location filename="../../designer/core/layers/convolution.py" line="126"/>
        <location filename="../../designer/core/layers/convolution.py" line="162"/>
        <location filename="../../designer/core/layers/convolution.py" line="241"/>
        <source>Convolution</source>
        <extracomment>Palette groups in display order; each equals the ``group`` of its kinds, and is shown translated.</extracomment>
        <translation>卷积</translation>
    </message>
    <message>
        <location filename="../../designer/core/catalogue.py" line="17"/>
        <location filename="../../designer/core/layers/pooling.py" line="69"/>
        <location filename="../../designer/core/layers/pooling.py" line="77"/>
        <location filename="../../designer/core/layers/pooling.py" line="91"/>
        <location filename="../../designer/core/layers/pooling.py" line="99"/>
        <source>Pooling</source>
        <translation>池化</translation>
    </message>
    <message>
        <location filename="../../designer/core/catalogue.py" line="18"/>
        <location filename="../../designer/core/layers/dense.py" line="19"/>
        <location filename="../../designer/core/layers/dense.py" line="39"/>
        <source>Core</source>
        <translation>核心</translation>
    </message>
    <message>
        <location filename="../../designer/core/catalogue.py" line="19"/>
        <location filename="../../designer/core/layers/regularisation.py" line="18"/>
        <location filename="../../designer/core/layers/regularisation.py" line="47"/>
        <source>Regularisation</source>
        <translation>正则化</translation>
    </message>
    <message>
        <location filename="../../designer/core/catalogue.py" line="20"/>
        <location filename="../../designer/core/layers/activation.py" line="15"/>
        <location filename="../../designer/core/layers/activation.py" line="31"/>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <location filename="../../designer/core/catalogue.py" line="21"/>
        <location filename="../../designer/core/layers/blocks.py" line="69"/>
        <location filename="../../designer/core/layers/blocks.py" line="108"/>
        <source>Blocks</source>
        <translation>块</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="249"/>
        <source>Add {kind} {layer}</source>
        <extracomment>Steps from the network&apos;s stack into a block&apos;s branch: (layer index, branch index) per level. The stack being edited: () for the network, else (block index, branch) steps into blocks.</extracomment>
        <translation>添加 {kind} {layer}</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="255"/>
        <source>Delete {layer}</source>
        <translation>删除 {layer}</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="264"/>
        <source>Move {layer}</source>
        <translation>移动 {layer}</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="280"/>
        <source>Duplicate {layer}</source>
        <translation>复制 {layer}</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="290"/>
        <source>&quot;{name}&quot; already names another layer</source>
        <translation>已有另一个层名为“{name}”</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="296"/>
        <source>Rename {layer} to {name}</source>
        <translation>将 {layer} 重命名为 {name}</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="305"/>
        <source>Change {param} of {layer}</source>
        <translation>更改 {layer} 的 {param}</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="319"/>
        <source>{fix} ({layer})</source>
        <translation>{fix}（{layer}）</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="329"/>
        <source>Wrap {layer} in a residual block</source>
        <translation>将 {layer} 放入残差块</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="331"/>
        <source>Wrap {first} to {last} in a residual block</source>
        <translation>将 {first} 到 {last} 放入残差块</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="343"/>
        <source>{layer} is not a block</source>
        <translation>{layer} 不是块</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="345"/>
        <source>{layer} has {count} branches; only a block of one can be unwrapped</source>
        <translation>{layer} 有 {count} 个分支；只有单分支的块才能拆开</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="350"/>
        <source>Unwrap {layer}</source>
        <translation>拆开 {layer}</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="363"/>
        <source>Move {layer} into {block}</source>
        <translation>将 {layer} 移入 {block}</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="381"/>
        <source>Move {layer} out of {block}</source>
        <translation>将 {layer} 移出 {block}</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="391"/>
        <source>Add a branch to {block}</source>
        <translation>为 {block} 添加分支</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="399"/>
        <source>Remove branch {number} of {block}</source>
        <translation>移除 {block} 的分支 {number}</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="407"/>
        <source>training settings</source>
        <translation>训练设置</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="409"/>
        <source>Change {setting}</source>
        <translation>更改 {setting}</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="415"/>
        <source>Change the input</source>
        <translation>更改输入</translation>
    </message>
    <message>
        <location filename="../../designer/core/errors.py" line="20"/>
        <source>{where}: {problem}</source>
        <translation>{where}：{problem}</translation>
    </message>
    <message>
        <location filename="../../designer/core/errors.py" line="38"/>
        <source>the run ran out of memory; use a smaller batch size or a smaller network, then try again</source>
        <translation>运行时内存不足；请减小批大小或使用更小的网络，然后重试</translation>
    </message>
    <message>
        <location filename="../../designer/core/errors.py" line="40"/>
        <source>{error_type}: {message}</source>
        <translation>{error_type}: {message}</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="22"/>
        <source>Model bundle</source>
        <extracomment>What a file chooser calls it (a phrase, as is ``help``).</extracomment>
        <translation>模型包</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="24"/>
        <source>the model bundle itself: weights, architecture, classes</source>
        <translation>模型包本身：权重、架构、类别</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="28"/>
        <source>TorchScript module</source>
        <translation>TorchScript 模块</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="30"/>
        <source>a module torch.jit.load opens without cnn-designer</source>
        <translation>无需 cnn-designer 即可用 torch.jit.load 打开的模块</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="33"/>
        <source>ONNX graph</source>
        <translation>ONNX 计算图</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="33"/>
        <source>an ONNX graph, opset 17 (needs cnn-designer[onnx])</source>
        <translation>ONNX 计算图，算子集版本 17（需要 cnn-designer[onnx]）</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="37"/>
        <source>PyTorch source</source>
        <translation>PyTorch 源代码</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="39"/>
        <source>standalone PyTorch source, its weights beside it as .pt</source>
        <translation>独立的 PyTorch 源代码，权重以 .pt 文件放在旁边</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="43"/>
        <source>Training script</source>
        <translation>训练脚本</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="45"/>
        <source>a standalone PyTorch script that trains the design again, in one process or under torchrun</source>
        <translation>独立的 PyTorch 脚本，可重新训练该设计，可单进程运行，也可在 torchrun 下运行</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="49"/>
        <source>Architecture JSON</source>
        <translation>架构 JSON</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="51"/>
        <source>the architecture file with the training settings</source>
        <translation>包含训练设置的架构文件</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="60"/>
        <source>Metrics (CSV)</source>
        <extracomment>What a run leaves besides its model: the command line&apos;s ``export`` writes these too.</extracomment>
        <translation>指标（CSV）</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="62"/>
        <source>the run&apos;s metrics, a row per epoch (a run folder)</source>
        <translation>运行的指标，每轮一行（来自运行文件夹）</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="65"/>
        <source>Metrics (JSON)</source>
        <translation>指标（JSON）</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="65"/>
        <source>the same as JSON (a run folder)</source>
        <translation>内容同上，格式为 JSON（来自运行文件夹）</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="69"/>
        <source>Training plots</source>
        <translation>训练曲线</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="71"/>
        <source>loss, accuracy and learning-rate plots, PATH-&lt;plot&gt;.png (a run folder)</source>
        <translation>损失、准确率和学习率曲线，保存为 PATH-&lt;曲线名&gt;.png（来自运行文件夹）</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="75"/>
        <source>Architecture diagram</source>
        <translation>架构图</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="77"/>
        <source>the architecture diagram, SVG when PATH ends in .svg</source>
        <translation>架构图；PATH 以 .svg 结尾时为 SVG 格式</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="76"/>
        <source>no such file</source>
        <extracomment>Blocks inside blocks inside blocks... deeper than this is refused (a file, not a design). Longest whole number in a file: beyond it a number no longer converts to a float.</extracomment>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="78"/>
        <source>is a folder, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="81"/>
        <source>cannot be read ({reason})</source>
        <translation>无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="85"/>
        <source>is larger than the {limit} MB limit for this kind of file</source>
        <translation>超过了此类文件 {limit} MB 的大小上限</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="98"/>
        <source>{name} is not a number JSON allows</source>
        <translation>{name} 不是 JSON 允许的数字</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="105"/>
        <source>the key &quot;{key}&quot; appears twice in one object</source>
        <translation>键 &quot;{key}&quot; 在同一个对象中出现了两次</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="112"/>
        <source>a whole number of more than {limit} digits</source>
        <translation>超过 {limit} 位的整数</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="119"/>
        <source>the number {number} is too large</source>
        <translation>数字 {number} 过大</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="129"/>
        <source>not UTF-8 text, so it is not a JSON file</source>
        <translation>不是 UTF-8 文本，因此不是 JSON 文件</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="140"/>
        <source>not valid JSON ({reason} at line {line}, column {column})</source>
        <translation>不是有效的 JSON（第 {line} 行第 {column} 列：{reason}）</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="145"/>
        <source>not usable: its JSON is nested too deeply</source>
        <translation>无法使用：其 JSON 嵌套过深</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="147"/>
        <source>not valid JSON ({reason})</source>
        <translation>不是有效的 JSON（{reason}）</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="155"/>
        <source>is {what_it_is_not}</source>
        <translation>{what_it_is_not}</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="156"/>
        <source>the text</source>
        <translation>该文本</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="170"/>
        <source>must be a JSON object, got {type}</source>
        <translation>必须是 JSON 对象，实际为 {type}</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="176"/>
        <source>unknown key (did you mean &quot;{match}&quot;?)</source>
        <translation>未知的键（你是指 &quot;{match}&quot; 吗？）</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="178"/>
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="183"/>
        <source>missing the key &quot;{key}&quot;</source>
        <translation>缺少键 &quot;{key}&quot;</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="204"/>
        <source>must be a text of at most {limit} characters</source>
        <translation>必须是不超过 {limit} 个字符的文本</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="213"/>
        <source>must be a JSON object describing a layer, got {type}</source>
        <translation>必须是描述一个层的 JSON 对象，实际为 {type}</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="217"/>
        <source>needs a &quot;type&quot; naming the layer kind, such as &quot;Conv2D&quot;</source>
        <translation>需要用 &quot;type&quot; 指明层的类型，例如 &quot;Conv2D&quot;</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="222"/>
        <source>unknown layer type &quot;{kind}&quot; (did you mean &quot;{match}&quot;?)</source>
        <translation>未知的层类型 &quot;{kind}&quot;（你是指 &quot;{match}&quot; 吗？）</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="226"/>
        <source>unknown layer type &quot;{kind}&quot;</source>
        <translation>未知的层类型 &quot;{kind}&quot;</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="233"/>
        <source>a layer name must be a text</source>
        <translation>层名称必须是文本</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="245"/>
        <source>nests blocks more than {limit} deep</source>
        <translation>块的嵌套深度超过了 {limit}</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="248"/>
        <source>must be a list of branches, each a list of layers</source>
        <translation>必须是分支的列表，每个分支是层的列表</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="263"/>
        <source>&quot;{name}&quot; already names {other}</source>
        <translation>名称 &quot;{name}&quot; 已被 {other} 使用</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="285"/>
        <source>must be a whole number from 1</source>
        <translation>必须是不小于 1 的整数</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="290"/>
        <source>the file is format version {version}, written by a newer cnn-designer; this one reads up to version {newest}, so update cnn-designer to open it</source>
        <translation>该文件的格式版本为 {version}，由更新版本的 cnn-designer 写入；当前版本最高只能读取版本 {newest}，请更新 cnn-designer 后再打开</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="305"/>
        <location filename="../../designer/core/search_space.py" line="292"/>
        <source>the document</source>
        <translation>该文档</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="306"/>
        <source>is not a cnn-designer architecture (no &quot;format&quot;: &quot;{format}&quot;)</source>
        <translation>不是 cnn-designer 架构文件（没有 &quot;format&quot;: &quot;{format}&quot;）</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="310"/>
        <source>must be &quot;{format}&quot; for an architecture file</source>
        <translation>架构文件中必须为 &quot;{format}&quot;</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="318"/>
        <source>must be a list of layers</source>
        <translation>必须是层的列表</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="337"/>
        <source>the network has {count:,} parameters, more than the limit of {limit:,}</source>
        <translation>网络有 {count:,} 个参数，超过了 {limit:,} 的上限</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="345"/>
        <source>has {count:,} layers, more than the limit of {limit:,}</source>
        <translation>有 {count:,} 个层，超过了 {limit:,} 的上限</translation>
    </message>
    <message>
        <location filename="../../designer/core/inference.py" line="117"/>
        <source>layer {number} ({kind})</source>
        <extracomment>Bytes of one float32 value, the precision weights and activations are reported in. A block&apos;s layers, branch by branch; their figures are included in the block&apos;s. A row of the summary: (depth, branch number or None, report); see :meth:`Summary.rows`.</extracomment>
        <translation>第 {number} 层（{kind}）</translation>
    </message>
    <message>
        <location filename="../../designer/core/inference.py" line="126"/>
        <source>{block} &gt; {layer}</source>
        <translation>{block} &gt; {layer}</translation>
    </message>
    <message>
        <location filename="../../designer/core/inference.py" line="127"/>
        <source>{block} &gt; branch {branch} &gt; {layer}</source>
        <translation>{block} &gt; 分支 {branch} &gt; {layer}</translation>
    </message>
    <message>
        <location filename="../../designer/core/inference.py" line="220"/>
        <source>{label}: {error}</source>
        <translation>{label}：{error}</translation>
    </message>
    <message>
        <location filename="../../designer/core/inference.py" line="234"/>
        <source>{label}: a {kind} block holds {least} branches, not {count}</source>
        <translation>{label}：{kind} 块应有 {least} 个分支，而不是 {count} 个</translation>
    </message>
    <message>
        <location filename="../../designer/core/inference.py" line="236"/>
        <source>{label}: a {kind} block holds {least} to {most} branches, not {count}</source>
        <translation>{label}：{kind} 块应有 {least} 到 {most} 个分支，而不是 {count} 个</translation>
    </message>
    <message>
        <location filename="../../designer/core/inference.py" line="250"/>
        <source>its body</source>
        <translation>其主体</translation>
    </message>
    <message>
        <location filename="../../designer/core/inference.py" line="250"/>
        <source>branch {number}</source>
        <translation>第 {number} 个分支</translation>
    </message>
    <message>
        <location filename="../../designer/core/inference.py" line="252"/>
        <source>{label}: {where} has no layers; add one</source>
        <translation>{label}：{where}中没有层；请添加一层</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="46"/>
        <source>the Keras model</source>
        <extracomment>Keras activation names -&gt; ours. Our leaky ReLU&apos;s slope; Keras&apos;s default is 0.3. The most problems one message lists; the rest are counted. What a message calls the model when it has no file name.</extracomment>
        <translation>该 Keras 模型</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="71"/>
        <source>activation {value}</source>
        <translation>不支持激活函数 {value}</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="84"/>
        <source>padding {value}</source>
        <translation>不支持填充 {value}</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="141"/>
        <source>axis {value} (only the channel axis)</source>
        <translation>不支持 axis {value}（只支持通道轴）</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="144"/>
        <source>center and scale set differently</source>
        <translation>不支持 center 与 scale 设置不一致</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="156"/>
        <source>max_value, threshold or negative_slope</source>
        <translation>不支持 max_value、threshold 或 negative_slope</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="165"/>
        <source>slope {value} (only {slope} is available here)</source>
        <translation>不支持斜率 {value}（此处只支持 {slope}）</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="229"/>
        <source>{where} is not a Keras model saved with model.to_json()</source>
        <translation>{where} 不是用 model.to_json() 保存的 Keras 模型</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="233"/>
        <source>{where} is a {kind} model; only Sequential models can be imported</source>
        <translation>{where} 是 {kind} 模型；只能导入 Sequential 模型</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="240"/>
        <source>{where} lists no layers</source>
        <translation>{where} 中没有列出任何层</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="255"/>
        <source>{kind} layer {name}</source>
        <translation>{kind} 层 {name}</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="257"/>
        <source>a layer {name}</source>
        <translation>层 {name}</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="266"/>
        <source>{layer}: a layer type with no counterpart here</source>
        <translation>{layer}：此处没有对应的层类型</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="271"/>
        <source>{layer}: {reason}</source>
        <translation>{layer}：{reason}</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="275"/>
        <source>{layer}: a malformed setting ({error})</source>
        <translation>{layer}：设置格式有误（{error}）</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="281"/>
        <source>the input shape {shape} is not a (height, width, channels) image shape</source>
        <translation>输入形状 {shape} 不是 (高, 宽, 通道) 形式的图像形状</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="288"/>
        <source>{problems}; and {count:,} more</source>
        <translation>{problems}；另有 {count:,} 个问题</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="292"/>
        <source>{where} cannot be imported: {problems}</source>
        <translation>{where} 无法导入：{problems}</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="302"/>
        <source>Imported from Keras.</source>
        <translation>从 Keras 导入。</translation>
    </message>
    <message>
        <location filename="../../designer/core/layer_kind.py" line="120"/>
        <source>{kind} needs a feature map (channels x height x width) but gets a flat vector of {length}; move it before the Flatten</source>
        <extracomment>``(channels, height, width)`` for a feature map or ``(features,)`` for a vector; no batch axis. What a block adds to its branches: (the block&apos;s input, each branch&apos;s output, its params) -&gt; its output. The least and the most sub-stacks a block holds; ``None`` for plain layers.</extracomment>
        <translation>{kind} 需要特征图（通道 x 高 x 宽），但得到的是长度为 {length} 的一维向量；请把它移到 Flatten 之前</translation>
    </message>
    <message>
        <location filename="../../designer/core/layer_kind.py" line="132"/>
        <source>{kind} needs a flat vector but gets a {shape} feature map; add a Flatten or a global pooling layer before it</source>
        <translation>{kind} 需要一维向量，但得到的是 {shape} 的特征图；请在它前面添加 Flatten 或全局池化层</translation>
    </message>
    <message>
        <location filename="../../designer/core/layer_kind.py" line="135"/>
        <source>Insert a Flatten before it</source>
        <translation>在它前面插入 Flatten</translation>
    </message>
    <message>
        <location filename="../../designer/core/layer_kind.py" line="158"/>
        <location filename="../../designer/core/layers/convolution.py" line="227"/>
        <source>Use &quot;same&quot; padding</source>
        <translation>使用 &quot;same&quot; 填充</translation>
    </message>
    <message>
        <location filename="../../designer/core/layer_kind.py" line="166"/>
        <source>Shrink the {what} to {height}x{width}</source>
        <translation>将{what}缩小为 {height}x{width}</translation>
    </message>
    <message>
        <location filename="../../designer/core/layer_kind.py" line="179"/>
        <source>a {window} {what} does not fit a {size} input with {padding}</source>
        <translation>输入为 {size}、{padding} 时，放不下 {window} 的{what}</translation>
    </message>
    <message>
        <location filename="../../designer/core/layer_kind.py" line="182"/>
        <source>a {window} {what} with dilation spans {span} and does not fit a {size} input with {padding}</source>
        <translation>{window} 的{what}膨胀后跨度为 {span}，输入为 {size}、{padding} 时放不下</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/activation.py" line="19"/>
        <source>Function applied to each output: relu, tanh, sigmoid, leaky_relu (slope 0.01), elu, gelu, silu, linear (none), or softmax across channels or features</source>
        <translation>应用于每个输出的函数：relu、tanh、sigmoid、leaky_relu（斜率 0.01）、elu、gelu、silu、linear（无激活），或在通道或特征上做 softmax</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/activation.py" line="32"/>
        <source>Applies a function to every value; shape unchanged, no parameters</source>
        <translation>对每个值应用一个函数；形状不变，无参数</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/blocks.py" line="30"/>
        <source>the body turns a {shape} input into a {out} vector, so the input cannot be added to it; end the body before any Flatten or global pooling</source>
        <extracomment>Most branches a parallel block holds.</extracomment>
        <translation>主体把 {shape} 的输入变成了长度为 {out} 的向量，因此无法把输入加到它上面；请让主体在任何 Flatten 或全局池化之前结束</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/blocks.py" line="41"/>
        <source>the body turns {size} maps into {out}, which no strided 1x1 projection of the input matches; a residual body may shrink its maps, not enlarge them</source>
        <translation>主体把 {size} 的特征图变成了 {out}，输入经任何带步长的 1x1 投影都无法与之匹配；残差主体只能缩小特征图，不能放大</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/blocks.py" line="60"/>
        <source>the body turns {shape} into {out}, so its input cannot be added unchanged; turn projection on or keep the shape in the body</source>
        <translation>主体把 {shape} 变成了 {out}，因此无法直接加上其输入；请开启投影，或在主体中保持形状不变</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/blocks.py" line="70"/>
        <source>A sub-stack whose output is added to its input (a skip connection), as in ResNet</source>
        <translation>一个子层栈，其输出与其输入相加（跳跃连接），如 ResNet 中那样</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/blocks.py" line="74"/>
        <source>Projection</source>
        <translation>投影</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/blocks.py" line="77"/>
        <source>When the body changes the shape, bring the input to it with a strided 1x1 convolution and BatchNorm; off: such a body is an error</source>
        <translation>主体改变形状时，用带步长的 1x1 卷积和 BatchNorm 把输入变换到相同形状；关闭时，这样的主体视为错误</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/blocks.py" line="93"/>
        <source>adding needs branches of one shape, but they give {shapes}</source>
        <translation>相加要求各分支形状相同，但它们给出的是 {shapes}</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/blocks.py" line="99"/>
        <source>concatenating channels needs branches of one map size (or all vectors), but they give {shapes}</source>
        <translation>按通道拼接要求各分支的特征图尺寸相同（或全为向量），但它们给出的是 {shapes}</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/blocks.py" line="110"/>
        <source>Branches side by side on the same input, merged by stacking channels or adding, as in Inception</source>
        <translation>在同一输入上并列的多个分支，通过堆叠通道或相加来合并，如 Inception 中那样</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/blocks.py" line="115"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/blocks.py" line="118"/>
        <source>concat stacks the branches&apos; channels (same map size); add sums them (same shape)</source>
        <translation>concat 堆叠各分支的通道（特征图尺寸需相同）；add 将它们相加（形状需相同）</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="31"/>
        <source>Filters</source>
        <translation>滤波器数</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="35"/>
        <source>Number of output channels (kernels)</source>
        <translation>输出通道数（卷积核个数）</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="39"/>
        <source>Kernel size</source>
        <translation>卷积核大小</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="43"/>
        <source>Height and width of each kernel: one number or [height, width]</source>
        <translation>每个卷积核的高和宽：一个数字，或 [高, 宽]</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="47"/>
        <location filename="../../designer/core/layers/convolution.py" line="248"/>
        <location filename="../../designer/core/layers/pooling.py" line="48"/>
        <source>Stride</source>
        <translation>步长</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="51"/>
        <source>Step between kernel positions</source>
        <translation>卷积核每次移动的步长</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="55"/>
        <location filename="../../designer/core/layers/convolution.py" line="256"/>
        <location filename="../../designer/core/layers/pooling.py" line="59"/>
        <source>Padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="57"/>
        <source>&quot;valid&quot;: no padding; &quot;same&quot;: output = ceil(input / stride); or zeros per side</source>
        <translation>&quot;valid&quot;：不填充；&quot;same&quot;：输出 = ceil(输入 / 步长)；或指定每侧补零的数量</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="61"/>
        <source>Dilation</source>
        <translation>膨胀</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="65"/>
        <source>Spacing between kernel taps</source>
        <translation>卷积核各采样点之间的间隔</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="71"/>
        <location filename="../../designer/core/layers/convolution.py" line="176"/>
        <location filename="../../designer/core/layers/dense.py" line="52"/>
        <source>Use bias</source>
        <extracomment>What Conv2D and SeparableConv2D share: how many filters, and how the kernel slides.</extracomment>
        <translation>使用偏置</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="73"/>
        <source>Add a learned bias to each output channel</source>
        <translation>为每个输出通道加上一个可学习的偏置</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="77"/>
        <source>Set groups to 1</source>
        <translation>将 groups 设为 1</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="78"/>
        <source>Set output_padding to 0</source>
        <translation>将 output_padding 设为 0</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="90"/>
        <source>kernel</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="101"/>
        <source>groups ({groups}) must divide the {channels} input channels</source>
        <translation>groups（{groups}）必须能整除输入通道数 {channels}</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="108"/>
        <source>groups ({groups}) must divide the {filters} filters</source>
        <translation>groups（{groups}）必须能整除滤波器数 {filters}</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="127"/>
        <source>Slides learned kernels over the input; each filter makes one output channel</source>
        <translation>在输入上滑动可学习的卷积核；每个滤波器产生一个输出通道</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="132"/>
        <source>Groups</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="136"/>
        <source>Split channels into groups convolved separately (must divide inputs and filters)</source>
        <translation>将通道分成若干组分别卷积（必须能整除输入通道数和滤波器数）</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="163"/>
        <source>A per-channel (depthwise) convolution then a 1x1 one: far fewer weights</source>
        <translation>先做逐通道（深度）卷积，再做 1x1 卷积：权重少得多</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="168"/>
        <source>Depth multiplier</source>
        <translation>深度乘数</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="172"/>
        <source>Depthwise kernels per input channel</source>
        <translation>每个输入通道的深度卷积核数</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="178"/>
        <source>Add a learned bias after the 1x1 convolution</source>
        <translation>在 1x1 卷积之后加上可学习的偏置</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="201"/>
        <source>output_padding must be 0 with &quot;same&quot; padding, which makes the output the input size times the stride</source>
        <translation>使用 &quot;same&quot; 填充时 output_padding 必须为 0，此时输出尺寸为输入尺寸乘以步长</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="213"/>
        <source>output_padding ({extra}) must be smaller than the stride ({stride}) or the dilation ({dilation})</source>
        <translation>output_padding（{extra}）必须小于步长（{stride}）或膨胀（{dilation}）</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="225"/>
        <source>padding {pad_height}x{pad_width} crops the {height}x{width} upsampled output to nothing</source>
        <translation>填充 {pad_height}x{pad_width} 会把 {height}x{width} 的上采样输出裁剪为空</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="242"/>
        <source>Learned upsampling: spreads each input value over a kernel-sized patch</source>
        <translation>可学习的上采样：把每个输入值扩散到卷积核大小的区域上</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="252"/>
        <source>Upsampling factor</source>
        <translation>上采样倍数</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="259"/>
        <source>&quot;same&quot;: output = input x stride; &quot;valid&quot;: no cropping; or rows/columns cropped per side</source>
        <translation>&quot;same&quot;：输出 = input x stride；&quot;valid&quot;：不裁剪；或指定每侧裁剪的行/列数</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="264"/>
        <source>Output padding</source>
        <translation>输出填充</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="268"/>
        <source>Extra rows/columns added at the bottom/right (not with &quot;same&quot;)</source>
        <translation>在底部/右侧额外添加的行/列（不能与 &quot;same&quot; 同用）</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/dense.py" line="20"/>
        <source>Lays a C x H x W feature map out as one vector of C*H*W values</source>
        <translation>把 C x H x W 的特征图展开成含 C*H*W 个值的一维向量</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/dense.py" line="40"/>
        <source>Fully connected: every output is a weighted sum of every input</source>
        <translation>全连接：每个输出都是所有输入的加权和</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/dense.py" line="44"/>
        <source>Units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/dense.py" line="48"/>
        <source>Number of outputs</source>
        <translation>输出个数</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/dense.py" line="54"/>
        <source>Add a learned bias to each output</source>
        <translation>为每个输出加上一个可学习的偏置</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/pooling.py" line="29"/>
        <source>pool</source>
        <translation>池化窗口</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/pooling.py" line="40"/>
        <source>Pool size</source>
        <translation>池化窗口大小</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/pooling.py" line="54"/>
        <source>pool size</source>
        <translation>池化窗口大小</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/pooling.py" line="55"/>
        <source>Step between windows; empty (null) means the pool size</source>
        <translation>相邻窗口之间的步长；留空（null）表示与池化窗口大小相同</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/pooling.py" line="62"/>
        <source>&quot;valid&quot;: windows inside the input; &quot;same&quot;: output = ceil(input / stride)</source>
        <translation>&quot;valid&quot;：窗口完全位于输入内；&quot;same&quot;：输出 = ceil(输入 / 步长)</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/pooling.py" line="70"/>
        <source>Keeps the largest value of each window: downsamples, no parameters</source>
        <translation>保留每个窗口中的最大值：下采样，无参数</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/pooling.py" line="71"/>
        <source>Height and width of the window to take the maximum of</source>
        <translation>取最大值的窗口的高和宽</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/pooling.py" line="78"/>
        <source>Averages each window: downsamples, no parameters</source>
        <translation>对每个窗口求平均：下采样，无参数</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/pooling.py" line="79"/>
        <source>Height and width of the window to average</source>
        <translation>求平均的窗口的高和宽</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/pooling.py" line="92"/>
        <source>Averages each channel over the whole map into one value: C x H x W -&gt; C</source>
        <translation>将每个通道在整张特征图上平均为一个值：C x H x W -&gt; C</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/pooling.py" line="100"/>
        <source>Keeps each channel&apos;s largest value over the whole map: C x H x W -&gt; C</source>
        <translation>保留每个通道在整张特征图上的最大值：C x H x W -&gt; C</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/regularisation.py" line="19"/>
        <source>While training, zeroes a random fraction of values to fight overfitting</source>
        <translation>训练时随机将一部分值置零，以抑制过拟合</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/regularisation.py" line="23"/>
        <source>Rate</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/regularisation.py" line="28"/>
        <source>Fraction of values dropped while training (0 to just under 1)</source>
        <translation>训练时丢弃的值所占比例（0 到略小于 1）</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/regularisation.py" line="48"/>
        <source>Normalises each channel over the batch; 2-D after convolutions, 1-D after Dense</source>
        <translation>在批次上对每个通道做归一化；卷积之后为二维，Dense 之后为一维</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/regularisation.py" line="52"/>
        <location filename="../../designer/core/training.py" line="66"/>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/regularisation.py" line="57"/>
        <source>Weight of each new batch in the running statistics (PyTorch convention: Keras&apos;s 0.99 is 0.01 here)</source>
        <translation>每个新批次在滑动统计量中的权重（PyTorch 约定：Keras 的 0.99 在这里为 0.01）</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/regularisation.py" line="63"/>
        <source>Epsilon</source>
        <translation>ε</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/regularisation.py" line="67"/>
        <source>Small number added to the variance to avoid dividing by zero</source>
        <translation>加到方差上的小数，避免除以零</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/regularisation.py" line="71"/>
        <source>Affine</source>
        <translation>仿射</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/regularisation.py" line="73"/>
        <source>Learn a scale and a shift per channel</source>
        <translation>为每个通道学习一个缩放和一个平移</translation>
    </message>
    <message>
        <location filename="../../designer/core/metrics_files.py" line="48"/>
        <source>{folder} holds no {file}: metrics and plots come from the run folder that training wrote (cnn-designer train --out DIR), not from a model bundle alone</source>
        <translation>{folder} 中没有 {file}：指标和曲线来自训练时写出的运行文件夹（cnn-designer train --out DIR），而不是单独的模型包</translation>
    </message>
    <message>
        <location filename="../../designer/core/metrics_files.py" line="56"/>
        <source>{path} is not readable JSON ({problem}); train the run again</source>
        <translation>{path} 不是可读的 JSON（{problem}）；请重新训练该运行</translation>
    </message>
    <message>
        <location filename="../../designer/core/metrics_files.py" line="61"/>
        <location filename="../../designer/core/runs.py" line="279"/>
        <source>must be a list of epochs</source>
        <translation>必须是各轮的列表</translation>
    </message>
    <message>
        <location filename="../../designer/core/params.py" line="98"/>
        <source>must be a whole number from {minimum} to {maximum}, got {value}</source>
        <extracomment>A parameter value as the program holds it. A parameter value as it appears in JSON.</extracomment>
        <translation>必须是 {minimum} 到 {maximum} 之间的整数，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../designer/core/params.py" line="120"/>
        <source>must be a number in [{minimum:g}, {maximum:g}], got {value}</source>
        <translation>必须是 [{minimum:g}, {maximum:g}] 范围内的数，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../designer/core/params.py" line="122"/>
        <source>must be a number in [{minimum:g}, {maximum:g}), got {value}</source>
        <translation>必须是 [{minimum:g}, {maximum:g}) 范围内的数，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../designer/core/params.py" line="132"/>
        <source>must be true or false, got {value}</source>
        <translation>必须是 true 或 false，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../designer/core/params.py" line="145"/>
        <source>must be one of {choices}; got {value}</source>
        <translation>必须是 {choices} 之一；实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../designer/core/params.py" line="163"/>
        <source>must be a text of 1 to {maximum} characters, got {value}</source>
        <translation>必须是 1 到 {maximum} 个字符的文本，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../designer/core/params.py" line="169"/>
        <source>must be {what}; got {value}</source>
        <translation>必须是 {what}；实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../designer/core/params.py" line="214"/>
        <source>must be a whole number from {minimum} to {maximum} or a [height, width] pair of them, or null for the {follows}, got {value}</source>
        <translation>必须是 {minimum} 到 {maximum} 之间的整数，或由两个这样的整数组成的 [高, 宽]，或为 null 表示与{follows}相同，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../designer/core/params.py" line="224"/>
        <source>must be a whole number from {minimum} to {maximum} or a [height, width] pair of them, got {value}</source>
        <translation>必须是 {minimum} 到 {maximum} 之间的整数，或由两个这样的整数组成的 [高, 宽]，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../designer/core/params.py" line="252"/>
        <source>must be &quot;valid&quot;, &quot;same&quot;, a whole number from 0 to {maximum} or a [height, width] pair of them, got {value}</source>
        <translation>必须是 &quot;valid&quot;、&quot;same&quot;、0 到 {maximum} 之间的整数，或由两个这样的整数组成的 [高, 宽]，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../designer/core/params.py" line="256"/>
        <source>must be &quot;valid&quot; or &quot;same&quot;, got {value}</source>
        <translation>必须是 &quot;valid&quot; 或 &quot;same&quot;，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../designer/core/presets.py" line="17"/>
        <source>Keras CIFAR-10 CNN</source>
        <extracomment>The shipped presets&apos; names and descriptions, marked for translation: a preset whose file holds one of these texts is given the phrase instead, so the window can show it translated.</extracomment>
        <translation>Keras CIFAR-10 CNN</translation>
    </message>
    <message>
        <location filename="../../designer/core/presets.py" line="19"/>
        <source>The classic Keras CIFAR-10 example: two blocks of two 3x3 ReLU convolutions, max pooling and dropout, then a 512-unit dense layer. 1.25 million parameters, most of them in the first dense layer.</source>
        <translation>经典的 Keras CIFAR-10 示例：两个块，每块含两个 3x3 ReLU 卷积、最大池化和 Dropout，然后是一个 512 单元的全连接层。共 125 万个参数，大部分在第一个全连接层中。</translation>
    </message>
    <message>
        <location filename="../../designer/core/presets.py" line="23"/>
        <source>Mini Inception</source>
        <translation>迷你 Inception</translation>
    </message>
    <message>
        <location filename="../../designer/core/presets.py" line="25"/>
        <source>Inception modules (Szegedy et al., 2015) at CIFAR scale: each runs 1x1, 3x3 and 5x5 convolutions and a pooled branch side by side on one input, the cheap 1x1 convolutions first, and stacks their channels.</source>
        <translation>CIFAR 规模的 Inception 模块（Szegedy 等，2015）：每个模块在同一输入上并列运行 1x1、3x3 和 5x5 卷积以及一个池化分支，并先用开销小的 1x1 卷积，最后把各分支的通道堆叠起来。</translation>
    </message>
    <message>
        <location filename="../../designer/core/presets.py" line="29"/>
        <source>LeNet-5</source>
        <translation>LeNet-5</translation>
    </message>
    <message>
        <location filename="../../designer/core/presets.py" line="31"/>
        <source>LeCun et al.&apos;s 1998 digit reader: two convolution + subsampling stages, then three fully connected layers, with tanh throughout. 32x32 grayscale input; 28x28 digits are padded by 2, as LeNet did.</source>
        <translation>LeCun 等人 1998 年的手写数字识别网络：两个“卷积 + 下采样”阶段，然后是三个全连接层，全程使用 tanh。输入为 32x32 灰度图像；28x28 的数字像 LeNet 当年那样四周填充 2 个像素。</translation>
    </message>
    <message>
        <location filename="../../designer/core/presets.py" line="34"/>
        <source>Modern MNIST CNN</source>
        <translation>现代 MNIST CNN</translation>
    </message>
    <message>
        <location filename="../../designer/core/presets.py" line="36"/>
        <source>Conv-BatchNorm-ReLU blocks with max pooling and global average pooling: about as many weights as LeNet-5, but trains faster and reaches higher accuracy. 28x28 grayscale input.</source>
        <translation>卷积 + BatchNorm + ReLU 块，配合最大池化和全局平均池化：权重数量与 LeNet-5 相当，但训练更快、准确率更高。输入为 28x28 灰度图像。</translation>
    </message>
    <message>
        <location filename="../../designer/core/presets.py" line="39"/>
        <source>ResNet-20</source>
        <translation>ResNet-20</translation>
    </message>
    <message>
        <location filename="../../designer/core/presets.py" line="41"/>
        <source>He et al.&apos;s ResNet-20 for CIFAR-10 (2016): a 3x3 stem, then three stages of three residual blocks (two 3x3 convolutions with BatchNorm, the input added back) at 16, 32 and 64 channels, each stage after the first halving the maps, its first block&apos;s shortcut a strided 1x1 projection; then global average pooling. 0.27 million parameters.</source>
        <translation>He 等人用于 CIFAR-10 的 ResNet-20（2016）：先是一个 3x3 的起始卷积，然后是三个阶段，每个阶段有三个残差块（两个带 BatchNorm 的 3x3 卷积，再加回输入），通道数依次为 16、32 和 64；第一阶段之后的每个阶段都把特征图尺寸减半，其第一个块的捷径为带步长的 1x1 投影；最后是全局平均池化。共 27 万个参数。</translation>
    </message>
    <message>
        <location filename="../../designer/core/presets.py" line="46"/>
        <source>Small VGG</source>
        <translation>小型 VGG</translation>
    </message>
    <message>
        <location filename="../../designer/core/presets.py" line="48"/>
        <source>VGG-style CIFAR-10 network: three blocks of two 3x3 Conv-BatchNorm-ReLU layers (32, 64, 128 filters), each ending in max pooling, then a 128-unit dense layer with dropout. 32x32 RGB input.</source>
        <translation>VGG 风格的 CIFAR-10 网络：三个块，每块含两个 3x3 卷积 + BatchNorm + ReLU 层（滤波器数依次为 32、64、128），每块以最大池化结束；然后是一个带 Dropout 的 128 单元全连接层。输入为 32x32 RGB 图像。</translation>
    </message>
    <message>
        <location filename="../../designer/core/presets.py" line="69"/>
        <source>no such preset; the presets are {presets}</source>
        <translation>没有这个预设；可用的预设有：{presets}</translation>
    </message>
    <message>
        <location filename="../../designer/core/presets.py" line="87"/>
        <source>no such file or preset; the presets are {presets}</source>
        <translation>没有这个文件或预设；可用的预设有：{presets}</translation>
    </message>
    <message>
        <location filename="../../designer/core/project.py" line="83"/>
        <source>is neither a cnn-designer project nor an architecture file</source>
        <translation>既不是 cnn-designer 项目，也不是架构文件</translation>
    </message>
    <message>
        <location filename="../../designer/core/project.py" line="91"/>
        <source>must be a list of runs</source>
        <translation>必须是运行的列表</translation>
    </message>
    <message>
        <location filename="../../designer/core/project.py" line="96"/>
        <source>&quot;{id}&quot; already names runs[{index}]</source>
        <translation>&quot;{id}&quot; 已被 runs[{index}] 使用</translation>
    </message>
    <message>
        <location filename="../../designer/core/report.py" line="54"/>
        <source>{label}: {count:,} ({size})</source>
        <translation>{label}：{count:,}（{size}）</translation>
    </message>
    <message>
        <location filename="../../designer/core/report.py" line="61"/>
        <source>Layer (type)</source>
        <translation>层（类型）</translation>
    </message>
    <message>
        <location filename="../../designer/core/report.py" line="62"/>
        <location filename="../../designer/ui/summary_panel.py" line="30"/>
        <source>Output shape</source>
        <translation>输出形状</translation>
    </message>
    <message>
        <location filename="../../designer/core/report.py" line="63"/>
        <location filename="../../designer/ui/summary_panel.py" line="31"/>
        <source>Params</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../designer/core/report.py" line="64"/>
        <location filename="../../designer/ui/summary_panel.py" line="32"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location filename="../../designer/core/report.py" line="65"/>
        <location filename="../../designer/ui/summary_panel.py" line="33"/>
        <source>Receptive field</source>
        <translation>感受野</translation>
    </message>
    <message>
        <location filename="../../designer/core/report.py" line="88"/>
        <source>Model: &quot;{name}&quot;</source>
        <translation>模型：“{name}”</translation>
    </message>
    <message>
        <location filename="../../designer/core/report.py" line="88"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../designer/core/report.py" line="97"/>
        <source>Total params</source>
        <translation>总参数</translation>
    </message>
    <message>
        <location filename="../../designer/core/report.py" line="98"/>
        <source>Trainable params</source>
        <translation>可训练参数</translation>
    </message>
    <message>
        <location filename="../../designer/core/report.py" line="99"/>
        <source>Non-trainable params</source>
        <translation>不可训练参数</translation>
    </message>
    <message>
        <location filename="../../designer/core/report.py" line="100"/>
        <source>MACs per sample: {count:,} ({short})</source>
        <translation>每个样本的 MACs：{count:,}（{short}）</translation>
    </message>
    <message>
        <location filename="../../designer/core/report.py" line="103"/>
        <source>Activation memory per sample: {size} (float32, input included)</source>
        <translation>每个样本的激活值内存：{size}（float32，含输入）</translation>
    </message>
    <message>
        <location filename="../../designer/core/report.py" line="109"/>
        <source>Invalid: {count} layer(s) do not fit their input; &apos;?&apos; marks what is unknown</source>
        <translation>无效：{count} 个层与其输入形状不匹配；&apos;?&apos; 表示未知</translation>
    </message>
    <message>
        <location filename="../../designer/core/runs.py" line="208"/>
        <source>must be a number, or null for one that is not finite; got {value}</source>
        <extracomment>How a run ended; the same words as the engine&apos;s ``FinishReason``. Where a run folder keeps its model: the bundle, else the best, else the last checkpoint.</extracomment>
        <translation>必须是数字，非有限值则为 null；实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../designer/core/runs.py" line="229"/>
        <source>must be a text of {least} to {most} characters, got {value}</source>
        <translation>必须是 {least} 到 {most} 个字符的文本，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../designer/core/runs.py" line="242"/>
        <source>must be a whole number from 1, got {value}</source>
        <translation>必须是不小于 1 的整数，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../designer/core/runs.py" line="258"/>
        <source>must be a date and time with its UTC offset, such as 2025-03-01T14:05:09+01:00, got {value!r}</source>
        <translation>必须是带 UTC 时差的日期和时间，例如 2025-03-01T14:05:09+01:00，实际为 {value!r}</translation>
    </message>
    <message>
        <location filename="../../designer/core/runs.py" line="272"/>
        <source>must be one of {reasons}; got {value}</source>
        <translation>必须是 {reasons} 之一；实际为 {value}</translation>
    </message>
    <message>
        <location filename="../../designer/core/runs.py" line="301"/>
        <source>layer {layer} ({kind}) added</source>
        <extracomment>A layer of the compared run that the first run does not have.</extracomment>
        <translation>新增层 {layer}（{kind}）</translation>
    </message>
    <message>
        <location filename="../../designer/core/runs.py" line="303"/>
        <source>layer {layer} removed</source>
        <extracomment>A layer of the first run that the compared run does not have.</extracomment>
        <translation>移除层 {layer}</translation>
    </message>
    <message>
        <location filename="../../designer/core/runs.py" line="305"/>
        <source>{layer}: {param} {old} -&gt; {new}</source>
        <extracomment>A layer of both whose type or parameter differs: ``conv2: filters 32 -&gt; 64``, ``act: type ReLU -&gt; ...``.</extracomment>
        <translation>{layer}：{param} {old} -&gt; {new}</translation>
    </message>
    <message>
        <location filename="../../designer/core/runs.py" line="307"/>
        <source>layer {layer} moved after {after}</source>
        <extracomment>A layer of both whose place among the layers of both differs.</extracomment>
        <translation>层 {layer} 移到了 {after} 之后</translation>
    </message>
    <message>
        <location filename="../../designer/core/runs.py" line="308"/>
        <source>layer {layer} moved to the start</source>
        <translation>层 {layer} 移到了最前面</translation>
    </message>
    <message>
        <location filename="../../designer/core/runs.py" line="309"/>
        <source>input shape {old} -&gt; {new}</source>
        <translation>输入形状 {old} -&gt; {new}</translation>
    </message>
    <message>
        <location filename="../../designer/core/runs.py" line="310"/>
        <source>{setting} {old} -&gt; {new}</source>
        <translation>{setting} {old} -&gt; {new}</translation>
    </message>
    <message>
        <location filename="../../designer/core/runs.py" line="312"/>
        <source>same as {reference}</source>
        <extracomment>Comparing three or more runs: a run that does not differ from the first.</extracomment>
        <translation>与 {reference} 相同</translation>
    </message>
    <message>
        <location filename="../../designer/core/runs.py" line="314"/>
        <source>{run}: {difference}</source>
        <extracomment>Comparing three or more runs: each line names the run it is about.</extracomment>
        <translation>{run}：{difference}</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="85"/>
        <source>{low:g} .. {high:g} (log)</source>
        <extracomment>The training settings worth searching; the rest (device, seed, records) are not about the model. The most values a choice may list, and knobs a space may hold. A value a search can pick: what Optuna stores for a categorical or numeric parameter.</extracomment>
        <translation>{low:g} .. {high:g} (log)</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="113"/>
        <source>{param} is not a training setting a search can change</source>
        <translation>{param} 不是搜索可以更改的训练设置</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="118"/>
        <source>there is no layer called {layer}</source>
        <translation>没有名为 {layer} 的层</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="120"/>
        <source>{layer} is a block; search the layers inside it</source>
        <translation>{layer} 是一个块；请搜索其内部的层</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="138"/>
        <source>{key} cannot be searched</source>
        <translation>{key} 无法搜索</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="141"/>
        <source>{key}: list from 1 to {most} different values</source>
        <translation>{key}：请列出 1 到 {most} 个不同的值</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="146"/>
        <source>{key}: {value} {problem}</source>
        <translation>{key}：{value} {problem}</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="151"/>
        <source>{key}: list the values to try</source>
        <translation>{key}：请列出要尝试的值</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="153"/>
        <source>{key}: the range needs a low value below its high value</source>
        <translation>{key}：范围的下限必须小于上限</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="156"/>
        <source>{key}: the range must be whole numbers</source>
        <translation>{key}：范围必须是整数</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="158"/>
        <source>{key}: a log scale needs a range above 0</source>
        <translation>{key}：对数刻度要求范围大于 0</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="163"/>
        <source>{key}: {value:g} {problem}</source>
        <translation>{key}：{value:g} {problem}</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="172"/>
        <source>{key} is listed twice</source>
        <translation>{key} 列出了两次</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="174"/>
        <source>the space has no knobs; mark at least one setting or layer parameter</source>
        <translation>搜索空间中没有搜索参数；请至少勾选一个设置或层参数</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="256"/>
        <source>must be a number</source>
        <extracomment>The parameter that sets a layer&apos;s width, for the kinds whose width a first search varies.</extracomment>
        <translation>必须是数字</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="262"/>
        <source>must be an object with a param and either choices or low and high</source>
        <translation>必须是一个对象，包含 param，以及 choices 或 low 和 high</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="265"/>
        <source>is not a knob&apos;s key</source>
        <translation>不是搜索参数的键</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="268"/>
        <source>must name a setting or a layer parameter</source>
        <translation>必须指定一个设置或层参数</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="270"/>
        <source>layer must be a name and log true or false</source>
        <translation>layer 必须是名称，log 必须是 true 或 false</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="275"/>
        <source>must be a list of 1 to {most} values</source>
        <translation>必须是包含 1 到 {most} 个值的列表</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="278"/>
        <source>must hold numbers, texts or true/false</source>
        <translation>只能包含数字、文本或 true/false</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="280"/>
        <source>must hold finite numbers</source>
        <translation>只能包含有限数值</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="293"/>
        <source>is not a search space (no &quot;format&quot;: &quot;{format}&quot;)</source>
        <translation>不是搜索空间（没有 &quot;format&quot;: &quot;{format}&quot;）</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="299"/>
        <source>must be a list of at most {most} knobs</source>
        <translation>必须是最多包含 {most} 个搜索参数的列表</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="35"/>
        <source>Dataset</source>
        <extracomment>``auto``, ``cpu``, ``mps``, ``cuda`` or ``cuda:N``.</extracomment>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="39"/>
        <source>A data set name (digits, shapes, mnist, fashion_mnist, cifar10, cifar100) or a folder of images with one subfolder per class</source>
        <translation>数据集名称（digits、shapes、mnist、fashion_mnist、cifar10、cifar100），或每个类别一个子文件夹的图像文件夹</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="47"/>
        <location filename="../../designer/core/training.py" line="306"/>
        <source>Optimizer</source>
        <extracomment>The settings in the order and groups a form shows them (the data set is picked on its own), each group under a title the window translates.</extracomment>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="50"/>
        <source>sgd (with momentum), adam, adamw or rmsprop</source>
        <translation>sgd（带动量）、adam、adamw 或 rmsprop</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="56"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="60"/>
        <source>Step size of the optimizer</source>
        <translation>优化器的步长</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="71"/>
        <source>Momentum of sgd and rmsprop</source>
        <translation>sgd 和 rmsprop 的动量</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="76"/>
        <source>Nesterov</source>
        <translation>Nesterov 动量</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="76"/>
        <source>Nesterov momentum (sgd)</source>
        <translation>Nesterov 动量（sgd）</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="82"/>
        <source>Weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="86"/>
        <source>L2 penalty on the weights</source>
        <translation>对权重的 L2 惩罚</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="92"/>
        <source>Lr decay</source>
        <translation>学习率衰减</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="96"/>
        <source>Keras-style decay: the rate is divided by (1 + lr_decay x steps taken)</source>
        <translation>Keras 风格的衰减：学习率除以 (1 + lr_decay x 已执行步数)</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="102"/>
        <location filename="../../designer/core/training.py" line="307"/>
        <source>Schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="106"/>
        <source>How the learning rate changes over the run: none, step (x step_gamma every step_epochs), cosine (down to 0) or one_cycle (up, then down)</source>
        <translation>学习率在训练过程中如何变化：none、step（每 step_epochs 轮乘以 step_gamma）、cosine（降到 0）或 one_cycle（先升后降）</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="114"/>
        <source>Step epochs</source>
        <translation>衰减间隔轮数</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="118"/>
        <source>Epochs between steps (step)</source>
        <translation>两次衰减之间的轮数（step）</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="124"/>
        <source>Step gamma</source>
        <translation>衰减系数</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="128"/>
        <source>Factor applied to the rate at each step (step)</source>
        <translation>每次衰减时学习率所乘的系数（step）</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="134"/>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="138"/>
        <source>Images per step</source>
        <translation>每步的图像数</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="144"/>
        <location filename="../../designer/ui/runs_table.py" line="102"/>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="148"/>
        <source>Passes over the training set</source>
        <translation>遍历训练集的次数</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="154"/>
        <source>Label smoothing</source>
        <translation>标签平滑</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="159"/>
        <source>Share of the target spread over all classes</source>
        <translation>目标中平均分给所有类别的比例</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="165"/>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="168"/>
        <source>Validate on a held-out part of the training set (split) or on the test set</source>
        <translation>在训练集留出的一部分上验证（split），或在测试集上验证</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="174"/>
        <source>Validation fraction</source>
        <translation>验证集比例</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="178"/>
        <source>Share of the training set held out for validation (split)</source>
        <translation>从训练集中留出用于验证的比例（split）</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="184"/>
        <source>Augment crop</source>
        <translation>裁剪增强</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="188"/>
        <source>Random crop after padding by this many pixels (0: off)</source>
        <translation>按此像素数填充后随机裁剪（0：关闭）</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="194"/>
        <source>Augment flip</source>
        <translation>翻转增强</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="196"/>
        <source>Random horizontal flips (not for digits or text)</source>
        <translation>随机水平翻转（不适用于数字或文字）</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="202"/>
        <source>Augment affine</source>
        <translation>仿射增强</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="204"/>
        <source>Random small rotation (up to 10 degrees), scaling (0.9 to 1.1) and shift</source>
        <translation>随机小幅旋转（最多 10 度）、缩放（0.9 到 1.1）和平移</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="210"/>
        <source>Mixup</source>
        <translation>Mixup</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="214"/>
        <source>Mixup strength alpha: blend pairs of images and their labels (0: off)</source>
        <translation>Mixup 强度 alpha：把成对的图像及其标签混合在一起（0：关闭）</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="220"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="224"/>
        <source>Seed for reproducible runs</source>
        <translation>用于可复现运行的随机种子</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="230"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="233"/>
        <source>auto (the best available), cpu, cuda, cuda:N or mps</source>
        <translation>auto（最佳可用设备）、cpu、cuda、cuda:N 或 mps</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="239"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="242"/>
        <source>fp32, or bf16 mixed precision; auto picks bf16 where the hardware runs it natively</source>
        <translation>fp32，或 bf16 混合精度；auto 会在硬件原生支持 bf16 时选用它</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="248"/>
        <source>Memory format</source>
        <translation>内存格式</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="252"/>
        <source>How images are laid out in memory; auto times a few steps of each and keeps the faster</source>
        <translation>图像在内存中的排布方式；auto 会对每种方式计时几步，并保留较快的一种</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="259"/>
        <source>Early stopping</source>
        <translation>提前停止</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="263"/>
        <source>Stop after this many epochs without a better validation accuracy (0: off)</source>
        <translation>验证准确率连续这么多轮没有提升后停止（0：关闭）</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="269"/>
        <source>Checkpoints</source>
        <translation>检查点</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="273"/>
        <source>Keep the best (by validation accuracy) and the last epoch&apos;s weights, the last only, or none</source>
        <translation>保存最佳（按验证准确率）和最后一轮的权重、仅保存最后一轮，或都不保存</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="280"/>
        <source>Layer health</source>
        <translation>层健康状况</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="282"/>
        <source>Measure gradient norms, update ratios and dead ReLUs per layer each epoch</source>
        <translation>每轮测量各层的梯度范数、更新比例和死亡 ReLU</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="292"/>
        <source>no training setting named {name}</source>
        <translation>没有名为 {name} 的训练设置</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="308"/>
        <location filename="../../designer/ui/runs_table.py" line="99"/>
        <source>Run</source>
        <extracomment>The colour of each way a run can end: green for a run that ended as it should.</extracomment>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="309"/>
        <source>Augmentation</source>
        <translation>数据增强</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="310"/>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="311"/>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../designer/engine/builder.py" line="45"/>
        <source>cannot build the block: {problem}</source>
        <translation>无法构建该块：{problem}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/builder.py" line="71"/>
        <source>cannot build the network: {problem}</source>
        <translation>无法构建网络：{problem}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/bundle.py" line="70"/>
        <source>class {index}</source>
        <extracomment>The bundle a run folder holds. Members larger than this are refused before reading (a zip bomb is not a model). Final metrics, e.g. ``test_accuracy``, ``test_loss``, ``epochs``.</extracomment>
        <translation>类别 {index}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/bundle.py" line="88"/>
        <source>the weights do not fit the architecture: {detail}</source>
        <translation>权重与架构不匹配：{detail}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/bundle.py" line="94"/>
        <source>the checkpoint&apos;s architecture</source>
        <translation>检查点中的架构</translation>
    </message>
    <message>
        <location filename="../../designer/engine/bundle.py" line="126"/>
        <source>{path}: the bundle has no {name}; it is not a cnn-designer bundle</source>
        <translation>{path}：该模型包中没有 {name}；它不是 cnn-designer 模型包</translation>
    </message>
    <message>
        <location filename="../../designer/engine/bundle.py" line="131"/>
        <source>{path}: {name} is implausibly large</source>
        <translation>{path}：{name} 大得不合常理</translation>
    </message>
    <message>
        <location filename="../../designer/engine/bundle.py" line="137"/>
        <source>{path}: the manifest&apos;s {what} is not a list</source>
        <translation>{path}：清单中的 {what} 不是列表</translation>
    </message>
    <message>
        <location filename="../../designer/engine/bundle.py" line="160"/>
        <source>{path}: no such bundle</source>
        <translation>{path}：模型包不存在</translation>
    </message>
    <message>
        <location filename="../../designer/engine/bundle.py" line="166"/>
        <source>{path}: not a bundle, or a truncated one (not a readable zip archive)</source>
        <translation>{path}：不是模型包，或模型包已截断（不是可读取的 ZIP 压缩包）</translation>
    </message>
    <message>
        <location filename="../../designer/engine/bundle.py" line="171"/>
        <source>{path}: the manifest is not JSON</source>
        <translation>{path}：清单不是 JSON</translation>
    </message>
    <message>
        <location filename="../../designer/engine/bundle.py" line="173"/>
        <source>{path}: not a cnn-designer bundle</source>
        <translation>{path}：不是 cnn-designer 模型包</translation>
    </message>
    <message>
        <location filename="../../designer/engine/bundle.py" line="178"/>
        <source>{path}: bundle format version {version} is newer than this cnn-designer reads ({readable}); update cnn-designer to open it</source>
        <translation>{path}：模型包格式版本 {version} 比此 cnn-designer 能读取的版本（{readable}）更新；请更新 cnn-designer 后再打开</translation>
    </message>
    <message>
        <location filename="../../designer/engine/bundle.py" line="186"/>
        <source>{path}: the manifest&apos;s architecture cannot be built: {problem}</source>
        <translation>{path}：无法构建清单中的架构：{problem}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/bundle.py" line="196"/>
        <source>{path}: the manifest&apos;s class names or normalisation do not fit the input</source>
        <translation>{path}：清单中的类别名称或归一化参数与输入不匹配</translation>
    </message>
    <message>
        <location filename="../../designer/engine/bundle.py" line="203"/>
        <source>{path}: the manifest&apos;s normalisation is not finite numbers with a positive std</source>
        <translation>{path}：清单中的归一化参数不是有限数值，或标准差不为正</translation>
    </message>
    <message>
        <location filename="../../designer/engine/bundle.py" line="211"/>
        <location filename="../../designer/engine/bundle.py" line="251"/>
        <source>{path}: {problem}</source>
        <translation>{path}：{problem}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/bundle.py" line="256"/>
        <source>{path}: the checkpoint&apos;s architecture cannot be built: {problem}</source>
        <translation>{path}：无法构建检查点中的架构：{problem}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/bundle.py" line="262"/>
        <source>{path} holds no model: no {files}</source>
        <translation>{path} 中没有模型：找不到 {files}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/checkpoint.py" line="75"/>
        <source>{path}: no such checkpoint</source>
        <extracomment>The layout the run trained in (&quot;nchw&quot; or &quot;channels_last&quot;), kept so a resumed run matches exactly.</extracomment>
        <translation>{path}：检查点不存在</translation>
    </message>
    <message>
        <location filename="../../designer/engine/checkpoint.py" line="78"/>
        <source>{path}: not a usable checkpoint ({kind})</source>
        <translation>{path}：不是可用的检查点（{kind}）</translation>
    </message>
    <message>
        <location filename="../../designer/engine/checkpoint.py" line="81"/>
        <source>{path}: not a cnn-designer checkpoint</source>
        <translation>{path}：不是 cnn-designer 检查点</translation>
    </message>
    <message>
        <location filename="../../designer/engine/checkpoint.py" line="84"/>
        <source>{path}: checkpoint version {version} is not supported here</source>
        <translation>{path}：此处不支持检查点版本 {version}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/checkpoint.py" line="91"/>
        <source>{path}: the checkpoint is incomplete (it has no {field})</source>
        <translation>{path}：检查点不完整（缺少 {field}）</translation>
    </message>
    <message>
        <location filename="../../designer/engine/checkpoint.py" line="98"/>
        <source>{path}: the checkpoint is damaged: {problem}; train the run again</source>
        <translation>{path}：检查点已损坏：{problem}；请重新训练该运行</translation>
    </message>
    <message>
        <location filename="../../designer/engine/checkpoint.py" line="128"/>
        <source>its history holds something other than epochs&apos; metrics</source>
        <translation>其历史记录中含有各轮指标以外的内容</translation>
    </message>
    <message>
        <location filename="../../designer/engine/checkpoint.py" line="130"/>
        <source>its history has an epoch without a whole number or with metrics that are not numbers</source>
        <translation>其历史记录中有一轮的轮次不是整数，或其指标不是数字</translation>
    </message>
    <message>
        <location filename="../../designer/engine/checkpoint.py" line="141"/>
        <source>its epoch counts or best accuracy are not numbers</source>
        <translation>其轮次计数或最佳准确率不是数字</translation>
    </message>
    <message>
        <location filename="../../designer/engine/checkpoint.py" line="143"/>
        <source>its model weights are not named tensors</source>
        <translation>其模型权重不是具名张量</translation>
    </message>
    <message>
        <location filename="../../designer/engine/checkpoint.py" line="145"/>
        <source>its optimizer, schedule or settings are not named values</source>
        <translation>其优化器、学习率调度或设置不是具名值</translation>
    </message>
    <message>
        <location filename="../../designer/engine/checkpoint.py" line="147"/>
        <source>its history is not a list of epochs</source>
        <translation>其历史记录不是轮次列表</translation>
    </message>
    <message>
        <location filename="../../designer/engine/checkpoint.py" line="153"/>
        <source>its architecture is not text or its memory format is unknown</source>
        <translation>其架构不是文本，或其内存格式未知</translation>
    </message>
    <message>
        <location filename="../../designer/engine/checkpoint.py" line="156"/>
        <source>its class names are not a list of texts</source>
        <translation>其类别名称不是文本列表</translation>
    </message>
    <message>
        <location filename="../../designer/engine/checkpoint.py" line="158"/>
        <source>its normalisation is not two lists of one number per channel</source>
        <translation>其归一化参数不是两个列表（每个通道一个数）</translation>
    </message>
    <message>
        <location filename="../../designer/engine/checkpoint.py" line="160"/>
        <source>its normalisation is not finite numbers with a positive std</source>
        <translation>其归一化参数不是有限数值，或标准差不为正</translation>
    </message>
    <message>
        <location filename="../../designer/engine/dataset_preview.py" line="121"/>
        <source>The class &apos;{name}&apos; has no training images, so the model cannot learn it.</source>
        <extracomment>Samples in a preview: a 5x5 grid. A largest-to-smallest class ratio from which the preview warns. uint8 ``(N, C, H, W)``, N = 25 unless the training set is smaller. Training images per class. Largest class count over smallest; ``inf`` when a class has no training images. One sentence when the classes are badly unbalanced, else empty.</extracomment>
        <translation>类别“{name}”没有训练图像，因此模型无法学习它。</translation>
    </message>
    <message>
        <location filename="../../designer/engine/dataset_preview.py" line="128"/>
        <source>The classes are unbalanced: &apos;{big}&apos; has {times} times as many training images as &apos;{small}&apos;; accuracy will flatter the bigger classes.</source>
        <translation>类别不平衡：“{big}”的训练图像数是“{small}”的 {times} 倍；准确率会偏向较大的类别而显得偏高。</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/catalogue.py" line="44"/>
        <source>Digits (built-in)</source>
        <translation>数字（内置）</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/catalogue.py" line="49"/>
        <source>Handwritten-style digits drawn by cnn-designer: 60,000 training and 10,000 test images, offline</source>
        <translation>由 cnn-designer 绘制的手写风格数字：60,000 张训练图像和 10,000 张测试图像，可离线使用</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/catalogue.py" line="55"/>
        <source>Shapes (built-in)</source>
        <translation>形状（内置）</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/catalogue.py" line="60"/>
        <source>Ten kinds of coloured shapes on cluttered backgrounds: 50,000 training and 10,000 test images, offline</source>
        <translation>杂乱背景上的十种彩色形状：50,000 张训练图像和 10,000 张测试图像，可离线使用</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/catalogue.py" line="72"/>
        <source>{train:,} training and {test:,} test images through torchvision (a {size} MB download)</source>
        <translation>通过 torchvision 获取 {train:,} 张训练图像和 {test:,} 张测试图像（需下载 {size} MB）</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/catalogue.py" line="89"/>
        <source>the {what} limit must be at least 1, got {limit}</source>
        <extracomment>Image folders whose decoded images would take more memory than this stream from disk.</extracomment>
        <translation>{what}图像数量上限必须至少为 1，实际为 {limit}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/catalogue.py" line="113"/>
        <source>images stream as grayscale or RGB, but the model expects {wanted} channels</source>
        <translation>流式读取的图像只能是灰度或 RGB，但模型需要 {wanted} 个通道</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/catalogue.py" line="119"/>
        <source>{count:,} images stream from disk in batches: decoded they would take {size:.1f} GB, more than is held in memory.</source>
        <translation>{count:,} 张图像按批次从磁盘流式读取：解码后将占用 {size:.1f} GB，超出内存可容纳的大小。</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/catalogue.py" line="143"/>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/catalogue.py" line="143"/>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/catalogue.py" line="158"/>
        <source>there is no data set called {name!r}; pick one of {names} or give a folder of images with one subfolder per class</source>
        <translation>没有名为 {name!r} 的数据集；请从 {names} 中选择一个，或提供每个类别一个子文件夹的图像文件夹</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/fitting.py" line="37"/>
        <source>The images have {channels} channels but the model expects {expected}; only grayscale (1) and RGB (3) convert into each other. Pick a data set or input shape with matching channels.</source>
        <extracomment>ITU-R 601 luma weights, as Pillow&apos;s grayscale conversion uses. Images smaller than the target by at most this share of the target&apos;s side are padded, not resized. Float elements per processing chunk (64 MiB), so large sets need no full-size float copy.</extracomment>
        <translation>图像有 {channels} 个通道，但模型需要 {expected} 个；只有灰度（1）和 RGB（3）可以相互转换。请选择通道数匹配的数据集或输入形状。</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/fitting.py" line="61"/>
        <source>{line}.</source>
        <translation>{line}。</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/fitting.py" line="98"/>
        <source>RGB images converted to grayscale</source>
        <translation>RGB 图像已转换为灰度</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/fitting.py" line="100"/>
        <source>Grayscale images repeated to 3 channels</source>
        <translation>灰度图像已复制为 3 个通道</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/fitting.py" line="101"/>
        <source>grayscale images repeated to 3 channels</source>
        <translation>灰度图像已复制为 3 个通道</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/fitting.py" line="102"/>
        <source>grayscale</source>
        <translation>灰度</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/fitting.py" line="102"/>
        <source>RGB</source>
        <translation>RGB</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/fitting.py" line="103"/>
        <source>{channels}-channel</source>
        <translation>{channels} 通道</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/fitting.py" line="106"/>
        <source>resized to {size}</source>
        <translation>缩放为 {size}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/fitting.py" line="108"/>
        <source>padded by {padding} on each side to {size}</source>
        <translation>每边填充 {padding} 像素至 {size}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/fitting.py" line="110"/>
        <source>padded with black to {size}</source>
        <translation>用黑色填充至 {size}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/fitting.py" line="112"/>
        <source>converted to grayscale</source>
        <translation>转换为灰度</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/fitting.py" line="113"/>
        <source>repeated to 3 channels</source>
        <translation>复制为 3 个通道</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/fitting.py" line="116"/>
        <source>{height}x{width} {kind} images {change}</source>
        <translation>{height}x{width} {kind}图像{change}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/fitting.py" line="119"/>
        <source>{height}x{width} {kind} images {change} and {channel_change}</source>
        <translation>{height}x{width} {kind}图像{change}，并{channel_change}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/generated.py" line="65"/>
        <location filename="../../designer/engine/datasets/generated.py" line="74"/>
        <source>Generating {name}</source>
        <extracomment>Draws one uint8 ``(C, H, W)`` image per label, taking all its randomness from the generator. Images drawn per call: bounds the memory used while drawing and paces the progress reports. The draws share one generator, so changing this changes the images (and needs new versions).</extracomment>
        <translation>正在生成 {name}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/generated.py" line="135"/>
        <source>The {name} images could not be cached and will be drawn again next time: {error}</source>
        <translation>{name} 图像无法缓存，下次将重新绘制：{error}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/image_folder.py" line="74"/>
        <source>None of the training images of class &apos;{name}&apos; in {folder} could be read; replace them with images in a common format (PNG, JPEG).</source>
        <extracomment>An image file and its class index. Larger images are not decoded (Pillow&apos;s threshold for a decompression bomb): a small file could otherwise take gigabytes on every decoding thread at once.</extracomment>
        <translation>{folder} 中类别“{name}”的训练图像都无法读取；请将它们替换为常见格式（PNG、JPEG）的图像。</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/image_folder.py" line="82"/>
        <source>Skipped 1 unreadable image: {example}.</source>
        <translation>已跳过 1 张无法读取的图像：{example}。</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/image_folder.py" line="84"/>
        <source>Skipped {count} unreadable images, e.g. {example}.</source>
        <translation>已跳过 {count} 张无法读取的图像，例如 {example}。</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/image_folder.py" line="110"/>
        <source>The image folder {folder} does not exist; pick a folder with one subfolder of images per class.</source>
        <translation>图像文件夹 {folder} 不存在；请选择一个每个类别各有一个图像子文件夹的文件夹。</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/image_folder.py" line="120"/>
        <location filename="../../designer/engine/datasets/image_folder.py" line="121"/>
        <location filename="../../designer/engine/datasets/image_folder.py" line="231"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/image_folder.py" line="124"/>
        <source>The train and test folders in {folder} hold different classes (only in train: {only_train}; only in test: {only_test}); give both the same class folders.</source>
        <translation>{folder} 中的 train 和 test 文件夹包含的类别不同（仅在 train 中：{only_train}；仅在 test 中：{only_test}）；请让两者包含相同的类别文件夹。</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/image_folder.py" line="219"/>
        <source>The class folder {folder} holds no images ({extensions}); add some or remove the folder.</source>
        <translation>类别文件夹 {folder} 中没有图像（{extensions}）；请添加图像或删除该文件夹。</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/image_folder.py" line="225"/>
        <source>{folder} needs at least two class folders of images, such as {cats} and {dogs}; it has {count}.</source>
        <translation>{folder} 至少需要两个图像类别文件夹，例如 {cats} 和 {dogs}；当前数量：{count}。</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/image_folder.py" line="308"/>
        <source>Reading images ({done:,} of {total:,})</source>
        <translation>正在读取图像（{done:,} / {total:,}）</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="128"/>
        <source>{title} is not in {folder}; switch on downloading or put the files in {location}.</source>
        <extracomment>Where torchvision keeps the files, relative to the data folder. The torchvision class whose metadata names the files, mirrors and checksums.</extracomment>
        <translation>{title} 不在 {folder} 中；请开启下载，或将文件放到 {location}。</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="149"/>
        <source>Unknown data set {name!r}; choose one of {names}.</source>
        <translation>未知数据集 {name!r}；请从 {names} 中选择一个。</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="187"/>
        <source>Unpacking {title}</source>
        <translation>正在解压 {title}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="196"/>
        <source>{title}, file {number} of {count}</source>
        <translation>{title}，第 {number} / {count} 个文件</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="208"/>
        <source>{title} is not in {folder} and could not be downloaded ({reason}). Put the files in {location} or pick another data set.</source>
        <translation>{title} 不在 {folder} 中，且无法下载（{reason}）。请将文件放到 {location}，或选择其他数据集。</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="214"/>
        <source>Could not save {title} in {folder}: {error}.</source>
        <translation>无法将 {title} 保存到 {folder}：{error}。</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="242"/>
        <source>the download from {url} was corrupt</source>
        <translation>从 {url} 下载的数据已损坏</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="260"/>
        <source>Downloading {label} ({done:.1f} of {total:.1f} MB)</source>
        <translation>正在下载 {label}（{done:.1f} / {total:.1f} MB）</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="267"/>
        <source>Downloading {label} ({done:.1f} MB)</source>
        <translation>正在下载 {label}（{done:.1f} MB）</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="273"/>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="285"/>
        <source>the connection broke off</source>
        <translation>连接中断</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="278"/>
        <source>the server answered {code} {reason}</source>
        <translation>服务器返回 {code} {reason}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="281"/>
        <source>secure connection failed: {reason}</source>
        <translation>安全连接失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="282"/>
        <source>no network</source>
        <translation>无网络连接</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="284"/>
        <source>the connection timed out</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="293"/>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="295"/>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="435"/>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="469"/>
        <source>Reading {title}</source>
        <translation>正在读取 {title}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="301"/>
        <source>holds {size} images, not 28x28</source>
        <translation>包含的是 {size} 图像，而不是 28x28</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="306"/>
        <source>holds {labels} labels for {images} images</source>
        <translation>有 {labels} 个标签，却对应 {images} 张图像</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="321"/>
        <source>cannot be read ({error})</source>
        <translation>无法读取（{error}）</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="325"/>
        <source>is not an IDX file of {dims}-dimensional unsigned bytes</source>
        <translation>不是 {dims} 维无符号字节的 IDX 文件</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="332"/>
        <source>has {size} bytes where its header promises {promised}</source>
        <translation>有 {size} 字节，而其文件头声明为 {promised} 字节</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="406"/>
        <source>{path} is not a {title} file: it asks to run {code}, which a data file never needs, so it was not loaded. Delete it and get the data set again.</source>
        <extracomment>The only globals a CIFAR batch refers to: numpy&apos;s array reconstruction (under numpy 1 and 2 names).</extracomment>
        <translation>{path} 不是 {title} 文件：它要求运行 {code}，而数据文件从不需要这样做，因此未加载。请删除该文件并重新获取数据集。</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="411"/>
        <source>cannot be unpickled ({kind}: {error})</source>
        <translation>无法反序列化（{kind}: {error}）</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="417"/>
        <source>holds a {kind} instead of a dictionary</source>
        <translation>包含的是 {kind} 而不是字典</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="447"/>
        <source>has no &apos;data&apos; array of uint8 rows of 3072 pixel values</source>
        <translation>没有由 uint8 行（每行 3072 个像素值）组成的 &apos;data&apos; 数组</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="454"/>
        <source>has no list of whole numbers under {key!r}</source>
        <translation>在 {key!r} 下没有整数列表</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="461"/>
        <source>holds {images} images but {labels} labels</source>
        <translation>有 {images} 张图像，却有 {labels} 个标签</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="495"/>
        <source>does not list {count} class names</source>
        <translation>没有列出 {count} 个类别名称</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="502"/>
        <source>has labels outside 0 to {last}</source>
        <translation>含有超出 0 到 {last} 范围的标签</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="509"/>
        <source>{path} is not a valid {title} file: it {problem}. Delete it and get the data set again.</source>
        <translation>{path} 不是有效的 {title} 文件：它{problem}。请删除该文件并重新获取数据集。</translation>
    </message>
    <message>
        <location filename="../../designer/engine/devices.py" line="23"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../../designer/engine/devices.py" line="26"/>
        <source>GPU {index}: {name}</source>
        <translation>GPU {index}：{name}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/devices.py" line="29"/>
        <source>Apple GPU (MPS)</source>
        <translation>Apple GPU（MPS）</translation>
    </message>
    <message>
        <location filename="../../designer/engine/devices.py" line="45"/>
        <source>device {name} is not available here; pick one of auto, {present}</source>
        <translation>此处没有设备 {name}；请从 auto, {present} 中选择一个</translation>
    </message>
    <message>
        <location filename="../../designer/engine/export.py" line="45"/>
        <source>ONNX export needs the onnx package; install it with: pip install &apos;cnn-designer[onnx]&apos;</source>
        <extracomment>The ONNX operator set written: 17 has every operator these networks need and wide runtime support.</extracomment>
        <translation>导出 ONNX 需要 onnx 包；请用以下命令安装：pip install &apos;cnn-designer[onnx]&apos;</translation>
    </message>
    <message>
        <location filename="../../designer/engine/export.py" line="96"/>
        <source>no export format {name!r}; choose one of {names}</source>
        <translation>没有导出格式 {name!r}；请从 {names} 中选择一个</translation>
    </message>
    <message>
        <location filename="../../designer/engine/inspect_data.py" line="94"/>
        <source>{name} has no test images to inspect</source>
        <extracomment>Training images decoded to measure the normalisation of a streamed set.</extracomment>
        <translation>{name} 没有可检视的测试图像</translation>
    </message>
    <message>
        <location filename="../../designer/engine/inspect_data.py" line="138"/>
        <source>{path} has more than {limit:,} pixels, too many to open; pick a smaller image</source>
        <translation>{path} 超过 {limit:,} 像素，太大而无法打开；请选择较小的图像</translation>
    </message>
    <message>
        <location filename="../../designer/engine/inspect_data.py" line="146"/>
        <source>{path} could not be read as an image ({reason}); pick another file</source>
        <translation>{path} 无法作为图像读取（{reason}）；请选择其他文件</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tensor_file.py" line="74"/>
        <source>the entry for {name!r} is malformed</source>
        <extracomment>A header larger than this is not one we wrote (safetensors itself allows 100 MB). Torch refuses shapes whose strides overflow 64 bits, even for a tensor with no elements. The header key the safetensors layout keeps for text metadata.</extracomment>
        <translation>{name!r} 的条目格式错误</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tensor_file.py" line="79"/>
        <source>{name!r} has an unknown dtype {dtype!r}</source>
        <translation>{name!r} 的数据类型 {dtype!r} 未知</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tensor_file.py" line="85"/>
        <source>{name!r} has a malformed shape</source>
        <translation>{name!r} 的形状格式错误</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tensor_file.py" line="90"/>
        <source>{name!r} has a shape too large for any tensor</source>
        <translation>{name!r} 的形状过大，任何张量都无法容纳</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tensor_file.py" line="92"/>
        <source>{name!r} has malformed offsets</source>
        <translation>{name!r} 的偏移量格式错误</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tensor_file.py" line="100"/>
        <source>{name!r} does not fit the file (truncated or corrupt)</source>
        <translation>{name!r} 超出文件范围（文件已截断或损坏）</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tensor_file.py" line="108"/>
        <source>the tensor file is truncated</source>
        <translation>张量文件已截断</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tensor_file.py" line="111"/>
        <source>the tensor file&apos;s header is truncated or not a tensor file at all</source>
        <translation>张量文件的文件头已截断，或者它根本不是张量文件</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tensor_file.py" line="116"/>
        <source>the tensor file&apos;s header is not JSON; it is not a tensor file</source>
        <translation>张量文件的文件头不是 JSON；它不是张量文件</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tensor_file.py" line="119"/>
        <source>the tensor file&apos;s header is not a JSON object</source>
        <translation>张量文件的文件头不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../designer/engine/train_script.py" line="243"/>
        <source>the model was trained on {name}, which is not here; a training script needs its images</source>
        <extracomment>Engine functions the script carries, in an order where each comes after what it calls. Module constants those functions read.</extracomment>
        <translation>模型是在 {name} 上训练的，但此处没有该数据集；训练脚本需要它的图像</translation>
    </message>
    <message>
        <location filename="../../designer/engine/trainer.py" line="62"/>
        <source>the loss became {value}; lower the learning rate (e.g. {rate:.2g}) or add BatchNorm, then try again</source>
        <extracomment>In a process group, how many batches pass between the processes&apos; joint decisions to stop. Seconds between progress reports by default (each one reads the running metrics from the device).</extracomment>
        <translation>损失变为 {value}；请降低学习率（例如 {rate:.2g}）或添加 BatchNorm，然后重试</translation>
    </message>
    <message>
        <location filename="../../designer/engine/trainer.py" line="155"/>
        <source>the checkpoint does not fit this run ({kind}); start the run afresh</source>
        <extracomment>The torchrun process group this trainer is one of; None when training alone. Seconds between :class:`WeightsShared` events; None sends none. What the training steps call: the model, or DDP around it (which starts every process from the first one&apos;s weights and averages the gradients). This session&apos;s epoch snapshots (a resumed run&apos;s earlier ones stay in its folder).</extracomment>
        <translation>检查点与本次运行不匹配（{kind}）；请重新开始运行</translation>
    </message>
    <message>
        <location filename="../../designer/engine/trainer.py" line="213"/>
        <source>stopped while testing</source>
        <translation>在测试时停止</translation>
    </message>
    <message>
        <location filename="../../designer/engine/trainer.py" line="224"/>
        <source>cannot write the run folder: {error}</source>
        <translation>无法写入运行文件夹：{error}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/trainer.py" line="235"/>
        <source>no better validation accuracy for {epochs} epochs</source>
        <translation>验证准确率已连续 {epochs} 轮没有提升</translation>
    </message>
    <message>
        <location filename="../../designer/engine/trainer.py" line="274"/>
        <source>stopped during epoch {epoch}</source>
        <translation>在第 {epoch} 轮中停止</translation>
    </message>
    <message>
        <location filename="../../designer/engine/trainer.py" line="337"/>
        <source>stopped while validating epoch {epoch}</source>
        <translation>在验证第 {epoch} 轮时停止</translation>
    </message>
    <message>
        <location filename="../../designer/engine/training_data.py" line="66"/>
        <source>{name} is read from disk as it trains, which several processes cannot share yet; train it in one process</source>
        <extracomment>Evaluation needs no gradients, so it takes larger batches. Images decoded to measure the normalisation of a streamed data set. A test image (uint8 ``(C, H, W)``) and its label: the sample a run&apos;s snapshots follow.</extracomment>
        <translation>{name} 在训练时从磁盘读取，目前无法由多个进程共享；请在单个进程中训练</translation>
    </message>
    <message>
        <location filename="../../designer/engine/training_data.py" line="77"/>
        <source>{name} has too few images to train ({train} for training, {validation} for validation, {test} for testing)</source>
        <translation>{name} 的图像太少，无法训练（训练 {train} 张，验证 {validation} 张，测试 {test} 张）</translation>
    </message>
    <message>
        <location filename="../../designer/engine/training_data.py" line="109"/>
        <source>{name} has too few images to train</source>
        <translation>{name} 的图像太少，无法训练</translation>
    </message>
    <message>
        <location filename="../../designer/engine/training_data.py" line="161"/>
        <source>The image {path} vanished during training; put it back, or train again to leave it out.</source>
        <translation>图像 {path} 在训练期间消失了；请将其放回，或重新训练以排除它。</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tuning.py" line="128"/>
        <source>cannot open the study storage {url}: {reason}</source>
        <extracomment>Seconds a SQLite writer waits for another process&apos;s lock before giving up. Tries at opening a storage that other processes may be creating at the same moment. Complete trials the median pruner waits for before it prunes (small, since studies here are small). Study user attributes: what the study searches, so a resume can check it is the same search. Trial user attributes: why it was pruned or failed, and its run folder.</extracomment>
        <translation>无法打开研究存储 {url}：{reason}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tuning.py" line="182"/>
        <source>the search space does not fit the design: {problems}</source>
        <translation>搜索空间与设计不匹配：{problems}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tuning.py" line="195"/>
        <source>search space</source>
        <translation>搜索空间</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tuning.py" line="196"/>
        <source>design</source>
        <translation>设计</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tuning.py" line="205"/>
        <source>the study {name} in {url} searches a different {what}; search the same one again, or give a new study name</source>
        <translation>{url} 中的研究 {name} 搜索的是不同的{what}；请搜索与之相同的内容，或换一个新的研究名称</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tuning.py" line="211"/>
        <source>cannot open the study {name}: {reason}</source>
        <translation>无法打开研究 {name}：{reason}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tuning.py" line="366"/>
        <source>the study was stopped</source>
        <translation>研究已被停止</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tuning.py" line="368"/>
        <source>{count} trials finished</source>
        <translation>已完成 {count} 次试验</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tuning.py" line="372"/>
        <source>the time budget of {seconds:g} s ran out</source>
        <translation>{seconds:g} 秒的时间预算已用完</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tuning.py" line="385"/>
        <source>the study&apos;s storage failed: {reason}</source>
        <translation>研究的存储出错：{reason}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tuning.py" line="437"/>
        <source>the design does not fit</source>
        <translation>设计中有层形状不匹配</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tuning.py" line="462"/>
        <source>pruned after epoch {epoch}: validation accuracy {accuracy:.4f}</source>
        <translation>第 {epoch} 轮后被剪枝：验证准确率 {accuracy:.4f}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tuning.py" line="472"/>
        <source>diverged: {message}</source>
        <translation>已发散：{message}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tuning_events.py" line="23"/>
        <source>stopped</source>
        <extracomment>The message of a trial that a stop ended; the study stores it as failed, so a resume does not count it.</extracomment>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../designer/core/phrases.py" line="49"/>
        <source>{earlier}; {later}</source>
        <translation>{earlier}；{later}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="49"/>
        <source>gradient norm</source>
        <extracomment>Half the units never firing wastes half the layer, and dead ReLUs seldom come back. A healthy step changes the weights by about 0.1%; 10% a step means the learning rate is far too high. Gradient norm and update ratio both below this: the layer has all but stopped learning. How many of the latest epochs the gradient trend shows. Where the trend cell keeps its values (gradient norms, oldest first). Where the layer cell keeps its row&apos;s worst problem: &quot;error&quot;, &quot;warning&quot; or None.</extracomment>
        <translation>梯度范数</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="50"/>
        <source>update ratio</source>
        <translation>更新比例</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="51"/>
        <source>dead fraction</source>
        <translation>死亡单元比例</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="56"/>
        <source>{layer}: the {what} is {value}, not a number (the run diverged); lower the learning rate</source>
        <translation>{layer}：{what}为 {value}，不是有效数字（运行已发散）；请降低学习率</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="61"/>
        <source>{layer}: updates are {percent} of the weights each step (exploding); lower the learning rate</source>
        <translation>{layer}：每步更新量达到权重的 {percent}（更新爆炸）；请降低学习率</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="69"/>
        <source>{layer}: gradients vanish (norm {norm}); try BatchNorm, ReLU or a higher learning rate</source>
        <translation>{layer}：梯度消失（范数 {norm}）；请尝试 BatchNorm、ReLU 或提高学习率</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="73"/>
        <source>{layer}: {percent} of its ReLU units never fired this epoch (dead); try a lower learning rate or LeakyReLU</source>
        <translation>{layer}：本轮有 {percent} 的 ReLU 单元从未激活（已死亡）；请尝试降低学习率或使用 LeakyReLU</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="73"/>
        <source>dilated kernel {d}*({k} - 1) + 1 = {span}</source>
        <translation>膨胀后的卷积核 {d}*({k} - 1) + 1 = {span}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="80"/>
        <source>  = {before} top + {after} bottom</source>
        <translation>  = 上 {before} + 下 {after}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="80"/>
        <source>  = {before} left + {after} right</source>
        <translation>  = 左 {before} + 右 {after}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="82"/>
        <source>padding {total} = {pads}</source>
        <translation>填充 {total} = {pads}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="376"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="100"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="101"/>
        <source>Data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="103"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="104"/>
        <source>Best val. acc.</source>
        <translation>最佳验证准确率</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="105"/>
        <source>Test acc.</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="106"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../designer/ui/summary_panel.py" line="28"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../designer/ui/summary_panel.py" line="29"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../designer/engine/playground.py" line="20"/>
        <source>identity</source>
        <extracomment>Kernels to start from, as the classic image-processing examples; the names are phrases the window shows translated.</extracomment>
        <translation>恒等</translation>
    </message>
    <message>
        <location filename="../../designer/engine/playground.py" line="21"/>
        <source>edge</source>
        <translation>边缘检测</translation>
    </message>
    <message>
        <location filename="../../designer/engine/playground.py" line="22"/>
        <source>sobel_x</source>
        <translation>Sobel 水平梯度</translation>
    </message>
    <message>
        <location filename="../../designer/engine/playground.py" line="23"/>
        <source>sobel_y</source>
        <translation>Sobel 垂直梯度</translation>
    </message>
    <message>
        <location filename="../../designer/engine/playground.py" line="24"/>
        <source>sharpen</source>
        <translation>锐化</translation>
    </message>
    <message>
        <location filename="../../designer/engine/playground.py" line="25"/>
        <source>blur</source>
        <translation>模糊</translation>
    </message>
    <message>
        <location filename="../../designer/engine/playground.py" line="26"/>
        <source>emboss</source>
        <translation>浮雕</translation>
    </message>
    <message>
        <location filename="../../designer/ui/search_space_table.py" line="70"/>
        <source>write a list (16, 32, 64) or a range (0.0001 .. 0.1 log)</source>
        <translation>请写成列表 (16, 32, 64) 或范围 (0.0001 .. 0.1 log)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/search_space_table.py" line="180"/>
        <source>{key}: {problem}</source>
        <translation>{key}：{problem}</translation>
    </message>
</context>
<context>
    <name>BlockCommands</name>
    <message>
        <location filename="../../designer/ui/block_commands.py" line="21"/>
        <source>&amp;Wrap in Residual Block</source>
        <translation>放入残差块(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/block_commands.py" line="24"/>
        <source>Put the selected layers (shift-click for several) in a residual block</source>
        <translation>将选中的层（按住 Shift 点击可多选）放入残差块</translation>
    </message>
    <message>
        <location filename="../../designer/ui/block_commands.py" line="26"/>
        <source>Un&amp;wrap Block</source>
        <translation>拆开块(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/block_commands.py" line="28"/>
        <source>&amp;Open Block</source>
        <translation>打开块(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/block_commands.py" line="30"/>
        <source>Edit the layers inside the selected block</source>
        <translation>编辑选中块内部的层</translation>
    </message>
    <message>
        <location filename="../../designer/ui/block_commands.py" line="31"/>
        <source>&amp;Close Block</source>
        <translation>关闭块(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/block_commands.py" line="32"/>
        <source>Go back to the stack the block sits in</source>
        <translation>返回该块所在的层栈</translation>
    </message>
    <message>
        <location filename="../../designer/ui/block_commands.py" line="33"/>
        <source>Move Out of Block</source>
        <translation>移出块</translation>
    </message>
    <message>
        <location filename="../../designer/ui/block_commands.py" line="34"/>
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
        <location filename="../../designer/ui/convolution_playground.py" line="80"/>
        <source>Flip the kernel (true convolution)</source>
        <translation>翻转卷积核（真正的卷积）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/convolution_playground.py" line="92"/>
        <location filename="../../designer/ui/convolution_playground.py" line="102"/>
        <source>Kernel</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <location filename="../../designer/ui/convolution_playground.py" line="101"/>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../../designer/ui/convolution_playground.py" line="103"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../designer/ui/convolution_playground.py" line="177"/>
        <source>True convolution: the kernel is flipped left-right and upside-down before it slides over the image, as in mathematics and signal processing.</source>
        <translation>真正的卷积：卷积核先左右、上下翻转，再在图像上滑动，与数学和信号处理中的定义一致。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/convolution_playground.py" line="182"/>
        <source>Cross-correlation: the kernel slides over the image as it is. This is what a Conv2D layer computes; since it learns its kernels, the flip would make no difference to it.</source>
        <translation>互相关：卷积核不翻转，直接在图像上滑动。Conv2D 层计算的就是互相关；由于卷积核是学习得到的，翻转与否对它没有影响。</translation>
    </message>
</context>
<context>
    <name>DatasetPanel</name>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="210"/>
        <source>Image folder...</source>
        <translation>图像文件夹...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="211"/>
        <source>Your own images: a folder with one subfolder per class</source>
        <translation>你自己的图像：一个文件夹，每个类别一个子文件夹</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="216"/>
        <source>Where the data set&apos;s files are, or are downloaded to</source>
        <translation>数据集文件所在或下载到的位置</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="218"/>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="220"/>
        <source>Download if missing</source>
        <translation>缺失时下载</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="234"/>
        <source>Click for other random versions</source>
        <translation>点击查看其他随机版本</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="240"/>
        <location filename="../../designer/ui/dataset_panel.py" line="351"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="243"/>
        <source>Training images per class</source>
        <translation>每个类别的训练图像数</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="244"/>
        <source>Augmentation</source>
        <translation>数据增强</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="330"/>
        <source>Your images in {path}, one subfolder per class</source>
        <translation>你在 {path} 中的图像，每个类别一个子文件夹</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="343"/>
        <source>Folder of images, one subfolder per class</source>
        <translation>图像文件夹，每个类别一个子文件夹</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="378"/>
        <source>Loading {name}...</source>
        <translation>正在加载 {name}...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="454"/>
        <source>{classes} classes · {train} training images · {test} test images</source>
        <translation>{classes} 个类别 · {train} 张训练图像 · {test} 张测试图像</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="462"/>
        <source>Samples as the network sees them ({channels}×{height}×{width})</source>
        <translation>网络所看到的样本（{channels}×{height}×{width}）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="495"/>
        <source>Random versions of the framed sample, as training sees it. Click them for others, or a sample above to pick it.</source>
        <translation>框选样本在训练时看到的随机版本。点击它们可换一批，点击上方的样本可选中该样本。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="499"/>
        <source>No augmentation is on: training sees every image as it is.</source>
        <translation>未开启数据增强：训练时看到的每张图像都是原样。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="502"/>
        <source>Mixup (alpha {alpha}) is not shown: it blends pairs of images and their labels.</source>
        <translation>未显示 Mixup（alpha {alpha}）：它会把成对的图像及其标签混合在一起。</translation>
    </message>
</context>
<context>
    <name>DiagramView</name>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="101"/>
        <source>input</source>
        <extracomment>A block: 1 for a residual block (drawn with a skip connection), its branch count for a parallel one.</extracomment>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="149"/>
        <source>Network diagram</source>
        <translation>网络结构图</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="197"/>
        <source>conv {kernel}</source>
        <translation>卷积 {kernel}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="198"/>
        <source>sep. conv {kernel}</source>
        <translation>可分离卷积 {kernel}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="199"/>
        <source>up-conv {kernel}</source>
        <translation>上卷积 {kernel}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="204"/>
        <source>max pool {window}</source>
        <translation>最大池化 {window}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="204"/>
        <source>avg pool {window}</source>
        <translation>平均池化 {window}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="209"/>
        <source>residual, {count} layers</source>
        <translation>残差，{count} 层</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="211"/>
        <source>concat</source>
        <translation>拼接</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="211"/>
        <source>add</source>
        <translation>相加</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="212"/>
        <source>{count} branches, {merge}</source>
        <translation>{count} 个分支，{merge}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="215"/>
        <source>global avg pool</source>
        <translation>全局平均池化</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="216"/>
        <source>global max pool</source>
        <translation>全局最大池化</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="217"/>
        <source>flatten</source>
        <translation>展平</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="218"/>
        <source>dense</source>
        <translation>全连接</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="219"/>
        <source>BN</source>
        <translation>BN</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="220"/>
        <source>dropout {rate:g}</source>
        <translation>dropout {rate:g}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="226"/>
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
        <location filename="../../designer/ui/inspect_worker.py" line="176"/>
        <source>{count} epoch snapshot(s) in {folder} could not be read and are left out.</source>
        <extracomment>The newest sample request&apos;s number, set from the GUI thread. Set from the GUI thread when the view closes: loading and evaluating stop early.</extracomment>
        <translation>{folder} 中有 {count} 个轮次快照无法读取，已略过。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_worker.py" line="188"/>
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
        <location filename="../../designer/ui/layer_card_delegate.py" line="56"/>
        <source>what the layer before the block gives it</source>
        <extracomment>Clickable fix areas per model row, as painted last. Per row: the card last worded, its words, and its height per view width. An edit rewords only the cards whose layer or figures changed.</extracomment>
        <translation>块之前的层传给它的数据</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="58"/>
        <source>Block input</source>
        <translation>块输入</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="63"/>
        <source>grayscale image</source>
        <translation>灰度图像</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="63"/>
        <source>RGB image</source>
        <translation>RGB 图像</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="64"/>
        <source>{channels}-channel image</source>
        <translation>{channels} 通道图像</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="66"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="71"/>
        <source>{count} params</source>
        <translation>{count} 个参数</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="75"/>
        <source>Fix: {action}</source>
        <translation>修复：{action}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="79"/>
        <source>? (an earlier layer does not fit)</source>
        <translation>?（前面某层形状不匹配）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="213"/>
        <source>Layer name</source>
        <translation>层名称</translation>
    </message>
</context>
<context>
    <name>LayerHealthView</name>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="126"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="127"/>
        <source>Gradient</source>
        <translation>梯度</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="127"/>
        <source>Size (norm) of the layer&apos;s gradient on the epoch&apos;s last batch</source>
        <translation>该层在本轮最后一个批次上的梯度大小（范数）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="129"/>
        <source>Update</source>
        <translation>更新幅度</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="130"/>
        <source>Size of the last optimizer step relative to the weights; about 0.001 is healthy</source>
        <translation>最近一次优化器更新量相对于权重的大小；约 0.001 为健康</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="133"/>
        <source>Dead ReLU</source>
        <translation>死亡 ReLU</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="134"/>
        <source>Share of the layer&apos;s ReLU units that never fired on the last batch</source>
        <translation>该层在最后一个批次上从未激活的 ReLU 单元所占比例</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="136"/>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="136"/>
        <source>Gradient norm over the last epochs (log scale)</source>
        <translation>最近几轮的梯度范数（对数刻度）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="161"/>
        <source>Layer health appears after the first epoch.</source>
        <translation>第一轮结束后显示层健康状况。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="195"/>
        <source>After epoch {epoch}: {count} problem(s); hover a tinted row to see why</source>
        <translation>第 {epoch} 轮后：{count} 个问题；悬停在着色的行上可查看原因</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="198"/>
        <source>After epoch {epoch}: every layer looks healthy</source>
        <translation>第 {epoch} 轮后：所有层看起来都很健康</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="204"/>
        <source>Gradient norm, epochs {first}-{last}: {start} to {end}</source>
        <translation>梯度范数，第 {first}-{last} 轮：{start} 到 {end}</translation>
    </message>
</context>
<context>
    <name>LayerListModel</name>
    <message>
        <location filename="../../designer/ui/layer_list_model.py" line="79"/>
        <source>Block input</source>
        <translation>块输入</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_list_model.py" line="79"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
</context>
<context>
    <name>LayerPalette</name>
    <message>
        <location filename="../../designer/ui/palette.py" line="101"/>
        <source>Layer palette</source>
        <translation>层面板</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../designer/ui/main_window.py" line="73"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="77"/>
        <source>Diagram</source>
        <translation>结构图</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="83"/>
        <location filename="../../designer/ui/main_window.py" line="286"/>
        <source>Train</source>
        <extracomment>The Train view is built the first time it is shown: it loads plotting and, later, torch. The design docks the Train view hid, to show again on leaving it.</extracomment>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="87"/>
        <location filename="../../designer/ui/main_window.py" line="298"/>
        <source>Inspect</source>
        <extracomment>The Inspect view, also built on first use.</extracomment>
        <translation>检视</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="91"/>
        <location filename="../../designer/ui/main_window.py" line="310"/>
        <source>Tune</source>
        <extracomment>The Tune view (hyperparameter studies), also built on first use.</extracomment>
        <translation>调参</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="95"/>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="98"/>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="101"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="135"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="136"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="137"/>
        <source>&amp;Open...</source>
        <translation>打开(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="138"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="141"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="142"/>
        <source>Save &amp;As...</source>
        <translation>另存为(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="144"/>
        <source>&amp;Import Architecture JSON...</source>
        <translation>导入架构 JSON(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="145"/>
        <source>Import &amp;Keras Model JSON...</source>
        <translation>导入 Keras 模型 JSON(&amp;K)...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="146"/>
        <source>&amp;Export Architecture JSON...</source>
        <translation>导出架构 JSON(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="147"/>
        <source>Export &amp;Diagram...</source>
        <translation>导出结构图(&amp;D)...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="148"/>
        <source>Export &amp;Trained Model...</source>
        <translation>导出训练好的模型(&amp;T)...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="150"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="152"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="153"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="154"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="157"/>
        <source>Re&amp;name</source>
        <translation>重命名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="159"/>
        <source>&amp;Duplicate</source>
        <translation>复制(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="161"/>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="163"/>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="166"/>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="175"/>
        <source>&amp;Layers</source>
        <translation>层(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="185"/>
        <source>&amp;Presets</source>
        <translation>预设(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="196"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="200"/>
        <source>Show &amp;Network</source>
        <translation>显示网络(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="201"/>
        <source>Show &amp;Diagram</source>
        <translation>显示结构图(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="202"/>
        <source>Show &amp;Train</source>
        <translation>显示训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="203"/>
        <source>Show &amp;Inspect</source>
        <translation>显示检视(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="204"/>
        <source>Show T&amp;une</source>
        <translation>显示调参(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="208"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="209"/>
        <source>&amp;About cnn-designer</source>
        <translation>关于 cnn-designer(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="218"/>
        <source>No recent files</source>
        <translation>没有最近文件</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="226"/>
        <source>&amp;Undo {what}</source>
        <translation>撤销 {what}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="229"/>
        <source>&amp;Redo {what}</source>
        <translation>重做 {what}(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="233"/>
        <source>{params} parameters  ·  {macs} MACs</source>
        <translation>{params} 个参数  ·  {macs} MACs</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="237"/>
        <source>{count} layer(s) do not fit  ·  </source>
        <translation>{count} 个层形状不匹配  ·  </translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="352"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="353"/>
        <source>The new language shows when cnn-designer starts again. Restart it now?</source>
        <translation>重新启动 cnn-designer 后将显示新语言。现在重新启动吗？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="361"/>
        <source>The new language shows when cnn-designer starts again.</source>
        <translation>重新启动 cnn-designer 后将显示新语言。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="370"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="372"/>
        <source>{name}[*] - cnn-designer</source>
        <translation>{name}[*] - cnn-designer</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="420"/>
        <source>New network</source>
        <translation>新建网络</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="424"/>
        <source>Open preset {name}</source>
        <translation>打开预设 {name}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="428"/>
        <source>Export diagram</source>
        <translation>导出结构图</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="428"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="442"/>
        <source>Cannot export the diagram</source>
        <translation>无法导出结构图</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="449"/>
        <source>Exported the model to {path}</source>
        <translation>已将模型导出到 {path}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="452"/>
        <source> (and {files} beside it)</source>
        <translation>（并在同一位置导出了 {files}）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="456"/>
        <source>Cannot export the model</source>
        <translation>无法导出模型</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="461"/>
        <source>About cnn-designer</source>
        <translation>关于 cnn-designer</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="463"/>
        <source>cnn-designer {version}
Design, train, inspect and export convolutional networks.</source>
        <translation>cnn-designer {version}
设计、训练、检视和导出卷积神经网络。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="488"/>
        <source>A run is in progress</source>
        <translation>训练正在进行</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="489"/>
        <source>Stop the run and close? It keeps what it has learned so far.</source>
        <translation>停止训练并关闭？已学到的内容会保留。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="492"/>
        <source>A study is in progress</source>
        <translation>调参研究正在进行</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="493"/>
        <source>Stop the study and close? Its finished trials stay in its file.</source>
        <translation>停止研究并关闭？已完成的试验会保留在其文件中。</translation>
    </message>
</context>
<context>
    <name>ModelExport</name>
    <message>
        <location filename="../../designer/ui/model_export.py" line="71"/>
        <location filename="../../designer/ui/model_export.py" line="79"/>
        <source>Export Trained Model</source>
        <translation>导出训练好的模型</translation>
    </message>
    <message>
        <location filename="../../designer/ui/model_export.py" line="72"/>
        <source>There is no trained model to export yet: train the design first (Train tab).</source>
        <translation>还没有可导出的训练好的模型：请先训练该设计（“训练”选项卡）。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/model_export.py" line="79"/>
        <source>Which run&apos;s model?</source>
        <translation>导出哪次运行的模型？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/model_export.py" line="87"/>
        <source>Export {run}</source>
        <translation>导出 {run}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/model_export.py" line="99"/>
        <source>{run}: {reason}</source>
        <translation>{run}：{reason}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/model_export.py" line="100"/>
        <source>{run}: test accuracy {accuracy:.2%}</source>
        <translation>{run}：测试准确率 {accuracy:.2%}</translation>
    </message>
</context>
<context>
    <name>NetworkEditor</name>
    <message>
        <location filename="../../designer/ui/network_editor.py" line="45"/>
        <source>Network layers</source>
        <extracomment>A block&apos;s card was double-clicked: its index in the stack shown.</extracomment>
        <translation>网络层</translation>
    </message>
    <message>
        <location filename="../../designer/ui/network_editor.py" line="112"/>
        <source>Fix: {action}</source>
        <translation>修复：{action}</translation>
    </message>
</context>
<context>
    <name>PaddingEditor</name>
    <message>
        <location filename="../../designer/ui/param_widgets.py" line="351"/>
        <source>valid</source>
        <translation>valid（不填充）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/param_widgets.py" line="352"/>
        <source>same</source>
        <translation>same（保持尺寸）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/param_widgets.py" line="354"/>
        <source>explicit</source>
        <translation>指定数值</translation>
    </message>
</context>
<context>
    <name>PreviewWorker</name>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="125"/>
        <source>Loading {name} failed unexpectedly ({kind}: {error}).</source>
        <extracomment>Seconds between the progress reports that cross to the GUI thread. How long destroying the panel waits for a load to notice that it was cancelled. Loader threads still busy when their panel went away; deleting a running QThread aborts the process. Left out of comparisons: it matters only when the files are missing, and then a retry is forced.</extracomment>
        <translation>加载 {name} 时意外失败（{kind}: {error}）。</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <location filename="../../designer/ui/project_files.py" line="68"/>
        <source>cnn-designer projects (*.cnnd);;Architecture JSON (*.json);;All files (*)</source>
        <extracomment>The project&apos;s training runs, oldest first; saved with the design.</extracomment>
        <translation>cnn-designer 项目 (*.cnnd);;架构 JSON (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="102"/>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="108"/>
        <source>Open {name}</source>
        <translation>打开 {name}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="116"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="126"/>
        <source>Import architecture JSON</source>
        <translation>导入架构 JSON</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="128"/>
        <location filename="../../designer/ui/project_files.py" line="199"/>
        <source>Architecture JSON (*.json)</source>
        <translation>架构 JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="138"/>
        <source>Import Keras model</source>
        <translation>导入 Keras 模型</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="138"/>
        <source>Keras model JSON (*.json)</source>
        <translation>Keras 模型 JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="149"/>
        <source>Cannot import the Keras model</source>
        <translation>无法导入 Keras 模型</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="151"/>
        <source>Import {name}</source>
        <translation>导入 {name}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="167"/>
        <source>Cannot save the project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="182"/>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="197"/>
        <source>Export architecture JSON</source>
        <translation>导出架构 JSON</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="206"/>
        <source>Cannot export the architecture</source>
        <translation>无法导出架构</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="215"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="216"/>
        <source>The design has changes that are not saved. Save them first?</source>
        <translation>设计有未保存的更改。要先保存吗？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="218"/>
        <source>The runs trained since the last save are not saved. Save them first?</source>
        <translation>上次保存后训练的运行尚未保存。要先保存吗？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="252"/>
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="254"/>
        <source>cnn-designer did not close normally last time. Restore the design it saved automatically?</source>
        <translation>cnn-designer 上次没有正常关闭。要恢复自动保存的设计吗？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="264"/>
        <source>Cannot restore the design</source>
        <translation>无法恢复设计</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="266"/>
        <source>Restore unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
</context>
<context>
    <name>PropertyEditor</name>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="150"/>
        <source>The layer&apos;s name in the model and the exported code</source>
        <extracomment>The panel moved to another layer on its own: the index (or None for the input) after the shown layer moved or was deleted.</extracomment>
        <translation>该层在模型和导出代码中的名称</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="154"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="159"/>
        <source>Output size</source>
        <translation>输出尺寸</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="162"/>
        <source>Height</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="164"/>
        <source>Width</source>
        <translation>宽</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="168"/>
        <source>Multiply-accumulate operations for one image</source>
        <translation>处理一张图像的乘加运算次数</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="177"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="180"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="181"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="182"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="183"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="252"/>
        <source>Block input</source>
        <translation>块输入</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="253"/>
        <source>What the block receives: the output of the layer before it</source>
        <translation>块接收的数据：它前一层的输出</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="259"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="260"/>
        <source>The images the network reads</source>
        <translation>网络读取的图像</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="315"/>
        <source>unknown: an earlier layer has an error</source>
        <translation>未知：前面某层有错误</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="319"/>
        <source>{trainable} + {frozen} non-trainable</source>
        <translation>{trainable} + {frozen} 个不可训练</translation>
    </message>
</context>
<context>
    <name>RunEstimate</name>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="82"/>
        <location filename="../../designer/ui/run_estimate.py" line="112"/>
        <source>not measured yet</source>
        <extracomment>A shown estimate measures by itself once the design and settings have been still this long.</extracomment>
        <translation>尚未测量</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="86"/>
        <source>Measure speed</source>
        <translation>测量速度</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="88"/>
        <source>Time a few training steps on random data on the chosen device</source>
        <translation>在所选设备上用随机数据计时几个训练步</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="92"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="93"/>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="94"/>
        <source>Per batch</source>
        <translation>每批次</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="95"/>
        <source>Per epoch</source>
        <translation>每轮</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="118"/>
        <source>{forward} for a batch of {batch} (training keeps about twice that)</source>
        <translation>批量大小为 {batch} 时为 {forward}（训练时约为其两倍）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="136"/>
        <source>about {time} ({batches:,} batches of {images:,} images)</source>
        <translation>约 {time}（{batches:,} 个批次，每批 {images:,} 张图像）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="155"/>
        <source>measuring...</source>
        <translation>正在测量...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="176"/>
        <source>{ms:.0f} ms ({rate:,.0f} images/s)</source>
        <translation>{ms:.0f} 毫秒（{rate:,.0f} 张图像/秒）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="185"/>
        <source>could not measure: {reason}</source>
        <translation>无法测量：{reason}</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="150"/>
        <source>Epochs done / epochs set</source>
        <translation>已完成轮数 / 设定轮数</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="151"/>
        <source>Time spent training, not counting validation and testing</source>
        <translation>训练所用时间，不含验证和测试</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="152"/>
        <source>Best validation accuracy of any epoch</source>
        <translation>各轮中的最佳验证准确率</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="153"/>
        <source>Accuracy on the test set, measured once training ended</source>
        <translation>训练结束后在测试集上测得的准确率</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="160"/>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="161"/>
        <source>stopped early</source>
        <translation>已提前停止</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="162"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="163"/>
        <source>diverged</source>
        <translation>已发散</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="164"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="171"/>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="173"/>
        <source>{minutes} min {seconds:02d} s</source>
        <translation>{minutes} 分 {seconds:02d} 秒</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="174"/>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} 小时 {minutes:02d} 分</translation>
    </message>
</context>
<context>
    <name>RunsTable</name>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="258"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="265"/>
        <source>No training runs yet.
Every run you train is kept here, so you can compare them.</source>
        <translation>还没有训练运行。
你训练的每次运行都会保留在这里，方便比较。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="273"/>
        <source>Select a run to see how it went, or several to compare them.</source>
        <translation>选择一次运行查看其情况，或选择多次运行进行比较。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="322"/>
        <source>Delete runs</source>
        <translation>删除运行</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="323"/>
        <source>Delete {runs} from the project&apos;s run history?</source>
        <translation>从项目的运行历史中删除 {runs}？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="349"/>
        <source>Export metrics</source>
        <translation>导出指标</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="351"/>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV 文件 (*.csv);;JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="361"/>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="366"/>
        <source>{run}: {reason} after {epochs} of {planned} epochs on {dataset}, in {duration}.</source>
        <translation>{run}：在 {dataset} 上训练 {epochs} / {planned} 轮后{reason}，用时 {duration}。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="377"/>
        <source>Best validation accuracy {best}; not tested.</source>
        <translation>最佳验证准确率 {best}；未测试。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="380"/>
        <source>Best validation accuracy {best}, test accuracy {test}.</source>
        <translation>最佳验证准确率 {best}，测试准确率 {test}。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="392"/>
        <source>Same design and training settings as {run}.</source>
        <translation>设计和训练设置与 {run} 相同。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="393"/>
        <source>Compared with {run}:</source>
        <translation>与 {run} 相比：</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="396"/>
        <source>{run}:</source>
        <translation>{run}：</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="420"/>
        <source>Delete run</source>
        <translation>删除运行</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="422"/>
        <source>Delete {count} runs</source>
        <translation>删除 {count} 次运行</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="425"/>
        <source>Open run folder</source>
        <translation>打开运行文件夹</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="428"/>
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
        <location filename="../../designer/ui/search_space_table.py" line="126"/>
        <source>Search</source>
        <extracomment>The user wrote the values: they stay when the design changes. The user added the row: it stays when the design no longer suggests it.</extracomment>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../designer/ui/search_space_table.py" line="126"/>
        <source>Values</source>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../../designer/ui/search_space_table.py" line="126"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../designer/ui/search_space_table.py" line="137"/>
        <source>A training setting or layer parameter to search too</source>
        <translation>另一个要搜索的训练设置或层参数</translation>
    </message>
    <message>
        <location filename="../../designer/ui/search_space_table.py" line="140"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../designer/ui/search_space_table.py" line="256"/>
        <source>A list (16, 32, 64) or a range (0.0001 .. 0.1 log)</source>
        <translation>列表 (16, 32, 64) 或范围 (0.0001 .. 0.1 log)</translation>
    </message>
</context>
<context>
    <name>SizeEditor</name>
    <message>
        <location filename="../../designer/ui/param_widgets.py" line="313"/>
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
        <location filename="../../designer/ui/summary_panel.py" line="116"/>
        <source>Total {total} parameters ({weights}): {trainable} trainable, {frozen} non-trainable  ·  {macs} MACs per image  ·  {memory} of activations per image</source>
        <translation>共 {total} 个参数（{weights}）：{trainable} 个可训练，{frozen} 个不可训练  ·  每张图像 {macs} MACs  ·  每张图像激活值占 {memory}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/summary_panel.py" line="127"/>
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
        <location filename="../../designer/ui/train_panel.py" line="74"/>
        <source>Data</source>
        <extracomment>The progress bars redraw at most this often while a run reports (5 times a second)... ...and the curves every this many frames. Drawing competes with training for the CPU and Python&apos;s GIL: a redraw of the plots costs the GUI thread ~20 ms, and on a 2-core machine each ms of it stalls both of torch&apos;s threads, so the curves refresh about once a second. A run has started: its record so far (id, architecture, settings, folder).</extracomment>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="75"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="80"/>
        <source>Estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="83"/>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="84"/>
        <source>Layer health</source>
        <translation>层健康状况</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="179"/>
        <source>The design cannot train yet: {reason}</source>
        <extracomment>The test sample a run&apos;s snapshots follow: the one the Inspect view shows, when it has one.</extracomment>
        <translation>该设计还无法训练：{reason}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="212"/>
        <source>Training {run} on a snapshot of the design; edits apply to the next run</source>
        <translation>正在用设计的快照训练 {run}；编辑将应用于下一次运行</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="291"/>
        <source>{run} {reason}: test accuracy {accuracy:.2%}</source>
        <translation>{run} {reason}：测试准确率 {accuracy:.2%}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="295"/>
        <source>{run} {reason}: {message}</source>
        <translation>{run} {reason}：{message}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="317"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="326"/>
        <source>Stopping after the current batch...</source>
        <translation>将在当前批次结束后停止...</translation>
    </message>
</context>
<context>
    <name>TrainSettingsForm</name>
    <message>
        <location filename="../../designer/ui/train_settings_form.py" line="57"/>
        <source>Where to train: auto picks a GPU when there is one</source>
        <translation>训练设备：auto 会在有 GPU 时自动选用 GPU</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_settings_form.py" line="58"/>
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
        <location filename="../../designer/ui/training_session.py" line="97"/>
        <source>Loading the data set</source>
        <extracomment>Seconds between the trainer&apos;s progress reports in the window: smooth, yet cheap. Seconds between the copies of the weights a run shares with the inspect views. The test sample the run&apos;s epoch snapshots follow.</extracomment>
        <translation>正在加载数据集</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_session.py" line="106"/>
        <source>Preparing the run</source>
        <translation>正在准备运行</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_session.py" line="126"/>
        <source>Stopped while loading the data set.</source>
        <translation>加载数据集时已停止。</translation>
    </message>
</context>
<context>
    <name>TrialsModel</name>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="133"/>
        <source>ended with the study</source>
        <extracomment>The role the proxy sorts by: numbers as numbers, so trial 10 follows trial 9. The running trials&apos; last epoch, shown as their message.</extracomment>
        <translation>随研究结束</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="150"/>
        <source>Trial</source>
        <translation>试验</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="151"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="152"/>
        <source>Val. acc.</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="153"/>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="154"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="160"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="161"/>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="162"/>
        <source>pruned</source>
        <translation>已剪枝</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="163"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="164"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="170"/>
        <source>epoch {epoch} of {epochs}</source>
        <translation>第 {epoch} / {epochs} 轮</translation>
    </message>
</context>
<context>
    <name>TunePanel</name>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="104"/>
        <source>Search space</source>
        <extracomment>The design every trial of the running study starts from. The last epoch&apos;s accuracy of each trial, to place pruned trials on the history plot. What the study&apos;s end says, once it has ended.</extracomment>
        <translation>搜索空间</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="107"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="108"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="109"/>
        <source>End the running trial and the study; finished trials stay</source>
        <translation>结束正在运行的试验和研究；已完成的试验会保留</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="110"/>
        <location filename="../../designer/ui/tune_panel.py" line="348"/>
        <source>Apply best</source>
        <translation>应用最佳</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="156"/>
        <source>Data set: {dataset} (the Train view&apos;s choice), read from {folder}</source>
        <extracomment>What cannot change while a study runs.</extracomment>
        <translation>数据集：{dataset}（“训练”视图中的选择），从 {folder} 读取</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="188"/>
        <source>Needs 2 complete trials</source>
        <translation>需要 2 次已完成的试验</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="198"/>
        <source>Needs 2 knobs or more</source>
        <translation>需要至少 2 个搜索参数</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="203"/>
        <source>Cannot rank the knobs</source>
        <translation>无法对搜索参数排序</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="222"/>
        <source>The design cannot train yet: {reason}</source>
        <translation>该设计还无法训练：{reason}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="231"/>
        <source>Run the study: train trials of the design</source>
        <translation>运行研究：对该设计进行试验训练</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="274"/>
        <source>Loading the data set...</source>
        <translation>正在加载数据集...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="275"/>
        <source>Study &quot;{study}&quot;: trials train a snapshot of the design</source>
        <translation>研究“{study}”：试验训练的是设计的快照</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="283"/>
        <source>Stopping: the running trial ends now...</source>
        <translation>正在停止：正在运行的试验即将结束...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="290"/>
        <source>Trial {number} running</source>
        <translation>试验 {number} 运行中</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="304"/>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="305"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="306"/>
        <source>reached its time limit</source>
        <translation>已达到时间限制</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="307"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="309"/>
        <source>Study &quot;{study}&quot; {reason} after {trials} trials</source>
        <translation>研究“{study}”在 {trials} 次试验后{reason}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="315"/>
        <source>; best: trial {number}, {value:.1%}</source>
        <translation>；最佳：试验 {number}，{value:.1%}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="320"/>
        <source>{study}: {message}</source>
        <translation>{study}：{message}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="336"/>
        <source>Study ended</source>
        <translation>研究已结束</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="349"/>
        <source>No trial has completed yet</source>
        <translation>还没有已完成的试验</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="352"/>
        <source>Apply best (trial {number}, {value:.1%})</source>
        <translation>应用最佳（试验 {number}，{value:.1%}）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="355"/>
        <source>Write the trial&apos;s settings and layer sizes into the design; Undo takes them back</source>
        <translation>将该试验的设置和层尺寸写入设计；可用“撤销”恢复</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="373"/>
        <source>Cannot apply trial {number}: {reason}</source>
        <translation>无法应用试验 {number}：{reason}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="381"/>
        <source>Apply best trial {number}</source>
        <translation>应用最佳试验 {number}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="388"/>
        <source>Applied trial {number} to the design ({value:.1%})</source>
        <translation>已将试验 {number} 应用到设计（{value:.1%}）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="407"/>
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
        <location filename="../../designer/ui/param_widgets.py" line="261"/>
        <source>square</source>
        <extracomment>What a float field may hold while the user is still typing it.</extracomment>
        <translation>正方形</translation>
    </message>
    <message>
        <location filename="../../designer/ui/param_widgets.py" line="262"/>
        <source>Keep height and width equal</source>
        <translation>保持高和宽相等</translation>
    </message>
    <message>
        <location filename="../../designer/ui/param_widgets.py" line="264"/>
        <source>Height</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../designer/ui/param_widgets.py" line="264"/>
        <source>Width</source>
        <translation>宽</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <location filename="../../designer/ui/languages.py" line="84"/>
        <source>&amp;Language</source>
        <extracomment>Every language the interface may be shown in, by its own name (never translated). The QSettings key of the chosen language; absent means the system&apos;s. The application property holding the language the window was started in. Chinese locales written in Traditional characters.</extracomment>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/languages.py" line="87"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../designer/ui/messages.py" line="14"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../designer/ui/messages.py" line="15"/>
        <source>the disk quota is used up</source>
        <translation>磁盘配额已用完</translation>
    </message>
    <message>
        <location filename="../../designer/ui/messages.py" line="16"/>
        <location filename="../../designer/ui/messages.py" line="17"/>
        <source>permission was refused</source>
        <translation>没有写入权限</translation>
    </message>
    <message>
        <location filename="../../designer/ui/messages.py" line="18"/>
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <location filename="../../designer/ui/messages.py" line="19"/>
        <source>its folder does not exist</source>
        <translation>所在文件夹不存在</translation>
    </message>
    <message>
        <location filename="../../designer/ui/messages.py" line="20"/>
        <source>the name is too long</source>
        <translation>文件名过长</translation>
    </message>
    <message>
        <location filename="../../designer/ui/messages.py" line="27"/>
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
        <location filename="../../designer/ui/runs_table.py" line="486"/>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="489"/>
        <source>Network diagram</source>
        <translation>网络结构图</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="235"/>
        <source>Layer health</source>
        <translation>层健康状况</translation>
    </message>
</context>
</TS>
