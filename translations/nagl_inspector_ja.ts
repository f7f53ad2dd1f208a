<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>CalibrationPlanText</name>
    <message>
        <source>Scoring the references leave-one-out needs at least two normal references.</source>
        <translation>参照画像の leave-one-out 評価には正常参照が2枚以上必要です。</translation>
    </message>
    <message>
        <source>Choose the folder of a labelled calibration lot.</source>
        <translation>ラベル付きキャリブレーションロットのフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>The calibration lot must not be the lot under audit or overlap it (%1).</source>
        <translation>キャリブレーションロットは監査中のロットと同じか重なってはいけません (%1)。</translation>
    </message>
    <message>
        <source>Add at least one reference image.</source>
        <translation>参照画像を少なくとも1枚追加してください。</translation>
    </message>
</context>
<context>
    <name>CalibrationScorerText</name>
    <message>
        <source>The calibration lot %1 has no normal image (a good/ folder).</source>
        <translation>キャリブレーションロット %1 に正常画像 (good/ フォルダー) がありません。</translation>
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
        <translation>デモを準備できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>RecipeText</name>
    <message>
        <source>No backbone is chosen (Model &gt; Settings).</source>
        <translation>バックボーンが選択されていません（モデル &gt; 設定）。</translation>
    </message>
    <message>
        <source>Defective references need a NAGL head (Model &gt; Settings).</source>
        <translation>不良参照画像には NAGL ヘッドが必要です（モデル &gt; 設定）。</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder for the edited masks.</source>
        <translation>編集したマスク用の一時フォルダーを作成できません。</translation>
    </message>
    <message>
        <source>Cannot write the edited mask of %1 to %2.</source>
        <translation>%1 の編集済みマスクを %2 に書き込めません。</translation>
    </message>
    <message>
        <source>%1: the recipe&apos;s references changed since it was made:
%2</source>
        <translation>%1: レシピの作成後に参照画像が変更されました:
%2</translation>
    </message>
    <message>
        <source>precision %1: the workstation runs fp32</source>
        <translation>精度 %1: ワークステーションは fp32 で実行します</translation>
    </message>
</context>
<context>
    <name>ThresholdSourceText</name>
    <message>
        <source>⚠ thresholds not calibrated: every image goes to review (Lot &gt; Suggest thresholds…)</source>
        <translation>⚠ しきい値が未校正: すべての画像が要確認になります (ロット &gt; しきい値を提案…)</translation>
    </message>
    <message>
        <source>thresholds set by hand</source>
        <translation>しきい値は手動設定</translation>
    </message>
    <message>
        <source>thresholds from the calibration lot %1</source>
        <translation>キャリブレーションロット %1 によるしきい値</translation>
    </message>
    <message>
        <source>thresholds from the references scored leave-one-out (normal: %1, defective: %2)</source>
        <translation>leave-one-out で評価した参照画像によるしきい値 (正常: %1、不良: %2)</translation>
    </message>
    <message>
        <source>thresholds from the recipe %1</source>
        <translation>レシピ %1 のしきい値</translation>
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
        <translation>要確認</translation>
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
        <translation>少数の参照画像による外観異常検査ワークステーション</translation>
    </message>
    <message>
        <source>Generate (or reuse) a demo lot and run it.</source>
        <translation>デモ用ロットを生成（または再利用）して実行します。</translation>
    </message>
    <message>
        <source>DINOv2 backbone checkpoint.</source>
        <translation>DINOv2 バックボーンのチェックポイント。</translation>
    </message>
    <message>
        <source>NAGL head checkpoint.</source>
        <translation>NAGL ヘッドのチェックポイント。</translation>
    </message>
    <message>
        <source>Run the demo, save screenshots to DIR and quit.</source>
        <translation>デモを実行し、スクリーンショットを DIR に保存して終了します。</translation>
    </message>
</context>
<context>
    <name>nagl::ui::AboutDialog</name>
    <message>
        <source>%1 %2 compiled against, %3 loaded</source>
        <translation>%1 %2（ビルド時）、%3（読み込み済み）</translation>
    </message>
    <message>
        <source>%1 %2 compiled against (the loaded library reports no version)</source>
        <translation>%1 %2（ビルド時。読み込まれたライブラリはバージョンを報告しません）</translation>
    </message>
    <message>
        <source>not loaded yet: the first run chooses it (setting: %1)</source>
        <translation>未読み込み: 最初の実行で選択されます（設定: %1）</translation>
    </message>
    <message>
        <source>CUDA not used: %1</source>
        <translation>CUDA 未使用: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>NAGL Inspector (this program)</source>
        <translation>NAGL Inspector（本プログラム）</translation>
    </message>
    <message>
        <source>no licence chosen yet, all rights reserved (see %1)</source>
        <translation>ライセンスは未選定、すべての権利を留保（%1 を参照）</translation>
    </message>
    <message>
        <source>DINOv2 (Meta AI), code and weights</source>
        <translation>DINOv2（Meta AI）、コードと重み</translation>
    </message>
    <message>
        <source>NAGL reference implementation (NeurIPS 2025, arXiv 2510.00495)</source>
        <translation>NAGL リファレンス実装（NeurIPS 2025、arXiv 2510.00495）</translation>
    </message>
    <message>
        <source>unknown, not recorded by this project</source>
        <translation>不明（本プロジェクトでは記録されていません）</translation>
    </message>
    <message>
        <source>NAGL Inspector</source>
        <translation>NAGL Inspector</translation>
    </message>
    <message>
        <source>Few-shot visual anomaly inspection: a DINOv2 backbone and a NAGL head score images against a few normal and defective references.</source>
        <translation>少数ショットの外観異常検査: DINOv2 バックボーンと NAGL ヘッドが、少数の正常・不良参照画像をもとに画像を評価します。</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>The program ships no model weights: backbones and heads are imported or downloaded by the user, under their own licences.</source>
        <translation>本プログラムはモデルの重みを同梱しません。バックボーンとヘッドは利用者がインポートまたはダウンロードし、それぞれのライセンスに従います。</translation>
    </message>
    <message>
        <source>About NAGL Inspector</source>
        <translation>NAGL Inspector について</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>nagl::ui::ChartsPanel</name>
    <message>
        <source>false positive rate</source>
        <translation>偽陽性率</translation>
    </message>
    <message>
        <source>true positive rate</source>
        <translation>真陽性率</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>再現率</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>適合率</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>ヒストグラム</translation>
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
        <translation>ROC には両方の種類のラベルが必要です（good/ フォルダ、または P / F の判定）</translation>
    </message>
    <message>
        <source>AP %1</source>
        <translation>AP %1</translation>
    </message>
    <message>
        <source>PR needs labels of both kinds (good/ folders or P / F verdicts)</source>
        <translation>PR には両方の種類のラベルが必要です（good/ フォルダ、または P / F の判定）</translation>
    </message>
    <message>
        <source>at fail ≥ %1: TP %2 · FP %3 · TN %4 · FN %5</source>
        <translation>不合格 ≥ %1 のとき: TP %2 · FP %3 · TN %4 · FN %5</translation>
    </message>
</context>
<context>
    <name>nagl::ui::EngineStatusBar</name>
    <message>
        <source>device: not loaded yet</source>
        <translation>デバイス: 未読み込み</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>診断情報をコピー</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Stop scoring the lot (Esc)</source>
        <translation>ロットのスコアリングを停止 (Esc)</translation>
    </message>
    <message>
        <source>Copy the device, model, settings and timing to the clipboard</source>
        <translation>デバイス、モデル、設定、処理時間をクリップボードにコピー</translation>
    </message>
    <message>
        <source>GPU: %1</source>
        <translation>GPU: %1</translation>
    </message>
    <message>
        <source>CPU — no CUDA device</source>
        <translation>CPU — CUDA デバイスなし</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>CUDA not used: %1</source>
        <translation>CUDA 未使用: %1</translation>
    </message>
    <message>
        <source>%1 ms/image</source>
        <translation>%1 ms/枚</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s), batch size %1</source>
        <translation>
            <numerusform>%n スレッド、バッチサイズ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Tiling: %1</source>
        <translation>タイル分割: %1</translation>
    </message>
    <message>
        <source>%1 ms/image, tiled</source>
        <translation>%1 ms/画像 (タイル分割)</translation>
    </message>
</context>
<context>
    <name>nagl::ui::ExportDialog</name>
    <message>
        <source>NAGL Inspector lot report</source>
        <translation>NAGL Inspector ロットレポート</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Masks in the MVTec AD layout</source>
        <translation>MVTec AD 形式のマスク</translation>
    </message>
    <message>
        <source>One PNG mask per image</source>
        <translation>画像ごとに 1 枚の PNG マスク</translation>
    </message>
    <message>
        <source>COCO JSON, RLE</source>
        <translation>COCO JSON（RLE）</translation>
    </message>
    <message>
        <source>COCO JSON, polygons</source>
        <translation>COCO JSON（ポリゴン）</translation>
    </message>
    <message>
        <source>labelme JSON</source>
        <translation>labelme JSON</translation>
    </message>
    <message>
        <source>Heatmap and overlay PNGs</source>
        <translation>ヒートマップとオーバーレイの PNG</translation>
    </message>
    <message>
        <source>Lot report, CSV</source>
        <translation>ロットレポート（CSV）</translation>
    </message>
    <message>
        <source>Lot report, JSON</source>
        <translation>ロットレポート（JSON）</translation>
    </message>
    <message>
        <source>Lot report, PDF</source>
        <translation>ロットレポート（PDF）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Output folder: one sub-folder per format</source>
        <translation>出力フォルダ：形式ごとにサブフォルダを作成</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Output &amp;folder:</source>
        <translation>出力フォルダ(&amp;F):</translation>
    </message>
    <message>
        <source>All scored images</source>
        <translation>スコア済みのすべての画像</translation>
    </message>
    <message>
        <source>Failed images only</source>
        <translation>不合格の画像のみ</translation>
    </message>
    <message>
        <source>The current image</source>
        <translation>現在の画像</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>画像(&amp;I):</translation>
    </message>
    <message>
        <source>Masks are your edited mask of an image when it has one, else its anomaly map at the fail threshold. Reports use both thresholds and your verdict overrides.</source>
        <translation>マスクは、編集済みのマスクがあればそれを、なければ不合格しきい値で二値化した異常マップを使います。レポートは 2 つのしきい値と手動で変更した判定を使います。</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>エクスポートを中止(&amp;C)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>エクスポート先</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>形式を 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation>出力フォルダを選択してください。</translation>
    </message>
    <message>
        <source>The current image has not been scored: nothing to export.</source>
        <translation>現在の画像はまだスコアが付いていません。エクスポートするものがありません。</translation>
    </message>
    <message>
        <source>No image fails: nothing to export.</source>
        <translation>不合格の画像がありません。エクスポートするものがありません。</translation>
    </message>
    <message>
        <source>No image has been scored yet: run the lot first (F5).</source>
        <translation>まだスコアの付いた画像がありません。先にロットを実行してください (F5)。</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n image(s) to %1…</source>
        <translation>
            <numerusform>%n 枚の画像を %1 にエクスポートしています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling after the image in progress…</source>
        <translation>処理中の画像の後で中止します…</translation>
    </message>
    <message>
        <source>Export cancelled after %1 of %2 images. The files written are complete; the lot files (COCO, reports) were not written.</source>
        <translation>%2 枚中 %1 枚でエクスポートを中止しました。書き込まれたファイルは完全です。ロットのファイル（COCO、レポート）は書き込まれていません。</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1 with %n error(s): these files could not be written.</source>
        <translation>
            <numerusform>%1 にエクスポートしましたが、%n 件のエラーがあります。次のファイルを書き込めませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n image(s) to %1.</source>
        <translation>
            <numerusform>%n 枚の画像を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is inside the lot: the next run would score the exported images. Choose a folder outside %2.</source>
        <translation>%1 はロットの中にあります。次の実行でエクスポートした画像が採点されます。%2 の外のフォルダーを選んでください。</translation>
    </message>
</context>
<context>
    <name>nagl::ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Run the &amp;demo</source>
        <translation>デモを実行(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Read the &amp;README</source>
        <translation>README を読む(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About NAGL Inspector</source>
        <translation>NAGL Inspector について(&amp;A)</translation>
    </message>
    <message>
        <source>The README is not installed (looked for %1).</source>
        <translation>README がインストールされていません（%1 を探しました）。</translation>
    </message>
    <message>
        <source>No program to open %1 with.</source>
        <translation>%1 を開くプログラムがありません。</translation>
    </message>
</context>
<context>
    <name>nagl::ui::ImageViewer</name>
    <message>
        <source>Per-image stretch %1 … %2 — colours not comparable across images</source>
        <translation>画像ごとに伸張 %1 … %2 — 画像間で色を比較できません</translation>
    </message>
    <message>
        <source>Fixed scale %1 … %2 (review %3, fail %4): same colour, same score on every image</source>
        <translation>固定スケール %1 … %2（要確認 %3、不合格 %4）: どの画像でも同じ色は同じスコア</translation>
    </message>
    <message>
        <source>Cannot read the mask %1: %2</source>
        <translation>マスク %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The mask is %1 x %2 pixels but the image %3 x %4: mask not used</source>
        <translation>マスクは %1 x %2 ピクセルですが、画像は %3 x %4 です: マスクは使用されません</translation>
    </message>
    <message>
        <source>Decoding %1…</source>
        <translation>%1 をデコード中…</translation>
    </message>
</context>
<context>
    <name>nagl::ui::InspectionDocument</name>
    <message>
        <source>Change the thresholds</source>
        <translation>しきい値を変更</translation>
    </message>
    <message>
        <source>Add the normal reference %1</source>
        <translation>正常参照 %1 を追加</translation>
    </message>
    <message>
        <source>Add the defective reference %1</source>
        <translation>不良参照 %1 を追加</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n normal reference(s)</source>
        <translation>
            <numerusform>正常参照 %n 件を削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n defective reference(s)</source>
        <translation>
            <numerusform>不良参照 %n 件を削除</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment on the override of %1</source>
        <translation>%1 の上書きにコメント</translation>
    </message>
    <message>
        <source>Keep the override of %1 at its new score</source>
        <translation>%1 の上書きを新しいスコアで維持</translation>
    </message>
    <message>
        <source>Mark %1 as %2</source>
        <translation>%1 を %2 にする</translation>
    </message>
    <message>
        <source>Clear the override of %1</source>
        <translation>%1 の上書きを解除</translation>
    </message>
    <message>
        <source>Accept the suggested thresholds</source>
        <translation>提案されたしきい値を採用</translation>
    </message>
</context>
<context>
    <name>nagl::ui::InspectionSession</name>
    <message>
        <source>queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>読み込み不可</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>An inspection is already running.</source>
        <translation>検査はすでに実行中です。</translation>
    </message>
    <message>
        <source>Choose a backbone checkpoint first (Model &gt; Settings…).</source>
        <translation>先にバックボーンのチェックポイントを選択してください（モデル &gt; 設定…）。</translation>
    </message>
    <message>
        <source>Add at least one reference image.</source>
        <translation>参照画像を 1 枚以上追加してください。</translation>
    </message>
    <message>
        <source>Defective references need a NAGL head (Model &gt; Settings…).</source>
        <translation>不良参照には NAGL ヘッドが必要です（モデル &gt; 設定…）。</translation>
    </message>
    <message>
        <source>The lot is empty: open a lot folder first.</source>
        <translation>ロットが空です。先にロットフォルダを開いてください。</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>モデルを読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>Encoding %n reference image(s)…</source>
        <translation>
            <numerusform>参照画像 %n 枚をエンコード中…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scoring %n image(s)…</source>
        <translation>
            <numerusform>%n 枚の画像をスコアリング中…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nagl::ui::LotBrowser</name>
    <message>
        <source>All verdicts</source>
        <translation>すべての判定</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>グリッド</translation>
    </message>
    <message>
        <source>Show the lot as a grid of thumbnails</source>
        <translation>ロットをサムネイルのグリッドで表示</translation>
    </message>
    <message>
        <source>Drop a folder here to open it as the lot</source>
        <translation>フォルダをここにドロップするとロットとして開きます</translation>
    </message>
    <message>
        <source>↑↓ Home End: move · P / R / F: override the verdict · N / Shift+N: next / previous fail or review · right-click: comment</source>
        <translation>↑↓ Home End: 移動 · P / R / F: 判定を上書き · N / Shift+N: 次 / 前の不合格または要確認 · 右クリック: コメント</translation>
    </message>
    <message>
        <source>&amp;Advance after a verdict</source>
        <translation>判定後に次へ進む(&amp;A)</translation>
    </message>
    <message>
        <source>After P / R / F, move to the next image</source>
        <translation>P / R / F の後に次の画像へ移動します</translation>
    </message>
    <message>
        <source>&amp;Next fail or review</source>
        <translation>次の不合格または要確認(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous fail or review</source>
        <translation>前の不合格または要確認(&amp;P)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>References</source>
        <translation>参照画像</translation>
    </message>
    <message>
        <source>Show only the images with this verdict (error: unreadable; references: images of the lot that are references, left out of the scores)</source>
        <translation>この判定の画像だけを表示（エラー: 読み込み不可、参照画像: 参照画像でもあるロットの画像。スコアから除外）</translation>
    </message>
    <message>
        <source>%1 is unreadable: it has no score to judge (verdict error).</source>
        <translation>%1 は読み込めません。判定するスコアがありません（判定: エラー）。</translation>
    </message>
    <message>
        <source>%1 is a reference image: it is left out of the scores.</source>
        <translation>%1 は参照画像です。スコアから除外されます。</translation>
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
        <translation>読み込み不可: %1</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Overridden by hand</source>
        <translation>手動で上書き</translation>
    </message>
    <message>
        <source>Overridden by %1 at %2 (UTC)</source>
        <translation>%1 が %2 (UTC) に上書き</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>コメント: %1</translation>
    </message>
    <message>
        <source>Scored %1 when overridden, now %2: check the verdict (right-click to keep it)</source>
        <translation>上書き時のスコア %1、現在 %2: 判定を確認してください (右クリックで維持)</translation>
    </message>
    <message>
        <source>P / R / F; the same key again clears</source>
        <translation>P / R / F: 同じキーをもう一度押すと解除</translation>
    </message>
    <message>
        <source>%1 ✎ ⚠</source>
        <translation>%1 ✎ ⚠</translation>
    </message>
    <message>
        <source>score changed since override</source>
        <translation>上書き後にスコアが変化</translation>
    </message>
    <message>
        <source>This image is a normal reference (the same content as %1)</source>
        <translation>この画像は正常な参照画像です（%1 と同じ内容）</translation>
    </message>
    <message>
        <source>This image is a defective reference (the same content as %1)</source>
        <translation>この画像は不良の参照画像です（%1 と同じ内容）</translation>
    </message>
    <message>
        <source>Left out of the scores, the charts and the thresholds: it would score itself.</source>
        <translation>スコア、グラフ、しきい値から除外されます（自分自身を評価してしまうため）。</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>参照画像</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Unreadable, so no score: %1</source>
        <translation>読み込めないためスコアなし: %1</translation>
    </message>
    <message numerus="yes">
        <source>Scored as %n tile(s) of %1 px overlapping by %2 px; its score is the highest tile&apos;s</source>
        <translation>
            <numerusform>%1 px のタイル %n 枚 (重なり %2 px) として評価。スコアは最大のタイルのもの</numerusform>
        </translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>タイル</translation>
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
            <numerusform>%1 に %n 枚の画像</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;No backbone configured&lt;/h2&gt;&lt;p&gt;NAGL Inspector needs a DINOv2 backbone checkpoint (and optionally a NAGL head) to score images.&lt;/p&gt;&lt;p&gt;Choose them in &lt;b&gt;Model &amp;gt; Settings…&lt;/b&gt; (Ctrl+,): official DINOv2 &lt;tt&gt;.pth&lt;/tt&gt; files or Hugging Face &lt;tt&gt;facebook/dinov2-*&lt;/tt&gt; safetensors.&lt;/p&gt;&lt;p&gt;No weights at hand? Start &lt;tt&gt;nagl-inspector --demo&lt;/tt&gt; (or &lt;b&gt;Help &amp;gt; Run the demo&lt;/b&gt;): it generates a small synthetic lot and uses a built-in untrained backbone — the whole flow, with illustrative results.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;バックボーンが設定されていません&lt;/h2&gt;&lt;p&gt;NAGL Inspector で画像をスコアリングするには、DINOv2 バックボーンのチェックポイント（および任意で NAGL ヘッド）が必要です。&lt;/p&gt;&lt;p&gt;&lt;b&gt;モデル &amp;gt; 設定…&lt;/b&gt;（Ctrl+,）で選択してください。公式の DINOv2 &lt;tt&gt;.pth&lt;/tt&gt; ファイル、または Hugging Face の &lt;tt&gt;facebook/dinov2-*&lt;/tt&gt; safetensors を使用できます。&lt;/p&gt;&lt;p&gt;重みが手元にない場合は、&lt;tt&gt;nagl-inspector --demo&lt;/tt&gt;（または &lt;b&gt;ヘルプ &amp;gt; デモを実行&lt;/b&gt;）で起動してください。小さな合成ロットを生成し、組み込みの未学習バックボーンを使います。結果は説明用ですが、一連の流れをすべて試せます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo with a built-in UNTRAINED backbone and head: scores, verdicts and heatmaps are illustrative only.&lt;/b&gt; Configure real DINOv2 / NAGL weights in Model &amp;gt; Settings…</source>
        <translation>&lt;b&gt;組み込みの未学習（UNTRAINED）バックボーンとヘッドによるデモです。スコア、判定、ヒートマップは説明用にすぎません。&lt;/b&gt;実際の DINOv2 / NAGL の重みの設定: モデル &amp;gt; 設定…</translation>
    </message>
    <message>
        <source>References</source>
        <translation>参照画像</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>ロット</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Open lot folder</source>
        <translation>ロットフォルダを開く</translation>
    </message>
    <message>
        <source>Cancel the running inspection before opening another lot.</source>
        <translation>別のロットを開く前に、実行中の検査をキャンセルしてください。</translation>
    </message>
    <message>
        <source>Listing %1…</source>
        <translation>%1 の画像を一覧表示中…</translation>
    </message>
    <message numerus="yes">
        <source>%n defective reference(s) without a mask left out</source>
        <translation>
            <numerusform>マスクのない不良参照 %n 件を除外しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source>Inspection failed: %1</source>
        <translation>検査に失敗しました: %1</translation>
    </message>
    <message>
        <source>Inspection failed</source>
        <translation>検査に失敗しました</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 images scored</source>
        <translation>キャンセルしました: %2 枚中 %1 枚をスコアリング済み</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) scored</source>
        <translation>
            <numerusform>%n 枚の画像をスコアリングしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n image(s) unreadable</source>
        <translation>
            <numerusform>%1、読み込めない画像 %n 枚</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the demo lot in %1…</source>
        <translation>%1 にデモ用ロットを準備中…</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>デモ</translation>
    </message>
    <message>
        <source>NAGL Inspector %1, Qt %2</source>
        <translation>NAGL Inspector %1、Qt %2</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>未読み込み</translation>
    </message>
    <message>
        <source>device: %1 (%2)</source>
        <translation>デバイス: %1 (%2)</translation>
    </message>
    <message>
        <source>device: %1 (%2) — no CUDA device</source>
        <translation>デバイス: %1 (%2) — CUDA デバイスなし</translation>
    </message>
    <message>
        <source>CUDA not used: %1</source>
        <translation>CUDA 未使用: %1</translation>
    </message>
    <message>
        <source>model: %1</source>
        <translation>モデル: %1</translation>
    </message>
    <message>
        <source>backbone: %1</source>
        <translation>バックボーン: %1</translation>
    </message>
    <message>
        <source>head: %1</source>
        <translation>ヘッド: %1</translation>
    </message>
    <message>
        <source>image size %1, device setting %2, threads %3, batch size %4</source>
        <translation>画像サイズ %1、デバイス設定 %2、スレッド数 %3、バッチサイズ %4</translation>
    </message>
    <message>
        <source>%1 ms per image</source>
        <translation>1 枚あたり %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>lot: %1 (%n image(s))</source>
        <translation>
            <numerusform>ロット: %1（%n 枚）</numerusform>
        </translation>
    </message>
    <message>
        <source>thresholds: review %1, fail %2</source>
        <translation>しきい値: 要確認 %1、不合格 %2</translation>
    </message>
    <message>
        <source>untrained built-in weights: results illustrative only</source>
        <translation>組み込みの未学習の重み: 結果は説明用のみ</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard</source>
        <translation>診断情報をクリップボードにコピーしました</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;lot folder…</source>
        <translation>ロットフォルダを開く(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>モデル(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>Score every image of the lot (F5)</source>
        <translation>ロットのすべての画像をスコアリング (F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>診断情報をコピー(&amp;D)</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>検査</translation>
    </message>
    <message>
        <source> Review ≥ </source>
        <translation> 要確認 ≥ </translation>
    </message>
    <message>
        <source>Images scoring at or above this need review (pass below)</source>
        <translation>スコアがこの値以上の画像は要確認（未満は合格）</translation>
    </message>
    <message>
        <source> Fail ≥ </source>
        <translation> 不合格 ≥ </translation>
    </message>
    <message>
        <source>Images scoring at or above this fail</source>
        <translation>スコアがこの値以上の画像は不合格</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>ヒートマップ</translation>
    </message>
    <message>
        <source>Show the anomaly heatmap (H)</source>
        <translation>異常ヒートマップを表示 (H)</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>輪郭</translation>
    </message>
    <message>
        <source>Outline the region above the fail threshold (O)</source>
        <translation>不合格しきい値を超える領域の輪郭を表示 (O)</translation>
    </message>
    <message>
        <source>Heatmap colormap</source>
        <translation>ヒートマップのカラーマップ</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>伸張</translation>
    </message>
    <message>
        <source>Stretch the colours to this image&apos;s own range (labelled; colours are then not comparable across images)</source>
        <translation>色をこの画像自身の値の範囲に合わせて伸張（表示あり。画像間で色を比較できなくなります）</translation>
    </message>
    <message>
        <source> Opacity </source>
        <translation> 不透明度 </translation>
    </message>
    <message>
        <source>Heatmap opacity</source>
        <translation>ヒートマップの不透明度</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Fit the image to the window (Ctrl+0)</source>
        <translation>画像をウィンドウに合わせる (Ctrl+0)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel (Ctrl+1)</source>
        <translation>画像の 1 ピクセルを画面の 1 ピクセルで表示 (Ctrl+1)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Get a backbone: import a file or download…</source>
        <translation>バックボーンを入手: ファイルをインポートまたはダウンロード…</translation>
    </message>
    <message>
        <source>Model &amp;store: import or download…</source>
        <translation>モデルストア: インポートまたはダウンロード(&amp;T)…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Show the closest normal reference beside the image, zoom and pan synced (C)</source>
        <translation>最も近い正常参照を画像の横に表示、ズームとパンは連動 (C)</translation>
    </message>
    <message>
        <source>Closest normal reference: %1 (highest mean patch similarity to this image)</source>
        <translation>最も近い正常参照: %1（この画像とのパッチ類似度の平均が最も高い）</translation>
    </message>
    <message>
        <source>Normal reference %1 — the closest one is known once this image is scored</source>
        <translation>正常参照 %1 — 最も近い参照はこの画像のスコアリング後にわかります</translation>
    </message>
    <message>
        <source>No normal reference to compare with: add one in the reference panel</source>
        <translation>比較する正常参照がありません。参照パネルで追加してください</translation>
    </message>
    <message>
        <source>M&amp;ask</source>
        <translation>マスク(&amp;A)</translation>
    </message>
    <message>
        <source>Editing the mask of the defective reference %1</source>
        <translation>不良品リファレンス %1 のマスクを編集中</translation>
    </message>
    <message>
        <source>Reference mask edited: the next run (F5) uses it.</source>
        <translation>リファレンスのマスクを編集しました: 次回の実行 (F5) で使用されます。</translation>
    </message>
    <message>
        <source>Reference mask changed: scoring the lot again…</source>
        <translation>リファレンスのマスクが変更されました: ロットを再スコアリング中…</translation>
    </message>
    <message>
        <source>Cancel the running inspection before opening a project.</source>
        <translation>プロジェクトを開く前に、実行中の検査をキャンセルしてください。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export masks, annotations, overlays and lot reports (Ctrl+E)</source>
        <translation>マスク、アノテーション、オーバーレイ、ロットレポートをエクスポート (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Import mask…</source>
        <translation>マスクをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Import the mask of the image on screen from a PNG, COCO JSON or labelme JSON file (Ctrl+I)</source>
        <translation>表示中の画像のマスクを PNG、COCO JSON、labelme JSON ファイルからインポート (Ctrl+I)</translation>
    </message>
    <message>
        <source>Show an image or a defective reference first: the mask is imported for it.</source>
        <translation>先に画像または不良リファレンスを表示してください。マスクはそれに対してインポートされます。</translation>
    </message>
    <message>
        <source>Import a mask for %1</source>
        <translation>%1 のマスクをインポート</translation>
    </message>
    <message>
        <source>Masks (*.png *.json *.bmp *.tif *.tiff);;All files (*)</source>
        <translation>マスク (*.png *.json *.bmp *.tif *.tiff);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Importing the mask %1…</source>
        <translation>マスク %1 をインポートしています…</translation>
    </message>
    <message>
        <source>%1: not imported, the viewer shows another image now.</source>
        <translation>%1: ビューアが別の画像を表示しているため、インポートしませんでした。</translation>
    </message>
    <message>
        <source>Import mask</source>
        <translation>マスクのインポート</translation>
    </message>
    <message>
        <source>The mask could not be imported for %1.</source>
        <translation>%1 のマスクをインポートできませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Imported the mask %1: %n defect pixel(s). Undo (Ctrl+Z) removes it.</source>
        <translation>
            <numerusform>マスク %1 をインポートしました：欠陥ピクセル %n 個。元に戻す (Ctrl+Z) で取り消せます。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n override(s) to check: the score changed since (filter Review)</source>
        <translation>
            <numerusform>%1; 確認が必要な上書き %n 件: その後スコアが変化しました (フィルター: 要確認)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Lot</source>
        <translation>ロット(&amp;L)</translation>
    </message>
    <message>
        <source>Open %1 as the lot?</source>
        <translation>%1 をロットとして開きますか?</translation>
    </message>
    <message numerus="yes">
        <source>The current lot&apos;s %n scored image(s)</source>
        <translation>
            <numerusform>現在のロットの採点済み画像 %n 枚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n verdict override(s) are replaced; this cannot be undone.</source>
        <translation>
            <numerusform>と判定の上書き %n 件が置き換えられます。元に戻せません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the lot</source>
        <translation>ロットを置き換え</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n reference image(s) in the lot left out of the scores</source>
        <translation>
            <numerusform>%1、ロット内の参照画像 %n 枚をスコアから除外</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo: thresholds proposed from the references scored leave-one-out (Lot &gt; Suggest thresholds… to calibrate again)</source>
        <translation>デモ: leave-one-out で評価した参照画像からしきい値を提案しました (再校正はロット &gt; しきい値を提案…)</translation>
    </message>
    <message>
        <source>Recipes</source>
        <translation>レシピ</translation>
    </message>
    <message>
        <source> Min. area </source>
        <translation> 最小面積 </translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Minimum defect area: an image at or above Fail fails only when a region of its map at or above Fail (or of the mask drawn on it) covers this many pixels; otherwise it goes to review</source>
        <translation>最小欠陥面積: 不合格しきい値以上の画像は、そのマップ（または描画されたマスク）のしきい値以上の領域がこのピクセル数以上を占める場合にのみ不合格になり、それ以外は要確認になります</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>タイル</translation>
    </message>
    <message>
        <source>Show the tiles a tiled image was scored as (G)</source>
        <translation>タイル分割された画像の評価タイルを表示 (G)</translation>
    </message>
</context>
<context>
    <name>nagl::ui::MaskEditorToolbar</name>
    <message>
        <source>Mask editor</source>
        <translation>マスクエディタ</translation>
    </message>
    <message>
        <source>Navigate</source>
        <translation>ナビゲート</translation>
    </message>
    <message>
        <source>Pan and zoom; no mask editing (N)</source>
        <translation>パンとズーム; マスクは編集しません (N)</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>ブラシ</translation>
    </message>
    <message>
        <source>Paint the defect mask ([ smaller, ] larger) (B)</source>
        <translation>欠陥マスクを塗る ([ 小さく、] 大きく) (B)</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>消しゴム</translation>
    </message>
    <message>
        <source>Erase the defect mask ([ smaller, ] larger) (E)</source>
        <translation>欠陥マスクを消す ([ 小さく、] 大きく) (E)</translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation>なげなわ</translation>
    </message>
    <message>
        <source>Drag a freehand outline; it is filled on release; Shift clears instead (L)</source>
        <translation>フリーハンドで輪郭をドラッグ; 離すと塗りつぶし; Shift で代わりに消去 (L)</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>多角形</translation>
    </message>
    <message>
        <source>Click the corners; double-click or Enter fills, Backspace removes a corner, Escape drops it; Shift clears instead (Shift+L)</source>
        <translation>頂点をクリック; ダブルクリックか Enter で塗りつぶし、Backspace で頂点を削除、Esc で破棄; Shift で代わりに消去 (Shift+L)</translation>
    </message>
    <message>
        <source>Flood fill</source>
        <translation>塗りつぶし</translation>
    </message>
    <message>
        <source>Fill the connected region of the mask under the pointer; Shift clears it (K)</source>
        <translation>ポインタ下のマスクの連結領域を塗りつぶす; Shift で消去 (K)</translation>
    </message>
    <message>
        <source> Brush </source>
        <translation> ブラシ </translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Brush radius in image pixels ([ smaller, ] larger)</source>
        <translation>画像ピクセル単位のブラシ半径 ([ 小さく、] 大きく)</translation>
    </message>
    <message>
        <source>Smaller brush</source>
        <translation>ブラシを小さく</translation>
    </message>
    <message>
        <source>Larger brush</source>
        <translation>ブラシを大きく</translation>
    </message>
    <message>
        <source>Smaller brush ([)</source>
        <translation>ブラシを小さく ([)</translation>
    </message>
    <message>
        <source>Larger brush (])</source>
        <translation>ブラシを大きく (])</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>From heatmap</source>
        <translation>ヒートマップから</translation>
    </message>
    <message>
        <source>No heatmap for this image: score it first (the mask starts from the fail threshold).</source>
        <translation>この画像にはヒートマップがありません: 先にスコアリングしてください (マスクは不合格しきい値から作られます)。</translation>
    </message>
    <message>
        <source>Replace the mask with the heatmap&apos;s region at or above the fail threshold (M)</source>
        <translation>マスクをヒートマップの不合格しきい値以上の領域で置き換える (M)</translation>
    </message>
    <message>
        <source>Clear mask</source>
        <translation>マスクを消去</translation>
    </message>
    <message>
        <source>Clear the whole mask; undoable (Shift+Del)</source>
        <translation>マスク全体を消去; 元に戻せます (Shift+Del)</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>マスク</translation>
    </message>
    <message>
        <source>Show the defect mask (Shift+M)</source>
        <translation>欠陥マスクを表示 (Shift+M)</translation>
    </message>
    <message>
        <source>Mask outline</source>
        <translation>マスクの輪郭</translation>
    </message>
    <message>
        <source>Draw the outline of the mask</source>
        <translation>マスクの輪郭を描く</translation>
    </message>
    <message>
        <source> Mask opacity </source>
        <translation> マスクの不透明度 </translation>
    </message>
    <message>
        <source>Opacity of the mask fill</source>
        <translation>マスク塗りの不透明度</translation>
    </message>
    <message>
        <source>Mask undo memory: %1 of %2</source>
        <translation>マスクの取り消し用メモリ: %2 中 %1</translation>
    </message>
    <message>
        <source>Undo the last mask edit (Ctrl+Z). %1</source>
        <translation>最後のマスク編集を元に戻す (Ctrl+Z)。%1</translation>
    </message>
    <message>
        <source>Redo the mask edit (Ctrl+Shift+Z). %1</source>
        <translation>マスク編集をやり直す (Ctrl+Shift+Z)。%1</translation>
    </message>
</context>
<context>
    <name>nagl::ui::MaskLayer</name>
    <message>
        <source>Brush stroke</source>
        <translation>ブラシのストローク</translation>
    </message>
    <message>
        <source>Eraser stroke</source>
        <translation>消しゴムのストローク</translation>
    </message>
    <message>
        <source>Polygon erase</source>
        <translation>多角形で消去</translation>
    </message>
    <message>
        <source>Polygon fill</source>
        <translation>多角形で塗りつぶし</translation>
    </message>
    <message>
        <source>Flood erase</source>
        <translation>領域を消去</translation>
    </message>
    <message>
        <source>Flood fill</source>
        <translation>塗りつぶし</translation>
    </message>
    <message>
        <source>Clear mask</source>
        <translation>マスクを消去</translation>
    </message>
    <message>
        <source>Mask from heatmap</source>
        <translation>ヒートマップからマスク</translation>
    </message>
</context>
<context>
    <name>nagl::ui::MaskToolController</name>
    <message>
        <source>Lasso erase</source>
        <translation>なげなわで消去</translation>
    </message>
    <message>
        <source>Lasso fill</source>
        <translation>なげなわで塗りつぶし</translation>
    </message>
</context>
<context>
    <name>nagl::ui::ModelStoreDialog</name>
    <message>
        <source>Stored “%1”: %2</source>
        <translation>「%1」を保存しました: %2</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>ファイルをインポート…</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>ダウンロードをキャンセル</translation>
    </message>
    <message>
        <source>Model store</source>
        <translation>モデルストア</translation>
    </message>
    <message>
        <source>Weights are validated and kept in the model store (%1). The first backbone and head stored become the defaults of the workstation and of nagl infer / eval.</source>
        <translation>重みは検証されてモデルストア（%1）に保存されます。最初に保存したバックボーンとヘッドが、ワークステーションと nagl infer / eval の既定になります。</translation>
    </message>
    <message>
        <source>From a file</source>
        <translation>ファイルから</translation>
    </message>
    <message>
        <source>An official DINOv2 .pth, Hugging Face DINOv2 safetensors, or a NAGL head (.pth from the reference train.py, or safetensors) — e.g. carried in on a USB stick.</source>
        <translation>公式の DINOv2 .pth、Hugging Face の DINOv2 safetensors、または NAGL ヘッド（リファレンスの train.py による .pth、または safetensors）。USB メモリで持ち込んだファイルなど。</translation>
    </message>
    <message>
        <source>Download an official DINOv2 checkpoint</source>
        <translation>公式の DINOv2 チェックポイントをダウンロード</translation>
    </message>
    <message>
        <source>Uses the proxy in https_proxy / http_proxy. Offline, the message names the file to fetch elsewhere and import here.</source>
        <translation>https_proxy / http_proxy のプロキシを使用します。オフラインの場合は、別の場所で取得してここでインポートするファイルがメッセージに示されます。</translation>
    </message>
    <message>
        <source>Import a checkpoint</source>
        <translation>チェックポイントをインポート</translation>
    </message>
    <message>
        <source>Checkpoints (*.pth *.pt *.safetensors);;All files (*)</source>
        <translation>チェックポイント (*.pth *.pt *.safetensors);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 を確認中…</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>インポートされませんでした: %1</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 をダウンロード中…</translation>
    </message>
    <message>
        <source>Download cancelled; the part already downloaded is kept, Download resumes it.</source>
        <translation>ダウンロードをキャンセルしました。ダウンロード済みの部分は保持され、「ダウンロード」で再開できます。</translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation>ダウンロードに失敗しました: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 / %2 MB</translation>
    </message>
    <message>
        <source>Its training sidecar is unreadable: %1</source>
        <translation>学習サイドカーを読み取れません: %1</translation>
    </message>
    <message>
        <source>Set as default</source>
        <translation>既定に設定</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Stored models</source>
        <translation>保存済みモデル</translation>
    </message>
    <message>
        <source>Setting “%1” as the default…</source>
        <translation>「%1」を既定に設定しています…</translation>
    </message>
    <message>
        <source>Not changed: “%1” is no longer in the store.</source>
        <translation>変更なし: 「%1」はもうストアにありません。</translation>
    </message>
    <message>
        <source>backbone</source>
        <translation>バックボーン</translation>
    </message>
    <message>
        <source>head</source>
        <translation>ヘッド</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>変更なし: %1</translation>
    </message>
    <message>
        <source>Remove “%1” from the model store? Its stored file is deleted; the file it was imported from is not touched.</source>
        <translation>「%1」をモデルストアから削除しますか? 保存されたファイルは削除されます。インポート元のファイルはそのままです。</translation>
    </message>
    <message>
        <source>It is the default backbone; “%1” becomes the default.</source>
        <translation>これは既定のバックボーンです。「%1」が既定になります。</translation>
    </message>
    <message>
        <source>It is the default head; “%1” becomes the default.</source>
        <translation>これは既定のヘッドです。「%1」が既定になります。</translation>
    </message>
    <message>
        <source>It is the default backbone and no other backbone is stored: there will be no default backbone until one is imported.</source>
        <translation>これは既定のバックボーンで、他のバックボーンは保存されていません。新たにインポートするまで既定のバックボーンはなくなります。</translation>
    </message>
    <message>
        <source>It is the default head and no other head is stored: there will be no default head until one is imported.</source>
        <translation>これは既定のヘッドで、他のヘッドは保存されていません。新たにインポートするまで既定のヘッドはなくなります。</translation>
    </message>
    <message>
        <source>Remove a model</source>
        <translation>モデルの削除</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Removing “%1”…</source>
        <translation>「%1」を削除しています…</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>「%1」を削除しました。</translation>
    </message>
    <message>
        <source>“%1” is now the default.</source>
        <translation>「%1」が既定になりました。</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>削除されませんでした: %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>Training data: %1</source>
        <translation>学習データ: %1</translation>
    </message>
    <message>
        <source>%1, SHA-256 %2</source>
        <translation>%1、SHA-256 %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>アーキテクチャ</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>画像サイズ</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>学習データ</translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation>バックボーン</translation>
    </message>
    <message>
        <source>Image AUROC</source>
        <translation>画像 AUROC</translation>
    </message>
    <message>
        <source>Pixel AUROC</source>
        <translation>ピクセル AUROC</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>From the head&apos;s training sidecar: the image size it was trained at</source>
        <translation>ヘッドの学習サイドカーより: 学習時の画像サイズ</translation>
    </message>
    <message>
        <source>Held-out validation of the head&apos;s training</source>
        <translation>ヘッド学習時のホールドアウト検証</translation>
    </message>
    <message>
        <source>The default backbone</source>
        <translation>既定のバックボーン</translation>
    </message>
    <message>
        <source>The default head</source>
        <translation>既定のヘッド</translation>
    </message>
    <message>
        <source>sidecar unreadable</source>
        <translation>サイドカーを読み取れません</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>SHA-256 of the imported file: %1
of the stored file: %2</source>
        <translation>インポートしたファイルの SHA-256: %1
保存されたファイルの SHA-256: %2</translation>
    </message>
    <message>
        <source>“%1” is now the default backbone.</source>
        <translation>「%1」が既定のバックボーンになりました。</translation>
    </message>
    <message>
        <source>“%1” is now the default head.</source>
        <translation>「%1」が既定のヘッドになりました。</translation>
    </message>
</context>
<context>
    <name>nagl::ui::OverrideMenu</name>
    <message>
        <source>Comment on the override…</source>
        <translation>上書きにコメント…</translation>
    </message>
    <message>
        <source>Keep the override at the new score</source>
        <translation>新しいスコアで上書きを維持</translation>
    </message>
    <message>
        <source>Clear the override</source>
        <translation>上書きを解除</translation>
    </message>
    <message>
        <source>Override comment</source>
        <translation>上書きのコメント</translation>
    </message>
    <message>
        <source>Why this verdict? (saved with the project and named in the reports)</source>
        <translation>この判定の理由は? (プロジェクトに保存され、レポートに記載されます)</translation>
    </message>
</context>
<context>
    <name>nagl::ui::ProjectController</name>
    <message>
        <source>Untitled project</source>
        <translation>無題のプロジェクト</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>新規プロジェクト(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>プロジェクトを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <source>NAGL projects (*.nagl);;All files (*)</source>
        <translation>NAGL プロジェクト (*.nagl);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>最近のプロジェクト(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>プロジェクトを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>名前を付けてプロジェクトを保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>未保存の変更を復元</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
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
        <translation>プロジェクト「%1」に未保存の変更があります。保存しますか?</translation>
    </message>
    <message>
        <source>The autosave journal of %1 cannot be read and is ignored:
%2</source>
        <translation>%1 の自動保存ジャーナルを読み取れないため、無視します:
%2</translation>
    </message>
    <message>
        <source>%1 has unsaved changes, autosaved at %2, that are newer than the saved project (NAGL Inspector did not close cleanly).

Recover them? (No opens the saved version and drops the autosaved changes.)</source>
        <translation>%1 には、保存済みのプロジェクトより新しい未保存の変更があります(%2 に自動保存、NAGL Inspector は正常に終了しませんでした)。

復元しますか?(「いいえ」を選ぶと保存済みの版を開き、自動保存された変更は破棄されます。)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>The project cannot be opened; the file was not changed.

%1</source>
        <translation>プロジェクトを開けません。ファイルは変更されていません。

%1</translation>
    </message>
    <message>
        <source>Recovered the autosaved changes of %1</source>
        <translation>%1 の自動保存された変更を復元しました</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message numerus="yes">
        <source> (%n cached result(s) in %1 ms)</source>
        <translation>
            <numerusform> (キャッシュ済みの結果 %n 件、%1 ms)</numerusform>
        </translation>
    </message>
    <message>
        <source>; the results cache is unreadable and was left out: %1</source>
        <translation>。結果キャッシュを読み取れないため、読み込みませんでした: %1</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>名前を付けてプロジェクトを保存</translation>
    </message>
    <message>
        <source>NAGL projects (*.nagl)</source>
        <translation>NAGL プロジェクト (*.nagl)</translation>
    </message>
    <message>
        <source>The project is being opened or saved; try again in a moment.</source>
        <translation>プロジェクトを開くか保存している最中です。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 を保存しています…</translation>
    </message>
    <message>
        <source>The project was not saved; the previous file is unchanged.

%1

Use File &gt; Save project as… to save it elsewhere.</source>
        <translation>プロジェクトは保存されませんでした。以前のファイルは変更されていません。

%1

別の場所に保存するには、ファイル &gt; 名前を付けてプロジェクトを保存… を使ってください。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自動保存に失敗しました: %1</translation>
    </message>
    <message>
        <source>NAGL Inspector did not close cleanly. The project %1 has unsaved changes autosaved at %2.

Recover them? (No drops the autosaved changes; Cancel asks again next time.)</source>
        <translation>NAGL Inspector は正常に終了しませんでした。プロジェクト %1 には %2 に自動保存された未保存の変更があります。

復元しますか?(「いいえ」は自動保存された変更を破棄します。「キャンセル」を選ぶと次回また確認します。)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>一覧を消去</translation>
    </message>
    <message>
        <source>Work from your last session that was not saved in a project was autosaved at %1.

Restore it? (No drops it; Cancel asks again next time.)</source>
        <translation>前回のセッションでプロジェクトに保存されていなかった作業が %1 に自動保存されています。

復元しますか？（「いいえ」で破棄します。「キャンセル」の場合は次回起動時に再度確認します。）</translation>
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
        <translation>レシピから新しいロット(&amp;R)…</translation>
    </message>
    <message>
        <source>Take the model, references and thresholds of a recipe and score a lot folder with them</source>
        <translation>レシピのモデル・参照画像・しきい値を使ってロットフォルダーを評価します</translation>
    </message>
    <message>
        <source>Save as re&amp;cipe…</source>
        <translation>レシピとして保存(&amp;C)…</translation>
    </message>
    <message>
        <source>Save the current model, references and thresholds as a recipe for this product</source>
        <translation>現在のモデル・参照画像・しきい値をこの製品のレシピとして保存します</translation>
    </message>
    <message>
        <source>Saving the recipe %1…</source>
        <translation>レシピ %1 を保存しています…</translation>
    </message>
    <message>
        <source>The recipe was not saved: %1</source>
        <translation>レシピは保存されませんでした: %1</translation>
    </message>
    <message>
        <source>Recipe &quot;%1&quot; saved to %2</source>
        <translation>レシピ「%1」を %2 に保存しました</translation>
    </message>
    <message>
        <source>Reading the recipe %1…</source>
        <translation>レシピ %1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>Recipe &quot;%1&quot;: model, references and thresholds taken</source>
        <translation>レシピ「%1」: モデル・参照画像・しきい値を適用しました</translation>
    </message>
    <message>
        <source>; not applied here: %1</source>
        <translation>。ここでは未適用: %1</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>レシピ</translation>
    </message>
    <message>
        <source>Open the model store…</source>
        <translation>モデルストアを開く…</translation>
    </message>
    <message>
        <source>Save as recipe</source>
        <translation>レシピとして保存</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>製品(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>New lot from recipe</source>
        <translation>レシピから新しいロット</translation>
    </message>
    <message>
        <source>The lot to score with %1</source>
        <translation>%1 で評価するロット</translation>
    </message>
</context>
<context>
    <name>nagl::ui::RecipeLibrary</name>
    <message>
        <source>Search recipes</source>
        <translation>レシピを検索</translation>
    </message>
    <message>
        <source>New lot…</source>
        <translation>新しいロット…</translation>
    </message>
    <message>
        <source>Open a lot folder and score it with the chosen recipe (or choose a recipe file)</source>
        <translation>ロットフォルダーを開き、選択したレシピで評価します（またはレシピファイルを選択）</translation>
    </message>
    <message>
        <source>Save as recipe…</source>
        <translation>レシピとして保存…</translation>
    </message>
    <message>
        <source>Save the current model, references and thresholds as a recipe for this product</source>
        <translation>現在のモデル・参照画像・しきい値をこの製品のレシピとして保存します</translation>
    </message>
</context>
<context>
    <name>nagl::ui::ReferencePanel</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff);;All files (*)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.bmp *.tif *.tiff);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Set mask…</source>
        <translation>マスクを設定…</translation>
    </message>
    <message>
        <source>Choose the defect mask of the selected defective reference</source>
        <translation>選択した不良参照の欠陥マスクを選択</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>不良</translation>
    </message>
    <message>
        <source>Defect-free reference images: drop files here</source>
        <translation>欠陥のない参照画像: ここにファイルをドロップ</translation>
    </message>
    <message>
        <source>Defective reference images and their masks (&lt;name&gt;_mask.png): drop files here</source>
        <translation>不良参照画像とそのマスク（&lt;名前&gt;_mask.png）: ここにファイルをドロップ</translation>
    </message>
    <message>
        <source>%1: no defective reference of that name takes this mask</source>
        <translation>%1: この名前の不良参照がないため、このマスクは使えません</translation>
    </message>
    <message>
        <source>%1 — no mask (not used)</source>
        <translation>%1 — マスクなし（未使用）</translation>
    </message>
    <message>
        <source>%1
No defect mask: double-click or use “Set mask…”, or drop %2_mask.png here</source>
        <translation>%1
欠陥マスクなし: ダブルクリックするか「マスクを設定…」を使うか、%2_mask.png をここにドロップしてください</translation>
    </message>
    <message>
        <source>%1 — mask %2</source>
        <translation>%1 — マスク %2</translation>
    </message>
    <message>
        <source>%1
mask: %2</source>
        <translation>%1
マスク: %2</translation>
    </message>
    <message>
        <source>Add normal references</source>
        <translation>正常参照を追加</translation>
    </message>
    <message>
        <source>Add defective references</source>
        <translation>不良参照を追加</translation>
    </message>
    <message>
        <source>Select a defective reference first.</source>
        <translation>先に不良参照を選択してください。</translation>
    </message>
    <message>
        <source>Mask of %1</source>
        <translation>%1 のマスク</translation>
    </message>
</context>
<context>
    <name>nagl::ui::RegionNavigator</name>
    <message>
        <source>Zoom to the &amp;worst region</source>
        <translation>最悪の領域にズーム(&amp;W)</translation>
    </message>
    <message>
        <source>Ne&amp;xt defect region</source>
        <translation>次の欠陥領域(&amp;X)</translation>
    </message>
    <message>
        <source>Pre&amp;vious defect region</source>
        <translation>前の欠陥領域(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom onto the highest-scoring region at or above the fail threshold (W)</source>
        <translation>不合格しきい値以上でスコアが最も高い領域にズームします (W)</translation>
    </message>
    <message>
        <source>This image has no anomaly map yet: score it first (F5).</source>
        <translation>この画像にはまだ異常マップがありません。先に採点してください (F5)。</translation>
    </message>
    <message>
        <source>No region of this image reaches the fail threshold.</source>
        <translation>この画像には不合格しきい値に達する領域がありません。</translation>
    </message>
    <message>
        <source>Defect region %1 of %2: %3 px, peak %4</source>
        <translation>欠陥領域 %1 / %2: %3 px、ピーク %4</translation>
    </message>
</context>
<context>
    <name>nagl::ui::ScoreHistogramView</name>
    <message>
        <source>images</source>
        <translation>画像数</translation>
    </message>
    <message>
        <source>image score</source>
        <translation>画像スコア</translation>
    </message>
    <message>
        <source>Drag the orange (review) or red (fail) line to change the thresholds</source>
        <translation>オレンジ（要確認）または赤（不合格）の線をドラッグしてしきい値を変更</translation>
    </message>
    <message>
        <source>review ≥ %1</source>
        <translation>要確認 ≥ %1</translation>
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
        <translation>参照…</translation>
    </message>
    <message>
        <source>Checkpoints (*.pth *.pt *.safetensors);;All files (*)</source>
        <translation>チェックポイント (*.pth *.pt *.safetensors);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Model settings</source>
        <translation>モデル設定</translation>
    </message>
    <message>
        <source>DINOv2 checkpoint (.pth or .safetensors)</source>
        <translation>DINOv2 チェックポイント（.pth または .safetensors）</translation>
    </message>
    <message>
        <source>optional: NAGL head (.pth); without it scoring is normal-only</source>
        <translation>任意: NAGL ヘッド（.pth）。ない場合は正常参照のみでスコアリングします</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Automatic (CUDA when available)</source>
        <translation>自動（利用可能なら CUDA）</translation>
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
        <translation>全コア</translation>
    </message>
    <message>
        <source>Backbone:</source>
        <translation>バックボーン:</translation>
    </message>
    <message>
        <source>DINOv2 backbone</source>
        <translation>DINOv2 バックボーン</translation>
    </message>
    <message>
        <source>Head:</source>
        <translation>ヘッド:</translation>
    </message>
    <message>
        <source>NAGL head</source>
        <translation>NAGL ヘッド</translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation>画像サイズ:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>デバイス:</translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation>CPU スレッド数:</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>バッチサイズ:</translation>
    </message>
    <message>
        <source>Official DINOv2 .pth files or Hugging Face facebook/dinov2-* safetensors are accepted. Changes apply to the next run.</source>
        <translation>公式の DINOv2 .pth ファイル、または Hugging Face の facebook/dinov2-* safetensors を使用できます。変更は次回の実行から適用されます。</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>システムの既定（%1）</translation>
    </message>
    <message>
        <source>A new language takes effect when NAGL Inspector is restarted.</source>
        <translation>新しい言語は NAGL Inspector の再起動後に反映されます。</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>Model store: import or download…</source>
        <translation>モデルストア: インポートまたはダウンロード…</translation>
    </message>
    <message>
        <source>Tiling:</source>
        <translation>タイル分割:</translation>
    </message>
</context>
<context>
    <name>nagl::ui::ShortcutsDialog</name>
    <message>
        <source>Lot: move</source>
        <translation>ロット: 移動</translation>
    </message>
    <message>
        <source>↑ ↓ Home End</source>
        <translation>↑ ↓ Home End</translation>
    </message>
    <message>
        <source>Lot: override the verdict as pass / review / fail (again: clear)</source>
        <translation>ロット: 判定を合格 / 要確認 / 不合格に上書き(もう一度: 解除)</translation>
    </message>
    <message>
        <source>Lot: comment on an override</source>
        <translation>ロット: 上書きにコメント</translation>
    </message>
    <message>
        <source>right-click</source>
        <translation>右クリック</translation>
    </message>
    <message>
        <source>Viewer: zoom</source>
        <translation>ビューア: ズーム</translation>
    </message>
    <message>
        <source>mouse wheel</source>
        <translation>マウスホイール</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
</context>
<context>
    <name>nagl::ui::ThresholdSuggestionDialog</name>
    <message>
        <source>unknown (no image of that kind)</source>
        <translation>不明 (該当する画像なし)</translation>
    </message>
    <message>
        <source>%1 (%2): pass %3, review %4, fail %5</source>
        <translation>%1 (%2): 合格 %3、要確認 %4、不合格 %5</translation>
    </message>
    <message>
        <source>Suggest thresholds</source>
        <translation>しきい値を提案</translation>
    </message>
    <message>
        <source>Calibrate on images that are not the lot under audit:</source>
        <translation>監査中のロット以外の画像で校正します:</translation>
    </message>
    <message>
        <source>The &amp;references, each scored against the others (leave-one-out)</source>
        <translation>参照画像 (&amp;R)、各画像を他の画像に対して評価 (leave-one-out)</translation>
    </message>
    <message>
        <source>A labelled &amp;calibration lot (good/ normal, test/&lt;defect&gt;/ defective):</source>
        <translation>ラベル付きキャリブレーションロット (&amp;C) (good/ 正常、test/&lt;欠陥&gt;/ 不良):</translation>
    </message>
    <message>
        <source>Folder of the calibration lot</source>
        <translation>キャリブレーションロットのフォルダー</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation>評価(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel scoring</source>
        <translation>評価を中止</translation>
    </message>
    <message>
        <source>&amp;Use these thresholds</source>
        <translation>このしきい値を使用(&amp;U)</translation>
    </message>
    <message>
        <source>Calibration lot</source>
        <translation>キャリブレーションロット</translation>
    </message>
    <message>
        <source>Choose a backbone checkpoint first (Model &gt; Settings…).</source>
        <translation>先にバックボーンのチェックポイントを選択してください (モデル &gt; 設定…)。</translation>
    </message>
    <message>
        <source>Scoring…</source>
        <translation>評価中…</translation>
    </message>
    <message>
        <source>Scoring cancelled: nothing is proposed.</source>
        <translation>評価を中止しました: 提案はありません。</translation>
    </message>
    <message>
        <source>Could not score the calibration images: %1</source>
        <translation>キャリブレーション画像を評価できませんでした: %1</translation>
    </message>
    <message>
        <source>No normal calibration image could be scored: nothing is proposed.</source>
        <translation>正常なキャリブレーション画像を評価できませんでした: 提案はありません。</translation>
    </message>
    <message>
        <source>Proposed: review ≥ %1, fail ≥ %2</source>
        <translation>提案: 要確認 ≥ %1、不合格 ≥ %2</translation>
    </message>
    <message>
        <source>Normal images</source>
        <translation>正常画像</translation>
    </message>
    <message>
        <source>Defective images</source>
        <translation>不良画像</translation>
    </message>
    <message>
        <source>No defective image was scored: misses cannot be estimated.</source>
        <translation>不良画像が評価されていないため、見逃し率は推定できません。</translation>
    </message>
    <message>
        <source>Expected misses (defects that pass): %1</source>
        <translation>想定見逃し率 (合格してしまう不良): %1</translation>
    </message>
    <message>
        <source>Expected false alarms (normals that fail): %1</source>
        <translation>想定誤検出率 (不合格になる正常品): %1</translation>
    </message>
    <message>
        <source>Few calibration images: these rates are rough estimates.</source>
        <translation>キャリブレーション画像が少ないため、これらの率は概算です。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be read and were left out.</source>
        <translation>
            <numerusform>%n 枚の画像を読み込めず、除外しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) outside good/ and test/&lt;defect&gt;/ were left out.</source>
        <translation>
            <numerusform>good/ と test/&lt;欠陥&gt;/ 以外の %n 枚の画像を除外しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Current: review ≥ %1, fail ≥ %2</source>
        <translation>現在: 要確認 ≥ %1、不合格 ≥ %2</translation>
    </message>
    <message>
        <source>&amp;Suggest thresholds…</source>
        <translation>しきい値を提案(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>nagl::ui::TilingControls</name>
    <message>
        <source>Off: score each image whole</source>
        <translation>オフ: 各画像を丸ごと評価</translation>
    </message>
    <message>
        <source>Auto: from the smallest defect</source>
        <translation>自動: 最小の欠陥から決定</translation>
    </message>
    <message>
        <source>Fixed tile size</source>
        <translation>固定タイルサイズ</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Automatic (aligned when the sizes match)</source>
        <translation>自動 (サイズが一致すれば位置合わせ)</translation>
    </message>
    <message>
        <source>Aligned: same position and its neighbours</source>
        <translation>位置合わせ: 同じ位置とその近傍</translation>
    </message>
    <message>
        <source>Pooled: all reference tiles</source>
        <translation>プール: すべての参照タイル</translation>
    </message>
    <message>
        <source>Smallest defect:</source>
        <translation>最小の欠陥:</translation>
    </message>
    <message>
        <source>Tile side:</source>
        <translation>タイルの辺:</translation>
    </message>
    <message>
        <source>Reference tiles:</source>
        <translation>参照タイル:</translation>
    </message>
    <message>
        <source>Every image is resized to %1 px: a defect smaller than %2 of the image&apos;s side may vanish.</source>
        <translation>各画像は %1 px に縮小されます: 画像の辺の %2 より小さい欠陥は消えることがあります。</translation>
    </message>
    <message>
        <source>Tiles of %1 px overlapping by %2 px, each resized to %3 px: one model patch covers %4 px. The image score is the highest tile score; an image no larger than a tile is scored whole.</source>
        <translation>%1 px のタイルを %2 px 重ね、それぞれ %3 px に縮小: モデルの 1 パッチが %4 px に相当します。画像スコアはタイルスコアの最大値です。タイル以下の大きさの画像は丸ごと評価されます。</translation>
    </message>
</context>
<context>
    <name>nagl::ui::TrainedHeadImport</name>
    <message>
        <source>The best head is in the model store as “%1”.</source>
        <translation>最良のヘッドは「%1」としてモデルストアに保存されました。</translation>
    </message>
    <message>
        <source>The best head could not be stored: %1</source>
        <translation>最良のヘッドを保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>nagl::ui::TrainingCharts</name>
    <message>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>training loss (epoch mean)</source>
        <translation>学習損失（エポック平均）</translation>
    </message>
    <message>
        <source>probe episodes</source>
        <translation>プローブエピソード</translation>
    </message>
    <message>
        <source>image AUROC</source>
        <translation>画像 AUROC</translation>
    </message>
    <message>
        <source>pixel AUROC</source>
        <translation>ピクセル AUROC</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>Held-out categories</source>
        <translation>検証用カテゴリ</translation>
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
        <translation>ヘッドの学習</translation>
    </message>
    <message>
        <source>Choose the data and press Start.</source>
        <translation>データを選んで「開始」を押してください。</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel &amp;training</source>
        <translation>学習を中止(&amp;T)</translation>
    </message>
    <message>
        <source>Use as &amp;default head</source>
        <translation>既定のヘッドにする(&amp;D)</translation>
    </message>
    <message>
        <source>Device: %1 · %2</source>
        <translation>デバイス: %1 · %2</translation>
    </message>
    <message>
        <source>Device: %1 (%2) · %3</source>
        <translation>デバイス: %1 (%2) · %3</translation>
    </message>
    <message>
        <source>Computing backbone features: %1 of %2 images</source>
        <translation>バックボーン特徴を計算中: %2 枚中 %1 枚</translation>
    </message>
    <message>
        <source>Epoch %1: loss %2, held-out image AUROC %3, pixel AUROC %4%5</source>
        <translation>エポック %1: 損失 %2、検証用画像 AUROC %3、ピクセル AUROC %4%5</translation>
    </message>
    <message>
        <source> (best so far)</source>
        <translation> (これまでで最良)</translation>
    </message>
    <message>
        <source>“%1” is now the default head.</source>
        <translation>「%1」が既定のヘッドになりました。</translation>
    </message>
    <message>
        <source>Could not make “%1” the default head: %2</source>
        <translation>「%1」を既定のヘッドにできませんでした: %2</translation>
    </message>
    <message>
        <source>A training was paused in %1: Resume continues it.</source>
        <translation>%1 で学習が一時停止されています。「再開」で続行します。</translation>
    </message>
    <message>
        <source>Drag dataset folders here: MVTec AD layout or VisA as released</source>
        <translation>データセットのフォルダをここにドラッグ: MVTec AD 形式または公開版の VisA</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Dataset root</source>
        <translation>データセットのルート</translation>
    </message>
    <message>
        <source>Dataset roots:</source>
        <translation>データセットのルート:</translation>
    </message>
    <message>
        <source>default: the last 20 % of the categories by name</source>
        <translation>既定: 名前順で最後の 20 % のカテゴリ</translation>
    </message>
    <message>
        <source>Held-out categories:</source>
        <translation>検証用カテゴリ:</translation>
    </message>
    <message>
        <source>Auto (CUDA when available)</source>
        <translation>自動（利用可能なら CUDA）</translation>
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
        <translation>エポック:</translation>
    </message>
    <message>
        <source>Episodes per epoch:</source>
        <translation>エポックあたりのエピソード:</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>バッチ:</translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation>画像サイズ:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>デバイス:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Backbone:</source>
        <translation>バックボーン:</translation>
    </message>
    <message>
        <source>the model store&apos;s default backbone</source>
        <translation>モデルストアの既定のバックボーン</translation>
    </message>
    <message>
        <source>Run folder:</source>
        <translation>実行フォルダ:</translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation>実行フォルダ</translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation>バックボーン</translation>
    </message>
    <message>
        <source>Checkpoints (*.pth *.pt *.safetensors)</source>
        <translation>チェックポイント (*.pth *.pt *.safetensors)</translation>
    </message>
    <message>
        <source>Add at least one dataset root and choose a run folder.</source>
        <translation>データセットのルートを 1 つ以上追加し、実行フォルダを選んでください。</translation>
    </message>
    <message>
        <source>Training cancelled. What it wrote stays in %1.</source>
        <translation>学習を中止しました。書き出された内容は %1 に残ります。</translation>
    </message>
    <message>
        <source>Epoch %1 of %2 · step %3 of %4 · loss %5 · %6 s per step · %7 left</source>
        <translation>エポック %1/%2 · ステップ %3/%4 · 損失 %5 · 1 ステップ %6 秒 · 残り %7</translation>
    </message>
    <message>
        <source>Pausing after the current step…</source>
        <translation>現在のステップの後で一時停止します…</translation>
    </message>
    <message>
        <source>Paused. Resume continues from the saved state in %1.</source>
        <translation>一時停止中。「再開」で %1 に保存された状態から続行します。</translation>
    </message>
    <message>
        <source>Cancelling after the current step…</source>
        <translation>現在のステップの後で中止します…</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>学習に失敗しました: %1</translation>
    </message>
    <message>
        <source>Training finished. Storing the best head…</source>
        <translation>学習が完了しました。最良のヘッドを保存しています…</translation>
    </message>
</context>
<context>
    <name>nagl::ui::TrainingJob</name>
    <message>
        <source>Could not start %1: %2</source>
        <translation>%1 を起動できませんでした: %2</translation>
    </message>
    <message>
        <source>The training process crashed. %1</source>
        <translation>学習プロセスがクラッシュしました。%1</translation>
    </message>
    <message>
        <source>The training process ended with exit code %1.</source>
        <translation>学習プロセスが終了コード %1 で終了しました。</translation>
    </message>
</context>
<context>
    <name>nagl::ui::TrainingLauncher</name>
    <message>
        <source>&amp;Train a head…</source>
        <translation>ヘッドを学習(&amp;T)…</translation>
    </message>
    <message>
        <source>Train a NAGL head on MVTec AD or VisA data, in a separate process</source>
        <translation>MVTec AD または VisA のデータで NAGL ヘッドを別プロセスで学習します</translation>
    </message>
    <message>
        <source>A head is training</source>
        <translation>ヘッドを学習中です</translation>
    </message>
    <message>
        <source>A head is still training. Pause it (Model &gt; Train a head… resumes it later), stop it, or keep working?</source>
        <translation>ヘッドはまだ学習中です。一時停止しますか（後で「モデル &gt; ヘッドを学習…」から再開）、停止しますか、それとも作業を続けますか？</translation>
    </message>
    <message>
        <source>&amp;Pause and quit</source>
        <translation>一時停止して終了(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Stop and quit</source>
        <translation>停止して終了(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>作業を続ける(&amp;K)</translation>
    </message>
</context>
<context>
    <name>nagl::ui::UndoRouter</name>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
</context>
<context>
    <name>nagl::ui::WatchBanner</name>
    <message>
        <source>Newest first</source>
        <translation>新しい順</translation>
    </message>
    <message>
        <source>By score</source>
        <translation>スコア順</translation>
    </message>
    <message>
        <source>The order of the lot while watching: the images that arrived last, or the highest scores, on top</source>
        <translation>監視中のロットの並び順: 最後に届いた画像、または最も高いスコアを上に</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>監視を停止</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Hide the alarm until the next failed image</source>
        <translation>次の不合格画像までアラームを隠す</translation>
    </message>
    <message>
        <source>FAIL %1 — score %2</source>
        <translation>不合格 %1 — スコア %2</translation>
    </message>
</context>
<context>
    <name>nagl::ui::WatchController</name>
    <message>
        <source>Watching %1: %2</source>
        <translation>%1 を監視中: %2</translation>
    </message>
    <message>
        <source>&amp;Watch folder…</source>
        <translation>フォルダを監視(&amp;W)…</translation>
    </message>
    <message>
        <source>Make a folder&apos;s images the lot and score the new ones as they arrive</source>
        <translation>フォルダの画像をロットにし、新しい画像を届くたびにスコアリングする</translation>
    </message>
    <message>
        <source>Stop &amp;watching</source>
        <translation>監視を停止(&amp;W)</translation>
    </message>
    <message>
        <source>Sound on fail</source>
        <translation>不合格時に音を鳴らす</translation>
    </message>
    <message>
        <source>Beep for each batch with a failed image while watching</source>
        <translation>監視中、不合格画像を含む到着ごとにビープ音を鳴らす</translation>
    </message>
    <message>
        <source>Watch folder</source>
        <translation>フォルダを監視</translation>
    </message>
    <message>
        <source>Cancel the running inspection before watching a folder.</source>
        <translation>フォルダを監視する前に実行中の検査をキャンセルしてください。</translation>
    </message>
    <message>
        <source>Cannot watch %1: not a folder</source>
        <translation>%1 を監視できません: フォルダではありません</translation>
    </message>
    <message>
        <source>Stopped watching %1</source>
        <translation>%1 の監視を停止しました</translation>
    </message>
    <message>
        <source>over the last hour</source>
        <translation>直近 1 時間</translation>
    </message>
    <message numerus="yes">
        <source>over the last %n min</source>
        <translation>
            <numerusform>直近 %n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %1: %n image(s)</source>
        <translation>
            <numerusform>%1 を監視中: %n 枚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fail</source>
        <translation>
            <numerusform>不合格 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review</source>
        <translation>
            <numerusform>要確認 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation>
            <numerusform>読み取り不可 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to score</source>
        <translation>
            <numerusform>未スコア %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 fail/h %2</source>
        <translation>不合格 %1 件/時 (%2)</translation>
    </message>
</context>
<context>
    <name>nagl::ui::WindowLevelControls</name>
    <message>
        <source> Level </source>
        <translation> レベル </translation>
    </message>
    <message>
        <source> Width </source>
        <translation> 幅 </translation>
    </message>
    <message>
        <source>Window level: the sample value shown mid-grey</source>
        <translation>ウィンドウレベル: 中間の灰色で表示される画素値</translation>
    </message>
    <message>
        <source>Window width: the range of sample values spread from black to white</source>
        <translation>ウィンドウ幅: 黒から白に割り当てる画素値の範囲</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Automatic window for each image: full range for 8-bit images, 0.5 %–99.5 % percentiles for 16-bit ones</source>
        <translation>画像ごとの自動ウィンドウ: 8 ビット画像は全範囲、16 ビット画像は 0.5 %–99.5 % パーセンタイル</translation>
    </message>
</context>
</TS>
