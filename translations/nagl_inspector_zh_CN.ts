<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CalibrationPlanText</name>
    <message>
        <source>Scoring the references leave-one-out needs at least two normal references.</source>
        <translation>对参考图像做留一法评分至少需要两张正常参考图像。</translation>
    </message>
    <message>
        <source>Choose the folder of a labelled calibration lot.</source>
        <translation>请选择带标签的校准批次文件夹。</translation>
    </message>
    <message>
        <source>The calibration lot must not be the lot under audit or overlap it (%1).</source>
        <translation>校准批次不能是正在审核的批次，也不能与其重叠（%1）。</translation>
    </message>
    <message>
        <source>Add at least one reference image.</source>
        <translation>请至少添加一张参考图像。</translation>
    </message>
</context>
<context>
    <name>CalibrationScorerText</name>
    <message>
        <source>The calibration lot %1 has no normal image (a good/ folder).</source>
        <translation>校准批次 %1 中没有正常图像（good/ 文件夹）。</translation>
    </message>
</context>
<context>
    <name>Colormap</name>
    <message>
        <source>Turbo</source>
        <translation>Turbo</translation>
    </message>
    <message>
        <source>Jet</source>
        <translation>Jet</translation>
    </message>
    <message>
        <source>Inferno</source>
        <translation>Inferno</translation>
    </message>
    <message>
        <source>Viridis</source>
        <translation>Viridis</translation>
    </message>
</context>
<context>
    <name>DemoSetup</name>
    <message>
        <source>The demo could not be prepared: %1</source>
        <translation>无法准备演示：%1</translation>
    </message>
</context>
<context>
    <name>RecipeText</name>
    <message>
        <source>No backbone is chosen (Model &gt; Settings).</source>
        <translation>未选择骨干网络（模型 &gt; 设置）。</translation>
    </message>
    <message>
        <source>Defective references need a NAGL head (Model &gt; Settings).</source>
        <translation>缺陷参考图像需要 NAGL 头（模型 &gt; 设置）。</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder for the edited masks.</source>
        <translation>无法为编辑过的掩码创建临时文件夹。</translation>
    </message>
    <message>
        <source>Cannot write the edited mask of %1 to %2.</source>
        <translation>无法将 %1 的编辑掩码写入 %2。</translation>
    </message>
    <message>
        <source>%1: the recipe&apos;s references changed since it was made:
%2</source>
        <translation>%1：配方创建后其参考图像已更改：
%2</translation>
    </message>
    <message>
        <source>precision %1: the workstation runs fp32</source>
        <translation>精度 %1：工作站以 fp32 运行</translation>
    </message>
</context>
<context>
    <name>ThresholdSourceText</name>
    <message>
        <source>⚠ thresholds not calibrated: every image goes to review (Lot &gt; Suggest thresholds…)</source>
        <translation>⚠ 阈值未校准：所有图像都需复核（批次 &gt; 建议阈值…）</translation>
    </message>
    <message>
        <source>thresholds set by hand</source>
        <translation>阈值为手动设置</translation>
    </message>
    <message>
        <source>thresholds from the calibration lot %1</source>
        <translation>阈值来自校准批次 %1</translation>
    </message>
    <message>
        <source>thresholds from the references scored leave-one-out (normal: %1, defective: %2)</source>
        <translation>阈值来自留一法评分的参考图像（正常：%1，缺陷：%2）</translation>
    </message>
    <message>
        <source>thresholds from the recipe %1</source>
        <translation>来自配方 %1 的阈值</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>review</source>
        <translation>复检</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>不合格</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Few-shot visual anomaly inspection workstation</source>
        <translation>少样本视觉异常检测工作站</translation>
    </message>
    <message>
        <source>Generate (or reuse) a demo lot and run it.</source>
        <translation>生成（或重用）演示批次并运行。</translation>
    </message>
    <message>
        <source>DINOv2 backbone checkpoint.</source>
        <translation>DINOv2 骨干网络检查点。</translation>
    </message>
    <message>
        <source>NAGL head checkpoint.</source>
        <translation>NAGL 检测头检查点。</translation>
    </message>
    <message>
        <source>Run the demo, save screenshots to DIR and quit.</source>
        <translation>运行演示，将截图保存到 DIR 后退出。</translation>
    </message>
</context>
<context>
    <name>nagl::ui::AboutDialog</name>
    <message>
        <source>%1 %2 compiled against, %3 loaded</source>
        <translation>%1 %2（编译时），%3（已加载）</translation>
    </message>
    <message>
        <source>%1 %2 compiled against (the loaded library reports no version)</source>
        <translation>%1 %2（编译时；已加载的库不报告版本）</translation>
    </message>
    <message>
        <source>not loaded yet: the first run chooses it (setting: %1)</source>
        <translation>尚未加载：首次运行时选择（设置：%1）</translation>
    </message>
    <message>
        <source>CUDA not used: %1</source>
        <translation>未使用 CUDA：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>NAGL Inspector (this program)</source>
        <translation>NAGL Inspector（本程序）</translation>
    </message>
    <message>
        <source>no licence chosen yet, all rights reserved (see %1)</source>
        <translation>尚未选定许可证，保留所有权利（见 %1）</translation>
    </message>
    <message>
        <source>DINOv2 (Meta AI), code and weights</source>
        <translation>DINOv2（Meta AI），代码和权重</translation>
    </message>
    <message>
        <source>NAGL reference implementation (NeurIPS 2025, arXiv 2510.00495)</source>
        <translation>NAGL 参考实现（NeurIPS 2025，arXiv 2510.00495）</translation>
    </message>
    <message>
        <source>unknown, not recorded by this project</source>
        <translation>未知，本项目未记录</translation>
    </message>
    <message>
        <source>NAGL Inspector</source>
        <translation>NAGL Inspector</translation>
    </message>
    <message>
        <source>Few-shot visual anomaly inspection: a DINOv2 backbone and a NAGL head score images against a few normal and defective references.</source>
        <translation>少样本视觉异常检测：DINOv2 主干网络和 NAGL 头部根据少量正常和缺陷参考图像为图像评分。</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>The program ships no model weights: backbones and heads are imported or downloaded by the user, under their own licences.</source>
        <translation>本程序不附带模型权重：主干网络和头部由用户导入或下载，遵循其各自的许可证。</translation>
    </message>
    <message>
        <source>About NAGL Inspector</source>
        <translation>关于 NAGL Inspector</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>nagl::ui::ChartsPanel</name>
    <message>
        <source>false positive rate</source>
        <translation>假阳性率</translation>
    </message>
    <message>
        <source>true positive rate</source>
        <translation>真阳性率</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>直方图</translation>
    </message>
    <message>
        <source>ROC</source>
        <translation>ROC</translation>
    </message>
    <message>
        <source>PR</source>
        <translation>PR</translation>
    </message>
    <message>
        <source>AUROC %1</source>
        <translation>AUROC %1</translation>
    </message>
    <message>
        <source>ROC needs labels of both kinds (good/ folders or P / F verdicts)</source>
        <translation>ROC 需要两类标签（good/ 文件夹或 P / F 判定）</translation>
    </message>
    <message>
        <source>AP %1</source>
        <translation>AP %1</translation>
    </message>
    <message>
        <source>PR needs labels of both kinds (good/ folders or P / F verdicts)</source>
        <translation>PR 需要两类标签（good/ 文件夹或 P / F 判定）</translation>
    </message>
    <message>
        <source>at fail ≥ %1: TP %2 · FP %3 · TN %4 · FN %5</source>
        <translation>不合格 ≥ %1 时：TP %2 · FP %3 · TN %4 · FN %5</translation>
    </message>
</context>
<context>
    <name>nagl::ui::EngineStatusBar</name>
    <message>
        <source>device: not loaded yet</source>
        <translation>设备：尚未加载</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>复制诊断信息</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Stop scoring the lot (Esc)</source>
        <translation>停止为批次评分 (Esc)</translation>
    </message>
    <message>
        <source>Copy the device, model, settings and timing to the clipboard</source>
        <translation>将设备、模型、设置和耗时复制到剪贴板</translation>
    </message>
    <message>
        <source>GPU: %1</source>
        <translation>GPU：%1</translation>
    </message>
    <message>
        <source>CPU — no CUDA device</source>
        <translation>CPU — 无 CUDA 设备</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>CUDA not used: %1</source>
        <translation>未使用 CUDA：%1</translation>
    </message>
    <message>
        <source>%1 ms/image</source>
        <translation>%1 ms/张</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s), batch size %1</source>
        <translation>
            <numerusform>%n 个线程，批处理大小 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Tiling: %1</source>
        <translation>分块：%1</translation>
    </message>
    <message>
        <source>%1 ms/image, tiled</source>
        <translation>%1 毫秒/图像（分块）</translation>
    </message>
</context>
<context>
    <name>nagl::ui::ExportDialog</name>
    <message>
        <source>NAGL Inspector lot report</source>
        <translation>NAGL Inspector 批次报告</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Masks in the MVTec AD layout</source>
        <translation>MVTec AD 布局的掩码</translation>
    </message>
    <message>
        <source>One PNG mask per image</source>
        <translation>每张图像一个 PNG 掩码</translation>
    </message>
    <message>
        <source>COCO JSON, RLE</source>
        <translation>COCO JSON（RLE）</translation>
    </message>
    <message>
        <source>COCO JSON, polygons</source>
        <translation>COCO JSON（多边形）</translation>
    </message>
    <message>
        <source>labelme JSON</source>
        <translation>labelme JSON</translation>
    </message>
    <message>
        <source>Heatmap and overlay PNGs</source>
        <translation>热力图和叠加 PNG</translation>
    </message>
    <message>
        <source>Lot report, CSV</source>
        <translation>批次报告（CSV）</translation>
    </message>
    <message>
        <source>Lot report, JSON</source>
        <translation>批次报告（JSON）</translation>
    </message>
    <message>
        <source>Lot report, PDF</source>
        <translation>批次报告（PDF）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Output folder: one sub-folder per format</source>
        <translation>输出文件夹：每种格式一个子文件夹</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Output &amp;folder:</source>
        <translation>输出文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>All scored images</source>
        <translation>所有已评分图像</translation>
    </message>
    <message>
        <source>Failed images only</source>
        <translation>仅不合格图像</translation>
    </message>
    <message>
        <source>The current image</source>
        <translation>当前图像</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>图像(&amp;I)：</translation>
    </message>
    <message>
        <source>Masks are your edited mask of an image when it has one, else its anomaly map at the fail threshold. Reports use both thresholds and your verdict overrides.</source>
        <translation>掩码使用您编辑过的图像掩码（如有），否则使用按不合格阈值二值化的异常图。报告使用两个阈值以及您手动更改的判定。</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>取消导出(&amp;C)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>请至少选择一种格式。</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation>请选择输出文件夹。</translation>
    </message>
    <message>
        <source>The current image has not been scored: nothing to export.</source>
        <translation>当前图像尚未评分：没有可导出的内容。</translation>
    </message>
    <message>
        <source>No image fails: nothing to export.</source>
        <translation>没有不合格图像：没有可导出的内容。</translation>
    </message>
    <message>
        <source>No image has been scored yet: run the lot first (F5).</source>
        <translation>尚无已评分图像：请先运行批次 (F5)。</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n image(s) to %1…</source>
        <translation>
            <numerusform>正在将 %n 张图像导出到 %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling after the image in progress…</source>
        <translation>将在当前图像完成后取消…</translation>
    </message>
    <message>
        <source>Export cancelled after %1 of %2 images. The files written are complete; the lot files (COCO, reports) were not written.</source>
        <translation>已在 %2 张图像中的 %1 张之后取消导出。已写入的文件是完整的；批次文件（COCO、报告）未写入。</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1 with %n error(s): these files could not be written.</source>
        <translation>
            <numerusform>已导出到 %1，但有 %n 个错误：以下文件无法写入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n image(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 张图像导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is inside the lot: the next run would score the exported images. Choose a folder outside %2.</source>
        <translation>%1 位于批次内:下次运行会对导出的图像评分。请选择 %2 之外的文件夹。</translation>
    </message>
</context>
<context>
    <name>nagl::ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Run the &amp;demo</source>
        <translation>运行演示(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Read the &amp;README</source>
        <translation>阅读 README(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About NAGL Inspector</source>
        <translation>关于 NAGL Inspector(&amp;A)</translation>
    </message>
    <message>
        <source>The README is not installed (looked for %1).</source>
        <translation>README 未安装（查找了 %1）。</translation>
    </message>
    <message>
        <source>No program to open %1 with.</source>
        <translation>没有可打开 %1 的程序。</translation>
    </message>
</context>
<context>
    <name>nagl::ui::ImageViewer</name>
    <message>
        <source>Per-image stretch %1 … %2 — colours not comparable across images</source>
        <translation>按图像拉伸 %1 … %2 — 不同图像间颜色不可比较</translation>
    </message>
    <message>
        <source>Fixed scale %1 … %2 (review %3, fail %4): same colour, same score on every image</source>
        <translation>固定刻度 %1 … %2（复检 %3，不合格 %4）：所有图像上相同颜色即相同分数</translation>
    </message>
    <message>
        <source>Cannot read the mask %1: %2</source>
        <translation>无法读取掩码 %1：%2</translation>
    </message>
    <message>
        <source>The mask is %1 x %2 pixels but the image %3 x %4: mask not used</source>
        <translation>掩码为 %1 x %2 像素，但图像为 %3 x %4：未使用该掩码</translation>
    </message>
    <message>
        <source>Decoding %1…</source>
        <translation>正在解码 %1…</translation>
    </message>
</context>
<context>
    <name>nagl::ui::InspectionDocument</name>
    <message>
        <source>Change the thresholds</source>
        <translation>更改阈值</translation>
    </message>
    <message>
        <source>Add the normal reference %1</source>
        <translation>添加正常参考 %1</translation>
    </message>
    <message>
        <source>Add the defective reference %1</source>
        <translation>添加缺陷参考 %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n normal reference(s)</source>
        <translation>
            <numerusform>移除 %n 个正常参考</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n defective reference(s)</source>
        <translation>
            <numerusform>移除 %n 个缺陷参考</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment on the override of %1</source>
        <translation>为 %1 的覆盖添加备注</translation>
    </message>
    <message>
        <source>Keep the override of %1 at its new score</source>
        <translation>在新分数下保留 %1 的覆盖</translation>
    </message>
    <message>
        <source>Mark %1 as %2</source>
        <translation>将 %1 标记为 %2</translation>
    </message>
    <message>
        <source>Clear the override of %1</source>
        <translation>清除 %1 的覆盖</translation>
    </message>
    <message>
        <source>Accept the suggested thresholds</source>
        <translation>采用建议的阈值</translation>
    </message>
</context>
<context>
    <name>nagl::ui::InspectionSession</name>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>An inspection is already running.</source>
        <translation>检测已在运行。</translation>
    </message>
    <message>
        <source>Choose a backbone checkpoint first (Model &gt; Settings…).</source>
        <translation>请先选择骨干网络检查点（模型 &gt; 设置…）。</translation>
    </message>
    <message>
        <source>Add at least one reference image.</source>
        <translation>请至少添加一张参考图像。</translation>
    </message>
    <message>
        <source>Defective references need a NAGL head (Model &gt; Settings…).</source>
        <translation>缺陷参考需要 NAGL 检测头（模型 &gt; 设置…）。</translation>
    </message>
    <message>
        <source>The lot is empty: open a lot folder first.</source>
        <translation>批次为空：请先打开批次文件夹。</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message numerus="yes">
        <source>Encoding %n reference image(s)…</source>
        <translation>
            <numerusform>正在编码 %n 张参考图像…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scoring %n image(s)…</source>
        <translation>
            <numerusform>正在为 %n 张图像评分…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nagl::ui::LotBrowser</name>
    <message>
        <source>All verdicts</source>
        <translation>全部判定</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复检</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Show the lot as a grid of thumbnails</source>
        <translation>以缩略图网格显示批次</translation>
    </message>
    <message>
        <source>Drop a folder here to open it as the lot</source>
        <translation>将文件夹拖放到此处即可作为批次打开</translation>
    </message>
    <message>
        <source>↑↓ Home End: move · P / R / F: override the verdict · N / Shift+N: next / previous fail or review · right-click: comment</source>
        <translation>↑↓ Home End：移动 · P / R / F：覆盖判定 · N / Shift+N：下一个 / 上一个不合格或复检 · 右键：备注</translation>
    </message>
    <message>
        <source>&amp;Advance after a verdict</source>
        <translation>判定后前进(&amp;A)</translation>
    </message>
    <message>
        <source>After P / R / F, move to the next image</source>
        <translation>按 P / R / F 后移到下一张图像</translation>
    </message>
    <message>
        <source>&amp;Next fail or review</source>
        <translation>下一个不合格或复检(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous fail or review</source>
        <translation>上一个不合格或复检(&amp;P)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>References</source>
        <translation>参考图像</translation>
    </message>
    <message>
        <source>Show only the images with this verdict (error: unreadable; references: images of the lot that are references, left out of the scores)</source>
        <translation>仅显示具有此判定的图像（错误：无法读取；参考图像：批次中同时是参考图像的图像，不计入分数）</translation>
    </message>
    <message>
        <source>%1 is unreadable: it has no score to judge (verdict error).</source>
        <translation>%1 无法读取：没有可判定的分数（判定：错误）。</translation>
    </message>
    <message>
        <source>%1 is a reference image: it is left out of the scores.</source>
        <translation>%1 是参考图像：不计入分数。</translation>
    </message>
</context>
<context>
    <name>nagl::ui::LotTableModel</name>
    <message>
        <source>%1 ✎</source>
        <translation>%1 ✎</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Overridden by hand</source>
        <translation>已手动覆盖</translation>
    </message>
    <message>
        <source>Overridden by %1 at %2 (UTC)</source>
        <translation>由 %1 于 %2 (UTC) 覆盖</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>Scored %1 when overridden, now %2: check the verdict (right-click to keep it)</source>
        <translation>覆盖时得分 %1，现在为 %2：请检查判定（右键保留）</translation>
    </message>
    <message>
        <source>P / R / F; the same key again clears</source>
        <translation>P / R / F；再按同一键清除</translation>
    </message>
    <message>
        <source>%1 ✎ ⚠</source>
        <translation>%1 ✎ ⚠</translation>
    </message>
    <message>
        <source>score changed since override</source>
        <translation>覆盖后得分已变化</translation>
    </message>
    <message>
        <source>This image is a normal reference (the same content as %1)</source>
        <translation>此图像是正常参考图像（与 %1 内容相同）</translation>
    </message>
    <message>
        <source>This image is a defective reference (the same content as %1)</source>
        <translation>此图像是缺陷参考图像（与 %1 内容相同）</translation>
    </message>
    <message>
        <source>Left out of the scores, the charts and the thresholds: it would score itself.</source>
        <translation>不计入分数、图表和阈值：否则它会给自己评分。</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>参考图像</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Unreadable, so no score: %1</source>
        <translation>无法读取，因此没有分数：%1</translation>
    </message>
    <message numerus="yes">
        <source>Scored as %n tile(s) of %1 px overlapping by %2 px; its score is the highest tile&apos;s</source>
        <translation>
            <numerusform>按 %n 个 %1 像素图块（重叠 %2 像素）评分；分数取最高图块</numerusform>
        </translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>图块</translation>
    </message>
</context>
<context>
    <name>nagl::ui::MainWindow</name>
    <message>
        <source>NAGL Inspector</source>
        <translation>NAGL Inspector</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) in %1</source>
        <translation>
            <numerusform>%1 中有 %n 张图像</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;No backbone configured&lt;/h2&gt;&lt;p&gt;NAGL Inspector needs a DINOv2 backbone checkpoint (and optionally a NAGL head) to score images.&lt;/p&gt;&lt;p&gt;Choose them in &lt;b&gt;Model &amp;gt; Settings…&lt;/b&gt; (Ctrl+,): official DINOv2 &lt;tt&gt;.pth&lt;/tt&gt; files or Hugging Face &lt;tt&gt;facebook/dinov2-*&lt;/tt&gt; safetensors.&lt;/p&gt;&lt;p&gt;No weights at hand? Start &lt;tt&gt;nagl-inspector --demo&lt;/tt&gt; (or &lt;b&gt;Help &amp;gt; Run the demo&lt;/b&gt;): it generates a small synthetic lot and uses a built-in untrained backbone — the whole flow, with illustrative results.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;未配置骨干网络&lt;/h2&gt;&lt;p&gt;NAGL Inspector 需要 DINOv2 骨干网络检查点（以及可选的 NAGL 检测头）才能为图像评分。&lt;/p&gt;&lt;p&gt;请在&lt;b&gt;模型 &amp;gt; 设置…&lt;/b&gt;（Ctrl+,）中选择：官方 DINOv2 &lt;tt&gt;.pth&lt;/tt&gt; 文件或 Hugging Face &lt;tt&gt;facebook/dinov2-*&lt;/tt&gt; safetensors。&lt;/p&gt;&lt;p&gt;手头没有权重？请启动 &lt;tt&gt;nagl-inspector --demo&lt;/tt&gt;（或&lt;b&gt;帮助 &amp;gt; 运行演示&lt;/b&gt;）：它会生成一个小型合成批次，并使用内置的未训练骨干网络——可体验完整流程，结果仅供演示。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo with a built-in UNTRAINED backbone and head: scores, verdicts and heatmaps are illustrative only.&lt;/b&gt; Configure real DINOv2 / NAGL weights in Model &amp;gt; Settings…</source>
        <translation>&lt;b&gt;演示使用内置的未训练（UNTRAINED）骨干网络和检测头：分数、判定和热力图仅供演示。&lt;/b&gt;配置真实的 DINOv2 / NAGL 权重：模型 &amp;gt; 设置…</translation>
    </message>
    <message>
        <source>References</source>
        <translation>参考图像</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Open lot folder</source>
        <translation>打开批次文件夹</translation>
    </message>
    <message>
        <source>Cancel the running inspection before opening another lot.</source>
        <translation>打开其他批次前，请先取消正在运行的检测。</translation>
    </message>
    <message>
        <source>Listing %1…</source>
        <translation>正在列出 %1 中的图像…</translation>
    </message>
    <message numerus="yes">
        <source>%n defective reference(s) without a mask left out</source>
        <translation>
            <numerusform>已忽略 %n 个没有掩码的缺陷参考</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Inspection failed: %1</source>
        <translation>检测失败：%1</translation>
    </message>
    <message>
        <source>Inspection failed</source>
        <translation>检测失败</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 images scored</source>
        <translation>已取消：%2 张图像中已评分 %1 张</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) scored</source>
        <translation>
            <numerusform>已为 %n 张图像评分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n image(s) unreadable</source>
        <translation>
            <numerusform>%1；%n 张图像无法读取</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the demo lot in %1…</source>
        <translation>正在 %1 中准备演示批次…</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>NAGL Inspector %1, Qt %2</source>
        <translation>NAGL Inspector %1，Qt %2</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>未加载</translation>
    </message>
    <message>
        <source>device: %1 (%2)</source>
        <translation>设备：%1 (%2)</translation>
    </message>
    <message>
        <source>device: %1 (%2) — no CUDA device</source>
        <translation>设备：%1 (%2) — 无 CUDA 设备</translation>
    </message>
    <message>
        <source>CUDA not used: %1</source>
        <translation>未使用 CUDA：%1</translation>
    </message>
    <message>
        <source>model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <source>backbone: %1</source>
        <translation>骨干网络：%1</translation>
    </message>
    <message>
        <source>head: %1</source>
        <translation>检测头：%1</translation>
    </message>
    <message>
        <source>image size %1, device setting %2, threads %3, batch size %4</source>
        <translation>图像尺寸 %1，设备设置 %2，线程数 %3，批处理大小 %4</translation>
    </message>
    <message>
        <source>%1 ms per image</source>
        <translation>每张图像 %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>lot: %1 (%n image(s))</source>
        <translation>
            <numerusform>批次：%1（%n 张图像）</numerusform>
        </translation>
    </message>
    <message>
        <source>thresholds: review %1, fail %2</source>
        <translation>阈值：复检 %1，不合格 %2</translation>
    </message>
    <message>
        <source>untrained built-in weights: results illustrative only</source>
        <translation>内置未训练权重：结果仅供演示</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard</source>
        <translation>诊断信息已复制到剪贴板</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;lot folder…</source>
        <translation>打开批次文件夹(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Score every image of the lot (F5)</source>
        <translation>为批次中的每张图像评分 (F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>复制诊断信息(&amp;D)</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检测</translation>
    </message>
    <message>
        <source> Review ≥ </source>
        <translation> 复检 ≥ </translation>
    </message>
    <message>
        <source>Images scoring at or above this need review (pass below)</source>
        <translation>分数达到或高于此值的图像需复检（低于此值为合格）</translation>
    </message>
    <message>
        <source> Fail ≥ </source>
        <translation> 不合格 ≥ </translation>
    </message>
    <message>
        <source>Images scoring at or above this fail</source>
        <translation>分数达到或高于此值的图像为不合格</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>热力图</translation>
    </message>
    <message>
        <source>Show the anomaly heatmap (H)</source>
        <translation>显示异常热力图 (H)</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>轮廓</translation>
    </message>
    <message>
        <source>Outline the region above the fail threshold (O)</source>
        <translation>勾勒高于不合格阈值的区域 (O)</translation>
    </message>
    <message>
        <source>Heatmap colormap</source>
        <translation>热力图色图</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>拉伸</translation>
    </message>
    <message>
        <source>Stretch the colours to this image&apos;s own range (labelled; colours are then not comparable across images)</source>
        <translation>将颜色拉伸到此图像自身的范围（会标注；此时不同图像间颜色不可比较）</translation>
    </message>
    <message>
        <source> Opacity </source>
        <translation> 不透明度 </translation>
    </message>
    <message>
        <source>Heatmap opacity</source>
        <translation>热力图不透明度</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Fit the image to the window (Ctrl+0)</source>
        <translation>使图像适应窗口 (Ctrl+0)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel (Ctrl+1)</source>
        <translation>一个图像像素对应一个屏幕像素 (Ctrl+1)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Get a backbone: import a file or download…</source>
        <translation>获取骨干网络：导入文件或下载…</translation>
    </message>
    <message>
        <source>Model &amp;store: import or download…</source>
        <translation>模型库：导入或下载(&amp;T)…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Show the closest normal reference beside the image, zoom and pan synced (C)</source>
        <translation>在图像旁显示最接近的正常参考，缩放和平移同步 (C)</translation>
    </message>
    <message>
        <source>Closest normal reference: %1 (highest mean patch similarity to this image)</source>
        <translation>最接近的正常参考：%1（与此图像的平均图块相似度最高）</translation>
    </message>
    <message>
        <source>Normal reference %1 — the closest one is known once this image is scored</source>
        <translation>正常参考 %1 — 此图像评分后才能确定最接近的参考</translation>
    </message>
    <message>
        <source>No normal reference to compare with: add one in the reference panel</source>
        <translation>没有可对比的正常参考：请在参考面板中添加</translation>
    </message>
    <message>
        <source>M&amp;ask</source>
        <translation>掩码(&amp;A)</translation>
    </message>
    <message>
        <source>Editing the mask of the defective reference %1</source>
        <translation>正在编辑缺陷参考图 %1 的掩码</translation>
    </message>
    <message>
        <source>Reference mask edited: the next run (F5) uses it.</source>
        <translation>参考掩码已编辑：下次运行 (F5) 时使用。</translation>
    </message>
    <message>
        <source>Reference mask changed: scoring the lot again…</source>
        <translation>参考掩码已更改：正在重新为批次评分…</translation>
    </message>
    <message>
        <source>Cancel the running inspection before opening a project.</source>
        <translation>打开项目前请先取消正在运行的检测。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export masks, annotations, overlays and lot reports (Ctrl+E)</source>
        <translation>导出掩码、标注、叠加图和批次报告 (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Import mask…</source>
        <translation>导入掩码(&amp;I)…</translation>
    </message>
    <message>
        <source>Import the mask of the image on screen from a PNG, COCO JSON or labelme JSON file (Ctrl+I)</source>
        <translation>从 PNG、COCO JSON 或 labelme JSON 文件导入当前显示图像的掩码 (Ctrl+I)</translation>
    </message>
    <message>
        <source>Show an image or a defective reference first: the mask is imported for it.</source>
        <translation>请先显示一张图像或缺陷参考图：掩码将导入到它上面。</translation>
    </message>
    <message>
        <source>Import a mask for %1</source>
        <translation>为 %1 导入掩码</translation>
    </message>
    <message>
        <source>Masks (*.png *.json *.bmp *.tif *.tiff);;All files (*)</source>
        <translation>掩码 (*.png *.json *.bmp *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing the mask %1…</source>
        <translation>正在导入掩码 %1…</translation>
    </message>
    <message>
        <source>%1: not imported, the viewer shows another image now.</source>
        <translation>%1：未导入，查看器现在显示的是另一张图像。</translation>
    </message>
    <message>
        <source>Import mask</source>
        <translation>导入掩码</translation>
    </message>
    <message>
        <source>The mask could not be imported for %1.</source>
        <translation>无法为 %1 导入掩码。</translation>
    </message>
    <message numerus="yes">
        <source>Imported the mask %1: %n defect pixel(s). Undo (Ctrl+Z) removes it.</source>
        <translation>
            <numerusform>已导入掩码 %1：%n 个缺陷像素。撤销 (Ctrl+Z) 可将其移除。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n override(s) to check: the score changed since (filter Review)</source>
        <translation>
            <numerusform>%1；%n 个覆盖需检查：此后得分已变化（筛选“复检”）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Lot</source>
        <translation>批次(&amp;L)</translation>
    </message>
    <message>
        <source>Open %1 as the lot?</source>
        <translation>将 %1 作为批次打开?</translation>
    </message>
    <message numerus="yes">
        <source>The current lot&apos;s %n scored image(s)</source>
        <translation>
            <numerusform>当前批次中已评分的 %n 张图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n verdict override(s) are replaced; this cannot be undone.</source>
        <translation>
            <numerusform>和 %n 个判定覆盖将被替换;此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the lot</source>
        <translation>替换批次</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n reference image(s) in the lot left out of the scores</source>
        <translation>
            <numerusform>%1；批次中 %n 张参考图像不计入分数</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo: thresholds proposed from the references scored leave-one-out (Lot &gt; Suggest thresholds… to calibrate again)</source>
        <translation>演示：阈值根据留一法评分的参考图像提出（批次 &gt; 建议阈值… 可重新校准）</translation>
    </message>
    <message>
        <source>Recipes</source>
        <translation>配方</translation>
    </message>
    <message>
        <source> Min. area </source>
        <translation> 最小面积 </translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Minimum defect area: an image at or above Fail fails only when a region of its map at or above Fail (or of the mask drawn on it) covers this many pixels; otherwise it goes to review</source>
        <translation>最小缺陷面积：达到失败阈值的图像，只有当其热图（或其上绘制的掩码）中达到阈值的区域覆盖这么多像素时才判为失败，否则转为复核</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>图块</translation>
    </message>
    <message>
        <source>Show the tiles a tiled image was scored as (G)</source>
        <translation>显示分块图像评分所用的图块 (G)</translation>
    </message>
</context>
<context>
    <name>nagl::ui::MaskEditorToolbar</name>
    <message>
        <source>Mask editor</source>
        <translation>掩码编辑器</translation>
    </message>
    <message>
        <source>Navigate</source>
        <translation>浏览</translation>
    </message>
    <message>
        <source>Pan and zoom; no mask editing (N)</source>
        <translation>平移和缩放；不编辑掩码 (N)</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>画笔</translation>
    </message>
    <message>
        <source>Paint the defect mask ([ smaller, ] larger) (B)</source>
        <translation>绘制缺陷掩码（[ 缩小，] 放大）(B)</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>橡皮擦</translation>
    </message>
    <message>
        <source>Erase the defect mask ([ smaller, ] larger) (E)</source>
        <translation>擦除缺陷掩码（[ 缩小，] 放大）(E)</translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation>套索</translation>
    </message>
    <message>
        <source>Drag a freehand outline; it is filled on release; Shift clears instead (L)</source>
        <translation>拖动绘制手绘轮廓；松开时填充；按住 Shift 则改为清除 (L)</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>多边形</translation>
    </message>
    <message>
        <source>Click the corners; double-click or Enter fills, Backspace removes a corner, Escape drops it; Shift clears instead (Shift+L)</source>
        <translation>单击各个角点；双击或按 Enter 填充，Backspace 删除一个角点，Esc 放弃；按住 Shift 则改为清除 (Shift+L)</translation>
    </message>
    <message>
        <source>Flood fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Fill the connected region of the mask under the pointer; Shift clears it (K)</source>
        <translation>填充指针下掩码的连通区域；按住 Shift 则清除 (K)</translation>
    </message>
    <message>
        <source> Brush </source>
        <translation> 画笔 </translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Brush radius in image pixels ([ smaller, ] larger)</source>
        <translation>画笔半径，单位为图像像素（[ 缩小，] 放大）</translation>
    </message>
    <message>
        <source>Smaller brush</source>
        <translation>缩小画笔</translation>
    </message>
    <message>
        <source>Larger brush</source>
        <translation>放大画笔</translation>
    </message>
    <message>
        <source>Smaller brush ([)</source>
        <translation>缩小画笔 ([)</translation>
    </message>
    <message>
        <source>Larger brush (])</source>
        <translation>放大画笔 (])</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>From heatmap</source>
        <translation>从热力图生成</translation>
    </message>
    <message>
        <source>No heatmap for this image: score it first (the mask starts from the fail threshold).</source>
        <translation>此图像没有热力图：请先评分（掩码从不合格阈值开始）。</translation>
    </message>
    <message>
        <source>Replace the mask with the heatmap&apos;s region at or above the fail threshold (M)</source>
        <translation>用热力图中达到或超过不合格阈值的区域替换掩码 (M)</translation>
    </message>
    <message>
        <source>Clear mask</source>
        <translation>清除掩码</translation>
    </message>
    <message>
        <source>Clear the whole mask; undoable (Shift+Del)</source>
        <translation>清除整个掩码；可撤销 (Shift+Del)</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>掩码</translation>
    </message>
    <message>
        <source>Show the defect mask (Shift+M)</source>
        <translation>显示缺陷掩码 (Shift+M)</translation>
    </message>
    <message>
        <source>Mask outline</source>
        <translation>掩码轮廓</translation>
    </message>
    <message>
        <source>Draw the outline of the mask</source>
        <translation>绘制掩码的轮廓</translation>
    </message>
    <message>
        <source> Mask opacity </source>
        <translation> 掩码不透明度 </translation>
    </message>
    <message>
        <source>Opacity of the mask fill</source>
        <translation>掩码填充的不透明度</translation>
    </message>
    <message>
        <source>Mask undo memory: %1 of %2</source>
        <translation>掩码撤销内存：%1 / %2</translation>
    </message>
    <message>
        <source>Undo the last mask edit (Ctrl+Z). %1</source>
        <translation>撤销上一次掩码编辑 (Ctrl+Z)。%1</translation>
    </message>
    <message>
        <source>Redo the mask edit (Ctrl+Shift+Z). %1</source>
        <translation>重做掩码编辑 (Ctrl+Shift+Z)。%1</translation>
    </message>
</context>
<context>
    <name>nagl::ui::MaskLayer</name>
    <message>
        <source>Brush stroke</source>
        <translation>画笔笔画</translation>
    </message>
    <message>
        <source>Eraser stroke</source>
        <translation>橡皮擦笔画</translation>
    </message>
    <message>
        <source>Polygon erase</source>
        <translation>多边形擦除</translation>
    </message>
    <message>
        <source>Polygon fill</source>
        <translation>多边形填充</translation>
    </message>
    <message>
        <source>Flood erase</source>
        <translation>区域擦除</translation>
    </message>
    <message>
        <source>Flood fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Clear mask</source>
        <translation>清除掩码</translation>
    </message>
    <message>
        <source>Mask from heatmap</source>
        <translation>从热力图生成掩码</translation>
    </message>
</context>
<context>
    <name>nagl::ui::MaskToolController</name>
    <message>
        <source>Lasso erase</source>
        <translation>套索擦除</translation>
    </message>
    <message>
        <source>Lasso fill</source>
        <translation>套索填充</translation>
    </message>
</context>
<context>
    <name>nagl::ui::ModelStoreDialog</name>
    <message>
        <source>Stored “%1”: %2</source>
        <translation>已存储“%1”：%2</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>取消下载</translation>
    </message>
    <message>
        <source>Model store</source>
        <translation>模型库</translation>
    </message>
    <message>
        <source>Weights are validated and kept in the model store (%1). The first backbone and head stored become the defaults of the workstation and of nagl infer / eval.</source>
        <translation>权重经过验证后保存在模型库（%1）中。最先存储的骨干网络和检测头将成为工作站以及 nagl infer / eval 的默认模型。</translation>
    </message>
    <message>
        <source>From a file</source>
        <translation>从文件</translation>
    </message>
    <message>
        <source>An official DINOv2 .pth, Hugging Face DINOv2 safetensors, or a NAGL head (.pth from the reference train.py, or safetensors) — e.g. carried in on a USB stick.</source>
        <translation>官方 DINOv2 .pth、Hugging Face DINOv2 safetensors，或 NAGL 检测头（参考实现 train.py 生成的 .pth 或 safetensors）——例如用 U 盘带来的文件。</translation>
    </message>
    <message>
        <source>Download an official DINOv2 checkpoint</source>
        <translation>下载官方 DINOv2 检查点</translation>
    </message>
    <message>
        <source>Uses the proxy in https_proxy / http_proxy. Offline, the message names the file to fetch elsewhere and import here.</source>
        <translation>使用 https_proxy / http_proxy 中的代理。离线时，消息会指明需要在别处获取并在此导入的文件。</translation>
    </message>
    <message>
        <source>Import a checkpoint</source>
        <translation>导入检查点</translation>
    </message>
    <message>
        <source>Checkpoints (*.pth *.pt *.safetensors);;All files (*)</source>
        <translation>检查点 (*.pth *.pt *.safetensors);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>正在下载 %1…</translation>
    </message>
    <message>
        <source>Download cancelled; the part already downloaded is kept, Download resumes it.</source>
        <translation>下载已取消；已下载的部分会保留，点击“下载”即可继续。</translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation>下载失败：%1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 / %2 MB</translation>
    </message>
    <message>
        <source>Its training sidecar is unreadable: %1</source>
        <translation>其训练附带文件无法读取：%1</translation>
    </message>
    <message>
        <source>Set as default</source>
        <translation>设为默认</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Stored models</source>
        <translation>已存储的模型</translation>
    </message>
    <message>
        <source>Setting “%1” as the default…</source>
        <translation>正在将“%1”设为默认…</translation>
    </message>
    <message>
        <source>Not changed: “%1” is no longer in the store.</source>
        <translation>未更改：“%1”已不在模型库中。</translation>
    </message>
    <message>
        <source>backbone</source>
        <translation>骨干网络</translation>
    </message>
    <message>
        <source>head</source>
        <translation>头部</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message>
        <source>Remove “%1” from the model store? Its stored file is deleted; the file it was imported from is not touched.</source>
        <translation>要从模型库中删除“%1”吗？其存储的文件将被删除；导入时的源文件不受影响。</translation>
    </message>
    <message>
        <source>It is the default backbone; “%1” becomes the default.</source>
        <translation>它是默认骨干网络；“%1”将成为默认。</translation>
    </message>
    <message>
        <source>It is the default head; “%1” becomes the default.</source>
        <translation>它是默认头部；“%1”将成为默认。</translation>
    </message>
    <message>
        <source>It is the default backbone and no other backbone is stored: there will be no default backbone until one is imported.</source>
        <translation>它是默认骨干网络，且没有存储其他骨干网络：在导入新的骨干网络之前将没有默认骨干网络。</translation>
    </message>
    <message>
        <source>It is the default head and no other head is stored: there will be no default head until one is imported.</source>
        <translation>它是默认头部，且没有存储其他头部：在导入新的头部之前将没有默认头部。</translation>
    </message>
    <message>
        <source>Remove a model</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Removing “%1”…</source>
        <translation>正在删除“%1”…</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>“%1” is now the default.</source>
        <translation>“%1”现在是默认。</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>Training data: %1</source>
        <translation>训练数据：%1</translation>
    </message>
    <message>
        <source>%1, SHA-256 %2</source>
        <translation>%1，SHA-256 %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>图像尺寸</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>训练于</translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation>骨干网络</translation>
    </message>
    <message>
        <source>Image AUROC</source>
        <translation>图像 AUROC</translation>
    </message>
    <message>
        <source>Pixel AUROC</source>
        <translation>像素 AUROC</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>From the head&apos;s training sidecar: the image size it was trained at</source>
        <translation>来自头部的训练附带文件：训练时使用的图像尺寸</translation>
    </message>
    <message>
        <source>Held-out validation of the head&apos;s training</source>
        <translation>头部训练时的留出验证</translation>
    </message>
    <message>
        <source>The default backbone</source>
        <translation>默认骨干网络</translation>
    </message>
    <message>
        <source>The default head</source>
        <translation>默认头部</translation>
    </message>
    <message>
        <source>sidecar unreadable</source>
        <translation>附带文件无法读取</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>SHA-256 of the imported file: %1
of the stored file: %2</source>
        <translation>导入文件的 SHA-256：%1
存储文件的 SHA-256：%2</translation>
    </message>
    <message>
        <source>“%1” is now the default backbone.</source>
        <translation>“%1”现在是默认骨干网络。</translation>
    </message>
    <message>
        <source>“%1” is now the default head.</source>
        <translation>“%1”现在是默认头部。</translation>
    </message>
</context>
<context>
    <name>nagl::ui::OverrideMenu</name>
    <message>
        <source>Comment on the override…</source>
        <translation>为覆盖添加备注…</translation>
    </message>
    <message>
        <source>Keep the override at the new score</source>
        <translation>在新得分下保留覆盖</translation>
    </message>
    <message>
        <source>Clear the override</source>
        <translation>清除覆盖</translation>
    </message>
    <message>
        <source>Override comment</source>
        <translation>覆盖备注</translation>
    </message>
    <message>
        <source>Why this verdict? (saved with the project and named in the reports)</source>
        <translation>为何作此判定？（随项目保存，并写入报告）</translation>
    </message>
</context>
<context>
    <name>nagl::ui::ProjectController</name>
    <message>
        <source>Untitled project</source>
        <translation>未命名项目</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>新建项目(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>NAGL projects (*.nagl);;All files (*)</source>
        <translation>NAGL 项目 (*.nagl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>最近的项目(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>保存项目(&amp;S)</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>项目另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>NAGL Inspector</source>
        <translation>NAGL Inspector</translation>
    </message>
    <message>
        <source>%1[*] — NAGL Inspector</source>
        <translation>%1[*] — NAGL Inspector</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>项目“%1”有未保存的更改。是否保存?</translation>
    </message>
    <message>
        <source>The autosave journal of %1 cannot be read and is ignored:
%2</source>
        <translation>%1 的自动保存日志无法读取，已忽略:
%2</translation>
    </message>
    <message>
        <source>%1 has unsaved changes, autosaved at %2, that are newer than the saved project (NAGL Inspector did not close cleanly).

Recover them? (No opens the saved version and drops the autosaved changes.)</source>
        <translation>%1 有比已保存项目更新的未保存更改(自动保存于 %2，NAGL Inspector 未正常关闭)。

是否恢复?(选择“否”将打开已保存的版本并丢弃自动保存的更改。)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>The project cannot be opened; the file was not changed.

%1</source>
        <translation>无法打开项目；文件未被更改。

%1</translation>
    </message>
    <message>
        <source>Recovered the autosaved changes of %1</source>
        <translation>已恢复 %1 的自动保存更改</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message numerus="yes">
        <source> (%n cached result(s) in %1 ms)</source>
        <translation>
            <numerusform> (%n 个缓存结果，用时 %1 ms)</numerusform>
        </translation>
    </message>
    <message>
        <source>; the results cache is unreadable and was left out: %1</source>
        <translation>；结果缓存无法读取，已略过:%1</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>NAGL projects (*.nagl)</source>
        <translation>NAGL 项目 (*.nagl)</translation>
    </message>
    <message>
        <source>The project is being opened or saved; try again in a moment.</source>
        <translation>项目正在打开或保存，请稍后再试。</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <source>The project was not saved; the previous file is unchanged.

%1

Use File &gt; Save project as… to save it elsewhere.</source>
        <translation>项目未保存；原文件保持不变。

%1

请使用“文件 &gt; 项目另存为…”保存到其他位置。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败:%1</translation>
    </message>
    <message>
        <source>NAGL Inspector did not close cleanly. The project %1 has unsaved changes autosaved at %2.

Recover them? (No drops the autosaved changes; Cancel asks again next time.)</source>
        <translation>NAGL Inspector 未正常关闭。项目 %1 有自动保存于 %2 的未保存更改。

是否恢复?(“否”将丢弃自动保存的更改；“取消”将在下次再次询问。)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(无)</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>Work from your last session that was not saved in a project was autosaved at %1.

Restore it? (No drops it; Cancel asks again next time.)</source>
        <translation>上次会话中未保存到项目的工作已于 %1 自动保存。

是否恢复？（“否”将丢弃它；“取消”将在下次启动时再次询问。）</translation>
    </message>
    <message>
        <source>%1 — NAGL Inspector</source>
        <translation>%1 — NAGL Inspector</translation>
    </message>
    <message>
        <source>%1[*] — %2 — NAGL Inspector</source>
        <translation>%1[*] — %2 — NAGL Inspector</translation>
    </message>
</context>
<context>
    <name>nagl::ui::RecipeController</name>
    <message>
        <source>New lot from &amp;recipe…</source>
        <translation>从配方新建批次(&amp;R)…</translation>
    </message>
    <message>
        <source>Take the model, references and thresholds of a recipe and score a lot folder with them</source>
        <translation>采用配方的模型、参考图像和阈值，并以此对批次文件夹评分</translation>
    </message>
    <message>
        <source>Save as re&amp;cipe…</source>
        <translation>另存为配方(&amp;C)…</translation>
    </message>
    <message>
        <source>Save the current model, references and thresholds as a recipe for this product</source>
        <translation>将当前模型、参考图像和阈值保存为此产品的配方</translation>
    </message>
    <message>
        <source>Saving the recipe %1…</source>
        <translation>正在保存配方 %1…</translation>
    </message>
    <message>
        <source>The recipe was not saved: %1</source>
        <translation>配方未保存：%1</translation>
    </message>
    <message>
        <source>Recipe &quot;%1&quot; saved to %2</source>
        <translation>配方“%1”已保存到 %2</translation>
    </message>
    <message>
        <source>Reading the recipe %1…</source>
        <translation>正在读取配方 %1…</translation>
    </message>
    <message>
        <source>Recipe &quot;%1&quot;: model, references and thresholds taken</source>
        <translation>配方“%1”：已采用模型、参考图像和阈值</translation>
    </message>
    <message>
        <source>; not applied here: %1</source>
        <translation>；此处未应用：%1</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>配方</translation>
    </message>
    <message>
        <source>Open the model store…</source>
        <translation>打开模型库…</translation>
    </message>
    <message>
        <source>Save as recipe</source>
        <translation>另存为配方</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>New lot from recipe</source>
        <translation>从配方新建批次</translation>
    </message>
    <message>
        <source>The lot to score with %1</source>
        <translation>用 %1 评分的批次</translation>
    </message>
</context>
<context>
    <name>nagl::ui::RecipeLibrary</name>
    <message>
        <source>Search recipes</source>
        <translation>搜索配方</translation>
    </message>
    <message>
        <source>New lot…</source>
        <translation>新建批次…</translation>
    </message>
    <message>
        <source>Open a lot folder and score it with the chosen recipe (or choose a recipe file)</source>
        <translation>打开批次文件夹并用所选配方评分（或选择配方文件）</translation>
    </message>
    <message>
        <source>Save as recipe…</source>
        <translation>另存为配方…</translation>
    </message>
    <message>
        <source>Save the current model, references and thresholds as a recipe for this product</source>
        <translation>将当前模型、参考图像和阈值保存为此产品的配方</translation>
    </message>
</context>
<context>
    <name>nagl::ui::ReferencePanel</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff);;All files (*)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.bmp *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Set mask…</source>
        <translation>设置掩码…</translation>
    </message>
    <message>
        <source>Choose the defect mask of the selected defective reference</source>
        <translation>为所选缺陷参考选择缺陷掩码</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <source>Defect-free reference images: drop files here</source>
        <translation>无缺陷参考图像：将文件拖放到此处</translation>
    </message>
    <message>
        <source>Defective reference images and their masks (&lt;name&gt;_mask.png): drop files here</source>
        <translation>缺陷参考图像及其掩码（&lt;名称&gt;_mask.png）：将文件拖放到此处</translation>
    </message>
    <message>
        <source>%1: no defective reference of that name takes this mask</source>
        <translation>%1：没有同名的缺陷参考可使用此掩码</translation>
    </message>
    <message>
        <source>%1 — no mask (not used)</source>
        <translation>%1 — 无掩码（不使用）</translation>
    </message>
    <message>
        <source>%1
No defect mask: double-click or use “Set mask…”, or drop %2_mask.png here</source>
        <translation>%1
无缺陷掩码：双击或使用“设置掩码…”，或将 %2_mask.png 拖放到此处</translation>
    </message>
    <message>
        <source>%1 — mask %2</source>
        <translation>%1 — 掩码 %2</translation>
    </message>
    <message>
        <source>%1
mask: %2</source>
        <translation>%1
掩码：%2</translation>
    </message>
    <message>
        <source>Add normal references</source>
        <translation>添加正常参考</translation>
    </message>
    <message>
        <source>Add defective references</source>
        <translation>添加缺陷参考</translation>
    </message>
    <message>
        <source>Select a defective reference first.</source>
        <translation>请先选择一个缺陷参考。</translation>
    </message>
    <message>
        <source>Mask of %1</source>
        <translation>%1 的掩码</translation>
    </message>
</context>
<context>
    <name>nagl::ui::RegionNavigator</name>
    <message>
        <source>Zoom to the &amp;worst region</source>
        <translation>缩放到最严重区域(&amp;W)</translation>
    </message>
    <message>
        <source>Ne&amp;xt defect region</source>
        <translation>下一个缺陷区域(&amp;X)</translation>
    </message>
    <message>
        <source>Pre&amp;vious defect region</source>
        <translation>上一个缺陷区域(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom onto the highest-scoring region at or above the fail threshold (W)</source>
        <translation>缩放到不低于不合格阈值且得分最高的区域 (W)</translation>
    </message>
    <message>
        <source>This image has no anomaly map yet: score it first (F5).</source>
        <translation>此图像还没有异常图:请先评分 (F5)。</translation>
    </message>
    <message>
        <source>No region of this image reaches the fail threshold.</source>
        <translation>此图像没有达到不合格阈值的区域。</translation>
    </message>
    <message>
        <source>Defect region %1 of %2: %3 px, peak %4</source>
        <translation>缺陷区域 %1 / %2:%3 px,峰值 %4</translation>
    </message>
</context>
<context>
    <name>nagl::ui::ScoreHistogramView</name>
    <message>
        <source>images</source>
        <translation>图像数</translation>
    </message>
    <message>
        <source>image score</source>
        <translation>图像分数</translation>
    </message>
    <message>
        <source>Drag the orange (review) or red (fail) line to change the thresholds</source>
        <translation>拖动橙色（复检）或红色（不合格）线以更改阈值</translation>
    </message>
    <message>
        <source>review ≥ %1</source>
        <translation>复核 ≥ %1</translation>
    </message>
    <message>
        <source>fail ≥ %1</source>
        <translation>不合格 ≥ %1</translation>
    </message>
</context>
<context>
    <name>nagl::ui::SettingsDialog</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Checkpoints (*.pth *.pt *.safetensors);;All files (*)</source>
        <translation>检查点 (*.pth *.pt *.safetensors);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Model settings</source>
        <translation>模型设置</translation>
    </message>
    <message>
        <source>DINOv2 checkpoint (.pth or .safetensors)</source>
        <translation>DINOv2 检查点（.pth 或 .safetensors）</translation>
    </message>
    <message>
        <source>optional: NAGL head (.pth); without it scoring is normal-only</source>
        <translation>可选：NAGL 检测头（.pth）；没有它时仅基于正常参考评分</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Automatic (CUDA when available)</source>
        <translation>自动（可用时使用 CUDA）</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <source>all cores</source>
        <translation>全部核心</translation>
    </message>
    <message>
        <source>Backbone:</source>
        <translation>骨干网络：</translation>
    </message>
    <message>
        <source>DINOv2 backbone</source>
        <translation>DINOv2 骨干网络</translation>
    </message>
    <message>
        <source>Head:</source>
        <translation>检测头：</translation>
    </message>
    <message>
        <source>NAGL head</source>
        <translation>NAGL 检测头</translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation>图像尺寸：</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation>CPU 线程数：</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>批处理大小：</translation>
    </message>
    <message>
        <source>Official DINOv2 .pth files or Hugging Face facebook/dinov2-* safetensors are accepted. Changes apply to the next run.</source>
        <translation>支持官方 DINOv2 .pth 文件或 Hugging Face facebook/dinov2-* safetensors。更改将在下次运行时生效。</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>系统默认（%1）</translation>
    </message>
    <message>
        <source>A new language takes effect when NAGL Inspector is restarted.</source>
        <translation>新语言将在重新启动 NAGL Inspector 后生效。</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Model store: import or download…</source>
        <translation>模型库：导入或下载…</translation>
    </message>
    <message>
        <source>Tiling:</source>
        <translation>分块：</translation>
    </message>
</context>
<context>
    <name>nagl::ui::ShortcutsDialog</name>
    <message>
        <source>Lot: move</source>
        <translation>批次：移动</translation>
    </message>
    <message>
        <source>↑ ↓ Home End</source>
        <translation>↑ ↓ Home End</translation>
    </message>
    <message>
        <source>Lot: override the verdict as pass / review / fail (again: clear)</source>
        <translation>批次：将判定覆盖为合格 / 复检 / 不合格(再按一次：清除)</translation>
    </message>
    <message>
        <source>Lot: comment on an override</source>
        <translation>批次：为覆盖添加备注</translation>
    </message>
    <message>
        <source>right-click</source>
        <translation>右键</translation>
    </message>
    <message>
        <source>Viewer: zoom</source>
        <translation>查看器：缩放</translation>
    </message>
    <message>
        <source>mouse wheel</source>
        <translation>鼠标滚轮</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>nagl::ui::ThresholdSuggestionDialog</name>
    <message>
        <source>unknown (no image of that kind)</source>
        <translation>未知（没有此类图像）</translation>
    </message>
    <message>
        <source>%1 (%2): pass %3, review %4, fail %5</source>
        <translation>%1（%2）：合格 %3，复核 %4，不合格 %5</translation>
    </message>
    <message>
        <source>Suggest thresholds</source>
        <translation>建议阈值</translation>
    </message>
    <message>
        <source>Calibrate on images that are not the lot under audit:</source>
        <translation>在不属于待审核批次的图像上校准：</translation>
    </message>
    <message>
        <source>The &amp;references, each scored against the others (leave-one-out)</source>
        <translation>参考图像(&amp;R)，每张对照其余图像评分（留一法）</translation>
    </message>
    <message>
        <source>A labelled &amp;calibration lot (good/ normal, test/&lt;defect&gt;/ defective):</source>
        <translation>带标签的校准批次(&amp;C)（good/ 正常，test/&lt;缺陷&gt;/ 缺陷）：</translation>
    </message>
    <message>
        <source>Folder of the calibration lot</source>
        <translation>校准批次文件夹</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation>评分(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel scoring</source>
        <translation>取消评分</translation>
    </message>
    <message>
        <source>&amp;Use these thresholds</source>
        <translation>使用这些阈值(&amp;U)</translation>
    </message>
    <message>
        <source>Calibration lot</source>
        <translation>校准批次</translation>
    </message>
    <message>
        <source>Choose a backbone checkpoint first (Model &gt; Settings…).</source>
        <translation>请先选择骨干网络检查点（模型 &gt; 设置…）。</translation>
    </message>
    <message>
        <source>Scoring…</source>
        <translation>正在评分…</translation>
    </message>
    <message>
        <source>Scoring cancelled: nothing is proposed.</source>
        <translation>评分已取消：没有建议。</translation>
    </message>
    <message>
        <source>Could not score the calibration images: %1</source>
        <translation>无法为校准图像评分：%1</translation>
    </message>
    <message>
        <source>No normal calibration image could be scored: nothing is proposed.</source>
        <translation>没有可评分的正常校准图像：没有建议。</translation>
    </message>
    <message>
        <source>Proposed: review ≥ %1, fail ≥ %2</source>
        <translation>建议：复核 ≥ %1，不合格 ≥ %2</translation>
    </message>
    <message>
        <source>Normal images</source>
        <translation>正常图像</translation>
    </message>
    <message>
        <source>Defective images</source>
        <translation>缺陷图像</translation>
    </message>
    <message>
        <source>No defective image was scored: misses cannot be estimated.</source>
        <translation>没有缺陷图像被评分：无法估计漏检。</translation>
    </message>
    <message>
        <source>Expected misses (defects that pass): %1</source>
        <translation>预计漏检（被判合格的缺陷）：%1</translation>
    </message>
    <message>
        <source>Expected false alarms (normals that fail): %1</source>
        <translation>预计误报（被判不合格的正常品）：%1</translation>
    </message>
    <message>
        <source>Few calibration images: these rates are rough estimates.</source>
        <translation>校准图像较少：这些比率只是粗略估计。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be read and were left out.</source>
        <translation>
            <numerusform>%n 张图像无法读取，已排除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) outside good/ and test/&lt;defect&gt;/ were left out.</source>
        <translation>
            <numerusform>已排除 good/ 和 test/&lt;缺陷&gt;/ 之外的 %n 张图像。</numerusform>
        </translation>
    </message>
    <message>
        <source>Current: review ≥ %1, fail ≥ %2</source>
        <translation>当前：复核 ≥ %1，不合格 ≥ %2</translation>
    </message>
    <message>
        <source>&amp;Suggest thresholds…</source>
        <translation>建议阈值(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>nagl::ui::TilingControls</name>
    <message>
        <source>Off: score each image whole</source>
        <translation>关闭：整幅图像评分</translation>
    </message>
    <message>
        <source>Auto: from the smallest defect</source>
        <translation>自动：按最小缺陷确定</translation>
    </message>
    <message>
        <source>Fixed tile size</source>
        <translation>固定图块尺寸</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Automatic (aligned when the sizes match)</source>
        <translation>自动（尺寸一致时按位置对齐）</translation>
    </message>
    <message>
        <source>Aligned: same position and its neighbours</source>
        <translation>对齐：相同位置及其相邻图块</translation>
    </message>
    <message>
        <source>Pooled: all reference tiles</source>
        <translation>汇集：所有参考图块</translation>
    </message>
    <message>
        <source>Smallest defect:</source>
        <translation>最小缺陷：</translation>
    </message>
    <message>
        <source>Tile side:</source>
        <translation>图块边长：</translation>
    </message>
    <message>
        <source>Reference tiles:</source>
        <translation>参考图块：</translation>
    </message>
    <message>
        <source>Every image is resized to %1 px: a defect smaller than %2 of the image&apos;s side may vanish.</source>
        <translation>每幅图像都缩放到 %1 像素：小于图像边长 %2 的缺陷可能消失。</translation>
    </message>
    <message>
        <source>Tiles of %1 px overlapping by %2 px, each resized to %3 px: one model patch covers %4 px. The image score is the highest tile score; an image no larger than a tile is scored whole.</source>
        <translation>图块 %1 像素，重叠 %2 像素，各缩放到 %3 像素：一个模型块覆盖 %4 像素。图像分数取图块分数的最大值；不大于一个图块的图像整幅评分。</translation>
    </message>
</context>
<context>
    <name>nagl::ui::TrainedHeadImport</name>
    <message>
        <source>The best head is in the model store as “%1”.</source>
        <translation>最佳头部已作为“%1”存入模型库。</translation>
    </message>
    <message>
        <source>The best head could not be stored: %1</source>
        <translation>无法保存最佳头部：%1</translation>
    </message>
</context>
<context>
    <name>nagl::ui::TrainingCharts</name>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>training loss (epoch mean)</source>
        <translation>训练损失（本轮均值）</translation>
    </message>
    <message>
        <source>probe episodes</source>
        <translation>探测回合</translation>
    </message>
    <message>
        <source>image AUROC</source>
        <translation>图像 AUROC</translation>
    </message>
    <message>
        <source>pixel AUROC</source>
        <translation>像素 AUROC</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Held-out categories</source>
        <translation>留出类别</translation>
    </message>
    <message>
        <source>AUROC</source>
        <translation>AUROC</translation>
    </message>
</context>
<context>
    <name>nagl::ui::TrainingDialog</name>
    <message>
        <source>Train a head</source>
        <translation>训练头部</translation>
    </message>
    <message>
        <source>Choose the data and press Start.</source>
        <translation>选择数据后按“开始”。</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel &amp;training</source>
        <translation>取消训练(&amp;T)</translation>
    </message>
    <message>
        <source>Use as &amp;default head</source>
        <translation>设为默认头部(&amp;D)</translation>
    </message>
    <message>
        <source>Device: %1 · %2</source>
        <translation>设备：%1 · %2</translation>
    </message>
    <message>
        <source>Device: %1 (%2) · %3</source>
        <translation>设备：%1（%2）· %3</translation>
    </message>
    <message>
        <source>Computing backbone features: %1 of %2 images</source>
        <translation>正在计算骨干特征：%1 / %2 张图像</translation>
    </message>
    <message>
        <source>Epoch %1: loss %2, held-out image AUROC %3, pixel AUROC %4%5</source>
        <translation>第 %1 轮：损失 %2，留出图像 AUROC %3，像素 AUROC %4%5</translation>
    </message>
    <message>
        <source> (best so far)</source>
        <translation> (目前最佳)</translation>
    </message>
    <message>
        <source>“%1” is now the default head.</source>
        <translation>“%1”现在是默认头部。</translation>
    </message>
    <message>
        <source>Could not make “%1” the default head: %2</source>
        <translation>无法将“%1”设为默认头部：%2</translation>
    </message>
    <message>
        <source>A training was paused in %1: Resume continues it.</source>
        <translation>%1 中有一次训练已暂停：按“继续”可接着训练。</translation>
    </message>
    <message>
        <source>Drag dataset folders here: MVTec AD layout or VisA as released</source>
        <translation>将数据集文件夹拖到这里：MVTec AD 布局或原始发布的 VisA</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Dataset root</source>
        <translation>数据集根目录</translation>
    </message>
    <message>
        <source>Dataset roots:</source>
        <translation>数据集根目录：</translation>
    </message>
    <message>
        <source>default: the last 20 % of the categories by name</source>
        <translation>默认：按名称排序的最后 20 % 类别</translation>
    </message>
    <message>
        <source>Held-out categories:</source>
        <translation>留出类别：</translation>
    </message>
    <message>
        <source>Auto (CUDA when available)</source>
        <translation>自动（可用时使用 CUDA）</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>轮数：</translation>
    </message>
    <message>
        <source>Episodes per epoch:</source>
        <translation>每轮回合数：</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>批量：</translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation>图像尺寸：</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Backbone:</source>
        <translation>骨干网络：</translation>
    </message>
    <message>
        <source>the model store&apos;s default backbone</source>
        <translation>模型库的默认骨干网络</translation>
    </message>
    <message>
        <source>Run folder:</source>
        <translation>运行文件夹：</translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation>运行文件夹</translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation>骨干网络</translation>
    </message>
    <message>
        <source>Checkpoints (*.pth *.pt *.safetensors)</source>
        <translation>检查点 (*.pth *.pt *.safetensors)</translation>
    </message>
    <message>
        <source>Add at least one dataset root and choose a run folder.</source>
        <translation>请至少添加一个数据集根目录并选择运行文件夹。</translation>
    </message>
    <message>
        <source>Training cancelled. What it wrote stays in %1.</source>
        <translation>训练已取消。已写入的内容保留在 %1。</translation>
    </message>
    <message>
        <source>Epoch %1 of %2 · step %3 of %4 · loss %5 · %6 s per step · %7 left</source>
        <translation>第 %1/%2 轮 · 第 %3/%4 步 · 损失 %5 · 每步 %6 秒 · 剩余 %7</translation>
    </message>
    <message>
        <source>Pausing after the current step…</source>
        <translation>当前步骤结束后暂停…</translation>
    </message>
    <message>
        <source>Paused. Resume continues from the saved state in %1.</source>
        <translation>已暂停。“继续”将从 %1 中保存的状态接着训练。</translation>
    </message>
    <message>
        <source>Cancelling after the current step…</source>
        <translation>当前步骤结束后取消…</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>训练失败：%1</translation>
    </message>
    <message>
        <source>Training finished. Storing the best head…</source>
        <translation>训练完成。正在保存最佳头部…</translation>
    </message>
</context>
<context>
    <name>nagl::ui::TrainingJob</name>
    <message>
        <source>Could not start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>The training process crashed. %1</source>
        <translation>训练进程崩溃了。%1</translation>
    </message>
    <message>
        <source>The training process ended with exit code %1.</source>
        <translation>训练进程以退出码 %1 结束。</translation>
    </message>
</context>
<context>
    <name>nagl::ui::TrainingLauncher</name>
    <message>
        <source>&amp;Train a head…</source>
        <translation>训练头部(&amp;T)…</translation>
    </message>
    <message>
        <source>Train a NAGL head on MVTec AD or VisA data, in a separate process</source>
        <translation>在独立进程中用 MVTec AD 或 VisA 数据训练 NAGL 头部</translation>
    </message>
    <message>
        <source>A head is training</source>
        <translation>头部正在训练</translation>
    </message>
    <message>
        <source>A head is still training. Pause it (Model &gt; Train a head… resumes it later), stop it, or keep working?</source>
        <translation>头部仍在训练。暂停（稍后可在“模型 &gt; 训练头部…”中继续）、停止，还是继续工作？</translation>
    </message>
    <message>
        <source>&amp;Pause and quit</source>
        <translation>暂停并退出(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Stop and quit</source>
        <translation>停止并退出(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>继续工作(&amp;K)</translation>
    </message>
</context>
<context>
    <name>nagl::ui::UndoRouter</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>nagl::ui::WatchBanner</name>
    <message>
        <source>Newest first</source>
        <translation>最新优先</translation>
    </message>
    <message>
        <source>By score</source>
        <translation>按分数</translation>
    </message>
    <message>
        <source>The order of the lot while watching: the images that arrived last, or the highest scores, on top</source>
        <translation>监视时批次的排序: 最后到达的图像或分数最高的图像排在最上面</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>停止监视</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Hide the alarm until the next failed image</source>
        <translation>隐藏警报, 直到下一张不合格图像</translation>
    </message>
    <message>
        <source>FAIL %1 — score %2</source>
        <translation>不合格 %1 — 分数 %2</translation>
    </message>
</context>
<context>
    <name>nagl::ui::WatchController</name>
    <message>
        <source>Watching %1: %2</source>
        <translation>正在监视 %1: %2</translation>
    </message>
    <message>
        <source>&amp;Watch folder…</source>
        <translation>监视文件夹(&amp;W)…</translation>
    </message>
    <message>
        <source>Make a folder&apos;s images the lot and score the new ones as they arrive</source>
        <translation>将文件夹的图像作为批次, 并在新图像到达时为其评分</translation>
    </message>
    <message>
        <source>Stop &amp;watching</source>
        <translation>停止监视(&amp;W)</translation>
    </message>
    <message>
        <source>Sound on fail</source>
        <translation>不合格时发声</translation>
    </message>
    <message>
        <source>Beep for each batch with a failed image while watching</source>
        <translation>监视时, 每批含不合格图像的到达都发出提示音</translation>
    </message>
    <message>
        <source>Watch folder</source>
        <translation>监视文件夹</translation>
    </message>
    <message>
        <source>Cancel the running inspection before watching a folder.</source>
        <translation>请先取消正在运行的检测, 再监视文件夹。</translation>
    </message>
    <message>
        <source>Cannot watch %1: not a folder</source>
        <translation>无法监视 %1: 不是文件夹</translation>
    </message>
    <message>
        <source>Stopped watching %1</source>
        <translation>已停止监视 %1</translation>
    </message>
    <message>
        <source>over the last hour</source>
        <translation>最近一小时</translation>
    </message>
    <message numerus="yes">
        <source>over the last %n min</source>
        <translation>
            <numerusform>最近 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %1: %n image(s)</source>
        <translation>
            <numerusform>正在监视 %1: %n 张图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fail</source>
        <translation>
            <numerusform>%n 张不合格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review</source>
        <translation>
            <numerusform>%n 张复检</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n 张不可读</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to score</source>
        <translation>
            <numerusform>%n 张待评分</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 fail/h %2</source>
        <translation>不合格 %1 张/小时 (%2)</translation>
    </message>
</context>
<context>
    <name>nagl::ui::WindowLevelControls</name>
    <message>
        <source> Level </source>
        <translation> 窗位 </translation>
    </message>
    <message>
        <source> Width </source>
        <translation> 窗宽 </translation>
    </message>
    <message>
        <source>Window level: the sample value shown mid-grey</source>
        <translation>窗位：显示为中灰色的采样值</translation>
    </message>
    <message>
        <source>Window width: the range of sample values spread from black to white</source>
        <translation>窗宽：从黑到白铺展的采样值范围</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Automatic window for each image: full range for 8-bit images, 0.5 %–99.5 % percentiles for 16-bit ones</source>
        <translation>每张图像自动设置窗口：8 位图像使用全范围，16 位图像使用 0.5 %–99.5 % 百分位</translation>
    </message>
</context>
</TS>
