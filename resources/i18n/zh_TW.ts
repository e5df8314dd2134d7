<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
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
        <translation>填充 {top}/{bottom}（上/下）與 {left}/{right}（左/右）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_text.py" line="41"/>
        <location filename="../../designer/ui/layer_text.py" line="47"/>
        <source>stride {stride}</source>
        <translation>步長 {stride}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_text.py" line="51"/>
        <source>{units} units</source>
        <translation>{units} 個單元</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_text.py" line="53"/>
        <source>rate {rate}</source>
        <translation>比率 {rate}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_text.py" line="55"/>
        <source>{count} layers + input</source>
        <translation>{count} 層 + 輸入</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_text.py" line="59"/>
        <source>{count} branches ({layers} layers), {merge}</source>
        <translation>{count} 個分支（{layers} 層），{merge}</translation>
    </message>
    <message>
        <location filename="../../designer/core/architecture.py" line="24"/>
        <source>Channels</source>
        <translation>通道數</translation>
    </message>
    <message>
        <location filename="../../designer/core/architecture.py" line="28"/>
        <source>1 for grayscale, 3 for RGB</source>
        <translation>1 表示灰階，3 表示 RGB</translation>
    </message>
    <message>
        <location filename="../../designer/core/architecture.py" line="32"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../../designer/core/architecture.py" line="36"/>
        <source>Image height in pixels</source>
        <translation>影像高度（像素）</translation>
    </message>
    <message>
        <location filename="../../designer/core/architecture.py" line="40"/>
        <source>Width</source>
        <translation>寬度</translation>
    </message>
    <message>
        <location filename="../../designer/core/architecture.py" line="44"/>
        <source>Image width in pixels</source>
        <translation>影像寬度（像素）</translation>
    </message>
    <message>
        <location filename="../../designer/core/architecture.py" line="59"/>
        <source>a layer name is 1 to 64 letters, digits or underscores and does not start with a digit, got {name!r}</source>
        <translation>層名稱須為 1 到 64 個字母、數字或底線，且不能以數字開頭，但收到 {name!r}</translation>
    </message>
    <message>
        <location filename="../../designer/core/architecture.py" line="63"/>
        <source>{name!r} is a Python keyword and cannot name a layer</source>
        <translation>{name!r} 是 Python 關鍵字，不能用作層名稱</translation>
    </message>
    <message>
        <location filename="../../designer/core/architecture.py" line="107"/>
        <source>{kind} has no parameter {names}</source>
        <translation>{kind} 沒有參數 {names}</translation>
    </message>
    <message>
        <location filename="../../designer/core/catalogue.py" line="16"/>
        <location filename="../../designer/core/layers/convolution.py" line="126"/>
        <location filename="../../designer/core/layers/convolution.py" line="162"/>
        <location filename="../../designer/core/layers/convolution.py" line="241"/>
        <source>Convolution</source>
        <extracomment>Palette groups in display order; each equals the ``group`` of its kinds, and is shown translated.</extracomment>
        <translation>卷積</translation>
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
        <translation>正則化</translation>
    </message>
    <message>
        <location filename="../../designer/core/catalogue.py" line="20"/>
        <location filename="../../designer/core/layers/activation.py" line="15"/>
        <location filename="../../designer/core/layers/activation.py" line="31"/>
        <source>Activation</source>
        <translation>激活函數</translation>
    </message>
    <message>
        <location filename="../../designer/core/catalogue.py" line="21"/>
        <location filename="../../designer/core/layers/blocks.py" line="69"/>
        <location filename="../../designer/core/layers/blocks.py" line="108"/>
        <source>Blocks</source>
        <translation>區塊</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="249"/>
        <source>Add {kind} {layer}</source>
        <extracomment>Steps from the network&apos;s stack into a block&apos;s branch: (layer index, branch index) per level. The stack being edited: () for the network, else (block index, branch) steps into blocks.</extracomment>
        <translation>新增 {kind} 層 {layer}</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="255"/>
        <source>Delete {layer}</source>
        <translation>刪除 {layer}</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="264"/>
        <source>Move {layer}</source>
        <translation>移動 {layer}</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="280"/>
        <source>Duplicate {layer}</source>
        <translation>建立 {layer} 的副本</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="290"/>
        <source>&quot;{name}&quot; already names another layer</source>
        <translation>「{name}」已被另一層使用</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="296"/>
        <source>Rename {layer} to {name}</source>
        <translation>將 {layer} 重新命名為 {name}</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="305"/>
        <source>Change {param} of {layer}</source>
        <translation>變更 {layer} 的 {param}</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="319"/>
        <source>{fix} ({layer})</source>
        <translation>{fix}（{layer}）</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="329"/>
        <source>Wrap {layer} in a residual block</source>
        <translation>將 {layer} 包入殘差區塊</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="331"/>
        <source>Wrap {first} to {last} in a residual block</source>
        <translation>將 {first} 至 {last} 包入殘差區塊</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="343"/>
        <source>{layer} is not a block</source>
        <translation>{layer} 不是區塊</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="345"/>
        <source>{layer} has {count} branches; only a block of one can be unwrapped</source>
        <translation>{layer} 有 {count} 個分支；只有單一分支的區塊才能解除</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="350"/>
        <source>Unwrap {layer}</source>
        <translation>解除區塊 {layer}</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="363"/>
        <source>Move {layer} into {block}</source>
        <translation>將 {layer} 移入 {block}</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="381"/>
        <source>Move {layer} out of {block}</source>
        <translation>將 {layer} 移出 {block}</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="391"/>
        <source>Add a branch to {block}</source>
        <translation>為 {block} 新增分支</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="399"/>
        <source>Remove branch {number} of {block}</source>
        <translation>移除 {block} 的分支 {number}</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="407"/>
        <source>training settings</source>
        <translation>訓練設定</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="409"/>
        <source>Change {setting}</source>
        <translation>變更 {setting}</translation>
    </message>
    <message>
        <location filename="../../designer/core/document.py" line="415"/>
        <source>Change the input</source>
        <translation>變更輸入</translation>
    </message>
    <message>
        <location filename="../../designer/core/errors.py" line="20"/>
        <source>{where}: {problem}</source>
        <translation>{where}：{problem}</translation>
    </message>
    <message>
        <location filename="../../designer/core/errors.py" line="38"/>
        <source>the run ran out of memory; use a smaller batch size or a smaller network, then try again</source>
        <translation>訓練時記憶體不足；請改用較小的批次大小或較小的網路，然後再試一次</translation>
    </message>
    <message>
        <location filename="../../designer/core/errors.py" line="40"/>
        <source>{error_type}: {message}</source>
        <translation>{error_type}：{message}</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="22"/>
        <source>Model bundle</source>
        <extracomment>What a file chooser calls it (a phrase, as is ``help``).</extracomment>
        <translation>模型封裝檔</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="24"/>
        <source>the model bundle itself: weights, architecture, classes</source>
        <translation>模型封裝檔本身：權重、架構與類別</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="28"/>
        <source>TorchScript module</source>
        <translation>TorchScript 模組</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="30"/>
        <source>a module torch.jit.load opens without cnn-designer</source>
        <translation>不需 cnn-designer 即可用 torch.jit.load 開啟的模組</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="33"/>
        <source>ONNX graph</source>
        <translation>ONNX 計算圖</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="33"/>
        <source>an ONNX graph, opset 17 (needs cnn-designer[onnx])</source>
        <translation>ONNX 計算圖，opset 17（需要 cnn-designer[onnx]）</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="37"/>
        <source>PyTorch source</source>
        <translation>PyTorch 原始碼</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="39"/>
        <source>standalone PyTorch source, its weights beside it as .pt</source>
        <translation>獨立的 PyTorch 原始碼，權重以 .pt 檔放在同一位置</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="43"/>
        <source>Training script</source>
        <translation>訓練腳本</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="45"/>
        <source>a standalone PyTorch script that trains the design again, in one process or under torchrun</source>
        <translation>獨立的 PyTorch 腳本，可在單一行程中或透過 torchrun 重新訓練此設計</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="49"/>
        <source>Architecture JSON</source>
        <translation>架構 JSON</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="51"/>
        <source>the architecture file with the training settings</source>
        <translation>含訓練設定的架構檔案</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="60"/>
        <source>Metrics (CSV)</source>
        <extracomment>What a run leaves besides its model: the command line&apos;s ``export`` writes these too.</extracomment>
        <translation>指標（CSV）</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="62"/>
        <source>the run&apos;s metrics, a row per epoch (a run folder)</source>
        <translation>該次訓練的指標，每輪一列（需要訓練資料夾）</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="65"/>
        <source>Metrics (JSON)</source>
        <translation>指標（JSON）</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="65"/>
        <source>the same as JSON (a run folder)</source>
        <translation>內容同上，但為 JSON 格式（需要訓練資料夾）</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="69"/>
        <source>Training plots</source>
        <translation>訓練圖表</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="71"/>
        <source>loss, accuracy and learning-rate plots, PATH-&lt;plot&gt;.png (a run folder)</source>
        <translation>損失、準確率與學習率圖表，存為 PATH-&lt;圖表&gt;.png（需要訓練資料夾）</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="75"/>
        <source>Architecture diagram</source>
        <translation>架構圖</translation>
    </message>
    <message>
        <location filename="../../designer/core/export_formats.py" line="77"/>
        <source>the architecture diagram, SVG when PATH ends in .svg</source>
        <translation>架構圖；PATH 以 .svg 結尾時輸出 SVG</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="76"/>
        <source>no such file</source>
        <extracomment>Blocks inside blocks inside blocks... deeper than this is refused (a file, not a design). Longest whole number in a file: beyond it a number no longer converts to a float.</extracomment>
        <translation>檔案不存在</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="78"/>
        <source>is a folder, not a file</source>
        <translation>是資料夾，不是檔案</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="81"/>
        <source>cannot be read ({reason})</source>
        <translation>無法讀取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="85"/>
        <source>is larger than the {limit} MB limit for this kind of file</source>
        <translation>超過此類檔案 {limit} MB 的大小上限</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="98"/>
        <source>{name} is not a number JSON allows</source>
        <translation>{name} 不是 JSON 允許的數字</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="105"/>
        <source>the key &quot;{key}&quot; appears twice in one object</source>
        <translation>鍵 &quot;{key}&quot; 在同一個物件中出現了兩次</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="112"/>
        <source>a whole number of more than {limit} digits</source>
        <translation>超過 {limit} 位數的整數</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="119"/>
        <source>the number {number} is too large</source>
        <translation>數字 {number} 太大</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="129"/>
        <source>not UTF-8 text, so it is not a JSON file</source>
        <translation>不是 UTF-8 文字，因此不是 JSON 檔案</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="140"/>
        <source>not valid JSON ({reason} at line {line}, column {column})</source>
        <translation>不是有效的 JSON（第 {line} 行第 {column} 欄：{reason}）</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="145"/>
        <source>not usable: its JSON is nested too deeply</source>
        <translation>無法使用：其 JSON 巢狀層級過深</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="147"/>
        <source>not valid JSON ({reason})</source>
        <translation>不是有效的 JSON（{reason}）</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="155"/>
        <source>is {what_it_is_not}</source>
        <translation>內容{what_it_is_not}</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="156"/>
        <source>the text</source>
        <translation>此文字</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="170"/>
        <source>must be a JSON object, got {type}</source>
        <translation>必須是 JSON 物件，但收到 {type}</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="176"/>
        <source>unknown key (did you mean &quot;{match}&quot;?)</source>
        <translation>未知的鍵（你是指 &quot;{match}&quot; 嗎？）</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="178"/>
        <source>unknown key</source>
        <translation>未知的鍵</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="183"/>
        <source>missing the key &quot;{key}&quot;</source>
        <translation>缺少鍵 &quot;{key}&quot;</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="204"/>
        <source>must be a text of at most {limit} characters</source>
        <translation>必須是最多 {limit} 個字元的文字</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="213"/>
        <source>must be a JSON object describing a layer, got {type}</source>
        <translation>必須是描述一層的 JSON 物件，但收到 {type}</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="217"/>
        <source>needs a &quot;type&quot; naming the layer kind, such as &quot;Conv2D&quot;</source>
        <translation>需要以 &quot;type&quot; 指定層的類型，例如 &quot;Conv2D&quot;</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="222"/>
        <source>unknown layer type &quot;{kind}&quot; (did you mean &quot;{match}&quot;?)</source>
        <translation>未知的層類型 &quot;{kind}&quot;（你是指 &quot;{match}&quot; 嗎？）</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="226"/>
        <source>unknown layer type &quot;{kind}&quot;</source>
        <translation>未知的層類型 &quot;{kind}&quot;</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="233"/>
        <source>a layer name must be a text</source>
        <translation>層名稱必須是文字</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="245"/>
        <source>nests blocks more than {limit} deep</source>
        <translation>區塊巢狀超過 {limit} 層</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="248"/>
        <source>must be a list of branches, each a list of layers</source>
        <translation>必須是分支的清單，每個分支都是層的清單</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="263"/>
        <source>&quot;{name}&quot; already names {other}</source>
        <translation>「{name}」已被 {other} 使用</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="285"/>
        <source>must be a whole number from 1</source>
        <translation>必須是大於或等於 1 的整數</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="290"/>
        <source>the file is format version {version}, written by a newer cnn-designer; this one reads up to version {newest}, so update cnn-designer to open it</source>
        <translation>此檔案為格式版本 {version}，由較新的 cnn-designer 寫入；此版本最多只能讀取版本 {newest}，請更新 cnn-designer 後再開啟</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="305"/>
        <location filename="../../designer/core/search_space.py" line="292"/>
        <source>the document</source>
        <translation>此文件</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="306"/>
        <source>is not a cnn-designer architecture (no &quot;format&quot;: &quot;{format}&quot;)</source>
        <translation>不是 cnn-designer 架構（沒有 &quot;format&quot;: &quot;{format}&quot;）</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="310"/>
        <source>must be &quot;{format}&quot; for an architecture file</source>
        <translation>架構檔案的此項必須是 &quot;{format}&quot;</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="318"/>
        <source>must be a list of layers</source>
        <translation>必須是層的清單</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="337"/>
        <source>the network has {count:,} parameters, more than the limit of {limit:,}</source>
        <translation>網路有 {count:,} 個參數，超過上限 {limit:,}</translation>
    </message>
    <message>
        <location filename="../../designer/core/fileformat.py" line="345"/>
        <source>has {count:,} layers, more than the limit of {limit:,}</source>
        <translation>有 {count:,} 層，超過上限 {limit:,}</translation>
    </message>
    <message>
        <location filename="../../designer/core/inference.py" line="117"/>
        <source>layer {number} ({kind})</source>
        <extracomment>Bytes of one float32 value, the precision weights and activations are reported in. A block&apos;s layers, branch by branch; their figures are included in the block&apos;s. A row of the summary: (depth, branch number or None, report); see :meth:`Summary.rows`.</extracomment>
        <translation>第 {number} 層（{kind}）</translation>
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
        <translation>{label}：{kind} 區塊應有 {least} 個分支，而非 {count} 個</translation>
    </message>
    <message>
        <location filename="../../designer/core/inference.py" line="236"/>
        <source>{label}: a {kind} block holds {least} to {most} branches, not {count}</source>
        <translation>{label}：{kind} 區塊應有 {least} 到 {most} 個分支，而非 {count} 個</translation>
    </message>
    <message>
        <location filename="../../designer/core/inference.py" line="250"/>
        <source>its body</source>
        <translation>其主體</translation>
    </message>
    <message>
        <location filename="../../designer/core/inference.py" line="250"/>
        <source>branch {number}</source>
        <translation>分支 {number}</translation>
    </message>
    <message>
        <location filename="../../designer/core/inference.py" line="252"/>
        <source>{label}: {where} has no layers; add one</source>
        <translation>{label}：{where}內沒有任何層；請新增一層</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="46"/>
        <source>the Keras model</source>
        <extracomment>Keras activation names -&gt; ours. Our leaky ReLU&apos;s slope; Keras&apos;s default is 0.3. The most problems one message lists; the rest are counted. What a message calls the model when it has no file name.</extracomment>
        <translation>此 Keras 模型</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="71"/>
        <source>activation {value}</source>
        <translation>激活函數 {value}</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="84"/>
        <source>padding {value}</source>
        <translation>填充 {value}</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="141"/>
        <source>axis {value} (only the channel axis)</source>
        <translation>軸 {value}（僅支援通道軸）</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="144"/>
        <source>center and scale set differently</source>
        <translation>center 與 scale 設定不同</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="156"/>
        <source>max_value, threshold or negative_slope</source>
        <translation>max_value、threshold 或 negative_slope</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="165"/>
        <source>slope {value} (only {slope} is available here)</source>
        <translation>斜率 {value}（此處僅支援 {slope}）</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="229"/>
        <source>{where} is not a Keras model saved with model.to_json()</source>
        <translation>{where} 不是以 model.to_json() 儲存的 Keras 模型</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="233"/>
        <source>{where} is a {kind} model; only Sequential models can be imported</source>
        <translation>{where} 是 {kind} 模型；只能匯入 Sequential 模型</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="240"/>
        <source>{where} lists no layers</source>
        <translation>{where} 沒有列出任何層</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="255"/>
        <source>{kind} layer {name}</source>
        <translation>{kind} 層 {name}</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="257"/>
        <source>a layer {name}</source>
        <translation>層 {name}</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="266"/>
        <source>{layer}: a layer type with no counterpart here</source>
        <translation>{layer}：此處沒有對應的層類型</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="271"/>
        <source>{layer}: {reason}</source>
        <translation>{layer}：{reason}</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="275"/>
        <source>{layer}: a malformed setting ({error})</source>
        <translation>{layer}：設定格式錯誤（{error}）</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="281"/>
        <source>the input shape {shape} is not a (height, width, channels) image shape</source>
        <translation>輸入形狀 {shape} 不是 (高度, 寬度, 通道數) 形式的影像形狀</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="288"/>
        <source>{problems}; and {count:,} more</source>
        <translation>{problems}；以及另外 {count:,} 個問題</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="292"/>
        <source>{where} cannot be imported: {problems}</source>
        <translation>無法匯入 {where}：{problems}</translation>
    </message>
    <message>
        <location filename="../../designer/core/keras_import.py" line="302"/>
        <source>Imported from Keras.</source>
        <translation>從 Keras 匯入。</translation>
    </message>
    <message>
        <location filename="../../designer/core/layer_kind.py" line="120"/>
        <source>{kind} needs a feature map (channels x height x width) but gets a flat vector of {length}; move it before the Flatten</source>
        <extracomment>``(channels, height, width)`` for a feature map or ``(features,)`` for a vector; no batch axis. What a block adds to its branches: (the block&apos;s input, each branch&apos;s output, its params) -&gt; its output. The least and the most sub-stacks a block holds; ``None`` for plain layers.</extracomment>
        <translation>{kind} 需要特徵圖（通道 x 高度 x 寬度），但收到長度為 {length} 的扁平向量；請將它移到 Flatten 之前</translation>
    </message>
    <message>
        <location filename="../../designer/core/layer_kind.py" line="132"/>
        <source>{kind} needs a flat vector but gets a {shape} feature map; add a Flatten or a global pooling layer before it</source>
        <translation>{kind} 需要扁平向量，但收到 {shape} 的特徵圖；請在它之前加入 Flatten 或全域池化層</translation>
    </message>
    <message>
        <location filename="../../designer/core/layer_kind.py" line="135"/>
        <source>Insert a Flatten before it</source>
        <translation>在它之前插入 Flatten</translation>
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
        <translation>將{what}縮小為 {height}x{width}</translation>
    </message>
    <message>
        <location filename="../../designer/core/layer_kind.py" line="179"/>
        <source>a {window} {what} does not fit a {size} input with {padding}</source>
        <translation>{window} 的{what}放不進{padding} 的 {size} 輸入</translation>
    </message>
    <message>
        <location filename="../../designer/core/layer_kind.py" line="182"/>
        <source>a {window} {what} with dilation spans {span} and does not fit a {size} input with {padding}</source>
        <translation>{window} 的{what}經膨脹後涵蓋 {span}，放不進{padding} 的 {size} 輸入</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/activation.py" line="19"/>
        <source>Function applied to each output: relu, tanh, sigmoid, leaky_relu (slope 0.01), elu, gelu, silu, linear (none), or softmax across channels or features</source>
        <translation>套用到每個輸出的函數：relu、tanh、sigmoid、leaky_relu（斜率 0.01）、elu、gelu、silu、linear（無），或沿通道或特徵計算的 softmax</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/activation.py" line="32"/>
        <source>Applies a function to every value; shape unchanged, no parameters</source>
        <translation>對每個值套用函數；形狀不變，沒有參數</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/blocks.py" line="30"/>
        <source>the body turns a {shape} input into a {out} vector, so the input cannot be added to it; end the body before any Flatten or global pooling</source>
        <extracomment>Most branches a parallel block holds.</extracomment>
        <translation>主體將 {shape} 的輸入轉為 {out} 的向量，因此無法將輸入與其相加；請讓主體在任何 Flatten 或全域池化之前結束</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/blocks.py" line="41"/>
        <source>the body turns {size} maps into {out}, which no strided 1x1 projection of the input matches; a residual body may shrink its maps, not enlarge them</source>
        <translation>主體將 {size} 的特徵圖轉為 {out}，沒有任何帶步長的 1x1 輸入投影能與之相符；殘差主體可以縮小特徵圖，但不能放大</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/blocks.py" line="60"/>
        <source>the body turns {shape} into {out}, so its input cannot be added unchanged; turn projection on or keep the shape in the body</source>
        <translation>主體將 {shape} 轉為 {out}，因此無法直接加上其輸入；請開啟投影，或讓主體保持形狀不變</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/blocks.py" line="70"/>
        <source>A sub-stack whose output is added to its input (a skip connection), as in ResNet</source>
        <translation>輸出會與其輸入相加的子層堆疊（跳躍連接），如 ResNet</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/blocks.py" line="74"/>
        <source>Projection</source>
        <translation>投影</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/blocks.py" line="77"/>
        <source>When the body changes the shape, bring the input to it with a strided 1x1 convolution and BatchNorm; off: such a body is an error</source>
        <translation>主體改變形狀時，以帶步長的 1x1 卷積與 BatchNorm 將輸入轉成相同形狀；關閉時，這樣的主體會被視為錯誤</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/blocks.py" line="93"/>
        <source>adding needs branches of one shape, but they give {shapes}</source>
        <translation>相加需要各分支形狀相同，但它們輸出 {shapes}</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/blocks.py" line="99"/>
        <source>concatenating channels needs branches of one map size (or all vectors), but they give {shapes}</source>
        <translation>串接通道需要各分支的特徵圖尺寸相同（或全為向量），但它們輸出 {shapes}</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/blocks.py" line="110"/>
        <source>Branches side by side on the same input, merged by stacking channels or adding, as in Inception</source>
        <translation>在同一輸入上並列的多個分支，以堆疊通道或相加的方式合併，如 Inception</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/blocks.py" line="115"/>
        <source>Merge</source>
        <translation>合併方式</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/blocks.py" line="118"/>
        <source>concat stacks the branches&apos; channels (same map size); add sums them (same shape)</source>
        <translation>concat 堆疊各分支的通道（特徵圖尺寸須相同）；add 將它們相加（形狀須相同）</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="31"/>
        <source>Filters</source>
        <translation>濾波器數</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="35"/>
        <source>Number of output channels (kernels)</source>
        <translation>輸出通道數（卷積核數）</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="39"/>
        <source>Kernel size</source>
        <translation>卷積核大小</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="43"/>
        <source>Height and width of each kernel: one number or [height, width]</source>
        <translation>每個卷積核的高度與寬度：一個數字或 [高度, 寬度]</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="47"/>
        <location filename="../../designer/core/layers/convolution.py" line="248"/>
        <location filename="../../designer/core/layers/pooling.py" line="48"/>
        <source>Stride</source>
        <translation>步長</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="51"/>
        <source>Step between kernel positions</source>
        <translation>卷積核每次移動的距離</translation>
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
        <translation>&quot;valid&quot;：不填充；&quot;same&quot;：輸出 = 輸入 / 步長（無條件進位）；或指定每側填充的零數</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="61"/>
        <source>Dilation</source>
        <translation>膨脹</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="65"/>
        <source>Spacing between kernel taps</source>
        <translation>卷積核取樣點之間的間距</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="71"/>
        <location filename="../../designer/core/layers/convolution.py" line="176"/>
        <location filename="../../designer/core/layers/dense.py" line="52"/>
        <source>Use bias</source>
        <extracomment>What Conv2D and SeparableConv2D share: how many filters, and how the kernel slides.</extracomment>
        <translation>使用偏差</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="73"/>
        <source>Add a learned bias to each output channel</source>
        <translation>為每個輸出通道加上可學習的偏差</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="77"/>
        <source>Set groups to 1</source>
        <translation>將 groups 設為 1</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="78"/>
        <source>Set output_padding to 0</source>
        <translation>將 output_padding 設為 0</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="90"/>
        <source>kernel</source>
        <translation>卷積核</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="101"/>
        <source>groups ({groups}) must divide the {channels} input channels</source>
        <translation>groups（{groups}）必須能整除輸入通道數（{channels}）</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="108"/>
        <source>groups ({groups}) must divide the {filters} filters</source>
        <translation>groups（{groups}）必須能整除濾波器數（{filters}）</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="127"/>
        <source>Slides learned kernels over the input; each filter makes one output channel</source>
        <translation>讓學習到的卷積核在輸入上滑動；每個濾波器產生一個輸出通道</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="132"/>
        <source>Groups</source>
        <translation>分組數</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="136"/>
        <source>Split channels into groups convolved separately (must divide inputs and filters)</source>
        <translation>將通道分成數組，各自獨立卷積（須能整除輸入通道數與濾波器數）</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="163"/>
        <source>A per-channel (depthwise) convolution then a 1x1 one: far fewer weights</source>
        <translation>先做逐通道卷積（深度卷積），再做 1x1 卷積：權重少得多</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="168"/>
        <source>Depth multiplier</source>
        <translation>深度乘數</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="172"/>
        <source>Depthwise kernels per input channel</source>
        <translation>每個輸入通道的逐通道卷積核數</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="178"/>
        <source>Add a learned bias after the 1x1 convolution</source>
        <translation>在 1x1 卷積後加上可學習的偏差</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="201"/>
        <source>output_padding must be 0 with &quot;same&quot; padding, which makes the output the input size times the stride</source>
        <translation>使用 &quot;same&quot; 填充時 output_padding 必須為 0，因為此時輸出大小就是輸入大小乘以步長</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="213"/>
        <source>output_padding ({extra}) must be smaller than the stride ({stride}) or the dilation ({dilation})</source>
        <translation>output_padding（{extra}）必須小於步長（{stride}）或膨脹（{dilation}）</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="225"/>
        <source>padding {pad_height}x{pad_width} crops the {height}x{width} upsampled output to nothing</source>
        <translation>填充 {pad_height}x{pad_width} 會把 {height}x{width} 的上取樣輸出裁切到什麼都不剩</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="242"/>
        <source>Learned upsampling: spreads each input value over a kernel-sized patch</source>
        <translation>可學習的上取樣：將每個輸入值擴散到卷積核大小的區塊上</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="252"/>
        <source>Upsampling factor</source>
        <translation>上取樣倍率</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="259"/>
        <source>&quot;same&quot;: output = input x stride; &quot;valid&quot;: no cropping; or rows/columns cropped per side</source>
        <translation>&quot;same&quot;：輸出 = 輸入 x 步長；&quot;valid&quot;：不裁切；或指定每側裁切的列數/欄數</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="264"/>
        <source>Output padding</source>
        <translation>輸出填充</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/convolution.py" line="268"/>
        <source>Extra rows/columns added at the bottom/right (not with &quot;same&quot;)</source>
        <translation>在底部/右側額外加上的列/欄（不可與 &quot;same&quot; 併用）</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/dense.py" line="20"/>
        <source>Lays a C x H x W feature map out as one vector of C*H*W values</source>
        <translation>將 C x H x W 的特徵圖攤平成含 C*H*W 個值的單一向量</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/dense.py" line="40"/>
        <source>Fully connected: every output is a weighted sum of every input</source>
        <translation>全連接：每個輸出都是所有輸入的加權總和</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/dense.py" line="44"/>
        <source>Units</source>
        <translation>單元數</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/dense.py" line="48"/>
        <source>Number of outputs</source>
        <translation>輸出數量</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/dense.py" line="54"/>
        <source>Add a learned bias to each output</source>
        <translation>為每個輸出加上可學習的偏差</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/pooling.py" line="29"/>
        <source>pool</source>
        <translation>池化視窗</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/pooling.py" line="40"/>
        <source>Pool size</source>
        <translation>池化大小</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/pooling.py" line="54"/>
        <source>pool size</source>
        <translation>池化大小</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/pooling.py" line="55"/>
        <source>Step between windows; empty (null) means the pool size</source>
        <translation>視窗每次移動的距離；留空表示與池化大小相同</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/pooling.py" line="62"/>
        <source>&quot;valid&quot;: windows inside the input; &quot;same&quot;: output = ceil(input / stride)</source>
        <translation>&quot;valid&quot;：視窗完全位於輸入內；&quot;same&quot;：輸出 = 輸入 / 步長（無條件進位）</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/pooling.py" line="70"/>
        <source>Keeps the largest value of each window: downsamples, no parameters</source>
        <translation>保留每個視窗中的最大值：下取樣，沒有參數</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/pooling.py" line="71"/>
        <source>Height and width of the window to take the maximum of</source>
        <translation>要取最大值的視窗高度與寬度</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/pooling.py" line="78"/>
        <source>Averages each window: downsamples, no parameters</source>
        <translation>對每個視窗取平均：下取樣，沒有參數</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/pooling.py" line="79"/>
        <source>Height and width of the window to average</source>
        <translation>要取平均的視窗高度與寬度</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/pooling.py" line="92"/>
        <source>Averages each channel over the whole map into one value: C x H x W -&gt; C</source>
        <translation>將每個通道在整張特徵圖上平均成一個值：C x H x W -&gt; C</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/pooling.py" line="100"/>
        <source>Keeps each channel&apos;s largest value over the whole map: C x H x W -&gt; C</source>
        <translation>保留每個通道在整張特徵圖上的最大值：C x H x W -&gt; C</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/regularisation.py" line="19"/>
        <source>While training, zeroes a random fraction of values to fight overfitting</source>
        <translation>訓練時將隨機一部分的值設為零，以對抗過擬合</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/regularisation.py" line="23"/>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/regularisation.py" line="28"/>
        <source>Fraction of values dropped while training (0 to just under 1)</source>
        <translation>訓練時丟棄的值所佔比例（0 到略小於 1）</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/regularisation.py" line="48"/>
        <source>Normalises each channel over the batch; 2-D after convolutions, 1-D after Dense</source>
        <translation>在批次上對每個通道做正規化；接在卷積後為 2-D，接在 Dense 後為 1-D</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/regularisation.py" line="52"/>
        <location filename="../../designer/core/training.py" line="66"/>
        <source>Momentum</source>
        <translation>動量</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/regularisation.py" line="57"/>
        <source>Weight of each new batch in the running statistics (PyTorch convention: Keras&apos;s 0.99 is 0.01 here)</source>
        <translation>每個新批次在移動統計量中的權重（PyTorch 慣例：Keras 的 0.99 在此為 0.01）</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/regularisation.py" line="63"/>
        <source>Epsilon</source>
        <translation>ε（epsilon）</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/regularisation.py" line="67"/>
        <source>Small number added to the variance to avoid dividing by zero</source>
        <translation>加到變異數上以避免除以零的小數值</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/regularisation.py" line="71"/>
        <source>Affine</source>
        <translation>仿射</translation>
    </message>
    <message>
        <location filename="../../designer/core/layers/regularisation.py" line="73"/>
        <source>Learn a scale and a shift per channel</source>
        <translation>為每個通道學習縮放與平移參數</translation>
    </message>
    <message>
        <location filename="../../designer/core/metrics_files.py" line="48"/>
        <source>{folder} holds no {file}: metrics and plots come from the run folder that training wrote (cnn-designer train --out DIR), not from a model bundle alone</source>
        <translation>{folder} 中沒有 {file}：指標與圖表來自訓練時寫出的訓練資料夾（cnn-designer train --out DIR），無法僅從模型封裝檔取得</translation>
    </message>
    <message>
        <location filename="../../designer/core/metrics_files.py" line="56"/>
        <source>{path} is not readable JSON ({problem}); train the run again</source>
        <translation>{path} 不是可讀取的 JSON（{problem}）；請重新訓練</translation>
    </message>
    <message>
        <location filename="../../designer/core/metrics_files.py" line="61"/>
        <location filename="../../designer/core/runs.py" line="279"/>
        <source>must be a list of epochs</source>
        <translation>必須是輪次的清單</translation>
    </message>
    <message>
        <location filename="../../designer/core/params.py" line="98"/>
        <source>must be a whole number from {minimum} to {maximum}, got {value}</source>
        <extracomment>A parameter value as the program holds it. A parameter value as it appears in JSON.</extracomment>
        <translation>必須是 {minimum} 到 {maximum} 的整數，但收到 {value}</translation>
    </message>
    <message>
        <location filename="../../designer/core/params.py" line="120"/>
        <source>must be a number in [{minimum:g}, {maximum:g}], got {value}</source>
        <translation>必須是 [{minimum:g}, {maximum:g}] 範圍內的數字，但收到 {value}</translation>
    </message>
    <message>
        <location filename="../../designer/core/params.py" line="122"/>
        <source>must be a number in [{minimum:g}, {maximum:g}), got {value}</source>
        <translation>必須是 [{minimum:g}, {maximum:g}) 範圍內的數字，但收到 {value}</translation>
    </message>
    <message>
        <location filename="../../designer/core/params.py" line="132"/>
        <source>must be true or false, got {value}</source>
        <translation>必須是 true 或 false，但收到 {value}</translation>
    </message>
    <message>
        <location filename="../../designer/core/params.py" line="145"/>
        <source>must be one of {choices}; got {value}</source>
        <translation>必須是 {choices} 其中之一；收到的是 {value}</translation>
    </message>
    <message>
        <location filename="../../designer/core/params.py" line="163"/>
        <source>must be a text of 1 to {maximum} characters, got {value}</source>
        <translation>必須是 1 到 {maximum} 個字元的文字，但收到 {value}</translation>
    </message>
    <message>
        <location filename="../../designer/core/params.py" line="169"/>
        <source>must be {what}; got {value}</source>
        <translation>必須是 {what}；收到的是 {value}</translation>
    </message>
    <message>
        <location filename="../../designer/core/params.py" line="214"/>
        <source>must be a whole number from {minimum} to {maximum} or a [height, width] pair of them, or null for the {follows}, got {value}</source>
        <translation>必須是 {minimum} 到 {maximum} 的整數、由這類整數組成的 [高度, 寬度] 數對，或以 null 表示與{follows}相同，但收到 {value}</translation>
    </message>
    <message>
        <location filename="../../designer/core/params.py" line="224"/>
        <source>must be a whole number from {minimum} to {maximum} or a [height, width] pair of them, got {value}</source>
        <translation>必須是 {minimum} 到 {maximum} 的整數，或由這類整數組成的 [高度, 寬度] 數對，但收到 {value}</translation>
    </message>
    <message>
        <location filename="../../designer/core/params.py" line="252"/>
        <source>must be &quot;valid&quot;, &quot;same&quot;, a whole number from 0 to {maximum} or a [height, width] pair of them, got {value}</source>
        <translation>必須是 &quot;valid&quot;、&quot;same&quot;、0 到 {maximum} 的整數，或由這類整數組成的 [高度, 寬度] 數對，但收到 {value}</translation>
    </message>
    <message>
        <location filename="../../designer/core/params.py" line="256"/>
        <source>must be &quot;valid&quot; or &quot;same&quot;, got {value}</source>
        <translation>必須是 &quot;valid&quot; 或 &quot;same&quot;，但收到 {value}</translation>
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
        <translation>經典的 Keras CIFAR-10 範例：兩個區塊，各含兩個 3x3 ReLU 卷積、最大池化與丟棄，接著是一個 512 單元的全連接層。共 125 萬個參數，大多位於第一個全連接層。</translation>
    </message>
    <message>
        <location filename="../../designer/core/presets.py" line="23"/>
        <source>Mini Inception</source>
        <translation>迷你 Inception</translation>
    </message>
    <message>
        <location filename="../../designer/core/presets.py" line="25"/>
        <source>Inception modules (Szegedy et al., 2015) at CIFAR scale: each runs 1x1, 3x3 and 5x5 convolutions and a pooled branch side by side on one input, the cheap 1x1 convolutions first, and stacks their channels.</source>
        <translation>CIFAR 規模的 Inception 模組（塞格迪等人，2015）：每個模組在同一輸入上並列執行 1x1、3x3、5x5 卷積與一個池化分支，低成本的 1x1 卷積在前，最後堆疊它們的通道。</translation>
    </message>
    <message>
        <location filename="../../designer/core/presets.py" line="29"/>
        <source>LeNet-5</source>
        <translation>LeNet-5</translation>
    </message>
    <message>
        <location filename="../../designer/core/presets.py" line="31"/>
        <source>LeCun et al.&apos;s 1998 digit reader: two convolution + subsampling stages, then three fully connected layers, with tanh throughout. 32x32 grayscale input; 28x28 digits are padded by 2, as LeNet did.</source>
        <translation>楊立昆等人 1998 年的數字辨識網路：兩個「卷積 + 下取樣」階段，接著三個全連接層，全程使用 tanh。輸入為 32x32 灰階影像；28x28 的數字會如 LeNet 當年那樣在四周填充 2。</translation>
    </message>
    <message>
        <location filename="../../designer/core/presets.py" line="34"/>
        <source>Modern MNIST CNN</source>
        <translation>現代 MNIST CNN</translation>
    </message>
    <message>
        <location filename="../../designer/core/presets.py" line="36"/>
        <source>Conv-BatchNorm-ReLU blocks with max pooling and global average pooling: about as many weights as LeNet-5, but trains faster and reaches higher accuracy. 28x28 grayscale input.</source>
        <translation>以「卷積 + BatchNorm + ReLU」區塊搭配最大池化與全域平均池化：權重數量與 LeNet-5 相近，但訓練更快、準確率更高。輸入為 28x28 灰階影像。</translation>
    </message>
    <message>
        <location filename="../../designer/core/presets.py" line="39"/>
        <source>ResNet-20</source>
        <translation>ResNet-20</translation>
    </message>
    <message>
        <location filename="../../designer/core/presets.py" line="41"/>
        <source>He et al.&apos;s ResNet-20 for CIFAR-10 (2016): a 3x3 stem, then three stages of three residual blocks (two 3x3 convolutions with BatchNorm, the input added back) at 16, 32 and 64 channels, each stage after the first halving the maps, its first block&apos;s shortcut a strided 1x1 projection; then global average pooling. 0.27 million parameters.</source>
        <translation>何愷明等人為 CIFAR-10 設計的 ResNet-20（2016）：先是一個 3x3 的起始層，接著三個階段，各有三個殘差區塊（兩個搭配 BatchNorm 的 3x3 卷積，再加回輸入），通道數分別為 16、32、64；第一階段之後的每個階段都會將特徵圖減半，其第一個區塊的捷徑為帶步長的 1x1 投影；最後是全域平均池化。共 27 萬個參數。</translation>
    </message>
    <message>
        <location filename="../../designer/core/presets.py" line="46"/>
        <source>Small VGG</source>
        <translation>小型 VGG</translation>
    </message>
    <message>
        <location filename="../../designer/core/presets.py" line="48"/>
        <source>VGG-style CIFAR-10 network: three blocks of two 3x3 Conv-BatchNorm-ReLU layers (32, 64, 128 filters), each ending in max pooling, then a 128-unit dense layer with dropout. 32x32 RGB input.</source>
        <translation>VGG 風格的 CIFAR-10 網路：三個區塊，各含兩個 3x3「卷積 + BatchNorm + ReLU」層（濾波器數為 32、64、128），每個區塊以最大池化結尾；接著是帶丟棄的 128 單元全連接層。輸入為 32x32 RGB 影像。</translation>
    </message>
    <message>
        <location filename="../../designer/core/presets.py" line="69"/>
        <source>no such preset; the presets are {presets}</source>
        <translation>沒有這個預設網路；可用的預設網路有 {presets}</translation>
    </message>
    <message>
        <location filename="../../designer/core/presets.py" line="87"/>
        <source>no such file or preset; the presets are {presets}</source>
        <translation>沒有這個檔案或預設網路；可用的預設網路有 {presets}</translation>
    </message>
    <message>
        <location filename="../../designer/core/project.py" line="83"/>
        <source>is neither a cnn-designer project nor an architecture file</source>
        <translation>既不是 cnn-designer 專案，也不是架構檔案</translation>
    </message>
    <message>
        <location filename="../../designer/core/project.py" line="91"/>
        <source>must be a list of runs</source>
        <translation>必須是訓練紀錄的清單</translation>
    </message>
    <message>
        <location filename="../../designer/core/project.py" line="96"/>
        <source>&quot;{id}&quot; already names runs[{index}]</source>
        <translation>「{id}」已被 runs[{index}] 使用</translation>
    </message>
    <message>
        <location filename="../../designer/core/report.py" line="54"/>
        <source>{label}: {count:,} ({size})</source>
        <translation>{label}：{count:,}（{size}）</translation>
    </message>
    <message>
        <location filename="../../designer/core/report.py" line="61"/>
        <source>Layer (type)</source>
        <translation>層（類型）</translation>
    </message>
    <message>
        <location filename="../../designer/core/report.py" line="62"/>
        <location filename="../../designer/ui/summary_panel.py" line="30"/>
        <source>Output shape</source>
        <translation>輸出形狀</translation>
    </message>
    <message>
        <location filename="../../designer/core/report.py" line="63"/>
        <location filename="../../designer/ui/summary_panel.py" line="31"/>
        <source>Params</source>
        <translation>參數</translation>
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
        <translation>模型：「{name}」</translation>
    </message>
    <message>
        <location filename="../../designer/core/report.py" line="88"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../designer/core/report.py" line="97"/>
        <source>Total params</source>
        <translation>總參數</translation>
    </message>
    <message>
        <location filename="../../designer/core/report.py" line="98"/>
        <source>Trainable params</source>
        <translation>可訓練參數</translation>
    </message>
    <message>
        <location filename="../../designer/core/report.py" line="99"/>
        <source>Non-trainable params</source>
        <translation>不可訓練參數</translation>
    </message>
    <message>
        <location filename="../../designer/core/report.py" line="100"/>
        <source>MACs per sample: {count:,} ({short})</source>
        <translation>每個樣本的 MACs：{count:,}（{short}）</translation>
    </message>
    <message>
        <location filename="../../designer/core/report.py" line="103"/>
        <source>Activation memory per sample: {size} (float32, input included)</source>
        <translation>每個樣本的激活值記憶體：{size}（float32，含輸入）</translation>
    </message>
    <message>
        <location filename="../../designer/core/report.py" line="109"/>
        <source>Invalid: {count} layer(s) do not fit their input; &apos;?&apos; marks what is unknown</source>
        <translation>無效：有 {count} 層與其輸入的尺寸不相符；「?」表示未知</translation>
    </message>
    <message>
        <location filename="../../designer/core/runs.py" line="208"/>
        <source>must be a number, or null for one that is not finite; got {value}</source>
        <extracomment>How a run ended; the same words as the engine&apos;s ``FinishReason``. Where a run folder keeps its model: the bundle, else the best, else the last checkpoint.</extracomment>
        <translation>必須是數字（非有限值則用 null）；收到的是 {value}</translation>
    </message>
    <message>
        <location filename="../../designer/core/runs.py" line="229"/>
        <source>must be a text of {least} to {most} characters, got {value}</source>
        <translation>必須是 {least} 到 {most} 個字元的文字，但收到 {value}</translation>
    </message>
    <message>
        <location filename="../../designer/core/runs.py" line="242"/>
        <source>must be a whole number from 1, got {value}</source>
        <translation>必須是大於或等於 1 的整數，但收到 {value}</translation>
    </message>
    <message>
        <location filename="../../designer/core/runs.py" line="258"/>
        <source>must be a date and time with its UTC offset, such as 2025-03-01T14:05:09+01:00, got {value!r}</source>
        <translation>必須是含 UTC 時差的日期時間，例如 2025-03-01T14:05:09+01:00，但收到 {value!r}</translation>
    </message>
    <message>
        <location filename="../../designer/core/runs.py" line="272"/>
        <source>must be one of {reasons}; got {value}</source>
        <translation>必須是 {reasons} 其中之一；收到的是 {value}</translation>
    </message>
    <message>
        <location filename="../../designer/core/runs.py" line="301"/>
        <source>layer {layer} ({kind}) added</source>
        <extracomment>A layer of the compared run that the first run does not have.</extracomment>
        <translation>新增了層 {layer}（{kind}）</translation>
    </message>
    <message>
        <location filename="../../designer/core/runs.py" line="303"/>
        <source>layer {layer} removed</source>
        <extracomment>A layer of the first run that the compared run does not have.</extracomment>
        <translation>移除了層 {layer}</translation>
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
        <translation>層 {layer} 移到 {after} 之後</translation>
    </message>
    <message>
        <location filename="../../designer/core/runs.py" line="308"/>
        <source>layer {layer} moved to the start</source>
        <translation>層 {layer} 移到最前面</translation>
    </message>
    <message>
        <location filename="../../designer/core/runs.py" line="309"/>
        <source>input shape {old} -&gt; {new}</source>
        <translation>輸入形狀 {old} -&gt; {new}</translation>
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
        <translation>與 {reference} 相同</translation>
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
        <translation>{param} 不是搜尋可以變更的訓練設定</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="118"/>
        <source>there is no layer called {layer}</source>
        <translation>沒有名為 {layer} 的層</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="120"/>
        <source>{layer} is a block; search the layers inside it</source>
        <translation>{layer} 是區塊；請搜尋區塊內的層</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="138"/>
        <source>{key} cannot be searched</source>
        <translation>{key} 無法搜尋</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="141"/>
        <source>{key}: list from 1 to {most} different values</source>
        <translation>{key}：請列出 1 到 {most} 個不同的值</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="146"/>
        <source>{key}: {value} {problem}</source>
        <translation>{key}：{value} {problem}</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="151"/>
        <source>{key}: list the values to try</source>
        <translation>{key}：請列出要嘗試的值</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="153"/>
        <source>{key}: the range needs a low value below its high value</source>
        <translation>{key}：範圍的下限必須小於上限</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="156"/>
        <source>{key}: the range must be whole numbers</source>
        <translation>{key}：範圍必須是整數</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="158"/>
        <source>{key}: a log scale needs a range above 0</source>
        <translation>{key}：對數刻度的範圍必須大於 0</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="163"/>
        <source>{key}: {value:g} {problem}</source>
        <translation>{key}：{value:g} {problem}</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="172"/>
        <source>{key} is listed twice</source>
        <translation>{key} 列出了兩次</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="174"/>
        <source>the space has no knobs; mark at least one setting or layer parameter</source>
        <translation>搜尋空間沒有任何搜尋參數；請至少勾選一個設定或層參數</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="256"/>
        <source>must be a number</source>
        <extracomment>The parameter that sets a layer&apos;s width, for the kinds whose width a first search varies.</extracomment>
        <translation>必須是數字</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="262"/>
        <source>must be an object with a param and either choices or low and high</source>
        <translation>必須是含有 param，以及 choices 或 low 與 high 的物件</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="265"/>
        <source>is not a knob&apos;s key</source>
        <translation>不是搜尋參數可用的鍵</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="268"/>
        <source>must name a setting or a layer parameter</source>
        <translation>必須指明一個設定或層參數</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="270"/>
        <source>layer must be a name and log true or false</source>
        <translation>layer 必須是名稱，log 必須是 true 或 false</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="275"/>
        <source>must be a list of 1 to {most} values</source>
        <translation>必須是包含 1 到 {most} 個值的清單</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="278"/>
        <source>must hold numbers, texts or true/false</source>
        <translation>只能包含數字、文字或 true/false</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="280"/>
        <source>must hold finite numbers</source>
        <translation>只能包含有限的數字</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="293"/>
        <source>is not a search space (no &quot;format&quot;: &quot;{format}&quot;)</source>
        <translation>不是搜尋空間（沒有 &quot;format&quot;: &quot;{format}&quot;）</translation>
    </message>
    <message>
        <location filename="../../designer/core/search_space.py" line="299"/>
        <source>must be a list of at most {most} knobs</source>
        <translation>必須是最多包含 {most} 個搜尋參數的清單</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="35"/>
        <source>Dataset</source>
        <extracomment>``auto``, ``cpu``, ``mps``, ``cuda`` or ``cuda:N``.</extracomment>
        <translation>資料集</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="39"/>
        <source>A data set name (digits, shapes, mnist, fashion_mnist, cifar10, cifar100) or a folder of images with one subfolder per class</source>
        <translation>資料集名稱（digits、shapes、mnist、fashion_mnist、cifar10、cifar100），或每個類別一個子資料夾的影像資料夾</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="47"/>
        <location filename="../../designer/core/training.py" line="306"/>
        <source>Optimizer</source>
        <extracomment>The settings in the order and groups a form shows them (the data set is picked on its own), each group under a title the window translates.</extracomment>
        <translation>最佳化器</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="50"/>
        <source>sgd (with momentum), adam, adamw or rmsprop</source>
        <translation>sgd（含動量）、adam、adamw 或 rmsprop</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="56"/>
        <source>Learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="60"/>
        <source>Step size of the optimizer</source>
        <translation>最佳化器的步長</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="71"/>
        <source>Momentum of sgd and rmsprop</source>
        <translation>sgd 與 rmsprop 的動量</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="76"/>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="76"/>
        <source>Nesterov momentum (sgd)</source>
        <translation>Nesterov 動量（sgd）</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="82"/>
        <source>Weight decay</source>
        <translation>權重衰減</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="86"/>
        <source>L2 penalty on the weights</source>
        <translation>對權重的 L2 懲罰</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="92"/>
        <source>Lr decay</source>
        <translation>學習率衰減</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="96"/>
        <source>Keras-style decay: the rate is divided by (1 + lr_decay x steps taken)</source>
        <translation>Keras 式衰減：學習率除以 (1 + lr_decay x 已執行的步數)</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="102"/>
        <location filename="../../designer/core/training.py" line="307"/>
        <source>Schedule</source>
        <translation>學習率排程</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="106"/>
        <source>How the learning rate changes over the run: none, step (x step_gamma every step_epochs), cosine (down to 0) or one_cycle (up, then down)</source>
        <translation>學習率在訓練過程中的變化方式：none、step（每 step_epochs 輪乘以 step_gamma）、cosine（降至 0）或 one_cycle（先升後降）</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="114"/>
        <source>Step epochs</source>
        <translation>階梯間隔輪數</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="118"/>
        <source>Epochs between steps (step)</source>
        <translation>每次降階之間的輪數（step）</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="124"/>
        <source>Step gamma</source>
        <translation>階梯衰減係數</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="128"/>
        <source>Factor applied to the rate at each step (step)</source>
        <translation>每次降階時乘上學習率的係數（step）</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="134"/>
        <source>Batch size</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="138"/>
        <source>Images per step</source>
        <translation>每一步的影像數</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="144"/>
        <location filename="../../designer/ui/runs_table.py" line="102"/>
        <source>Epochs</source>
        <translation>輪數</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="148"/>
        <source>Passes over the training set</source>
        <translation>完整走訪訓練集的次數</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="154"/>
        <source>Label smoothing</source>
        <translation>標籤平滑</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="159"/>
        <source>Share of the target spread over all classes</source>
        <translation>目標值分散到所有類別的比例</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="165"/>
        <source>Validation</source>
        <translation>驗證</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="168"/>
        <source>Validate on a held-out part of the training set (split) or on the test set</source>
        <translation>在訓練集中保留的一部分（split）或測試集上驗證</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="174"/>
        <source>Validation fraction</source>
        <translation>驗證集比例</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="178"/>
        <source>Share of the training set held out for validation (split)</source>
        <translation>從訓練集保留作驗證的比例（split）</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="184"/>
        <source>Augment crop</source>
        <translation>裁切增強</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="188"/>
        <source>Random crop after padding by this many pixels (0: off)</source>
        <translation>先填充這麼多像素再隨機裁切（0：關閉）</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="194"/>
        <source>Augment flip</source>
        <translation>翻轉增強</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="196"/>
        <source>Random horizontal flips (not for digits or text)</source>
        <translation>隨機水平翻轉（不適用於數字或文字）</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="202"/>
        <source>Augment affine</source>
        <translation>仿射增強</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="204"/>
        <source>Random small rotation (up to 10 degrees), scaling (0.9 to 1.1) and shift</source>
        <translation>隨機小幅旋轉（最多 10 度）、縮放（0.9 至 1.1）與平移</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="210"/>
        <source>Mixup</source>
        <translation>Mixup</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="214"/>
        <source>Mixup strength alpha: blend pairs of images and their labels (0: off)</source>
        <translation>Mixup 強度 alpha：將成對的影像及其標籤混合（0：關閉）</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="220"/>
        <source>Seed</source>
        <translation>隨機種子</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="224"/>
        <source>Seed for reproducible runs</source>
        <translation>讓訓練結果可重現的隨機種子</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="230"/>
        <source>Device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="233"/>
        <source>auto (the best available), cpu, cuda, cuda:N or mps</source>
        <translation>auto（最佳可用裝置）、cpu、cuda、cuda:N 或 mps</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="239"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="242"/>
        <source>fp32, or bf16 mixed precision; auto picks bf16 where the hardware runs it natively</source>
        <translation>fp32，或 bf16 混合精度；auto 會在硬體原生支援 bf16 時選用它</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="248"/>
        <source>Memory format</source>
        <translation>記憶體格式</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="252"/>
        <source>How images are laid out in memory; auto times a few steps of each and keeps the faster</source>
        <translation>影像在記憶體中的排列方式；auto 會對每種方式計時幾個步驟，並保留較快者</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="259"/>
        <source>Early stopping</source>
        <translation>提前停止</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="263"/>
        <source>Stop after this many epochs without a better validation accuracy (0: off)</source>
        <translation>驗證準確率連續這麼多輪沒有提升時停止（0：關閉）</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="269"/>
        <source>Checkpoints</source>
        <translation>檢查點</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="273"/>
        <source>Keep the best (by validation accuracy) and the last epoch&apos;s weights, the last only, or none</source>
        <translation>保留最佳（依驗證準確率）與最後一輪的權重、只保留最後一輪，或都不保留</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="280"/>
        <source>Layer health</source>
        <translation>層健康狀態</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="282"/>
        <source>Measure gradient norms, update ratios and dead ReLUs per layer each epoch</source>
        <translation>每輪測量各層的梯度範數、更新比例與死亡 ReLU</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="292"/>
        <source>no training setting named {name}</source>
        <translation>沒有名為 {name} 的訓練設定</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="308"/>
        <location filename="../../designer/ui/runs_table.py" line="99"/>
        <source>Run</source>
        <extracomment>The colour of each way a run can end: green for a run that ended as it should.</extracomment>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="309"/>
        <source>Augmentation</source>
        <translation>資料增強</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="310"/>
        <source>Hardware</source>
        <translation>硬體</translation>
    </message>
    <message>
        <location filename="../../designer/core/training.py" line="311"/>
        <source>Records</source>
        <translation>紀錄</translation>
    </message>
    <message>
        <location filename="../../designer/engine/builder.py" line="45"/>
        <source>cannot build the block: {problem}</source>
        <translation>無法建立區塊：{problem}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/builder.py" line="71"/>
        <source>cannot build the network: {problem}</source>
        <translation>無法建立網路：{problem}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/bundle.py" line="70"/>
        <source>class {index}</source>
        <extracomment>The bundle a run folder holds. Members larger than this are refused before reading (a zip bomb is not a model). Final metrics, e.g. ``test_accuracy``, ``test_loss``, ``epochs``.</extracomment>
        <translation>類別 {index}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/bundle.py" line="88"/>
        <source>the weights do not fit the architecture: {detail}</source>
        <translation>權重與架構不相符：{detail}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/bundle.py" line="94"/>
        <source>the checkpoint&apos;s architecture</source>
        <translation>檢查點中的架構</translation>
    </message>
    <message>
        <location filename="../../designer/engine/bundle.py" line="126"/>
        <source>{path}: the bundle has no {name}; it is not a cnn-designer bundle</source>
        <translation>{path}：模型包中沒有 {name}；這不是 cnn-designer 模型包</translation>
    </message>
    <message>
        <location filename="../../designer/engine/bundle.py" line="131"/>
        <source>{path}: {name} is implausibly large</source>
        <translation>{path}：{name} 大得不合理</translation>
    </message>
    <message>
        <location filename="../../designer/engine/bundle.py" line="137"/>
        <source>{path}: the manifest&apos;s {what} is not a list</source>
        <translation>{path}：描述檔中的 {what} 不是清單</translation>
    </message>
    <message>
        <location filename="../../designer/engine/bundle.py" line="160"/>
        <source>{path}: no such bundle</source>
        <translation>{path}：沒有這個模型包</translation>
    </message>
    <message>
        <location filename="../../designer/engine/bundle.py" line="166"/>
        <source>{path}: not a bundle, or a truncated one (not a readable zip archive)</source>
        <translation>{path}：不是模型包，或模型包不完整（不是可讀取的 ZIP 壓縮檔）</translation>
    </message>
    <message>
        <location filename="../../designer/engine/bundle.py" line="171"/>
        <source>{path}: the manifest is not JSON</source>
        <translation>{path}：描述檔不是 JSON</translation>
    </message>
    <message>
        <location filename="../../designer/engine/bundle.py" line="173"/>
        <source>{path}: not a cnn-designer bundle</source>
        <translation>{path}：不是 cnn-designer 模型包</translation>
    </message>
    <message>
        <location filename="../../designer/engine/bundle.py" line="178"/>
        <source>{path}: bundle format version {version} is newer than this cnn-designer reads ({readable}); update cnn-designer to open it</source>
        <translation>{path}：模型包格式版本 {version} 比這個 cnn-designer 能讀取的版本（{readable}）新；請更新 cnn-designer 後再開啟</translation>
    </message>
    <message>
        <location filename="../../designer/engine/bundle.py" line="186"/>
        <source>{path}: the manifest&apos;s architecture cannot be built: {problem}</source>
        <translation>{path}：無法建立描述檔中的架構：{problem}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/bundle.py" line="196"/>
        <source>{path}: the manifest&apos;s class names or normalisation do not fit the input</source>
        <translation>{path}：描述檔中的類別名稱或正規化參數與輸入不相符</translation>
    </message>
    <message>
        <location filename="../../designer/engine/bundle.py" line="203"/>
        <source>{path}: the manifest&apos;s normalisation is not finite numbers with a positive std</source>
        <translation>{path}：描述檔中的正規化參數不是標準差為正的有限數值</translation>
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
        <translation>{path}：無法建立檢查點中的架構：{problem}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/bundle.py" line="262"/>
        <source>{path} holds no model: no {files}</source>
        <translation>{path} 中沒有模型：找不到 {files}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/checkpoint.py" line="75"/>
        <source>{path}: no such checkpoint</source>
        <extracomment>The layout the run trained in (&quot;nchw&quot; or &quot;channels_last&quot;), kept so a resumed run matches exactly.</extracomment>
        <translation>{path}：沒有這個檢查點</translation>
    </message>
    <message>
        <location filename="../../designer/engine/checkpoint.py" line="78"/>
        <source>{path}: not a usable checkpoint ({kind})</source>
        <translation>{path}：不是可用的檢查點（{kind}）</translation>
    </message>
    <message>
        <location filename="../../designer/engine/checkpoint.py" line="81"/>
        <source>{path}: not a cnn-designer checkpoint</source>
        <translation>{path}：不是 cnn-designer 檢查點</translation>
    </message>
    <message>
        <location filename="../../designer/engine/checkpoint.py" line="84"/>
        <source>{path}: checkpoint version {version} is not supported here</source>
        <translation>{path}：此處不支援檢查點版本 {version}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/checkpoint.py" line="91"/>
        <source>{path}: the checkpoint is incomplete (it has no {field})</source>
        <translation>{path}：檢查點不完整（缺少 {field}）</translation>
    </message>
    <message>
        <location filename="../../designer/engine/checkpoint.py" line="98"/>
        <source>{path}: the checkpoint is damaged: {problem}; train the run again</source>
        <translation>{path}：檢查點已損毀：{problem}；請重新訓練</translation>
    </message>
    <message>
        <location filename="../../designer/engine/checkpoint.py" line="128"/>
        <source>its history holds something other than epochs&apos; metrics</source>
        <translation>其歷程中含有各輪指標以外的內容</translation>
    </message>
    <message>
        <location filename="../../designer/engine/checkpoint.py" line="130"/>
        <source>its history has an epoch without a whole number or with metrics that are not numbers</source>
        <translation>其歷程中有某一輪的輪次不是整數，或指標不是數字</translation>
    </message>
    <message>
        <location filename="../../designer/engine/checkpoint.py" line="141"/>
        <source>its epoch counts or best accuracy are not numbers</source>
        <translation>其輪數或最佳準確率不是數字</translation>
    </message>
    <message>
        <location filename="../../designer/engine/checkpoint.py" line="143"/>
        <source>its model weights are not named tensors</source>
        <translation>其模型權重不是具名張量</translation>
    </message>
    <message>
        <location filename="../../designer/engine/checkpoint.py" line="145"/>
        <source>its optimizer, schedule or settings are not named values</source>
        <translation>其最佳化器、學習率排程或設定不是具名的值</translation>
    </message>
    <message>
        <location filename="../../designer/engine/checkpoint.py" line="147"/>
        <source>its history is not a list of epochs</source>
        <translation>其歷程不是各輪的清單</translation>
    </message>
    <message>
        <location filename="../../designer/engine/checkpoint.py" line="153"/>
        <source>its architecture is not text or its memory format is unknown</source>
        <translation>其架構不是文字，或其記憶體格式未知</translation>
    </message>
    <message>
        <location filename="../../designer/engine/checkpoint.py" line="156"/>
        <source>its class names are not a list of texts</source>
        <translation>其類別名稱不是文字清單</translation>
    </message>
    <message>
        <location filename="../../designer/engine/checkpoint.py" line="158"/>
        <source>its normalisation is not two lists of one number per channel</source>
        <translation>其正規化參數不是兩個每通道各一個數字的清單</translation>
    </message>
    <message>
        <location filename="../../designer/engine/checkpoint.py" line="160"/>
        <source>its normalisation is not finite numbers with a positive std</source>
        <translation>其正規化參數不是標準差為正的有限數值</translation>
    </message>
    <message>
        <location filename="../../designer/engine/dataset_preview.py" line="121"/>
        <source>The class &apos;{name}&apos; has no training images, so the model cannot learn it.</source>
        <extracomment>Samples in a preview: a 5x5 grid. A largest-to-smallest class ratio from which the preview warns. uint8 ``(N, C, H, W)``, N = 25 unless the training set is smaller. Training images per class. Largest class count over smallest; ``inf`` when a class has no training images. One sentence when the classes are badly unbalanced, else empty.</extracomment>
        <translation>類別「{name}」沒有訓練影像，因此模型無法學會它。</translation>
    </message>
    <message>
        <location filename="../../designer/engine/dataset_preview.py" line="128"/>
        <source>The classes are unbalanced: &apos;{big}&apos; has {times} times as many training images as &apos;{small}&apos;; accuracy will flatter the bigger classes.</source>
        <translation>類別不平衡：「{big}」的訓練影像數是「{small}」的 {times} 倍；準確率會偏向影像較多的類別而顯得偏高。</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/catalogue.py" line="44"/>
        <source>Digits (built-in)</source>
        <translation>數字（內建）</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/catalogue.py" line="49"/>
        <source>Handwritten-style digits drawn by cnn-designer: 60,000 training and 10,000 test images, offline</source>
        <translation>由 cnn-designer 繪製的手寫風格數字：60,000 張訓練影像與 10,000 張測試影像，可離線使用</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/catalogue.py" line="55"/>
        <source>Shapes (built-in)</source>
        <translation>形狀（內建）</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/catalogue.py" line="60"/>
        <source>Ten kinds of coloured shapes on cluttered backgrounds: 50,000 training and 10,000 test images, offline</source>
        <translation>雜亂背景上的十種彩色形狀：50,000 張訓練影像與 10,000 張測試影像，可離線使用</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/catalogue.py" line="72"/>
        <source>{train:,} training and {test:,} test images through torchvision (a {size} MB download)</source>
        <translation>透過 torchvision 取得 {train:,} 張訓練影像與 {test:,} 張測試影像（需下載 {size} MB）</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/catalogue.py" line="89"/>
        <source>the {what} limit must be at least 1, got {limit}</source>
        <extracomment>Image folders whose decoded images would take more memory than this stream from disk.</extracomment>
        <translation>{what}影像數的上限必須至少為 1，目前為 {limit}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/catalogue.py" line="113"/>
        <source>images stream as grayscale or RGB, but the model expects {wanted} channels</source>
        <translation>串流讀取的影像只能是灰階或 RGB，但模型需要 {wanted} 個通道</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/catalogue.py" line="119"/>
        <source>{count:,} images stream from disk in batches: decoded they would take {size:.1f} GB, more than is held in memory.</source>
        <translation>{count:,} 張影像會分批從磁碟串流讀取：解碼後將佔用 {size:.1f} GB，超出記憶體可容納的量。</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/catalogue.py" line="143"/>
        <source>training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/catalogue.py" line="143"/>
        <source>test</source>
        <translation>測試</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/catalogue.py" line="158"/>
        <source>there is no data set called {name!r}; pick one of {names} or give a folder of images with one subfolder per class</source>
        <translation>沒有名為 {name!r} 的資料集；請從 {names} 中選擇一個，或提供每個類別一個子資料夾的影像資料夾</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/fitting.py" line="37"/>
        <source>The images have {channels} channels but the model expects {expected}; only grayscale (1) and RGB (3) convert into each other. Pick a data set or input shape with matching channels.</source>
        <extracomment>ITU-R 601 luma weights, as Pillow&apos;s grayscale conversion uses. Images smaller than the target by at most this share of the target&apos;s side are padded, not resized. Float elements per processing chunk (64 MiB), so large sets need no full-size float copy.</extracomment>
        <translation>影像有 {channels} 個通道，但模型需要 {expected} 個；只有灰階（1）與 RGB（3）可以互相轉換。請選擇通道數相符的資料集或輸入形狀。</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/fitting.py" line="61"/>
        <source>{line}.</source>
        <translation>{line}。</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/fitting.py" line="98"/>
        <source>RGB images converted to grayscale</source>
        <translation>RGB 影像已轉為灰階</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/fitting.py" line="100"/>
        <source>Grayscale images repeated to 3 channels</source>
        <translation>灰階影像已複製為 3 個通道</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/fitting.py" line="101"/>
        <source>grayscale images repeated to 3 channels</source>
        <translation>灰階影像已複製為 3 個通道</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/fitting.py" line="102"/>
        <source>grayscale</source>
        <translation>灰階</translation>
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
        <translation>已縮放為 {size}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/fitting.py" line="108"/>
        <source>padded by {padding} on each side to {size}</source>
        <translation>已在每邊填充 {padding} 像素至 {size}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/fitting.py" line="110"/>
        <source>padded with black to {size}</source>
        <translation>已以黑色填充至 {size}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/fitting.py" line="112"/>
        <source>converted to grayscale</source>
        <translation>轉為灰階</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/fitting.py" line="113"/>
        <source>repeated to 3 channels</source>
        <translation>複製為 3 個通道</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/fitting.py" line="116"/>
        <source>{height}x{width} {kind} images {change}</source>
        <translation>{height}x{width} 的{kind}影像{change}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/fitting.py" line="119"/>
        <source>{height}x{width} {kind} images {change} and {channel_change}</source>
        <translation>{height}x{width} 的{kind}影像{change}，並{channel_change}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/generated.py" line="65"/>
        <location filename="../../designer/engine/datasets/generated.py" line="74"/>
        <source>Generating {name}</source>
        <extracomment>Draws one uint8 ``(C, H, W)`` image per label, taking all its randomness from the generator. Images drawn per call: bounds the memory used while drawing and paces the progress reports. The draws share one generator, so changing this changes the images (and needs new versions).</extracomment>
        <translation>正在產生 {name}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/generated.py" line="135"/>
        <source>The {name} images could not be cached and will be drawn again next time: {error}</source>
        <translation>無法快取 {name} 影像，下次將重新繪製：{error}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/image_folder.py" line="74"/>
        <source>None of the training images of class &apos;{name}&apos; in {folder} could be read; replace them with images in a common format (PNG, JPEG).</source>
        <extracomment>An image file and its class index. Larger images are not decoded (Pillow&apos;s threshold for a decompression bomb): a small file could otherwise take gigabytes on every decoding thread at once.</extracomment>
        <translation>{folder} 中類別「{name}」的訓練影像全都無法讀取；請換成常見格式（PNG、JPEG）的影像。</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/image_folder.py" line="82"/>
        <source>Skipped 1 unreadable image: {example}.</source>
        <translation>已略過 1 張無法讀取的影像：{example}。</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/image_folder.py" line="84"/>
        <source>Skipped {count} unreadable images, e.g. {example}.</source>
        <translation>已略過 {count} 張無法讀取的影像，例如 {example}。</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/image_folder.py" line="110"/>
        <source>The image folder {folder} does not exist; pick a folder with one subfolder of images per class.</source>
        <translation>影像資料夾 {folder} 不存在；請選擇每個類別各有一個影像子資料夾的資料夾。</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/image_folder.py" line="120"/>
        <location filename="../../designer/engine/datasets/image_folder.py" line="121"/>
        <location filename="../../designer/engine/datasets/image_folder.py" line="231"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/image_folder.py" line="124"/>
        <source>The train and test folders in {folder} hold different classes (only in train: {only_train}; only in test: {only_test}); give both the same class folders.</source>
        <translation>{folder} 中的 train 與 test 資料夾所含的類別不同（只在 train 中：{only_train}；只在 test 中：{only_test}）；請讓兩者有相同的類別資料夾。</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/image_folder.py" line="219"/>
        <source>The class folder {folder} holds no images ({extensions}); add some or remove the folder.</source>
        <translation>類別資料夾 {folder} 中沒有影像（{extensions}）；請加入一些影像或移除此資料夾。</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/image_folder.py" line="225"/>
        <source>{folder} needs at least two class folders of images, such as {cats} and {dogs}; it has {count}.</source>
        <translation>{folder} 至少需要兩個影像類別資料夾，例如 {cats} 與 {dogs}；目前的數量：{count}。</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/image_folder.py" line="308"/>
        <source>Reading images ({done:,} of {total:,})</source>
        <translation>正在讀取影像（{done:,} / {total:,}）</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="128"/>
        <source>{title} is not in {folder}; switch on downloading or put the files in {location}.</source>
        <extracomment>Where torchvision keeps the files, relative to the data folder. The torchvision class whose metadata names the files, mirrors and checksums.</extracomment>
        <translation>{folder} 中沒有 {title}；請開啟下載，或將檔案放到 {location}。</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="149"/>
        <source>Unknown data set {name!r}; choose one of {names}.</source>
        <translation>未知的資料集 {name!r}；請從 {names} 中選擇一個。</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="187"/>
        <source>Unpacking {title}</source>
        <translation>正在解壓縮 {title}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="196"/>
        <source>{title}, file {number} of {count}</source>
        <translation>{title}，第 {number} / {count} 個檔案</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="208"/>
        <source>{title} is not in {folder} and could not be downloaded ({reason}). Put the files in {location} or pick another data set.</source>
        <translation>{folder} 中沒有 {title}，且無法下載（{reason}）。請將檔案放到 {location}，或選擇其他資料集。</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="214"/>
        <source>Could not save {title} in {folder}: {error}.</source>
        <translation>無法將 {title} 儲存到 {folder}：{error}。</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="242"/>
        <source>the download from {url} was corrupt</source>
        <translation>從 {url} 下載的檔案已損毀</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="260"/>
        <source>Downloading {label} ({done:.1f} of {total:.1f} MB)</source>
        <translation>正在下載 {label}（{done:.1f} / {total:.1f} MB）</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="267"/>
        <source>Downloading {label} ({done:.1f} MB)</source>
        <translation>正在下載 {label}（{done:.1f} MB）</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="273"/>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="285"/>
        <source>the connection broke off</source>
        <translation>連線中斷</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="278"/>
        <source>the server answered {code} {reason}</source>
        <translation>伺服器回應 {code} {reason}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="281"/>
        <source>secure connection failed: {reason}</source>
        <translation>安全連線失敗：{reason}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="282"/>
        <source>no network</source>
        <translation>沒有網路連線</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="284"/>
        <source>the connection timed out</source>
        <translation>連線逾時</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="293"/>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="295"/>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="435"/>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="469"/>
        <source>Reading {title}</source>
        <translation>正在讀取 {title}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="301"/>
        <source>holds {size} images, not 28x28</source>
        <translation>包含 {size} 的影像，而非 28x28</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="306"/>
        <source>holds {labels} labels for {images} images</source>
        <translation>含有 {labels} 個標籤，但影像有 {images} 張</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="321"/>
        <source>cannot be read ({error})</source>
        <translation>無法讀取（{error}）</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="325"/>
        <source>is not an IDX file of {dims}-dimensional unsigned bytes</source>
        <translation>不是 {dims} 維無號位元組的 IDX 檔案</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="332"/>
        <source>has {size} bytes where its header promises {promised}</source>
        <translation>大小為 {size} 位元組，但檔頭標示應為 {promised}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="406"/>
        <source>{path} is not a {title} file: it asks to run {code}, which a data file never needs, so it was not loaded. Delete it and get the data set again.</source>
        <extracomment>The only globals a CIFAR batch refers to: numpy&apos;s array reconstruction (under numpy 1 and 2 names).</extracomment>
        <translation>{path} 不是 {title} 檔案：它要求執行 {code}，而資料檔案從不需要這麼做，因此未載入。請刪除它並重新取得資料集。</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="411"/>
        <source>cannot be unpickled ({kind}: {error})</source>
        <translation>無法反序列化（{kind}: {error}）</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="417"/>
        <source>holds a {kind} instead of a dictionary</source>
        <translation>包含的是 {kind} 而不是字典</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="447"/>
        <source>has no &apos;data&apos; array of uint8 rows of 3072 pixel values</source>
        <translation>沒有由 uint8 列組成、每列 3072 個像素值的 &apos;data&apos; 陣列</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="454"/>
        <source>has no list of whole numbers under {key!r}</source>
        <translation>{key!r} 底下沒有整數清單</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="461"/>
        <source>holds {images} images but {labels} labels</source>
        <translation>有 {images} 張影像，卻有 {labels} 個標籤</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="495"/>
        <source>does not list {count} class names</source>
        <translation>未列出 {count} 個類別名稱</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="502"/>
        <source>has labels outside 0 to {last}</source>
        <translation>含有 0 到 {last} 範圍以外的標籤</translation>
    </message>
    <message>
        <location filename="../../designer/engine/datasets/torchvision_sets.py" line="509"/>
        <source>{path} is not a valid {title} file: it {problem}. Delete it and get the data set again.</source>
        <translation>{path} 不是有效的 {title} 檔案：{problem}。請刪除它並重新取得資料集。</translation>
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
        <translation>此處無法使用裝置 {name}；請從 auto, {present} 中選擇一個</translation>
    </message>
    <message>
        <location filename="../../designer/engine/export.py" line="45"/>
        <source>ONNX export needs the onnx package; install it with: pip install &apos;cnn-designer[onnx]&apos;</source>
        <extracomment>The ONNX operator set written: 17 has every operator these networks need and wide runtime support.</extracomment>
        <translation>匯出 ONNX 需要 onnx 套件；請用以下指令安裝：pip install &apos;cnn-designer[onnx]&apos;</translation>
    </message>
    <message>
        <location filename="../../designer/engine/export.py" line="96"/>
        <source>no export format {name!r}; choose one of {names}</source>
        <translation>沒有匯出格式 {name!r}；請從 {names} 中選擇一個</translation>
    </message>
    <message>
        <location filename="../../designer/engine/inspect_data.py" line="94"/>
        <source>{name} has no test images to inspect</source>
        <extracomment>Training images decoded to measure the normalisation of a streamed set.</extracomment>
        <translation>{name} 沒有可檢查的測試影像</translation>
    </message>
    <message>
        <location filename="../../designer/engine/inspect_data.py" line="138"/>
        <source>{path} has more than {limit:,} pixels, too many to open; pick a smaller image</source>
        <translation>{path} 超過 {limit:,} 個像素，太大而無法開啟；請選擇較小的影像</translation>
    </message>
    <message>
        <location filename="../../designer/engine/inspect_data.py" line="146"/>
        <source>{path} could not be read as an image ({reason}); pick another file</source>
        <translation>無法將 {path} 讀取為影像（{reason}）；請選擇其他檔案</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tensor_file.py" line="74"/>
        <source>the entry for {name!r} is malformed</source>
        <extracomment>A header larger than this is not one we wrote (safetensors itself allows 100 MB). Torch refuses shapes whose strides overflow 64 bits, even for a tensor with no elements. The header key the safetensors layout keeps for text metadata.</extracomment>
        <translation>{name!r} 的項目格式錯誤</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tensor_file.py" line="79"/>
        <source>{name!r} has an unknown dtype {dtype!r}</source>
        <translation>{name!r} 的資料型別 {dtype!r} 未知</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tensor_file.py" line="85"/>
        <source>{name!r} has a malformed shape</source>
        <translation>{name!r} 的形狀格式錯誤</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tensor_file.py" line="90"/>
        <source>{name!r} has a shape too large for any tensor</source>
        <translation>{name!r} 的形狀太大，任何張量都無法容納</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tensor_file.py" line="92"/>
        <source>{name!r} has malformed offsets</source>
        <translation>{name!r} 的偏移量格式錯誤</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tensor_file.py" line="100"/>
        <source>{name!r} does not fit the file (truncated or corrupt)</source>
        <translation>{name!r} 與檔案不相符（檔案已截斷或損毀）</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tensor_file.py" line="108"/>
        <source>the tensor file is truncated</source>
        <translation>張量檔案已截斷</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tensor_file.py" line="111"/>
        <source>the tensor file&apos;s header is truncated or not a tensor file at all</source>
        <translation>張量檔案的檔頭已截斷，或根本不是張量檔案</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tensor_file.py" line="116"/>
        <source>the tensor file&apos;s header is not JSON; it is not a tensor file</source>
        <translation>張量檔案的檔頭不是 JSON；這不是張量檔案</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tensor_file.py" line="119"/>
        <source>the tensor file&apos;s header is not a JSON object</source>
        <translation>張量檔案的檔頭不是 JSON 物件</translation>
    </message>
    <message>
        <location filename="../../designer/engine/train_script.py" line="243"/>
        <source>the model was trained on {name}, which is not here; a training script needs its images</source>
        <extracomment>Engine functions the script carries, in an order where each comes after what it calls. Module constants those functions read.</extracomment>
        <translation>模型是以 {name} 訓練的，但此處沒有該資料集；訓練程式需要它的影像</translation>
    </message>
    <message>
        <location filename="../../designer/engine/trainer.py" line="62"/>
        <source>the loss became {value}; lower the learning rate (e.g. {rate:.2g}) or add BatchNorm, then try again</source>
        <extracomment>In a process group, how many batches pass between the processes&apos; joint decisions to stop. Seconds between progress reports by default (each one reads the running metrics from the device).</extracomment>
        <translation>損失變成了 {value}；請降低學習率（例如 {rate:.2g}）或加入 BatchNorm，然後再試一次</translation>
    </message>
    <message>
        <location filename="../../designer/engine/trainer.py" line="155"/>
        <source>the checkpoint does not fit this run ({kind}); start the run afresh</source>
        <extracomment>The torchrun process group this trainer is one of; None when training alone. Seconds between :class:`WeightsShared` events; None sends none. What the training steps call: the model, or DDP around it (which starts every process from the first one&apos;s weights and averages the gradients). This session&apos;s epoch snapshots (a resumed run&apos;s earlier ones stay in its folder).</extracomment>
        <translation>檢查點與此次訓練不相符（{kind}）；請重新開始訓練</translation>
    </message>
    <message>
        <location filename="../../designer/engine/trainer.py" line="213"/>
        <source>stopped while testing</source>
        <translation>在測試時停止</translation>
    </message>
    <message>
        <location filename="../../designer/engine/trainer.py" line="224"/>
        <source>cannot write the run folder: {error}</source>
        <translation>無法寫入訓練資料夾：{error}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/trainer.py" line="235"/>
        <source>no better validation accuracy for {epochs} epochs</source>
        <translation>驗證準確率已連續 {epochs} 輪沒有提升</translation>
    </message>
    <message>
        <location filename="../../designer/engine/trainer.py" line="274"/>
        <source>stopped during epoch {epoch}</source>
        <translation>在第 {epoch} 輪中停止</translation>
    </message>
    <message>
        <location filename="../../designer/engine/trainer.py" line="337"/>
        <source>stopped while validating epoch {epoch}</source>
        <translation>在驗證第 {epoch} 輪時停止</translation>
    </message>
    <message>
        <location filename="../../designer/engine/training_data.py" line="66"/>
        <source>{name} is read from disk as it trains, which several processes cannot share yet; train it in one process</source>
        <extracomment>Evaluation needs no gradients, so it takes larger batches. Images decoded to measure the normalisation of a streamed data set. A test image (uint8 ``(C, H, W)``) and its label: the sample a run&apos;s snapshots follow.</extracomment>
        <translation>{name} 會在訓練時從磁碟讀取，目前還無法由多個行程共用；請在單一行程中訓練</translation>
    </message>
    <message>
        <location filename="../../designer/engine/training_data.py" line="77"/>
        <source>{name} has too few images to train ({train} for training, {validation} for validation, {test} for testing)</source>
        <translation>{name} 的影像太少，無法訓練（訓練 {train} 張、驗證 {validation} 張、測試 {test} 張）</translation>
    </message>
    <message>
        <location filename="../../designer/engine/training_data.py" line="109"/>
        <source>{name} has too few images to train</source>
        <translation>{name} 的影像太少，無法訓練</translation>
    </message>
    <message>
        <location filename="../../designer/engine/training_data.py" line="161"/>
        <source>The image {path} vanished during training; put it back, or train again to leave it out.</source>
        <translation>影像 {path} 在訓練期間消失了；請把它放回去，或重新訓練以將它排除。</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tuning.py" line="128"/>
        <source>cannot open the study storage {url}: {reason}</source>
        <extracomment>Seconds a SQLite writer waits for another process&apos;s lock before giving up. Tries at opening a storage that other processes may be creating at the same moment. Complete trials the median pruner waits for before it prunes (small, since studies here are small). Study user attributes: what the study searches, so a resume can check it is the same search. Trial user attributes: why it was pruned or failed, and its run folder.</extracomment>
        <translation>無法開啟研究儲存區 {url}：{reason}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tuning.py" line="182"/>
        <source>the search space does not fit the design: {problems}</source>
        <translation>搜尋空間與設計不相符：{problems}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tuning.py" line="195"/>
        <source>search space</source>
        <translation>搜尋空間</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tuning.py" line="196"/>
        <source>design</source>
        <translation>設計</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tuning.py" line="205"/>
        <source>the study {name} in {url} searches a different {what}; search the same one again, or give a new study name</source>
        <translation>{url} 中的研究 {name} 搜尋的是不同的{what}；請改回原本的內容再搜尋，或指定新的研究名稱</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tuning.py" line="211"/>
        <source>cannot open the study {name}: {reason}</source>
        <translation>無法開啟研究 {name}：{reason}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tuning.py" line="366"/>
        <source>the study was stopped</source>
        <translation>研究已停止</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tuning.py" line="368"/>
        <source>{count} trials finished</source>
        <translation>已完成 {count} 個試驗</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tuning.py" line="372"/>
        <source>the time budget of {seconds:g} s ran out</source>
        <translation>{seconds:g} 秒的時間預算已用完</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tuning.py" line="385"/>
        <source>the study&apos;s storage failed: {reason}</source>
        <translation>研究的儲存區發生錯誤：{reason}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tuning.py" line="437"/>
        <source>the design does not fit</source>
        <translation>設計中有層的尺寸不相符</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tuning.py" line="462"/>
        <source>pruned after epoch {epoch}: validation accuracy {accuracy:.4f}</source>
        <translation>第 {epoch} 輪後被剪枝：驗證準確率 {accuracy:.4f}</translation>
    </message>
    <message>
        <location filename="../../designer/engine/tuning.py" line="472"/>
        <source>diverged: {message}</source>
        <translation>已發散：{message}</translation>
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
        <translation>梯度範數</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="50"/>
        <source>update ratio</source>
        <translation>更新比例</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="51"/>
        <source>dead fraction</source>
        <translation>死亡比例</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="56"/>
        <source>{layer}: the {what} is {value}, not a number (the run diverged); lower the learning rate</source>
        <translation>{layer}：{what}為 {value}，不是有效數字（訓練已發散）；請降低學習率</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="61"/>
        <source>{layer}: updates are {percent} of the weights each step (exploding); lower the learning rate</source>
        <translation>{layer}：每一步的更新量達權重的 {percent}（爆炸）；請降低學習率</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="69"/>
        <source>{layer}: gradients vanish (norm {norm}); try BatchNorm, ReLU or a higher learning rate</source>
        <translation>{layer}：梯度消失（範數 {norm}）；請嘗試 BatchNorm、ReLU 或提高學習率</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="73"/>
        <source>{layer}: {percent} of its ReLU units never fired this epoch (dead); try a lower learning rate or LeakyReLU</source>
        <translation>{layer}：本輪有 {percent} 的 ReLU 單元從未激活（死亡）；請嘗試降低學習率或改用 LeakyReLU</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="73"/>
        <source>dilated kernel {d}*({k} - 1) + 1 = {span}</source>
        <translation>膨脹後的卷積核 {d}*({k} - 1) + 1 = {span}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="80"/>
        <source>  = {before} top + {after} bottom</source>
        <translation>  = 上方 {before} + 下方 {after}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="80"/>
        <source>  = {before} left + {after} right</source>
        <translation>  = 左側 {before} + 右側 {after}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="82"/>
        <source>padding {total} = {pads}</source>
        <translation>填充 {total} = {pads}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="376"/>
        <source>Input</source>
        <translation>輸入</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="100"/>
        <source>Started</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="101"/>
        <source>Data set</source>
        <translation>資料集</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="103"/>
        <source>Duration</source>
        <translation>耗時</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="104"/>
        <source>Best val. acc.</source>
        <translation>最佳驗證準確率</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="105"/>
        <source>Test acc.</source>
        <translation>測試準確率</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="106"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../designer/ui/summary_panel.py" line="28"/>
        <source>Layer</source>
        <translation>層</translation>
    </message>
    <message>
        <location filename="../../designer/ui/summary_panel.py" line="29"/>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../designer/engine/playground.py" line="20"/>
        <source>identity</source>
        <extracomment>Kernels to start from, as the classic image-processing examples; the names are phrases the window shows translated.</extracomment>
        <translation>恆等</translation>
    </message>
    <message>
        <location filename="../../designer/engine/playground.py" line="21"/>
        <source>edge</source>
        <translation>邊緣偵測</translation>
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
        <translation>銳利化</translation>
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
        <translation>請寫成清單（16, 32, 64）或範圍（0.0001 .. 0.1 log）</translation>
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
        <translation>包入殘差區塊(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/block_commands.py" line="24"/>
        <source>Put the selected layers (shift-click for several) in a residual block</source>
        <translation>將選取的層放入殘差區塊（按住 Shift 點選可選取多個）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/block_commands.py" line="26"/>
        <source>Un&amp;wrap Block</source>
        <translation>解除區塊(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/block_commands.py" line="28"/>
        <source>&amp;Open Block</source>
        <translation>開啟區塊(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/block_commands.py" line="30"/>
        <source>Edit the layers inside the selected block</source>
        <translation>編輯所選區塊內的層</translation>
    </message>
    <message>
        <location filename="../../designer/ui/block_commands.py" line="31"/>
        <source>&amp;Close Block</source>
        <translation>關閉區塊(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/block_commands.py" line="32"/>
        <source>Go back to the stack the block sits in</source>
        <translation>返回區塊所在的層堆疊</translation>
    </message>
    <message>
        <location filename="../../designer/ui/block_commands.py" line="33"/>
        <source>Move Out of Block</source>
        <translation>移出區塊</translation>
    </message>
    <message>
        <location filename="../../designer/ui/block_commands.py" line="34"/>
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
        <location filename="../../designer/ui/convolution_playground.py" line="80"/>
        <source>Flip the kernel (true convolution)</source>
        <translation>翻轉卷積核（真正的卷積）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/convolution_playground.py" line="92"/>
        <location filename="../../designer/ui/convolution_playground.py" line="102"/>
        <source>Kernel</source>
        <translation>卷積核</translation>
    </message>
    <message>
        <location filename="../../designer/ui/convolution_playground.py" line="101"/>
        <source>Image</source>
        <translation>影像</translation>
    </message>
    <message>
        <location filename="../../designer/ui/convolution_playground.py" line="103"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../designer/ui/convolution_playground.py" line="177"/>
        <source>True convolution: the kernel is flipped left-right and upside-down before it slides over the image, as in mathematics and signal processing.</source>
        <translation>真正的卷積：卷積核在影像上滑動之前，會先左右翻轉並上下翻轉，與數學和訊號處理中的定義相同。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/convolution_playground.py" line="182"/>
        <source>Cross-correlation: the kernel slides over the image as it is. This is what a Conv2D layer computes; since it learns its kernels, the flip would make no difference to it.</source>
        <translation>互相關：卷積核不經翻轉，直接在影像上滑動。這正是 Conv2D 層所計算的；由於它的卷積核是學習而來，翻轉與否對它並無差別。</translation>
    </message>
</context>
<context>
    <name>DatasetPanel</name>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="210"/>
        <source>Image folder...</source>
        <translation>影像資料夾...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="211"/>
        <source>Your own images: a folder with one subfolder per class</source>
        <translation>你自己的影像：每個類別一個子資料夾</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="216"/>
        <source>Where the data set&apos;s files are, or are downloaded to</source>
        <translation>資料集檔案所在或下載到的位置</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="218"/>
        <source>Browse...</source>
        <translation>瀏覽...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="220"/>
        <source>Download if missing</source>
        <translation>缺少時自動下載</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="234"/>
        <source>Click for other random versions</source>
        <translation>點一下以產生其他隨機版本</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="240"/>
        <location filename="../../designer/ui/dataset_panel.py" line="351"/>
        <source>Data folder</source>
        <translation>資料存放位置</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="243"/>
        <source>Training images per class</source>
        <translation>每個類別的訓練影像數</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="244"/>
        <source>Augmentation</source>
        <translation>資料增強</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="330"/>
        <source>Your images in {path}, one subfolder per class</source>
        <translation>你在 {path} 中的影像，每個類別一個子資料夾</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="343"/>
        <source>Folder of images, one subfolder per class</source>
        <translation>影像資料夾，每個類別一個子資料夾</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="378"/>
        <source>Loading {name}...</source>
        <translation>正在載入 {name}...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="454"/>
        <source>{classes} classes · {train} training images · {test} test images</source>
        <translation>{classes} 個類別 · {train} 張訓練影像 · {test} 張測試影像</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="462"/>
        <source>Samples as the network sees them ({channels}×{height}×{width})</source>
        <translation>網路所看到的樣本（{channels}×{height}×{width}）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="495"/>
        <source>Random versions of the framed sample, as training sees it. Click them for others, or a sample above to pick it.</source>
        <translation>框選樣本的隨機版本，也就是訓練時看到的樣子。點一下可產生其他版本，或點選上方的樣本來選取它。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="499"/>
        <source>No augmentation is on: training sees every image as it is.</source>
        <translation>未啟用資料增強：訓練時看到的是每張影像的原貌。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="502"/>
        <source>Mixup (alpha {alpha}) is not shown: it blends pairs of images and their labels.</source>
        <translation>未顯示 Mixup（alpha {alpha}）：它會將成對的影像及其標籤混合。</translation>
    </message>
</context>
<context>
    <name>DiagramView</name>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="101"/>
        <source>input</source>
        <extracomment>A block: 1 for a residual block (drawn with a skip connection), its branch count for a parallel one.</extracomment>
        <translation>輸入</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="149"/>
        <source>Network diagram</source>
        <translation>網路圖</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="197"/>
        <source>conv {kernel}</source>
        <translation>卷積 {kernel}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="198"/>
        <source>sep. conv {kernel}</source>
        <translation>可分離卷積 {kernel}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="199"/>
        <source>up-conv {kernel}</source>
        <translation>轉置卷積 {kernel}</translation>
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
        <translation>殘差，{count} 層</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="211"/>
        <source>concat</source>
        <translation>串接</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="211"/>
        <source>add</source>
        <translation>相加</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="212"/>
        <source>{count} branches, {merge}</source>
        <translation>{count} 個分支，{merge}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="215"/>
        <source>global avg pool</source>
        <translation>全域平均池化</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="216"/>
        <source>global max pool</source>
        <translation>全域最大池化</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="217"/>
        <source>flatten</source>
        <translation>展平</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="218"/>
        <source>dense</source>
        <translation>全連接</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="219"/>
        <source>BN</source>
        <translation>BN</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="220"/>
        <source>dropout {rate:g}</source>
        <translation>Dropout {rate:g}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="226"/>
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
        <location filename="../../designer/ui/inspect_worker.py" line="176"/>
        <source>{count} epoch snapshot(s) in {folder} could not be read and are left out.</source>
        <extracomment>The newest sample request&apos;s number, set from the GUI thread. Set from the GUI thread when the view closes: loading and evaluating stop early.</extracomment>
        <translation>{folder} 中有 {count} 個輪次快照無法讀取，已略過。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/inspect_worker.py" line="188"/>
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
        <location filename="../../designer/ui/layer_card_delegate.py" line="56"/>
        <source>what the layer before the block gives it</source>
        <extracomment>Clickable fix areas per model row, as painted last. Per row: the card last worded, its words, and its height per view width. An edit rewords only the cards whose layer or figures changed.</extracomment>
        <translation>區塊前一層傳給它的內容</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="58"/>
        <source>Block input</source>
        <translation>區塊輸入</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="63"/>
        <source>grayscale image</source>
        <translation>灰階影像</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="63"/>
        <source>RGB image</source>
        <translation>RGB 影像</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="64"/>
        <source>{channels}-channel image</source>
        <translation>{channels} 通道影像</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="66"/>
        <source>Input</source>
        <translation>輸入</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="71"/>
        <source>{count} params</source>
        <translation>{count} 個參數</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="75"/>
        <source>Fix: {action}</source>
        <translation>修正：{action}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="79"/>
        <source>? (an earlier layer does not fit)</source>
        <translation>?（前面有一層的尺寸不相符）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_card_delegate.py" line="213"/>
        <source>Layer name</source>
        <translation>層名稱</translation>
    </message>
</context>
<context>
    <name>LayerHealthView</name>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="126"/>
        <source>Layer</source>
        <translation>層</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="127"/>
        <source>Gradient</source>
        <translation>梯度</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="127"/>
        <source>Size (norm) of the layer&apos;s gradient on the epoch&apos;s last batch</source>
        <translation>該層在本輪最後一個批次上的梯度大小（範數）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="129"/>
        <source>Update</source>
        <translation>更新量</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="130"/>
        <source>Size of the last optimizer step relative to the weights; about 0.001 is healthy</source>
        <translation>最近一次最佳化器更新相對於權重的大小；約 0.001 為健康</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="133"/>
        <source>Dead ReLU</source>
        <translation>死亡 ReLU</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="134"/>
        <source>Share of the layer&apos;s ReLU units that never fired on the last batch</source>
        <translation>該層的 ReLU 單元中，在最後一個批次從未激活的比例</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="136"/>
        <source>Trend</source>
        <translation>趨勢</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="136"/>
        <source>Gradient norm over the last epochs (log scale)</source>
        <translation>最近幾輪的梯度範數（對數刻度）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="161"/>
        <source>Layer health appears after the first epoch.</source>
        <translation>層健康狀態會在第一輪結束後顯示。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="195"/>
        <source>After epoch {epoch}: {count} problem(s); hover a tinted row to see why</source>
        <translation>第 {epoch} 輪後：{count} 個問題；將滑鼠停在標色的列上可查看原因</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="198"/>
        <source>After epoch {epoch}: every layer looks healthy</source>
        <translation>第 {epoch} 輪後：每一層看起來都很健康</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="204"/>
        <source>Gradient norm, epochs {first}-{last}: {start} to {end}</source>
        <translation>梯度範數，第 {first}-{last} 輪：{start} 至 {end}</translation>
    </message>
</context>
<context>
    <name>LayerListModel</name>
    <message>
        <location filename="../../designer/ui/layer_list_model.py" line="79"/>
        <source>Block input</source>
        <translation>區塊輸入</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_list_model.py" line="79"/>
        <source>Input</source>
        <translation>輸入</translation>
    </message>
</context>
<context>
    <name>LayerPalette</name>
    <message>
        <location filename="../../designer/ui/palette.py" line="101"/>
        <source>Layer palette</source>
        <translation>層工具箱</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../designer/ui/main_window.py" line="73"/>
        <source>Network</source>
        <translation>網路</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="77"/>
        <source>Diagram</source>
        <translation>網路圖</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="83"/>
        <location filename="../../designer/ui/main_window.py" line="286"/>
        <source>Train</source>
        <extracomment>The Train view is built the first time it is shown: it loads plotting and, later, torch. The design docks the Train view hid, to show again on leaving it.</extracomment>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="87"/>
        <location filename="../../designer/ui/main_window.py" line="298"/>
        <source>Inspect</source>
        <extracomment>The Inspect view, also built on first use.</extracomment>
        <translation>檢查</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="91"/>
        <location filename="../../designer/ui/main_window.py" line="310"/>
        <source>Tune</source>
        <extracomment>The Tune view (hyperparameter studies), also built on first use.</extracomment>
        <translation>調校</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="95"/>
        <source>Layers</source>
        <translation>層</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="98"/>
        <source>Properties</source>
        <translation>屬性</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="101"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="135"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="136"/>
        <source>&amp;New</source>
        <translation>新增(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="137"/>
        <source>&amp;Open...</source>
        <translation>開啟(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="138"/>
        <source>Open &amp;Recent</source>
        <translation>開啟最近使用的檔案(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="141"/>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="142"/>
        <source>Save &amp;As...</source>
        <translation>另存新檔(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="144"/>
        <source>&amp;Import Architecture JSON...</source>
        <translation>匯入架構 JSON(&amp;I)...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="145"/>
        <source>Import &amp;Keras Model JSON...</source>
        <translation>匯入 Keras 模型 JSON(&amp;K)...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="146"/>
        <source>&amp;Export Architecture JSON...</source>
        <translation>匯出架構 JSON(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="147"/>
        <source>Export &amp;Diagram...</source>
        <translation>匯出網路圖(&amp;D)...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="148"/>
        <source>Export &amp;Trained Model...</source>
        <translation>匯出訓練好的模型(&amp;T)...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="150"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="152"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="153"/>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="154"/>
        <source>&amp;Redo</source>
        <translation>取消復原(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="157"/>
        <source>Re&amp;name</source>
        <translation>重新命名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="159"/>
        <source>&amp;Duplicate</source>
        <translation>建立副本(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="161"/>
        <source>De&amp;lete</source>
        <translation>刪除(&amp;L)</translation>
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
        <translation>層(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="185"/>
        <source>&amp;Presets</source>
        <translation>預設網路(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="196"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="200"/>
        <source>Show &amp;Network</source>
        <translation>顯示網路(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="201"/>
        <source>Show &amp;Diagram</source>
        <translation>顯示網路圖(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="202"/>
        <source>Show &amp;Train</source>
        <translation>顯示訓練(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="203"/>
        <source>Show &amp;Inspect</source>
        <translation>顯示檢查(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="204"/>
        <source>Show T&amp;une</source>
        <translation>顯示調校(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="208"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="209"/>
        <source>&amp;About cnn-designer</source>
        <translation>關於 cnn-designer(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="218"/>
        <source>No recent files</source>
        <translation>沒有最近使用的檔案</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="226"/>
        <source>&amp;Undo {what}</source>
        <translation>復原{what}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="229"/>
        <source>&amp;Redo {what}</source>
        <translation>取消復原{what}(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="233"/>
        <source>{params} parameters  ·  {macs} MACs</source>
        <translation>{params} 個參數  ·  {macs} MACs</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="237"/>
        <source>{count} layer(s) do not fit  ·  </source>
        <translation>{count} 層的尺寸不相符  ·  </translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="352"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="353"/>
        <source>The new language shows when cnn-designer starts again. Restart it now?</source>
        <translation>新語言將在 cnn-designer 重新啟動後生效。要現在重新啟動嗎？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="361"/>
        <source>The new language shows when cnn-designer starts again.</source>
        <translation>新語言將在 cnn-designer 重新啟動後生效。</translation>
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
        <translation>新網路</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="424"/>
        <source>Open preset {name}</source>
        <translation>開啟預設網路 {name}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="428"/>
        <source>Export diagram</source>
        <translation>匯出網路圖</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="428"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 影像 (*.png);;SVG 向量圖 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="442"/>
        <source>Cannot export the diagram</source>
        <translation>無法匯出網路圖</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="449"/>
        <source>Exported the model to {path}</source>
        <translation>已將模型匯出至 {path}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="452"/>
        <source> (and {files} beside it)</source>
        <translation>（以及同一位置的 {files}）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="456"/>
        <source>Cannot export the model</source>
        <translation>無法匯出模型</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="461"/>
        <source>About cnn-designer</source>
        <translation>關於 cnn-designer</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="463"/>
        <source>cnn-designer {version}
Design, train, inspect and export convolutional networks.</source>
        <translation>cnn-designer {version}
設計、訓練、檢查並匯出卷積神經網路。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="488"/>
        <source>A run is in progress</source>
        <translation>訓練正在進行中</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="489"/>
        <source>Stop the run and close? It keeps what it has learned so far.</source>
        <translation>要停止訓練並關閉嗎？目前已學到的內容會保留下來。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="492"/>
        <source>A study is in progress</source>
        <translation>研究正在進行中</translation>
    </message>
    <message>
        <location filename="../../designer/ui/main_window.py" line="493"/>
        <source>Stop the study and close? Its finished trials stay in its file.</source>
        <translation>要停止研究並關閉嗎？已完成的試驗會保留在其檔案中。</translation>
    </message>
</context>
<context>
    <name>ModelExport</name>
    <message>
        <location filename="../../designer/ui/model_export.py" line="71"/>
        <location filename="../../designer/ui/model_export.py" line="79"/>
        <source>Export Trained Model</source>
        <translation>匯出訓練好的模型</translation>
    </message>
    <message>
        <location filename="../../designer/ui/model_export.py" line="72"/>
        <source>There is no trained model to export yet: train the design first (Train tab).</source>
        <translation>目前還沒有訓練好的模型可匯出：請先訓練這個設計（「訓練」分頁）。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/model_export.py" line="79"/>
        <source>Which run&apos;s model?</source>
        <translation>要匯出哪一次訓練的模型？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/model_export.py" line="87"/>
        <source>Export {run}</source>
        <translation>匯出 {run}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/model_export.py" line="99"/>
        <source>{run}: {reason}</source>
        <translation>{run}：{reason}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/model_export.py" line="100"/>
        <source>{run}: test accuracy {accuracy:.2%}</source>
        <translation>{run}：測試準確率 {accuracy:.2%}</translation>
    </message>
</context>
<context>
    <name>NetworkEditor</name>
    <message>
        <location filename="../../designer/ui/network_editor.py" line="45"/>
        <source>Network layers</source>
        <extracomment>A block&apos;s card was double-clicked: its index in the stack shown.</extracomment>
        <translation>網路層</translation>
    </message>
    <message>
        <location filename="../../designer/ui/network_editor.py" line="112"/>
        <source>Fix: {action}</source>
        <translation>修正：{action}</translation>
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
        <translation>自訂</translation>
    </message>
</context>
<context>
    <name>PreviewWorker</name>
    <message>
        <location filename="../../designer/ui/dataset_panel.py" line="125"/>
        <source>Loading {name} failed unexpectedly ({kind}: {error}).</source>
        <extracomment>Seconds between the progress reports that cross to the GUI thread. How long destroying the panel waits for a load to notice that it was cancelled. Loader threads still busy when their panel went away; deleting a running QThread aborts the process. Left out of comparisons: it matters only when the files are missing, and then a retry is forced.</extracomment>
        <translation>載入 {name} 時發生未預期的錯誤（{kind}: {error}）。</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <location filename="../../designer/ui/project_files.py" line="68"/>
        <source>cnn-designer projects (*.cnnd);;Architecture JSON (*.json);;All files (*)</source>
        <extracomment>The project&apos;s training runs, oldest first; saved with the design.</extracomment>
        <translation>cnn-designer 專案 (*.cnnd);;架構 JSON (*.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="102"/>
        <source>Cannot open the file</source>
        <translation>無法開啟檔案</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="108"/>
        <source>Open {name}</source>
        <translation>開啟 {name}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="116"/>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="126"/>
        <source>Import architecture JSON</source>
        <translation>匯入架構 JSON</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="128"/>
        <location filename="../../designer/ui/project_files.py" line="199"/>
        <source>Architecture JSON (*.json)</source>
        <translation>架構 JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="138"/>
        <source>Import Keras model</source>
        <translation>匯入 Keras 模型</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="138"/>
        <source>Keras model JSON (*.json)</source>
        <translation>Keras 模型 JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="149"/>
        <source>Cannot import the Keras model</source>
        <translation>無法匯入 Keras 模型</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="151"/>
        <source>Import {name}</source>
        <translation>匯入 {name}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="167"/>
        <source>Cannot save the project</source>
        <translation>無法儲存專案</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="182"/>
        <source>Save project as</source>
        <translation>專案另存新檔</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="197"/>
        <source>Export architecture JSON</source>
        <translation>匯出架構 JSON</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="206"/>
        <source>Cannot export the architecture</source>
        <translation>無法匯出架構</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="215"/>
        <source>Unsaved changes</source>
        <translation>未儲存的變更</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="216"/>
        <source>The design has changes that are not saved. Save them first?</source>
        <translation>設計有尚未儲存的變更。要先儲存嗎？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="218"/>
        <source>The runs trained since the last save are not saved. Save them first?</source>
        <translation>上次儲存後完成的訓練尚未儲存。要先儲存嗎？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="252"/>
        <source>Restore unsaved work?</source>
        <translation>要還原未儲存的工作嗎？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="254"/>
        <source>cnn-designer did not close normally last time. Restore the design it saved automatically?</source>
        <translation>cnn-designer 上次未正常關閉。要還原自動儲存的設計嗎？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="264"/>
        <source>Cannot restore the design</source>
        <translation>無法還原設計</translation>
    </message>
    <message>
        <location filename="../../designer/ui/project_files.py" line="266"/>
        <source>Restore unsaved work</source>
        <translation>還原未儲存的工作</translation>
    </message>
</context>
<context>
    <name>PropertyEditor</name>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="150"/>
        <source>The layer&apos;s name in the model and the exported code</source>
        <extracomment>The panel moved to another layer on its own: the index (or None for the input) after the shown layer moved or was deleted.</extracomment>
        <translation>此層在模型與匯出程式碼中的名稱</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="154"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="159"/>
        <source>Output size</source>
        <translation>輸出尺寸</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="162"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="164"/>
        <source>Width</source>
        <translation>寬度</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="168"/>
        <source>Multiply-accumulate operations for one image</source>
        <translation>處理一張影像所需的乘積累加運算次數</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="177"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="180"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="181"/>
        <source>Output</source>
        <translation>輸出</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="182"/>
        <source>Parameters</source>
        <translation>參數</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="183"/>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="252"/>
        <source>Block input</source>
        <translation>區塊輸入</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="253"/>
        <source>What the block receives: the output of the layer before it</source>
        <translation>區塊接收的內容：其前一層的輸出</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="259"/>
        <source>Input</source>
        <translation>輸入</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="260"/>
        <source>The images the network reads</source>
        <translation>網路讀取的影像</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="315"/>
        <source>unknown: an earlier layer has an error</source>
        <translation>未知：前面有一層發生錯誤</translation>
    </message>
    <message>
        <location filename="../../designer/ui/property_editor.py" line="319"/>
        <source>{trainable} + {frozen} non-trainable</source>
        <translation>{trainable} + {frozen} 個不可訓練</translation>
    </message>
</context>
<context>
    <name>RunEstimate</name>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="82"/>
        <location filename="../../designer/ui/run_estimate.py" line="112"/>
        <source>not measured yet</source>
        <extracomment>A shown estimate measures by itself once the design and settings have been still this long.</extracomment>
        <translation>尚未測量</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="86"/>
        <source>Measure speed</source>
        <translation>測量速度</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="88"/>
        <source>Time a few training steps on random data on the chosen device</source>
        <translation>在所選裝置上用隨機資料計時幾個訓練步驟</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="92"/>
        <source>Parameters</source>
        <translation>參數</translation>
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
        <translation>每輪</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="118"/>
        <source>{forward} for a batch of {batch} (training keeps about twice that)</source>
        <translation>批次大小為 {batch} 時佔 {forward}（訓練時約需兩倍）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="136"/>
        <source>about {time} ({batches:,} batches of {images:,} images)</source>
        <translation>約 {time}（{batches:,} 個批次，每批次 {images:,} 張影像）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="155"/>
        <source>measuring...</source>
        <translation>測量中...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="176"/>
        <source>{ms:.0f} ms ({rate:,.0f} images/s)</source>
        <translation>{ms:.0f} ms（每秒 {rate:,.0f} 張影像）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/run_estimate.py" line="185"/>
        <source>could not measure: {reason}</source>
        <translation>無法測量：{reason}</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="150"/>
        <source>Epochs done / epochs set</source>
        <translation>已完成輪數 / 設定輪數</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="151"/>
        <source>Time spent training, not counting validation and testing</source>
        <translation>訓練所花的時間，不含驗證與測試</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="152"/>
        <source>Best validation accuracy of any epoch</source>
        <translation>所有輪次中最佳的驗證準確率</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="153"/>
        <source>Accuracy on the test set, measured once training ended</source>
        <translation>訓練結束後在測試集上測得的準確率</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="160"/>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="161"/>
        <source>stopped early</source>
        <translation>提前停止</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="162"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="163"/>
        <source>diverged</source>
        <translation>已發散</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="164"/>
        <source>failed</source>
        <translation>失敗</translation>
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
        <translation>{hours} 小時 {minutes:02d} 分</translation>
    </message>
</context>
<context>
    <name>RunsTable</name>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="258"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="265"/>
        <source>No training runs yet.
Every run you train is kept here, so you can compare them.</source>
        <translation>尚無訓練紀錄。
你的每次訓練都會保留在這裡，方便互相比較。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="273"/>
        <source>Select a run to see how it went, or several to compare them.</source>
        <translation>選取一次訓練以查看結果，或選取多次訓練加以比較。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="322"/>
        <source>Delete runs</source>
        <translation>刪除訓練紀錄</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="323"/>
        <source>Delete {runs} from the project&apos;s run history?</source>
        <translation>要從專案的訓練紀錄中刪除 {runs} 嗎？</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="349"/>
        <source>Export metrics</source>
        <translation>匯出指標</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="351"/>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV 檔案 (*.csv);;JSON 檔案 (*.json)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="361"/>
        <source>Could not save</source>
        <translation>無法儲存</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="366"/>
        <source>{run}: {reason} after {epochs} of {planned} epochs on {dataset}, in {duration}.</source>
        <translation>{run}：在 {dataset} 上訓練 {epochs}/{planned} 輪後{reason}，耗時 {duration}。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="377"/>
        <source>Best validation accuracy {best}; not tested.</source>
        <translation>最佳驗證準確率 {best}；未測試。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="380"/>
        <source>Best validation accuracy {best}, test accuracy {test}.</source>
        <translation>最佳驗證準確率 {best}，測試準確率 {test}。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="392"/>
        <source>Same design and training settings as {run}.</source>
        <translation>設計與訓練設定皆與 {run} 相同。</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="393"/>
        <source>Compared with {run}:</source>
        <translation>與 {run} 相比：</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="396"/>
        <source>{run}:</source>
        <translation>{run}：</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="420"/>
        <source>Delete run</source>
        <translation>刪除訓練紀錄</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="422"/>
        <source>Delete {count} runs</source>
        <translation>刪除 {count} 筆訓練紀錄</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="425"/>
        <source>Open run folder</source>
        <translation>開啟訓練資料夾</translation>
    </message>
    <message>
        <location filename="../../designer/ui/runs_table.py" line="428"/>
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
        <location filename="../../designer/ui/search_space_table.py" line="126"/>
        <source>Search</source>
        <extracomment>The user wrote the values: they stay when the design changes. The user added the row: it stays when the design no longer suggests it.</extracomment>
        <translation>搜尋</translation>
    </message>
    <message>
        <location filename="../../designer/ui/search_space_table.py" line="126"/>
        <source>Values</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../designer/ui/search_space_table.py" line="126"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../designer/ui/search_space_table.py" line="137"/>
        <source>A training setting or layer parameter to search too</source>
        <translation>要一併搜尋的訓練設定或層參數</translation>
    </message>
    <message>
        <location filename="../../designer/ui/search_space_table.py" line="140"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../designer/ui/search_space_table.py" line="256"/>
        <source>A list (16, 32, 64) or a range (0.0001 .. 0.1 log)</source>
        <translation>清單（16, 32, 64）或範圍（0.0001 .. 0.1 log）</translation>
    </message>
</context>
<context>
    <name>SizeEditor</name>
    <message>
        <location filename="../../designer/ui/param_widgets.py" line="313"/>
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
        <location filename="../../designer/ui/summary_panel.py" line="116"/>
        <source>Total {total} parameters ({weights}): {trainable} trainable, {frozen} non-trainable  ·  {macs} MACs per image  ·  {memory} of activations per image</source>
        <translation>共 {total} 個參數（{weights}）：{trainable} 個可訓練，{frozen} 個不可訓練  ·  每張影像 {macs} MACs  ·  每張影像的激活值佔 {memory}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/summary_panel.py" line="127"/>
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
        <location filename="../../designer/ui/train_panel.py" line="74"/>
        <source>Data</source>
        <extracomment>The progress bars redraw at most this often while a run reports (5 times a second)... ...and the curves every this many frames. Drawing competes with training for the CPU and Python&apos;s GIL: a redraw of the plots costs the GUI thread ~20 ms, and on a 2-core machine each ms of it stalls both of torch&apos;s threads, so the curves refresh about once a second. A run has started: its record so far (id, architecture, settings, folder).</extracomment>
        <translation>資料</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="75"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="80"/>
        <source>Estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="83"/>
        <source>Runs</source>
        <translation>訓練紀錄</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="84"/>
        <source>Layer health</source>
        <translation>層健康狀態</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="179"/>
        <source>The design cannot train yet: {reason}</source>
        <extracomment>The test sample a run&apos;s snapshots follow: the one the Inspect view shows, when it has one.</extracomment>
        <translation>此設計還無法訓練：{reason}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="212"/>
        <source>Training {run} on a snapshot of the design; edits apply to the next run</source>
        <translation>正在以設計的快照訓練 {run}；之後的編輯會套用到下一次訓練</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="291"/>
        <source>{run} {reason}: test accuracy {accuracy:.2%}</source>
        <translation>{run} {reason}：測試準確率 {accuracy:.2%}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="295"/>
        <source>{run} {reason}: {message}</source>
        <translation>{run} {reason}：{message}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="317"/>
        <source>Paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_panel.py" line="326"/>
        <source>Stopping after the current batch...</source>
        <translation>將在目前批次結束後停止...</translation>
    </message>
</context>
<context>
    <name>TrainSettingsForm</name>
    <message>
        <location filename="../../designer/ui/train_settings_form.py" line="57"/>
        <source>Where to train: auto picks a GPU when there is one</source>
        <translation>訓練所用的裝置：「自動」會在有 GPU 時選用 GPU</translation>
    </message>
    <message>
        <location filename="../../designer/ui/train_settings_form.py" line="58"/>
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
        <location filename="../../designer/ui/training_session.py" line="97"/>
        <source>Loading the data set</source>
        <extracomment>Seconds between the trainer&apos;s progress reports in the window: smooth, yet cheap. Seconds between the copies of the weights a run shares with the inspect views. The test sample the run&apos;s epoch snapshots follow.</extracomment>
        <translation>正在載入資料集</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_session.py" line="106"/>
        <source>Preparing the run</source>
        <translation>正在準備訓練</translation>
    </message>
    <message>
        <location filename="../../designer/ui/training_session.py" line="126"/>
        <source>Stopped while loading the data set.</source>
        <translation>載入資料集時已停止。</translation>
    </message>
</context>
<context>
    <name>TrialsModel</name>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="133"/>
        <source>ended with the study</source>
        <extracomment>The role the proxy sorts by: numbers as numbers, so trial 10 follows trial 9. The running trials&apos; last epoch, shown as their message.</extracomment>
        <translation>隨研究結束</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="150"/>
        <source>Trial</source>
        <translation>試驗</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="151"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="152"/>
        <source>Val. acc.</source>
        <translation>驗證準確率</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="153"/>
        <source>Seconds</source>
        <translation>秒數</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="154"/>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="160"/>
        <source>running</source>
        <translation>執行中</translation>
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
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="164"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../designer/ui/trials_table.py" line="170"/>
        <source>epoch {epoch} of {epochs}</source>
        <translation>第 {epoch} / {epochs} 輪</translation>
    </message>
</context>
<context>
    <name>TunePanel</name>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="104"/>
        <source>Search space</source>
        <extracomment>The design every trial of the running study starts from. The last epoch&apos;s accuracy of each trial, to place pruned trials on the history plot. What the study&apos;s end says, once it has ended.</extracomment>
        <translation>搜尋空間</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="107"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="108"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="109"/>
        <source>End the running trial and the study; finished trials stay</source>
        <translation>結束執行中的試驗與研究；已完成的試驗會保留</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="110"/>
        <location filename="../../designer/ui/tune_panel.py" line="348"/>
        <source>Apply best</source>
        <translation>套用最佳結果</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="156"/>
        <source>Data set: {dataset} (the Train view&apos;s choice), read from {folder}</source>
        <extracomment>What cannot change while a study runs.</extracomment>
        <translation>資料集：{dataset}（「訓練」頁面所選），從 {folder} 讀取</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="188"/>
        <source>Needs 2 complete trials</source>
        <translation>需要 2 個已完成的試驗</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="198"/>
        <source>Needs 2 knobs or more</source>
        <translation>需要 2 個以上的搜尋參數</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="203"/>
        <source>Cannot rank the knobs</source>
        <translation>無法排序搜尋參數</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="222"/>
        <source>The design cannot train yet: {reason}</source>
        <translation>此設計還無法訓練：{reason}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="231"/>
        <source>Run the study: train trials of the design</source>
        <translation>執行研究：以此設計訓練多個試驗</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="274"/>
        <source>Loading the data set...</source>
        <translation>正在載入資料集...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="275"/>
        <source>Study &quot;{study}&quot;: trials train a snapshot of the design</source>
        <translation>研究「{study}」：各試驗訓練的是設計的快照</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="283"/>
        <source>Stopping: the running trial ends now...</source>
        <translation>正在停止：執行中的試驗即將結束...</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="290"/>
        <source>Trial {number} running</source>
        <translation>試驗 {number} 執行中</translation>
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
        <translation>已達時間限制</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="307"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="309"/>
        <source>Study &quot;{study}&quot; {reason} after {trials} trials</source>
        <translation>研究「{study}」在 {trials} 個試驗後{reason}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="315"/>
        <source>; best: trial {number}, {value:.1%}</source>
        <translation>；最佳：試驗 {number}，{value:.1%}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="320"/>
        <source>{study}: {message}</source>
        <translation>{study}：{message}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="336"/>
        <source>Study ended</source>
        <translation>研究已結束</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="349"/>
        <source>No trial has completed yet</source>
        <translation>尚無已完成的試驗</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="352"/>
        <source>Apply best (trial {number}, {value:.1%})</source>
        <translation>套用最佳結果（試驗 {number}，{value:.1%}）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="355"/>
        <source>Write the trial&apos;s settings and layer sizes into the design; Undo takes them back</source>
        <translation>將此試驗的設定與層大小寫入設計；可用「復原」撤銷</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="373"/>
        <source>Cannot apply trial {number}: {reason}</source>
        <translation>無法套用試驗 {number}：{reason}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="381"/>
        <source>Apply best trial {number}</source>
        <translation>套用最佳試驗 {number}</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="388"/>
        <source>Applied trial {number} to the design ({value:.1%})</source>
        <translation>已將試驗 {number} 套用到設計（{value:.1%}）</translation>
    </message>
    <message>
        <location filename="../../designer/ui/tune_panel.py" line="407"/>
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
        <location filename="../../designer/ui/param_widgets.py" line="261"/>
        <source>square</source>
        <extracomment>What a float field may hold while the user is still typing it.</extracomment>
        <translation>正方形</translation>
    </message>
    <message>
        <location filename="../../designer/ui/param_widgets.py" line="262"/>
        <source>Keep height and width equal</source>
        <translation>保持高度與寬度相等</translation>
    </message>
    <message>
        <location filename="../../designer/ui/param_widgets.py" line="264"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="../../designer/ui/param_widgets.py" line="264"/>
        <source>Width</source>
        <translation>寬度</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <location filename="../../designer/ui/languages.py" line="84"/>
        <source>&amp;Language</source>
        <extracomment>Every language the interface may be shown in, by its own name (never translated). The QSettings key of the chosen language; absent means the system&apos;s. The application property holding the language the window was started in. Chinese locales written in Traditional characters.</extracomment>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../designer/ui/languages.py" line="87"/>
        <source>System language</source>
        <translation>系統語言</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../designer/ui/messages.py" line="14"/>
        <source>the disk is full</source>
        <translation>磁碟已滿</translation>
    </message>
    <message>
        <location filename="../../designer/ui/messages.py" line="15"/>
        <source>the disk quota is used up</source>
        <translation>磁碟配額已用完</translation>
    </message>
    <message>
        <location filename="../../designer/ui/messages.py" line="16"/>
        <location filename="../../designer/ui/messages.py" line="17"/>
        <source>permission was refused</source>
        <translation>沒有寫入權限</translation>
    </message>
    <message>
        <location filename="../../designer/ui/messages.py" line="18"/>
        <source>the disk is read-only</source>
        <translation>磁碟為唯讀</translation>
    </message>
    <message>
        <location filename="../../designer/ui/messages.py" line="19"/>
        <source>its folder does not exist</source>
        <translation>所在資料夾不存在</translation>
    </message>
    <message>
        <location filename="../../designer/ui/messages.py" line="20"/>
        <source>the name is too long</source>
        <translation>檔名過長</translation>
    </message>
    <message>
        <location filename="../../designer/ui/messages.py" line="27"/>
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
        <location filename="../../designer/ui/runs_table.py" line="486"/>
        <source>Runs</source>
        <translation>訓練紀錄</translation>
    </message>
</context>
<context>
    <name>view</name>
    <message>
        <location filename="../../designer/ui/diagram_view.py" line="489"/>
        <source>Network diagram</source>
        <translation>網路圖</translation>
    </message>
    <message>
        <location filename="../../designer/ui/layer_health_view.py" line="235"/>
        <source>Layer health</source>
        <translation>層健康狀態</translation>
    </message>
</context>
</TS>
