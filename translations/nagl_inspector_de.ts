<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>CalibrationPlanText</name>
    <message>
        <source>Scoring the references leave-one-out needs at least two normal references.</source>
        <translation>Die Referenzen „leave-one-out“ zu bewerten braucht mindestens zwei Gutreferenzen.</translation>
    </message>
    <message>
        <source>Choose the folder of a labelled calibration lot.</source>
        <translation>Wählen Sie den Ordner eines gelabelten Kalibrierloses.</translation>
    </message>
    <message>
        <source>The calibration lot must not be the lot under audit or overlap it (%1).</source>
        <translation>Das Kalibrierlos darf nicht das geprüfte Los sein oder sich mit ihm überschneiden (%1).</translation>
    </message>
    <message>
        <source>Add at least one reference image.</source>
        <translation>Fügen Sie mindestens ein Referenzbild hinzu.</translation>
    </message>
</context>
<context>
    <name>CalibrationScorerText</name>
    <message>
        <source>The calibration lot %1 has no normal image (a good/ folder).</source>
        <translation>Das Kalibrierlos %1 hat kein Gutbild (keinen Ordner good/).</translation>
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
        <translation>Die Demo konnte nicht vorbereitet werden: %1</translation>
    </message>
</context>
<context>
    <name>RecipeText</name>
    <message>
        <source>No backbone is chosen (Model &gt; Settings).</source>
        <translation>Kein Backbone gewählt (Modell &gt; Einstellungen).</translation>
    </message>
    <message>
        <source>Defective references need a NAGL head (Model &gt; Settings).</source>
        <translation>Fehlerhafte Referenzen brauchen einen NAGL-Head (Modell &gt; Einstellungen).</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder for the edited masks.</source>
        <translation>Für die bearbeiteten Masken lässt sich kein temporärer Ordner anlegen.</translation>
    </message>
    <message>
        <source>Cannot write the edited mask of %1 to %2.</source>
        <translation>Die bearbeitete Maske von %1 lässt sich nicht nach %2 schreiben.</translation>
    </message>
    <message>
        <source>%1: the recipe&apos;s references changed since it was made:
%2</source>
        <translation>%1: Die Referenzen des Rezepts haben sich seit seiner Erstellung geändert:
%2</translation>
    </message>
    <message>
        <source>precision %1: the workstation runs fp32</source>
        <translation>Genauigkeit %1: der Arbeitsplatz rechnet in fp32</translation>
    </message>
</context>
<context>
    <name>ThresholdSourceText</name>
    <message>
        <source>⚠ thresholds not calibrated: every image goes to review (Lot &gt; Suggest thresholds…)</source>
        <translation>⚠ Schwellen nicht kalibriert: jedes Bild geht in die Prüfung (Los &gt; Schwellen vorschlagen…)</translation>
    </message>
    <message>
        <source>thresholds set by hand</source>
        <translation>Schwellen von Hand gesetzt</translation>
    </message>
    <message>
        <source>thresholds from the calibration lot %1</source>
        <translation>Schwellen aus dem Kalibrierlos %1</translation>
    </message>
    <message>
        <source>thresholds from the references scored leave-one-out (normal: %1, defective: %2)</source>
        <translation>Schwellen aus den leave-one-out bewerteten Referenzen (gut: %1, fehlerhaft: %2)</translation>
    </message>
    <message>
        <source>thresholds from the recipe %1</source>
        <translation>Schwellen aus dem Rezept %1</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>pass</source>
        <translation>i.O.</translation>
    </message>
    <message>
        <source>review</source>
        <translation>prüfen</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>n.i.O.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Few-shot visual anomaly inspection workstation</source>
        <translation>Arbeitsplatz für die visuelle Anomalieprüfung mit wenigen Referenzbildern</translation>
    </message>
    <message>
        <source>Generate (or reuse) a demo lot and run it.</source>
        <translation>Ein Demo-Los erzeugen (oder wiederverwenden) und prüfen.</translation>
    </message>
    <message>
        <source>DINOv2 backbone checkpoint.</source>
        <translation>DINOv2-Backbone-Checkpoint.</translation>
    </message>
    <message>
        <source>NAGL head checkpoint.</source>
        <translation>NAGL-Head-Checkpoint.</translation>
    </message>
    <message>
        <source>Run the demo, save screenshots to DIR and quit.</source>
        <translation>Die Demo ausführen, Bildschirmfotos in DIR speichern und beenden.</translation>
    </message>
</context>
<context>
    <name>nagl::ui::AboutDialog</name>
    <message>
        <source>%1 %2 compiled against, %3 loaded</source>
        <translation>%1 %2 beim Übersetzen, %3 geladen</translation>
    </message>
    <message>
        <source>%1 %2 compiled against (the loaded library reports no version)</source>
        <translation>%1 %2 beim Übersetzen (die geladene Bibliothek nennt keine Version)</translation>
    </message>
    <message>
        <source>not loaded yet: the first run chooses it (setting: %1)</source>
        <translation>noch nicht geladen: der erste Lauf wählt es (Einstellung: %1)</translation>
    </message>
    <message>
        <source>CUDA not used: %1</source>
        <translation>CUDA nicht verwendet: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>NAGL Inspector (this program)</source>
        <translation>NAGL Inspector (dieses Programm)</translation>
    </message>
    <message>
        <source>no licence chosen yet, all rights reserved (see %1)</source>
        <translation>noch keine Lizenz gewählt, alle Rechte vorbehalten (siehe %1)</translation>
    </message>
    <message>
        <source>DINOv2 (Meta AI), code and weights</source>
        <translation>DINOv2 (Meta AI), Code und Gewichte</translation>
    </message>
    <message>
        <source>NAGL reference implementation (NeurIPS 2025, arXiv 2510.00495)</source>
        <translation>NAGL-Referenzimplementierung (NeurIPS 2025, arXiv 2510.00495)</translation>
    </message>
    <message>
        <source>unknown, not recorded by this project</source>
        <translation>unbekannt, von diesem Projekt nicht festgehalten</translation>
    </message>
    <message>
        <source>NAGL Inspector</source>
        <translation>NAGL Inspector</translation>
    </message>
    <message>
        <source>Few-shot visual anomaly inspection: a DINOv2 backbone and a NAGL head score images against a few normal and defective references.</source>
        <translation>Visuelle Anomalieprüfung mit wenigen Beispielen: ein DINOv2-Backbone und ein NAGL-Kopf bewerten Bilder anhand weniger normaler und fehlerhafter Referenzen.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>The program ships no model weights: backbones and heads are imported or downloaded by the user, under their own licences.</source>
        <translation>Das Programm enthält keine Modellgewichte: Backbones und Köpfe importiert oder lädt der Benutzer selbst, unter deren eigenen Lizenzen.</translation>
    </message>
    <message>
        <source>About NAGL Inspector</source>
        <translation>Über NAGL Inspector</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>nagl::ui::ChartsPanel</name>
    <message>
        <source>false positive rate</source>
        <translation>Falsch-Positiv-Rate</translation>
    </message>
    <message>
        <source>true positive rate</source>
        <translation>Richtig-Positiv-Rate</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogramm</translation>
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
        <translation>Für ROC werden Labels beider Arten benötigt (Ordner good/ oder Bewertungen P / F)</translation>
    </message>
    <message>
        <source>AP %1</source>
        <translation>AP %1</translation>
    </message>
    <message>
        <source>PR needs labels of both kinds (good/ folders or P / F verdicts)</source>
        <translation>Für PR werden Labels beider Arten benötigt (Ordner good/ oder Bewertungen P / F)</translation>
    </message>
    <message>
        <source>at fail ≥ %1: TP %2 · FP %3 · TN %4 · FN %5</source>
        <translation>bei n.i.O. ≥ %1: RP %2 · FP %3 · RN %4 · FN %5</translation>
    </message>
</context>
<context>
    <name>nagl::ui::EngineStatusBar</name>
    <message>
        <source>device: not loaded yet</source>
        <translation>Gerät: noch nicht geladen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Diagnose kopieren</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Stop scoring the lot (Esc)</source>
        <translation>Bewertung des Loses anhalten (Esc)</translation>
    </message>
    <message>
        <source>Copy the device, model, settings and timing to the clipboard</source>
        <translation>Gerät, Modell, Einstellungen und Zeiten in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>GPU: %1</source>
        <translation>GPU: %1</translation>
    </message>
    <message>
        <source>CPU — no CUDA device</source>
        <translation>CPU — kein CUDA-Gerät</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>CUDA not used: %1</source>
        <translation>CUDA nicht verwendet: %1</translation>
    </message>
    <message>
        <source>%1 ms/image</source>
        <translation>%1 ms/Bild</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s), batch size %1</source>
        <translation>
            <numerusform>%n Thread, Batchgröße %1</numerusform>
            <numerusform>%n Threads, Batchgröße %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Tiling: %1</source>
        <translation>Kachelung: %1</translation>
    </message>
    <message>
        <source>%1 ms/image, tiled</source>
        <translation>%1 ms/Bild, gekachelt</translation>
    </message>
</context>
<context>
    <name>nagl::ui::ExportDialog</name>
    <message>
        <source>NAGL Inspector lot report</source>
        <translation>NAGL Inspector – Losbericht</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formate</translation>
    </message>
    <message>
        <source>Masks in the MVTec AD layout</source>
        <translation>Masken im MVTec-AD-Layout</translation>
    </message>
    <message>
        <source>One PNG mask per image</source>
        <translation>Eine PNG-Maske pro Bild</translation>
    </message>
    <message>
        <source>COCO JSON, RLE</source>
        <translation>COCO-JSON, RLE</translation>
    </message>
    <message>
        <source>COCO JSON, polygons</source>
        <translation>COCO-JSON, Polygone</translation>
    </message>
    <message>
        <source>labelme JSON</source>
        <translation>labelme-JSON</translation>
    </message>
    <message>
        <source>Heatmap and overlay PNGs</source>
        <translation>Heatmap- und Overlay-PNGs</translation>
    </message>
    <message>
        <source>Lot report, CSV</source>
        <translation>Losbericht, CSV</translation>
    </message>
    <message>
        <source>Lot report, JSON</source>
        <translation>Losbericht, JSON</translation>
    </message>
    <message>
        <source>Lot report, PDF</source>
        <translation>Losbericht, PDF</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Output folder: one sub-folder per format</source>
        <translation>Ausgabeordner: ein Unterordner pro Format</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Output &amp;folder:</source>
        <translation>Ausgabe&amp;ordner:</translation>
    </message>
    <message>
        <source>All scored images</source>
        <translation>Alle bewerteten Bilder</translation>
    </message>
    <message>
        <source>Failed images only</source>
        <translation>Nur fehlerhafte Bilder</translation>
    </message>
    <message>
        <source>The current image</source>
        <translation>Das aktuelle Bild</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>&amp;Bilder:</translation>
    </message>
    <message>
        <source>Masks are your edited mask of an image when it has one, else its anomaly map at the fail threshold. Reports use both thresholds and your verdict overrides.</source>
        <translation>Als Maske dient Ihre bearbeitete Maske eines Bildes, sofern vorhanden, sonst seine Anomaliekarte an der Fehlerschwelle. Berichte verwenden beide Schwellen und Ihre überschriebenen Bewertungen.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>Export &amp;abbrechen</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Wählen Sie mindestens ein Format.</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation>Wählen Sie einen Ausgabeordner.</translation>
    </message>
    <message>
        <source>The current image has not been scored: nothing to export.</source>
        <translation>Das aktuelle Bild wurde noch nicht bewertet: nichts zu exportieren.</translation>
    </message>
    <message>
        <source>No image fails: nothing to export.</source>
        <translation>Kein Bild ist fehlerhaft: nichts zu exportieren.</translation>
    </message>
    <message>
        <source>No image has been scored yet: run the lot first (F5).</source>
        <translation>Noch kein Bild bewertet: starten Sie zuerst das Los (F5).</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n image(s) to %1…</source>
        <translation>
            <numerusform>Exportiere %n Bild nach %1…</numerusform>
            <numerusform>Exportiere %n Bilder nach %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling after the image in progress…</source>
        <translation>Abbruch nach dem Bild in Arbeit…</translation>
    </message>
    <message>
        <source>Export cancelled after %1 of %2 images. The files written are complete; the lot files (COCO, reports) were not written.</source>
        <translation>Export nach %1 von %2 Bildern abgebrochen. Die geschriebenen Dateien sind vollständig; die Losdateien (COCO, Berichte) wurden nicht geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1 with %n error(s): these files could not be written.</source>
        <translation>
            <numerusform>Nach %1 exportiert, mit %n Fehler: diese Datei konnte nicht geschrieben werden.</numerusform>
            <numerusform>Nach %1 exportiert, mit %n Fehlern: diese Dateien konnten nicht geschrieben werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n image(s) to %1.</source>
        <translation>
            <numerusform>%n Bild nach %1 exportiert.</numerusform>
            <numerusform>%n Bilder nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is inside the lot: the next run would score the exported images. Choose a folder outside %2.</source>
        <translation>%1 liegt im Los: der nächste Lauf würde die exportierten Bilder bewerten. Wählen Sie einen Ordner außerhalb von %2.</translation>
    </message>
</context>
<context>
    <name>nagl::ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Run the &amp;demo</source>
        <translation>&amp;Demo starten</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Read the &amp;README</source>
        <translation>&amp;README lesen</translation>
    </message>
    <message>
        <source>&amp;About NAGL Inspector</source>
        <translation>Ü&amp;ber NAGL Inspector</translation>
    </message>
    <message>
        <source>The README is not installed (looked for %1).</source>
        <translation>Das README ist nicht installiert (gesucht: %1).</translation>
    </message>
    <message>
        <source>No program to open %1 with.</source>
        <translation>Kein Programm zum Öffnen von %1.</translation>
    </message>
</context>
<context>
    <name>nagl::ui::ImageViewer</name>
    <message>
        <source>Per-image stretch %1 … %2 — colours not comparable across images</source>
        <translation>Bildweise gestreckt %1 … %2 — Farben zwischen Bildern nicht vergleichbar</translation>
    </message>
    <message>
        <source>Fixed scale %1 … %2 (review %3, fail %4): same colour, same score on every image</source>
        <translation>Feste Skala %1 … %2 (prüfen %3, n.i.O. %4): gleiche Farbe, gleicher Score auf jedem Bild</translation>
    </message>
    <message>
        <source>Cannot read the mask %1: %2</source>
        <translation>Die Maske %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The mask is %1 x %2 pixels but the image %3 x %4: mask not used</source>
        <translation>Die Maske hat %1 x %2 Pixel, das Bild aber %3 x %4: Maske nicht verwendet</translation>
    </message>
    <message>
        <source>Decoding %1…</source>
        <translation>%1 wird dekodiert…</translation>
    </message>
</context>
<context>
    <name>nagl::ui::InspectionDocument</name>
    <message>
        <source>Change the thresholds</source>
        <translation>Schwellen ändern</translation>
    </message>
    <message>
        <source>Add the normal reference %1</source>
        <translation>Gutreferenz %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add the defective reference %1</source>
        <translation>Fehlerreferenz %1 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n normal reference(s)</source>
        <translation>
            <numerusform>%n Gutreferenz entfernen</numerusform>
            <numerusform>%n Gutreferenzen entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n defective reference(s)</source>
        <translation>
            <numerusform>%n Fehlerreferenz entfernen</numerusform>
            <numerusform>%n Fehlerreferenzen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment on the override of %1</source>
        <translation>Überschreibung von %1 kommentieren</translation>
    </message>
    <message>
        <source>Keep the override of %1 at its new score</source>
        <translation>Überschreibung von %1 beim neuen Score behalten</translation>
    </message>
    <message>
        <source>Mark %1 as %2</source>
        <translation>%1 als %2 markieren</translation>
    </message>
    <message>
        <source>Clear the override of %1</source>
        <translation>Überschreibung von %1 aufheben</translation>
    </message>
    <message>
        <source>Accept the suggested thresholds</source>
        <translation>Vorgeschlagene Schwellen übernehmen</translation>
    </message>
</context>
<context>
    <name>nagl::ui::InspectionSession</name>
    <message>
        <source>queued</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>An inspection is already running.</source>
        <translation>Es läuft bereits eine Prüfung.</translation>
    </message>
    <message>
        <source>Choose a backbone checkpoint first (Model &gt; Settings…).</source>
        <translation>Zuerst einen Backbone-Checkpoint wählen (Modell &gt; Einstellungen…).</translation>
    </message>
    <message>
        <source>Add at least one reference image.</source>
        <translation>Mindestens ein Referenzbild hinzufügen.</translation>
    </message>
    <message>
        <source>Defective references need a NAGL head (Model &gt; Settings…).</source>
        <translation>Fehlerhafte Referenzen brauchen einen NAGL-Head (Modell &gt; Einstellungen…).</translation>
    </message>
    <message>
        <source>The lot is empty: open a lot folder first.</source>
        <translation>Das Los ist leer: zuerst einen Los-Ordner öffnen.</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Modell wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Encoding %n reference image(s)…</source>
        <translation>
            <numerusform>%n Referenzbild wird kodiert…</numerusform>
            <numerusform>%n Referenzbilder werden kodiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scoring %n image(s)…</source>
        <translation>
            <numerusform>%n Bild wird bewertet…</numerusform>
            <numerusform>%n Bilder werden bewertet…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nagl::ui::LotBrowser</name>
    <message>
        <source>All verdicts</source>
        <translation>Alle Bewertungen</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>i.O.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>n.i.O.</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <source>Show the lot as a grid of thumbnails</source>
        <translation>Das Los als Raster von Vorschaubildern zeigen</translation>
    </message>
    <message>
        <source>Drop a folder here to open it as the lot</source>
        <translation>Einen Ordner hierher ziehen, um ihn als Los zu öffnen</translation>
    </message>
    <message>
        <source>↑↓ Home End: move · P / R / F: override the verdict · N / Shift+N: next / previous fail or review · right-click: comment</source>
        <translation>↑↓ Pos1 Ende: bewegen · P / R / F: Urteil überschreiben · N / Umschalt+N: nächstes / voriges n.i.O. oder Prüfen · Rechtsklick: Kommentar</translation>
    </message>
    <message>
        <source>&amp;Advance after a verdict</source>
        <translation>&amp;Nach einem Urteil weiter</translation>
    </message>
    <message>
        <source>After P / R / F, move to the next image</source>
        <translation>Nach P / R / F zum nächsten Bild gehen</translation>
    </message>
    <message>
        <source>&amp;Next fail or review</source>
        <translation>&amp;Nächstes n.i.O. oder Prüfen</translation>
    </message>
    <message>
        <source>&amp;Previous fail or review</source>
        <translation>&amp;Voriges n.i.O. oder Prüfen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referenzen</translation>
    </message>
    <message>
        <source>Show only the images with this verdict (error: unreadable; references: images of the lot that are references, left out of the scores)</source>
        <translation>Nur die Bilder mit dieser Bewertung zeigen (Fehler: nicht lesbar; Referenzen: Bilder des Loses, die Referenzen sind, aus den Scores herausgenommen)</translation>
    </message>
    <message>
        <source>%1 is unreadable: it has no score to judge (verdict error).</source>
        <translation>%1 ist nicht lesbar: es gibt keinen Score zu beurteilen (Bewertung Fehler).</translation>
    </message>
    <message>
        <source>%1 is a reference image: it is left out of the scores.</source>
        <translation>%1 ist ein Referenzbild: es bleibt aus den Scores heraus.</translation>
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
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overridden by hand</source>
        <translation>Von Hand überschrieben</translation>
    </message>
    <message>
        <source>Overridden by %1 at %2 (UTC)</source>
        <translation>Überschrieben von %1 am %2 (UTC)</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source>Scored %1 when overridden, now %2: check the verdict (right-click to keep it)</source>
        <translation>Beim Überschreiben Score %1, jetzt %2: Urteil prüfen (Rechtsklick, um es zu behalten)</translation>
    </message>
    <message>
        <source>P / R / F; the same key again clears</source>
        <translation>P / R / F; dieselbe Taste erneut hebt auf</translation>
    </message>
    <message>
        <source>%1 ✎ ⚠</source>
        <translation>%1 ✎ ⚠</translation>
    </message>
    <message>
        <source>score changed since override</source>
        <translation>Score seit dem Überschreiben geändert</translation>
    </message>
    <message>
        <source>This image is a normal reference (the same content as %1)</source>
        <translation>Dieses Bild ist eine normale Referenz (derselbe Inhalt wie %1)</translation>
    </message>
    <message>
        <source>This image is a defective reference (the same content as %1)</source>
        <translation>Dieses Bild ist eine fehlerhafte Referenz (derselbe Inhalt wie %1)</translation>
    </message>
    <message>
        <source>Left out of the scores, the charts and the thresholds: it would score itself.</source>
        <translation>Aus den Scores, Diagrammen und Schwellen herausgenommen: es würde sich selbst bewerten.</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Unreadable, so no score: %1</source>
        <translation>Nicht lesbar, daher kein Score: %1</translation>
    </message>
    <message numerus="yes">
        <source>Scored as %n tile(s) of %1 px overlapping by %2 px; its score is the highest tile&apos;s</source>
        <translation>
            <numerusform>Als %n Kachel von %1 px mit %2 px Überlappung bewertet; die Bewertung ist die der höchsten Kachel</numerusform>
            <numerusform>Als %n Kacheln von %1 px mit %2 px Überlappung bewertet; die Bewertung ist die der höchsten Kachel</numerusform>
        </translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>Kacheln</translation>
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
            <numerusform>%n Bild in %1</numerusform>
            <numerusform>%n Bilder in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;No backbone configured&lt;/h2&gt;&lt;p&gt;NAGL Inspector needs a DINOv2 backbone checkpoint (and optionally a NAGL head) to score images.&lt;/p&gt;&lt;p&gt;Choose them in &lt;b&gt;Model &amp;gt; Settings…&lt;/b&gt; (Ctrl+,): official DINOv2 &lt;tt&gt;.pth&lt;/tt&gt; files or Hugging Face &lt;tt&gt;facebook/dinov2-*&lt;/tt&gt; safetensors.&lt;/p&gt;&lt;p&gt;No weights at hand? Start &lt;tt&gt;nagl-inspector --demo&lt;/tt&gt; (or &lt;b&gt;Help &amp;gt; Run the demo&lt;/b&gt;): it generates a small synthetic lot and uses a built-in untrained backbone — the whole flow, with illustrative results.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Kein Backbone eingerichtet&lt;/h2&gt;&lt;p&gt;NAGL Inspector braucht einen DINOv2-Backbone-Checkpoint (und optional einen NAGL-Head), um Bilder zu bewerten.&lt;/p&gt;&lt;p&gt;Wählen Sie sie unter &lt;b&gt;Modell &amp;gt; Einstellungen…&lt;/b&gt; (Strg+,): offizielle DINOv2-Dateien &lt;tt&gt;.pth&lt;/tt&gt; oder Hugging-Face-Safetensors &lt;tt&gt;facebook/dinov2-*&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;Keine Gewichte zur Hand? Starten Sie &lt;tt&gt;nagl-inspector --demo&lt;/tt&gt; (oder &lt;b&gt;Hilfe &amp;gt; Demo starten&lt;/b&gt;): Es erzeugt ein kleines synthetisches Los und verwendet ein eingebautes, untrainiertes Backbone — der ganze Ablauf, mit Ergebnissen nur zur Veranschaulichung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo with a built-in UNTRAINED backbone and head: scores, verdicts and heatmaps are illustrative only.&lt;/b&gt; Configure real DINOv2 / NAGL weights in Model &amp;gt; Settings…</source>
        <translation>&lt;b&gt;Demo mit eingebautem, UNTRAINIERTEM Backbone und Head: Scores, Bewertungen und Heatmaps dienen nur der Veranschaulichung.&lt;/b&gt; Echte DINOv2-/NAGL-Gewichte einrichten unter Modell &amp;gt; Einstellungen…</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referenzen</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Los</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Open lot folder</source>
        <translation>Los-Ordner öffnen</translation>
    </message>
    <message>
        <source>Cancel the running inspection before opening another lot.</source>
        <translation>Brechen Sie die laufende Prüfung ab, bevor Sie ein anderes Los öffnen.</translation>
    </message>
    <message>
        <source>Listing %1…</source>
        <translation>%1 wird durchsucht…</translation>
    </message>
    <message numerus="yes">
        <source>%n defective reference(s) without a mask left out</source>
        <translation>
            <numerusform>%n fehlerhafte Referenz ohne Maske ausgelassen</numerusform>
            <numerusform>%n fehlerhafte Referenzen ohne Maske ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Inspection failed: %1</source>
        <translation>Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Inspection failed</source>
        <translation>Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 images scored</source>
        <translation>Abgebrochen: %1 von %2 Bildern bewertet</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) scored</source>
        <translation>
            <numerusform>%n Bild bewertet</numerusform>
            <numerusform>%n Bilder bewertet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n image(s) unreadable</source>
        <translation>
            <numerusform>%1; %n Bild nicht lesbar</numerusform>
            <numerusform>%1; %n Bilder nicht lesbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the demo lot in %1…</source>
        <translation>Demo-Los wird in %1 vorbereitet…</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>NAGL Inspector %1, Qt %2</source>
        <translation>NAGL Inspector %1, Qt %2</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>nicht geladen</translation>
    </message>
    <message>
        <source>device: %1 (%2)</source>
        <translation>Gerät: %1 (%2)</translation>
    </message>
    <message>
        <source>device: %1 (%2) — no CUDA device</source>
        <translation>Gerät: %1 (%2) — kein CUDA-Gerät</translation>
    </message>
    <message>
        <source>CUDA not used: %1</source>
        <translation>CUDA nicht verwendet: %1</translation>
    </message>
    <message>
        <source>model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>backbone: %1</source>
        <translation>Backbone: %1</translation>
    </message>
    <message>
        <source>head: %1</source>
        <translation>Head: %1</translation>
    </message>
    <message>
        <source>image size %1, device setting %2, threads %3, batch size %4</source>
        <translation>Bildgröße %1, Geräteeinstellung %2, Threads %3, Batchgröße %4</translation>
    </message>
    <message>
        <source>%1 ms per image</source>
        <translation>%1 ms pro Bild</translation>
    </message>
    <message numerus="yes">
        <source>lot: %1 (%n image(s))</source>
        <translation>
            <numerusform>Los: %1 (%n Bild)</numerusform>
            <numerusform>Los: %1 (%n Bilder)</numerusform>
        </translation>
    </message>
    <message>
        <source>thresholds: review %1, fail %2</source>
        <translation>Schwellen: prüfen %1, n.i.O. %2</translation>
    </message>
    <message>
        <source>untrained built-in weights: results illustrative only</source>
        <translation>eingebaute untrainierte Gewichte: Ergebnisse nur zur Veranschaulichung</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard</source>
        <translation>Diagnose in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;lot folder…</source>
        <translation>&amp;Los-Ordner öffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Score every image of the lot (F5)</source>
        <translation>Jedes Bild des Loses bewerten (F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>&amp;Diagnose kopieren</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source> Review ≥ </source>
        <translation> Prüfen ≥ </translation>
    </message>
    <message>
        <source>Images scoring at or above this need review (pass below)</source>
        <translation>Bilder mit einem Score ab diesem Wert müssen geprüft werden (darunter i.O.)</translation>
    </message>
    <message>
        <source> Fail ≥ </source>
        <translation> n.i.O. ≥ </translation>
    </message>
    <message>
        <source>Images scoring at or above this fail</source>
        <translation>Bilder mit einem Score ab diesem Wert sind n.i.O.</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <source>Show the anomaly heatmap (H)</source>
        <translation>Anomalie-Heatmap anzeigen (H)</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Kontur</translation>
    </message>
    <message>
        <source>Outline the region above the fail threshold (O)</source>
        <translation>Den Bereich über der n.i.O.-Schwelle umranden (O)</translation>
    </message>
    <message>
        <source>Heatmap colormap</source>
        <translation>Farbskala der Heatmap</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Strecken</translation>
    </message>
    <message>
        <source>Stretch the colours to this image&apos;s own range (labelled; colours are then not comparable across images)</source>
        <translation>Die Farben auf den eigenen Wertebereich dieses Bildes strecken (gekennzeichnet; Farben sind dann zwischen Bildern nicht vergleichbar)</translation>
    </message>
    <message>
        <source> Opacity </source>
        <translation> Deckkraft </translation>
    </message>
    <message>
        <source>Heatmap opacity</source>
        <translation>Deckkraft der Heatmap</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the image to the window (Ctrl+0)</source>
        <translation>Bild an das Fenster anpassen (Strg+0)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel (Ctrl+1)</source>
        <translation>Ein Bildpixel pro Bildschirmpixel (Strg+1)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Get a backbone: import a file or download…</source>
        <translation>Backbone besorgen: Datei importieren oder herunterladen…</translation>
    </message>
    <message>
        <source>Model &amp;store: import or download…</source>
        <translation>Modell&amp;speicher: importieren oder herunterladen…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Show the closest normal reference beside the image, zoom and pan synced (C)</source>
        <translation>Die ähnlichste normale Referenz neben dem Bild zeigen, Zoom und Verschiebung gekoppelt (C)</translation>
    </message>
    <message>
        <source>Closest normal reference: %1 (highest mean patch similarity to this image)</source>
        <translation>Ähnlichste normale Referenz: %1 (höchste mittlere Patch-Ähnlichkeit zu diesem Bild)</translation>
    </message>
    <message>
        <source>Normal reference %1 — the closest one is known once this image is scored</source>
        <translation>Normale Referenz %1 — die ähnlichste steht fest, sobald dieses Bild bewertet ist</translation>
    </message>
    <message>
        <source>No normal reference to compare with: add one in the reference panel</source>
        <translation>Keine normale Referenz zum Vergleichen: im Referenzbereich eine hinzufügen</translation>
    </message>
    <message>
        <source>M&amp;ask</source>
        <translation>M&amp;aske</translation>
    </message>
    <message>
        <source>Editing the mask of the defective reference %1</source>
        <translation>Maske der fehlerhaften Referenz %1 wird bearbeitet</translation>
    </message>
    <message>
        <source>Reference mask edited: the next run (F5) uses it.</source>
        <translation>Referenzmaske bearbeitet: der nächste Lauf (F5) verwendet sie.</translation>
    </message>
    <message>
        <source>Reference mask changed: scoring the lot again…</source>
        <translation>Referenzmaske geändert: das Los wird neu bewertet…</translation>
    </message>
    <message>
        <source>Cancel the running inspection before opening a project.</source>
        <translation>Brechen Sie die laufende Prüfung ab, bevor Sie ein Projekt öffnen.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export masks, annotations, overlays and lot reports (Ctrl+E)</source>
        <translation>Masken, Annotationen, Overlays und Losberichte exportieren (Strg+E)</translation>
    </message>
    <message>
        <source>&amp;Import mask…</source>
        <translation>Maske &amp;importieren…</translation>
    </message>
    <message>
        <source>Import the mask of the image on screen from a PNG, COCO JSON or labelme JSON file (Ctrl+I)</source>
        <translation>Die Maske des angezeigten Bildes aus einer PNG-, COCO-JSON- oder labelme-JSON-Datei importieren (Strg+I)</translation>
    </message>
    <message>
        <source>Show an image or a defective reference first: the mask is imported for it.</source>
        <translation>Zeigen Sie zuerst ein Bild oder eine defekte Referenz an: die Maske wird dafür importiert.</translation>
    </message>
    <message>
        <source>Import a mask for %1</source>
        <translation>Eine Maske für %1 importieren</translation>
    </message>
    <message>
        <source>Masks (*.png *.json *.bmp *.tif *.tiff);;All files (*)</source>
        <translation>Masken (*.png *.json *.bmp *.tif *.tiff);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing the mask %1…</source>
        <translation>Importiere die Maske %1…</translation>
    </message>
    <message>
        <source>%1: not imported, the viewer shows another image now.</source>
        <translation>%1: nicht importiert, die Ansicht zeigt inzwischen ein anderes Bild.</translation>
    </message>
    <message>
        <source>Import mask</source>
        <translation>Maske importieren</translation>
    </message>
    <message>
        <source>The mask could not be imported for %1.</source>
        <translation>Die Maske konnte für %1 nicht importiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>Imported the mask %1: %n defect pixel(s). Undo (Ctrl+Z) removes it.</source>
        <translation>
            <numerusform>Maske %1 importiert: %n Defektpixel. Rückgängig (Strg+Z) entfernt sie.</numerusform>
            <numerusform>Maske %1 importiert: %n Defektpixel. Rückgängig (Strg+Z) entfernt sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n override(s) to check: the score changed since (filter Review)</source>
        <translation>
            <numerusform>%1; %n Überschreibung zu prüfen: der Score hat sich seitdem geändert (Filter Prüfen)</numerusform>
            <numerusform>%1; %n Überschreibungen zu prüfen: der Score hat sich seitdem geändert (Filter Prüfen)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Lot</source>
        <translation>&amp;Los</translation>
    </message>
    <message>
        <source>Open %1 as the lot?</source>
        <translation>%1 als Los öffnen?</translation>
    </message>
    <message numerus="yes">
        <source>The current lot&apos;s %n scored image(s)</source>
        <translation>
            <numerusform>%n bewertetes Bild des aktuellen Loses</numerusform>
            <numerusform>%n bewertete Bilder des aktuellen Loses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n verdict override(s) are replaced; this cannot be undone.</source>
        <translation>
            <numerusform>und %n überschriebenes Urteil werden ersetzt; das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>und %n überschriebene Urteile werden ersetzt; das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the lot</source>
        <translation>Los ersetzen</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n reference image(s) in the lot left out of the scores</source>
        <translation>
            <numerusform>%1; %n Referenzbild im Los aus den Scores herausgenommen</numerusform>
            <numerusform>%1; %n Referenzbilder im Los aus den Scores herausgenommen</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo: thresholds proposed from the references scored leave-one-out (Lot &gt; Suggest thresholds… to calibrate again)</source>
        <translation>Demo: Schwellen aus den leave-one-out bewerteten Referenzen vorgeschlagen (Los &gt; Schwellen vorschlagen… zum erneuten Kalibrieren)</translation>
    </message>
    <message>
        <source>Recipes</source>
        <translation>Rezepte</translation>
    </message>
    <message>
        <source> Min. area </source>
        <translation> Min. Fläche </translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Minimum defect area: an image at or above Fail fails only when a region of its map at or above Fail (or of the mask drawn on it) covers this many pixels; otherwise it goes to review</source>
        <translation>Mindestfehlerfläche: ein Bild ab der Fehlerschwelle ist nur dann n.i.O., wenn eine Region seiner Karte ab dieser Schwelle (oder der darauf gezeichneten Maske) so viele Pixel bedeckt; sonst geht es in die Prüfung</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>Kacheln</translation>
    </message>
    <message>
        <source>Show the tiles a tiled image was scored as (G)</source>
        <translation>Die Kacheln zeigen, in denen ein gekacheltes Bild bewertet wurde (G)</translation>
    </message>
</context>
<context>
    <name>nagl::ui::MaskEditorToolbar</name>
    <message>
        <source>Mask editor</source>
        <translation>Masken-Editor</translation>
    </message>
    <message>
        <source>Navigate</source>
        <translation>Navigieren</translation>
    </message>
    <message>
        <source>Pan and zoom; no mask editing (N)</source>
        <translation>Verschieben und zoomen; keine Maskenbearbeitung (N)</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pinsel</translation>
    </message>
    <message>
        <source>Paint the defect mask ([ smaller, ] larger) (B)</source>
        <translation>Fehlermaske malen ([ kleiner, ] größer) (B)</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Radierer</translation>
    </message>
    <message>
        <source>Erase the defect mask ([ smaller, ] larger) (E)</source>
        <translation>Fehlermaske radieren ([ kleiner, ] größer) (E)</translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation>Lasso</translation>
    </message>
    <message>
        <source>Drag a freehand outline; it is filled on release; Shift clears instead (L)</source>
        <translation>Freihand-Umriss ziehen; beim Loslassen wird er gefüllt; mit Umschalt wird stattdessen gelöscht (L)</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Polygon</translation>
    </message>
    <message>
        <source>Click the corners; double-click or Enter fills, Backspace removes a corner, Escape drops it; Shift clears instead (Shift+L)</source>
        <translation>Ecken anklicken; Doppelklick oder Eingabe füllt, Rücktaste entfernt eine Ecke, Esc verwirft; mit Umschalt wird stattdessen gelöscht (Umschalt+L)</translation>
    </message>
    <message>
        <source>Flood fill</source>
        <translation>Füllen</translation>
    </message>
    <message>
        <source>Fill the connected region of the mask under the pointer; Shift clears it (K)</source>
        <translation>Zusammenhängenden Bereich der Maske unter dem Zeiger füllen; mit Umschalt löschen (K)</translation>
    </message>
    <message>
        <source> Brush </source>
        <translation> Pinsel </translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Brush radius in image pixels ([ smaller, ] larger)</source>
        <translation>Pinselradius in Bildpixeln ([ kleiner, ] größer)</translation>
    </message>
    <message>
        <source>Smaller brush</source>
        <translation>Kleinerer Pinsel</translation>
    </message>
    <message>
        <source>Larger brush</source>
        <translation>Größerer Pinsel</translation>
    </message>
    <message>
        <source>Smaller brush ([)</source>
        <translation>Kleinerer Pinsel ([)</translation>
    </message>
    <message>
        <source>Larger brush (])</source>
        <translation>Größerer Pinsel (])</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>From heatmap</source>
        <translation>Aus Heatmap</translation>
    </message>
    <message>
        <source>No heatmap for this image: score it first (the mask starts from the fail threshold).</source>
        <translation>Keine Heatmap für dieses Bild: zuerst bewerten (die Maske beginnt an der Ausschuss-Schwelle).</translation>
    </message>
    <message>
        <source>Replace the mask with the heatmap&apos;s region at or above the fail threshold (M)</source>
        <translation>Maske durch den Heatmap-Bereich ab der Ausschuss-Schwelle ersetzen (M)</translation>
    </message>
    <message>
        <source>Clear mask</source>
        <translation>Maske leeren</translation>
    </message>
    <message>
        <source>Clear the whole mask; undoable (Shift+Del)</source>
        <translation>Ganze Maske leeren; rückgängig machbar (Umschalt+Entf)</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Maske</translation>
    </message>
    <message>
        <source>Show the defect mask (Shift+M)</source>
        <translation>Fehlermaske anzeigen (Umschalt+M)</translation>
    </message>
    <message>
        <source>Mask outline</source>
        <translation>Maskenumriss</translation>
    </message>
    <message>
        <source>Draw the outline of the mask</source>
        <translation>Umriss der Maske zeichnen</translation>
    </message>
    <message>
        <source> Mask opacity </source>
        <translation> Maskendeckkraft </translation>
    </message>
    <message>
        <source>Opacity of the mask fill</source>
        <translation>Deckkraft der Maskenfüllung</translation>
    </message>
    <message>
        <source>Mask undo memory: %1 of %2</source>
        <translation>Speicher für Masken-Rückgängig: %1 von %2</translation>
    </message>
    <message>
        <source>Undo the last mask edit (Ctrl+Z). %1</source>
        <translation>Letzte Maskenbearbeitung rückgängig machen (Strg+Z). %1</translation>
    </message>
    <message>
        <source>Redo the mask edit (Ctrl+Shift+Z). %1</source>
        <translation>Maskenbearbeitung wiederholen (Strg+Umschalt+Z). %1</translation>
    </message>
</context>
<context>
    <name>nagl::ui::MaskLayer</name>
    <message>
        <source>Brush stroke</source>
        <translation>Pinselstrich</translation>
    </message>
    <message>
        <source>Eraser stroke</source>
        <translation>Radiererstrich</translation>
    </message>
    <message>
        <source>Polygon erase</source>
        <translation>Polygon löschen</translation>
    </message>
    <message>
        <source>Polygon fill</source>
        <translation>Polygon füllen</translation>
    </message>
    <message>
        <source>Flood erase</source>
        <translation>Bereich löschen</translation>
    </message>
    <message>
        <source>Flood fill</source>
        <translation>Füllen</translation>
    </message>
    <message>
        <source>Clear mask</source>
        <translation>Maske leeren</translation>
    </message>
    <message>
        <source>Mask from heatmap</source>
        <translation>Maske aus Heatmap</translation>
    </message>
</context>
<context>
    <name>nagl::ui::MaskToolController</name>
    <message>
        <source>Lasso erase</source>
        <translation>Lasso löschen</translation>
    </message>
    <message>
        <source>Lasso fill</source>
        <translation>Lasso füllen</translation>
    </message>
</context>
<context>
    <name>nagl::ui::ModelStoreDialog</name>
    <message>
        <source>Stored “%1”: %2</source>
        <translation>„%1“ gespeichert: %2</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Datei importieren…</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Download abbrechen</translation>
    </message>
    <message>
        <source>Model store</source>
        <translation>Modellspeicher</translation>
    </message>
    <message>
        <source>Weights are validated and kept in the model store (%1). The first backbone and head stored become the defaults of the workstation and of nagl infer / eval.</source>
        <translation>Gewichte werden geprüft und im Modellspeicher (%1) abgelegt. Das erste gespeicherte Backbone und der erste gespeicherte Head werden zum Standard für den Arbeitsplatz und für nagl infer / eval.</translation>
    </message>
    <message>
        <source>From a file</source>
        <translation>Aus einer Datei</translation>
    </message>
    <message>
        <source>An official DINOv2 .pth, Hugging Face DINOv2 safetensors, or a NAGL head (.pth from the reference train.py, or safetensors) — e.g. carried in on a USB stick.</source>
        <translation>Eine offizielle DINOv2-.pth, DINOv2-Safetensors von Hugging Face oder ein NAGL-Head (.pth aus dem train.py der Referenz oder Safetensors) — z. B. auf einem USB-Stick mitgebracht.</translation>
    </message>
    <message>
        <source>Download an official DINOv2 checkpoint</source>
        <translation>Einen offiziellen DINOv2-Checkpoint herunterladen</translation>
    </message>
    <message>
        <source>Uses the proxy in https_proxy / http_proxy. Offline, the message names the file to fetch elsewhere and import here.</source>
        <translation>Verwendet den Proxy aus https_proxy / http_proxy. Ohne Netz nennt die Meldung die Datei, die anderswo zu holen und hier zu importieren ist.</translation>
    </message>
    <message>
        <source>Import a checkpoint</source>
        <translation>Checkpoint importieren</translation>
    </message>
    <message>
        <source>Checkpoints (*.pth *.pt *.safetensors);;All files (*)</source>
        <translation>Checkpoints (*.pth *.pt *.safetensors);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Download cancelled; the part already downloaded is kept, Download resumes it.</source>
        <translation>Download abgebrochen; der bereits geladene Teil bleibt erhalten, „Herunterladen“ setzt ihn fort.</translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation>Download fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 von %2 MB</translation>
    </message>
    <message>
        <source>Its training sidecar is unreadable: %1</source>
        <translation>Seine Trainings-Sidecar-Datei ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Set as default</source>
        <translation>Als Standard festlegen</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Stored models</source>
        <translation>Gespeicherte Modelle</translation>
    </message>
    <message>
        <source>Setting “%1” as the default…</source>
        <translation>„%1“ wird als Standard festgelegt…</translation>
    </message>
    <message>
        <source>Not changed: “%1” is no longer in the store.</source>
        <translation>Nicht geändert: „%1“ ist nicht mehr im Speicher.</translation>
    </message>
    <message>
        <source>backbone</source>
        <translation>Backbone</translation>
    </message>
    <message>
        <source>head</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>Remove “%1” from the model store? Its stored file is deleted; the file it was imported from is not touched.</source>
        <translation>„%1“ aus dem Modellspeicher entfernen? Die gespeicherte Datei wird gelöscht; die Datei, aus der es importiert wurde, bleibt unberührt.</translation>
    </message>
    <message>
        <source>It is the default backbone; “%1” becomes the default.</source>
        <translation>Es ist das Standard-Backbone; „%1“ wird zum Standard.</translation>
    </message>
    <message>
        <source>It is the default head; “%1” becomes the default.</source>
        <translation>Es ist der Standard-Head; „%1“ wird zum Standard.</translation>
    </message>
    <message>
        <source>It is the default backbone and no other backbone is stored: there will be no default backbone until one is imported.</source>
        <translation>Es ist das Standard-Backbone und kein anderes Backbone ist gespeichert: bis eines importiert wird, gibt es kein Standard-Backbone.</translation>
    </message>
    <message>
        <source>It is the default head and no other head is stored: there will be no default head until one is imported.</source>
        <translation>Es ist der Standard-Head und kein anderer Head ist gespeichert: bis einer importiert wird, gibt es keinen Standard-Head.</translation>
    </message>
    <message>
        <source>Remove a model</source>
        <translation>Ein Modell entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removing “%1”…</source>
        <translation>„%1“ wird entfernt…</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <source>“%1” is now the default.</source>
        <translation>„%1“ ist jetzt der Standard.</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Nicht entfernt: %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>Training data: %1</source>
        <translation>Trainingsdaten: %1</translation>
    </message>
    <message>
        <source>%1, SHA-256 %2</source>
        <translation>%1, SHA-256 %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Bildgröße</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>Trainiert auf</translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation>Backbone</translation>
    </message>
    <message>
        <source>Image AUROC</source>
        <translation>Bild-AUROC</translation>
    </message>
    <message>
        <source>Pixel AUROC</source>
        <translation>Pixel-AUROC</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>From the head&apos;s training sidecar: the image size it was trained at</source>
        <translation>Aus der Trainings-Sidecar-Datei des Heads: die Bildgröße, mit der er trainiert wurde</translation>
    </message>
    <message>
        <source>Held-out validation of the head&apos;s training</source>
        <translation>Validierung auf zurückgehaltenen Kategorien beim Training des Heads</translation>
    </message>
    <message>
        <source>The default backbone</source>
        <translation>Das Standard-Backbone</translation>
    </message>
    <message>
        <source>The default head</source>
        <translation>Der Standard-Head</translation>
    </message>
    <message>
        <source>sidecar unreadable</source>
        <translation>Sidecar nicht lesbar</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>SHA-256 of the imported file: %1
of the stored file: %2</source>
        <translation>SHA-256 der importierten Datei: %1
der gespeicherten Datei: %2</translation>
    </message>
    <message>
        <source>“%1” is now the default backbone.</source>
        <translation>„%1“ ist jetzt das Standard-Backbone.</translation>
    </message>
    <message>
        <source>“%1” is now the default head.</source>
        <translation>„%1“ ist jetzt der Standard-Head.</translation>
    </message>
</context>
<context>
    <name>nagl::ui::OverrideMenu</name>
    <message>
        <source>Comment on the override…</source>
        <translation>Überschreibung kommentieren…</translation>
    </message>
    <message>
        <source>Keep the override at the new score</source>
        <translation>Überschreibung beim neuen Score behalten</translation>
    </message>
    <message>
        <source>Clear the override</source>
        <translation>Überschreibung aufheben</translation>
    </message>
    <message>
        <source>Override comment</source>
        <translation>Kommentar zur Überschreibung</translation>
    </message>
    <message>
        <source>Why this verdict? (saved with the project and named in the reports)</source>
        <translation>Warum dieses Urteil? (wird mit dem Projekt gespeichert und in den Berichten genannt)</translation>
    </message>
</context>
<context>
    <name>nagl::ui::ProjectController</name>
    <message>
        <source>Untitled project</source>
        <translation>Unbenanntes Projekt</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Neues Projekt</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>NAGL projects (*.nagl);;All files (*)</source>
        <translation>NAGL-Projekte (*.nagl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>&amp;Zuletzt verwendete Projekte</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>Projekt &amp;speichern</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>Projekt speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
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
        <translation>Das Projekt „%1“ hat nicht gespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>The autosave journal of %1 cannot be read and is ignored:
%2</source>
        <translation>Das Autosave-Journal von %1 ist nicht lesbar und wird ignoriert:
%2</translation>
    </message>
    <message>
        <source>%1 has unsaved changes, autosaved at %2, that are newer than the saved project (NAGL Inspector did not close cleanly).

Recover them? (No opens the saved version and drops the autosaved changes.)</source>
        <translation>%1 hat nicht gespeicherte Änderungen (automatisch gesichert um %2), die neuer sind als das gespeicherte Projekt (NAGL Inspector wurde nicht sauber beendet).

Wiederherstellen? („Nein“ öffnet die gespeicherte Fassung und verwirft die automatisch gesicherten Änderungen.)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>The project cannot be opened; the file was not changed.

%1</source>
        <translation>Das Projekt kann nicht geöffnet werden; die Datei wurde nicht verändert.

%1</translation>
    </message>
    <message>
        <source>Recovered the autosaved changes of %1</source>
        <translation>Automatisch gesicherte Änderungen von %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message numerus="yes">
        <source> (%n cached result(s) in %1 ms)</source>
        <translation>
            <numerusform> (%n zwischengespeichertes Ergebnis in %1 ms)</numerusform>
            <numerusform> (%n zwischengespeicherte Ergebnisse in %1 ms)</numerusform>
        </translation>
    </message>
    <message>
        <source>; the results cache is unreadable and was left out: %1</source>
        <translation>; der Ergebnis-Cache ist nicht lesbar und wurde ausgelassen: %1</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>NAGL projects (*.nagl)</source>
        <translation>NAGL-Projekte (*.nagl)</translation>
    </message>
    <message>
        <source>The project is being opened or saved; try again in a moment.</source>
        <translation>Das Projekt wird gerade geöffnet oder gespeichert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>The project was not saved; the previous file is unchanged.

%1

Use File &gt; Save project as… to save it elsewhere.</source>
        <translation>Das Projekt wurde nicht gespeichert; die bisherige Datei ist unverändert.

%1

Mit Datei &gt; Projekt speichern unter… können Sie es an anderer Stelle speichern.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>NAGL Inspector did not close cleanly. The project %1 has unsaved changes autosaved at %2.

Recover them? (No drops the autosaved changes; Cancel asks again next time.)</source>
        <translation>NAGL Inspector wurde nicht sauber beendet. Das Projekt %1 hat nicht gespeicherte Änderungen, automatisch gesichert um %2.

Wiederherstellen? („Nein“ verwirft die automatisch gesicherten Änderungen; „Abbrechen“ fragt beim nächsten Mal erneut.)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Work from your last session that was not saved in a project was autosaved at %1.

Restore it? (No drops it; Cancel asks again next time.)</source>
        <translation>Arbeit aus Ihrer letzten Sitzung, die nicht in einem Projekt gespeichert war, wurde um %1 automatisch gesichert.

Wiederherstellen? (Nein verwirft sie; Abbrechen fragt beim nächsten Start erneut.)</translation>
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
        <translation>Neues Los aus &amp;Rezept…</translation>
    </message>
    <message>
        <source>Take the model, references and thresholds of a recipe and score a lot folder with them</source>
        <translation>Modell, Referenzen und Schwellen eines Rezepts übernehmen und damit einen Los-Ordner bewerten</translation>
    </message>
    <message>
        <source>Save as re&amp;cipe…</source>
        <translation>Als Re&amp;zept speichern…</translation>
    </message>
    <message>
        <source>Save the current model, references and thresholds as a recipe for this product</source>
        <translation>Aktuelles Modell, Referenzen und Schwellen als Rezept für dieses Produkt speichern</translation>
    </message>
    <message>
        <source>Saving the recipe %1…</source>
        <translation>Rezept %1 wird gespeichert…</translation>
    </message>
    <message>
        <source>The recipe was not saved: %1</source>
        <translation>Das Rezept wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Recipe &quot;%1&quot; saved to %2</source>
        <translation>Rezept „%1“ in %2 gespeichert</translation>
    </message>
    <message>
        <source>Reading the recipe %1…</source>
        <translation>Rezept %1 wird gelesen…</translation>
    </message>
    <message>
        <source>Recipe &quot;%1&quot;: model, references and thresholds taken</source>
        <translation>Rezept „%1“: Modell, Referenzen und Schwellen übernommen</translation>
    </message>
    <message>
        <source>; not applied here: %1</source>
        <translation>; hier nicht angewandt: %1</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Rezept</translation>
    </message>
    <message>
        <source>Open the model store…</source>
        <translation>Modellspeicher öffnen…</translation>
    </message>
    <message>
        <source>Save as recipe</source>
        <translation>Als Rezept speichern</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>New lot from recipe</source>
        <translation>Neues Los aus Rezept</translation>
    </message>
    <message>
        <source>The lot to score with %1</source>
        <translation>Das mit %1 zu bewertende Los</translation>
    </message>
</context>
<context>
    <name>nagl::ui::RecipeLibrary</name>
    <message>
        <source>Search recipes</source>
        <translation>Rezepte suchen</translation>
    </message>
    <message>
        <source>New lot…</source>
        <translation>Neues Los…</translation>
    </message>
    <message>
        <source>Open a lot folder and score it with the chosen recipe (or choose a recipe file)</source>
        <translation>Einen Los-Ordner öffnen und mit dem gewählten Rezept bewerten (oder eine Rezeptdatei wählen)</translation>
    </message>
    <message>
        <source>Save as recipe…</source>
        <translation>Als Rezept speichern…</translation>
    </message>
    <message>
        <source>Save the current model, references and thresholds as a recipe for this product</source>
        <translation>Aktuelles Modell, Referenzen und Schwellen als Rezept für dieses Produkt speichern</translation>
    </message>
</context>
<context>
    <name>nagl::ui::ReferencePanel</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.tif *.tiff);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Set mask…</source>
        <translation>Maske festlegen…</translation>
    </message>
    <message>
        <source>Choose the defect mask of the selected defective reference</source>
        <translation>Die Fehlermaske der ausgewählten fehlerhaften Referenz wählen</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>Defect-free reference images: drop files here</source>
        <translation>Fehlerfreie Referenzbilder: Dateien hierher ziehen</translation>
    </message>
    <message>
        <source>Defective reference images and their masks (&lt;name&gt;_mask.png): drop files here</source>
        <translation>Fehlerhafte Referenzbilder und ihre Masken (&lt;Name&gt;_mask.png): Dateien hierher ziehen</translation>
    </message>
    <message>
        <source>%1: no defective reference of that name takes this mask</source>
        <translation>%1: Keine fehlerhafte Referenz dieses Namens passt zu dieser Maske</translation>
    </message>
    <message>
        <source>%1 — no mask (not used)</source>
        <translation>%1 — keine Maske (nicht verwendet)</translation>
    </message>
    <message>
        <source>%1
No defect mask: double-click or use “Set mask…”, or drop %2_mask.png here</source>
        <translation>%1
Keine Fehlermaske: doppelklicken oder „Maske festlegen…“ verwenden oder %2_mask.png hierher ziehen</translation>
    </message>
    <message>
        <source>%1 — mask %2</source>
        <translation>%1 — Maske %2</translation>
    </message>
    <message>
        <source>%1
mask: %2</source>
        <translation>%1
Maske: %2</translation>
    </message>
    <message>
        <source>Add normal references</source>
        <translation>Normale Referenzen hinzufügen</translation>
    </message>
    <message>
        <source>Add defective references</source>
        <translation>Fehlerhafte Referenzen hinzufügen</translation>
    </message>
    <message>
        <source>Select a defective reference first.</source>
        <translation>Zuerst eine fehlerhafte Referenz auswählen.</translation>
    </message>
    <message>
        <source>Mask of %1</source>
        <translation>Maske von %1</translation>
    </message>
</context>
<context>
    <name>nagl::ui::RegionNavigator</name>
    <message>
        <source>Zoom to the &amp;worst region</source>
        <translation>Auf den &amp;schlimmsten Bereich zoomen</translation>
    </message>
    <message>
        <source>Ne&amp;xt defect region</source>
        <translation>&amp;Nächster Fehlerbereich</translation>
    </message>
    <message>
        <source>Pre&amp;vious defect region</source>
        <translation>&amp;Voriger Fehlerbereich</translation>
    </message>
    <message>
        <source>Zoom onto the highest-scoring region at or above the fail threshold (W)</source>
        <translation>Auf den Bereich mit dem höchsten Score ab der n.i.O.-Schwelle zoomen (W)</translation>
    </message>
    <message>
        <source>This image has no anomaly map yet: score it first (F5).</source>
        <translation>Dieses Bild hat noch keine Anomaliekarte: zuerst bewerten (F5).</translation>
    </message>
    <message>
        <source>No region of this image reaches the fail threshold.</source>
        <translation>Kein Bereich dieses Bildes erreicht die n.i.O.-Schwelle.</translation>
    </message>
    <message>
        <source>Defect region %1 of %2: %3 px, peak %4</source>
        <translation>Fehlerbereich %1 von %2: %3 px, Spitze %4</translation>
    </message>
</context>
<context>
    <name>nagl::ui::ScoreHistogramView</name>
    <message>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>image score</source>
        <translation>Bild-Score</translation>
    </message>
    <message>
        <source>Drag the orange (review) or red (fail) line to change the thresholds</source>
        <translation>Die orange (prüfen) oder rote (n.i.O.) Linie ziehen, um die Schwellen zu ändern</translation>
    </message>
    <message>
        <source>review ≥ %1</source>
        <translation>prüfen ≥ %1</translation>
    </message>
    <message>
        <source>fail ≥ %1</source>
        <translation>n.i.O. ≥ %1</translation>
    </message>
</context>
<context>
    <name>nagl::ui::SettingsDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Checkpoints (*.pth *.pt *.safetensors);;All files (*)</source>
        <translation>Checkpoints (*.pth *.pt *.safetensors);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Model settings</source>
        <translation>Modelleinstellungen</translation>
    </message>
    <message>
        <source>DINOv2 checkpoint (.pth or .safetensors)</source>
        <translation>DINOv2-Checkpoint (.pth oder .safetensors)</translation>
    </message>
    <message>
        <source>optional: NAGL head (.pth); without it scoring is normal-only</source>
        <translation>optional: NAGL-Head (.pth); ohne ihn wird nur mit normalen Referenzen bewertet</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Automatic (CUDA when available)</source>
        <translation>Automatisch (CUDA, wenn verfügbar)</translation>
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
        <translation>alle Kerne</translation>
    </message>
    <message>
        <source>Backbone:</source>
        <translation>Backbone:</translation>
    </message>
    <message>
        <source>DINOv2 backbone</source>
        <translation>DINOv2-Backbone</translation>
    </message>
    <message>
        <source>Head:</source>
        <translation>Head:</translation>
    </message>
    <message>
        <source>NAGL head</source>
        <translation>NAGL-Head</translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation>Bildgröße:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation>CPU-Threads:</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>Batchgröße:</translation>
    </message>
    <message>
        <source>Official DINOv2 .pth files or Hugging Face facebook/dinov2-* safetensors are accepted. Changes apply to the next run.</source>
        <translation>Akzeptiert werden offizielle DINOv2-Dateien (.pth) oder Hugging-Face-Safetensors facebook/dinov2-*. Änderungen gelten ab dem nächsten Lauf.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>A new language takes effect when NAGL Inspector is restarted.</source>
        <translation>Eine neue Sprache wird nach einem Neustart von NAGL Inspector wirksam.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Model store: import or download…</source>
        <translation>Modellspeicher: importieren oder herunterladen…</translation>
    </message>
    <message>
        <source>Tiling:</source>
        <translation>Kachelung:</translation>
    </message>
</context>
<context>
    <name>nagl::ui::ShortcutsDialog</name>
    <message>
        <source>Lot: move</source>
        <translation>Los: bewegen</translation>
    </message>
    <message>
        <source>↑ ↓ Home End</source>
        <translation>↑ ↓ Pos1 Ende</translation>
    </message>
    <message>
        <source>Lot: override the verdict as pass / review / fail (again: clear)</source>
        <translation>Los: Urteil als i.O. / prüfen / n.i.O. überschreiben (nochmals: aufheben)</translation>
    </message>
    <message>
        <source>Lot: comment on an override</source>
        <translation>Los: Überschreibung kommentieren</translation>
    </message>
    <message>
        <source>right-click</source>
        <translation>Rechtsklick</translation>
    </message>
    <message>
        <source>Viewer: zoom</source>
        <translation>Ansicht: zoomen</translation>
    </message>
    <message>
        <source>mouse wheel</source>
        <translation>Mausrad</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>nagl::ui::ThresholdSuggestionDialog</name>
    <message>
        <source>unknown (no image of that kind)</source>
        <translation>unbekannt (kein Bild dieser Art)</translation>
    </message>
    <message>
        <source>%1 (%2): pass %3, review %4, fail %5</source>
        <translation>%1 (%2): i.O. %3, prüfen %4, n.i.O. %5</translation>
    </message>
    <message>
        <source>Suggest thresholds</source>
        <translation>Schwellen vorschlagen</translation>
    </message>
    <message>
        <source>Calibrate on images that are not the lot under audit:</source>
        <translation>Auf Bildern kalibrieren, die nicht zum geprüften Los gehören:</translation>
    </message>
    <message>
        <source>The &amp;references, each scored against the others (leave-one-out)</source>
        <translation>Die &amp;Referenzen, jede gegen die anderen bewertet (leave-one-out)</translation>
    </message>
    <message>
        <source>A labelled &amp;calibration lot (good/ normal, test/&lt;defect&gt;/ defective):</source>
        <translation>Ein gelabeltes &amp;Kalibrierlos (good/ gut, test/&lt;Fehler&gt;/ fehlerhaft):</translation>
    </message>
    <message>
        <source>Folder of the calibration lot</source>
        <translation>Ordner des Kalibrierloses</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation>&amp;Bewerten</translation>
    </message>
    <message>
        <source>Cancel scoring</source>
        <translation>Bewertung abbrechen</translation>
    </message>
    <message>
        <source>&amp;Use these thresholds</source>
        <translation>Diese Schwellen &amp;verwenden</translation>
    </message>
    <message>
        <source>Calibration lot</source>
        <translation>Kalibrierlos</translation>
    </message>
    <message>
        <source>Choose a backbone checkpoint first (Model &gt; Settings…).</source>
        <translation>Wählen Sie zuerst einen Backbone-Checkpoint (Modell &gt; Einstellungen…).</translation>
    </message>
    <message>
        <source>Scoring…</source>
        <translation>Bewertung läuft…</translation>
    </message>
    <message>
        <source>Scoring cancelled: nothing is proposed.</source>
        <translation>Bewertung abgebrochen: kein Vorschlag.</translation>
    </message>
    <message>
        <source>Could not score the calibration images: %1</source>
        <translation>Die Kalibrierbilder konnten nicht bewertet werden: %1</translation>
    </message>
    <message>
        <source>No normal calibration image could be scored: nothing is proposed.</source>
        <translation>Kein Gut-Kalibrierbild konnte bewertet werden: kein Vorschlag.</translation>
    </message>
    <message>
        <source>Proposed: review ≥ %1, fail ≥ %2</source>
        <translation>Vorschlag: prüfen ≥ %1, n.i.O. ≥ %2</translation>
    </message>
    <message>
        <source>Normal images</source>
        <translation>Gutbilder</translation>
    </message>
    <message>
        <source>Defective images</source>
        <translation>Fehlerbilder</translation>
    </message>
    <message>
        <source>No defective image was scored: misses cannot be estimated.</source>
        <translation>Kein Fehlerbild wurde bewertet: Schlupf lässt sich nicht schätzen.</translation>
    </message>
    <message>
        <source>Expected misses (defects that pass): %1</source>
        <translation>Erwarteter Schlupf (Fehler, die bestehen): %1</translation>
    </message>
    <message>
        <source>Expected false alarms (normals that fail): %1</source>
        <translation>Erwartete Fehlalarme (Gutteile, die n.i.O. sind): %1</translation>
    </message>
    <message>
        <source>Few calibration images: these rates are rough estimates.</source>
        <translation>Wenige Kalibrierbilder: diese Raten sind grobe Schätzungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be read and were left out.</source>
        <translation>
            <numerusform>%n Bild konnte nicht gelesen werden und wurde ausgelassen.</numerusform>
            <numerusform>%n Bilder konnten nicht gelesen werden und wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) outside good/ and test/&lt;defect&gt;/ were left out.</source>
        <translation>
            <numerusform>%n Bild außerhalb von good/ und test/&lt;Fehler&gt;/ wurde ausgelassen.</numerusform>
            <numerusform>%n Bilder außerhalb von good/ und test/&lt;Fehler&gt;/ wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Current: review ≥ %1, fail ≥ %2</source>
        <translation>Aktuell: prüfen ≥ %1, n.i.O. ≥ %2</translation>
    </message>
    <message>
        <source>&amp;Suggest thresholds…</source>
        <translation>Schwellen &amp;vorschlagen…</translation>
    </message>
</context>
<context>
    <name>nagl::ui::TilingControls</name>
    <message>
        <source>Off: score each image whole</source>
        <translation>Aus: jedes Bild als Ganzes bewerten</translation>
    </message>
    <message>
        <source>Auto: from the smallest defect</source>
        <translation>Automatisch: aus dem kleinsten Defekt</translation>
    </message>
    <message>
        <source>Fixed tile size</source>
        <translation>Feste Kachelgröße</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Automatic (aligned when the sizes match)</source>
        <translation>Automatisch (ausgerichtet, wenn die Größen übereinstimmen)</translation>
    </message>
    <message>
        <source>Aligned: same position and its neighbours</source>
        <translation>Ausgerichtet: gleiche Position und ihre Nachbarn</translation>
    </message>
    <message>
        <source>Pooled: all reference tiles</source>
        <translation>Gesammelt: alle Referenzkacheln</translation>
    </message>
    <message>
        <source>Smallest defect:</source>
        <translation>Kleinster Defekt:</translation>
    </message>
    <message>
        <source>Tile side:</source>
        <translation>Kachelseite:</translation>
    </message>
    <message>
        <source>Reference tiles:</source>
        <translation>Referenzkacheln:</translation>
    </message>
    <message>
        <source>Every image is resized to %1 px: a defect smaller than %2 of the image&apos;s side may vanish.</source>
        <translation>Jedes Bild wird auf %1 px verkleinert: ein Defekt kleiner als %2 der Bildseite kann verschwinden.</translation>
    </message>
    <message>
        <source>Tiles of %1 px overlapping by %2 px, each resized to %3 px: one model patch covers %4 px. The image score is the highest tile score; an image no larger than a tile is scored whole.</source>
        <translation>Kacheln von %1 px mit %2 px Überlappung, jede auf %3 px skaliert: ein Modell-Patch deckt %4 px ab. Die Bildbewertung ist die höchste Kachelbewertung; ein Bild, das nicht größer als eine Kachel ist, wird als Ganzes bewertet.</translation>
    </message>
</context>
<context>
    <name>nagl::ui::TrainedHeadImport</name>
    <message>
        <source>The best head is in the model store as “%1”.</source>
        <translation>Der beste Head ist als „%1“ im Modellspeicher.</translation>
    </message>
    <message>
        <source>The best head could not be stored: %1</source>
        <translation>Der beste Head ließ sich nicht speichern: %1</translation>
    </message>
</context>
<context>
    <name>nagl::ui::TrainingCharts</name>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>training loss (epoch mean)</source>
        <translation>Trainingsverlust (Epochenmittel)</translation>
    </message>
    <message>
        <source>probe episodes</source>
        <translation>Prüf-Episoden</translation>
    </message>
    <message>
        <source>image AUROC</source>
        <translation>Bild-AUROC</translation>
    </message>
    <message>
        <source>pixel AUROC</source>
        <translation>Pixel-AUROC</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Held-out categories</source>
        <translation>Zurückgehaltene Kategorien</translation>
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
        <translation>Head trainieren</translation>
    </message>
    <message>
        <source>Choose the data and press Start.</source>
        <translation>Daten wählen und Starten drücken.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Cancel &amp;training</source>
        <translation>&amp;Training abbrechen</translation>
    </message>
    <message>
        <source>Use as &amp;default head</source>
        <translation>Als Standard-&amp;Head verwenden</translation>
    </message>
    <message>
        <source>Device: %1 · %2</source>
        <translation>Gerät: %1 · %2</translation>
    </message>
    <message>
        <source>Device: %1 (%2) · %3</source>
        <translation>Gerät: %1 (%2) · %3</translation>
    </message>
    <message>
        <source>Computing backbone features: %1 of %2 images</source>
        <translation>Backbone-Merkmale werden berechnet: %1 von %2 Bildern</translation>
    </message>
    <message>
        <source>Epoch %1: loss %2, held-out image AUROC %3, pixel AUROC %4%5</source>
        <translation>Epoche %1: Verlust %2, zurückgehaltene Bild-AUROC %3, Pixel-AUROC %4%5</translation>
    </message>
    <message>
        <source> (best so far)</source>
        <translation> (bisher beste)</translation>
    </message>
    <message>
        <source>“%1” is now the default head.</source>
        <translation>„%1“ ist jetzt der Standard-Head.</translation>
    </message>
    <message>
        <source>Could not make “%1” the default head: %2</source>
        <translation>„%1“ ließ sich nicht zum Standard-Head machen: %2</translation>
    </message>
    <message>
        <source>A training was paused in %1: Resume continues it.</source>
        <translation>Ein Training wurde in %1 pausiert: Fortsetzen setzt es fort.</translation>
    </message>
    <message>
        <source>Drag dataset folders here: MVTec AD layout or VisA as released</source>
        <translation>Datensatzordner hierher ziehen: MVTec-AD-Layout oder VisA wie veröffentlicht</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Dataset root</source>
        <translation>Datensatzordner</translation>
    </message>
    <message>
        <source>Dataset roots:</source>
        <translation>Datensatzordner:</translation>
    </message>
    <message>
        <source>default: the last 20 % of the categories by name</source>
        <translation>Standard: die letzten 20 % der Kategorien nach Namen</translation>
    </message>
    <message>
        <source>Held-out categories:</source>
        <translation>Zurückgehaltene Kategorien:</translation>
    </message>
    <message>
        <source>Auto (CUDA when available)</source>
        <translation>Automatisch (CUDA, wenn verfügbar)</translation>
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
        <translation>Epochen:</translation>
    </message>
    <message>
        <source>Episodes per epoch:</source>
        <translation>Episoden je Epoche:</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>Batch:</translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation>Bildgröße:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Backbone:</source>
        <translation>Backbone:</translation>
    </message>
    <message>
        <source>the model store&apos;s default backbone</source>
        <translation>der Standard-Backbone des Modellspeichers</translation>
    </message>
    <message>
        <source>Run folder:</source>
        <translation>Laufordner:</translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation>Laufordner</translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation>Backbone</translation>
    </message>
    <message>
        <source>Checkpoints (*.pth *.pt *.safetensors)</source>
        <translation>Checkpoints (*.pth *.pt *.safetensors)</translation>
    </message>
    <message>
        <source>Add at least one dataset root and choose a run folder.</source>
        <translation>Mindestens einen Datensatzordner hinzufügen und einen Laufordner wählen.</translation>
    </message>
    <message>
        <source>Training cancelled. What it wrote stays in %1.</source>
        <translation>Training abgebrochen. Was es geschrieben hat, bleibt in %1.</translation>
    </message>
    <message>
        <source>Epoch %1 of %2 · step %3 of %4 · loss %5 · %6 s per step · %7 left</source>
        <translation>Epoche %1 von %2 · Schritt %3 von %4 · Verlust %5 · %6 s je Schritt · noch %7</translation>
    </message>
    <message>
        <source>Pausing after the current step…</source>
        <translation>Pause nach dem aktuellen Schritt…</translation>
    </message>
    <message>
        <source>Paused. Resume continues from the saved state in %1.</source>
        <translation>Pausiert. Fortsetzen macht beim gespeicherten Stand in %1 weiter.</translation>
    </message>
    <message>
        <source>Cancelling after the current step…</source>
        <translation>Abbruch nach dem aktuellen Schritt…</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Training finished. Storing the best head…</source>
        <translation>Training beendet. Der beste Head wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>nagl::ui::TrainingJob</name>
    <message>
        <source>Could not start %1: %2</source>
        <translation>%1 ließ sich nicht starten: %2</translation>
    </message>
    <message>
        <source>The training process crashed. %1</source>
        <translation>Der Trainingsprozess ist abgestürzt. %1</translation>
    </message>
    <message>
        <source>The training process ended with exit code %1.</source>
        <translation>Der Trainingsprozess endete mit Exit-Code %1.</translation>
    </message>
</context>
<context>
    <name>nagl::ui::TrainingLauncher</name>
    <message>
        <source>&amp;Train a head…</source>
        <translation>Head &amp;trainieren…</translation>
    </message>
    <message>
        <source>Train a NAGL head on MVTec AD or VisA data, in a separate process</source>
        <translation>Einen NAGL-Head auf MVTec-AD- oder VisA-Daten trainieren, in einem eigenen Prozess</translation>
    </message>
    <message>
        <source>A head is training</source>
        <translation>Ein Head wird trainiert</translation>
    </message>
    <message>
        <source>A head is still training. Pause it (Model &gt; Train a head… resumes it later), stop it, or keep working?</source>
        <translation>Ein Head wird noch trainiert. Pausieren (Modell &gt; Head trainieren… setzt es später fort), beenden oder weiterarbeiten?</translation>
    </message>
    <message>
        <source>&amp;Pause and quit</source>
        <translation>&amp;Pausieren und beenden</translation>
    </message>
    <message>
        <source>&amp;Stop and quit</source>
        <translation>&amp;Anhalten und beenden</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Weiterarbeiten</translation>
    </message>
</context>
<context>
    <name>nagl::ui::UndoRouter</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>nagl::ui::WatchBanner</name>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>By score</source>
        <translation>Nach Score</translation>
    </message>
    <message>
        <source>The order of the lot while watching: the images that arrived last, or the highest scores, on top</source>
        <translation>Die Reihenfolge des Loses beim Überwachen: die zuletzt eingetroffenen Bilder oder die höchsten Scores oben</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>Überwachung beenden</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide the alarm until the next failed image</source>
        <translation>Den Alarm bis zum nächsten n.i.O.-Bild ausblenden</translation>
    </message>
    <message>
        <source>FAIL %1 — score %2</source>
        <translation>N.I.O. %1 — Score %2</translation>
    </message>
</context>
<context>
    <name>nagl::ui::WatchController</name>
    <message>
        <source>Watching %1: %2</source>
        <translation>Überwachung von %1: %2</translation>
    </message>
    <message>
        <source>&amp;Watch folder…</source>
        <translation>Ordner &amp;überwachen…</translation>
    </message>
    <message>
        <source>Make a folder&apos;s images the lot and score the new ones as they arrive</source>
        <translation>Die Bilder eines Ordners zum Los machen und neue beim Eintreffen bewerten</translation>
    </message>
    <message>
        <source>Stop &amp;watching</source>
        <translation>Überwachung &amp;beenden</translation>
    </message>
    <message>
        <source>Sound on fail</source>
        <translation>Ton bei n.i.O.</translation>
    </message>
    <message>
        <source>Beep for each batch with a failed image while watching</source>
        <translation>Beim Überwachen für jeden Schub mit einem n.i.O.-Bild einen Ton ausgeben</translation>
    </message>
    <message>
        <source>Watch folder</source>
        <translation>Ordner überwachen</translation>
    </message>
    <message>
        <source>Cancel the running inspection before watching a folder.</source>
        <translation>Brechen Sie die laufende Prüfung ab, bevor Sie einen Ordner überwachen.</translation>
    </message>
    <message>
        <source>Cannot watch %1: not a folder</source>
        <translation>%1 kann nicht überwacht werden: kein Ordner</translation>
    </message>
    <message>
        <source>Stopped watching %1</source>
        <translation>Überwachung von %1 beendet</translation>
    </message>
    <message>
        <source>over the last hour</source>
        <translation>in der letzten Stunde</translation>
    </message>
    <message numerus="yes">
        <source>over the last %n min</source>
        <translation>
            <numerusform>in der letzten %n Minute</numerusform>
            <numerusform>in den letzten %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %1: %n image(s)</source>
        <translation>
            <numerusform>Überwachung von %1: %n Bild</numerusform>
            <numerusform>Überwachung von %1: %n Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fail</source>
        <translation>
            <numerusform>%n n.i.O.</numerusform>
            <numerusform>%n n.i.O.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review</source>
        <translation>
            <numerusform>%n zu prüfen</numerusform>
            <numerusform>%n zu prüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n unlesbar</numerusform>
            <numerusform>%n unlesbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to score</source>
        <translation>
            <numerusform>%n zu bewerten</numerusform>
            <numerusform>%n zu bewerten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 fail/h %2</source>
        <translation>%1 n.i.O./h %2</translation>
    </message>
</context>
<context>
    <name>nagl::ui::WindowLevelControls</name>
    <message>
        <source> Level </source>
        <translation> Zentrum </translation>
    </message>
    <message>
        <source> Width </source>
        <translation> Breite </translation>
    </message>
    <message>
        <source>Window level: the sample value shown mid-grey</source>
        <translation>Fensterzentrum: der Messwert, der als mittleres Grau erscheint</translation>
    </message>
    <message>
        <source>Window width: the range of sample values spread from black to white</source>
        <translation>Fensterbreite: der Bereich der Messwerte, der von Schwarz bis Weiß verteilt wird</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Automatic window for each image: full range for 8-bit images, 0.5 %–99.5 % percentiles for 16-bit ones</source>
        <translation>Automatisches Fenster für jedes Bild: voller Bereich bei 8-Bit-Bildern, Perzentile 0,5 %–99,5 % bei 16-Bit-Bildern</translation>
    </message>
</context>
</TS>
