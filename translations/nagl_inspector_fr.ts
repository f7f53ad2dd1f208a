<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>CalibrationPlanText</name>
    <message>
        <source>Scoring the references leave-one-out needs at least two normal references.</source>
        <translation>Évaluer les références en leave-one-out demande au moins deux références normales.</translation>
    </message>
    <message>
        <source>Choose the folder of a labelled calibration lot.</source>
        <translation>Choisissez le dossier d’un lot d’étalonnage étiqueté.</translation>
    </message>
    <message>
        <source>The calibration lot must not be the lot under audit or overlap it (%1).</source>
        <translation>Le lot d’étalonnage ne doit pas être le lot audité ni le chevaucher (%1).</translation>
    </message>
    <message>
        <source>Add at least one reference image.</source>
        <translation>Ajoutez au moins une image de référence.</translation>
    </message>
</context>
<context>
    <name>CalibrationScorerText</name>
    <message>
        <source>The calibration lot %1 has no normal image (a good/ folder).</source>
        <translation>Le lot d’étalonnage %1 n’a aucune image normale (dossier good/).</translation>
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
        <translation>Impossible de préparer la démo&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RecipeText</name>
    <message>
        <source>No backbone is chosen (Model &gt; Settings).</source>
        <translation>Aucun backbone choisi (Modèle &gt; Paramètres).</translation>
    </message>
    <message>
        <source>Defective references need a NAGL head (Model &gt; Settings).</source>
        <translation>Les références défectueuses demandent une tête NAGL (Modèle &gt; Paramètres).</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder for the edited masks.</source>
        <translation>Impossible de créer un dossier temporaire pour les masques modifiés.</translation>
    </message>
    <message>
        <source>Cannot write the edited mask of %1 to %2.</source>
        <translation>Impossible d’écrire le masque modifié de %1 dans %2.</translation>
    </message>
    <message>
        <source>%1: the recipe&apos;s references changed since it was made:
%2</source>
        <translation>%1 : les références de la recette ont changé depuis sa création :
%2</translation>
    </message>
    <message>
        <source>precision %1: the workstation runs fp32</source>
        <translation>précision %1 : le poste calcule en fp32</translation>
    </message>
</context>
<context>
    <name>ThresholdSourceText</name>
    <message>
        <source>⚠ thresholds not calibrated: every image goes to review (Lot &gt; Suggest thresholds…)</source>
        <translation>⚠ seuils non étalonnés : chaque image part en revue (Lot &gt; Proposer des seuils…)</translation>
    </message>
    <message>
        <source>thresholds set by hand</source>
        <translation>seuils fixés à la main</translation>
    </message>
    <message>
        <source>thresholds from the calibration lot %1</source>
        <translation>seuils issus du lot d’étalonnage %1</translation>
    </message>
    <message>
        <source>thresholds from the references scored leave-one-out (normal: %1, defective: %2)</source>
        <translation>seuils issus des références évaluées en leave-one-out (normales : %1, défectueuses : %2)</translation>
    </message>
    <message>
        <source>thresholds from the recipe %1</source>
        <translation>seuils de la recette %1</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>pass</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>review</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>non conforme</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Few-shot visual anomaly inspection workstation</source>
        <translation>Poste d&apos;inspection visuelle des anomalies à partir de quelques exemples</translation>
    </message>
    <message>
        <source>Generate (or reuse) a demo lot and run it.</source>
        <translation>Générer (ou réutiliser) un lot de démonstration et l&apos;inspecter.</translation>
    </message>
    <message>
        <source>DINOv2 backbone checkpoint.</source>
        <translation>Checkpoint du backbone DINOv2.</translation>
    </message>
    <message>
        <source>NAGL head checkpoint.</source>
        <translation>Checkpoint de la tête NAGL.</translation>
    </message>
    <message>
        <source>Run the demo, save screenshots to DIR and quit.</source>
        <translation>Lancer la démo, enregistrer des captures d&apos;écran dans DIR et quitter.</translation>
    </message>
</context>
<context>
    <name>nagl::ui::AboutDialog</name>
    <message>
        <source>%1 %2 compiled against, %3 loaded</source>
        <translation>%1 %2 à la compilation, %3 chargé</translation>
    </message>
    <message>
        <source>%1 %2 compiled against (the loaded library reports no version)</source>
        <translation>%1 %2 à la compilation (la bibliothèque chargée n’indique pas de version)</translation>
    </message>
    <message>
        <source>not loaded yet: the first run chooses it (setting: %1)</source>
        <translation>pas encore chargé : la première exécution le choisit (réglage : %1)</translation>
    </message>
    <message>
        <source>CUDA not used: %1</source>
        <translation>CUDA non utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>NAGL Inspector (this program)</source>
        <translation>NAGL Inspector (ce programme)</translation>
    </message>
    <message>
        <source>no licence chosen yet, all rights reserved (see %1)</source>
        <translation>aucune licence choisie pour l’instant, tous droits réservés (voir %1)</translation>
    </message>
    <message>
        <source>DINOv2 (Meta AI), code and weights</source>
        <translation>DINOv2 (Meta AI), code et poids</translation>
    </message>
    <message>
        <source>NAGL reference implementation (NeurIPS 2025, arXiv 2510.00495)</source>
        <translation>Implémentation de référence de NAGL (NeurIPS 2025, arXiv 2510.00495)</translation>
    </message>
    <message>
        <source>unknown, not recorded by this project</source>
        <translation>inconnue, non consignée par ce projet</translation>
    </message>
    <message>
        <source>NAGL Inspector</source>
        <translation>NAGL Inspector</translation>
    </message>
    <message>
        <source>Few-shot visual anomaly inspection: a DINOv2 backbone and a NAGL head score images against a few normal and defective references.</source>
        <translation>Inspection visuelle d’anomalies à partir de quelques exemples : un backbone DINOv2 et une tête NAGL notent les images par rapport à quelques références normales et défectueuses.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>The program ships no model weights: backbones and heads are imported or downloaded by the user, under their own licences.</source>
        <translation>Le programme ne fournit aucun poids de modèle : les backbones et les têtes sont importés ou téléchargés par l’utilisateur, sous leurs propres licences.</translation>
    </message>
    <message>
        <source>About NAGL Inspector</source>
        <translation>À propos de NAGL Inspector</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>nagl::ui::ChartsPanel</name>
    <message>
        <source>false positive rate</source>
        <translation>taux de faux positifs</translation>
    </message>
    <message>
        <source>true positive rate</source>
        <translation>taux de vrais positifs</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>rappel</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>précision</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogramme</translation>
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
        <translation>La courbe ROC demande des étiquettes des deux sortes (dossiers good/ ou verdicts P / F)</translation>
    </message>
    <message>
        <source>AP %1</source>
        <translation>AP %1</translation>
    </message>
    <message>
        <source>PR needs labels of both kinds (good/ folders or P / F verdicts)</source>
        <translation>La courbe PR demande des étiquettes des deux sortes (dossiers good/ ou verdicts P / F)</translation>
    </message>
    <message>
        <source>at fail ≥ %1: TP %2 · FP %3 · TN %4 · FN %5</source>
        <translation>au seuil d’échec ≥ %1 : VP %2 · FP %3 · VN %4 · FN %5</translation>
    </message>
</context>
<context>
    <name>nagl::ui::EngineStatusBar</name>
    <message>
        <source>device: not loaded yet</source>
        <translation>périphérique&#xa0;: pas encore chargé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copier les diagnostics</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Stop scoring the lot (Esc)</source>
        <translation>Arrêter l&apos;évaluation du lot (Échap)</translation>
    </message>
    <message>
        <source>Copy the device, model, settings and timing to the clipboard</source>
        <translation>Copier le périphérique, le modèle, les paramètres et les temps dans le presse-papiers</translation>
    </message>
    <message>
        <source>GPU: %1</source>
        <translation>GPU&#xa0;: %1</translation>
    </message>
    <message>
        <source>CPU — no CUDA device</source>
        <translation>CPU — aucun périphérique CUDA</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>CUDA not used: %1</source>
        <translation>CUDA non utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 ms/image</source>
        <translation>%1 ms/image</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s), batch size %1</source>
        <translation>
            <numerusform>%n thread, taille de batch %1</numerusform>
            <numerusform>%n threads, taille de batch %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Tiling: %1</source>
        <translation>Tuilage : %1</translation>
    </message>
    <message>
        <source>%1 ms/image, tiled</source>
        <translation>%1 ms/image, tuilé</translation>
    </message>
</context>
<context>
    <name>nagl::ui::ExportDialog</name>
    <message>
        <source>NAGL Inspector lot report</source>
        <translation>Rapport de lot NAGL Inspector</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Masks in the MVTec AD layout</source>
        <translation>Masques au format MVTec AD</translation>
    </message>
    <message>
        <source>One PNG mask per image</source>
        <translation>Un masque PNG par image</translation>
    </message>
    <message>
        <source>COCO JSON, RLE</source>
        <translation>JSON COCO, RLE</translation>
    </message>
    <message>
        <source>COCO JSON, polygons</source>
        <translation>JSON COCO, polygones</translation>
    </message>
    <message>
        <source>labelme JSON</source>
        <translation>JSON labelme</translation>
    </message>
    <message>
        <source>Heatmap and overlay PNGs</source>
        <translation>PNG de carte de chaleur et de superposition</translation>
    </message>
    <message>
        <source>Lot report, CSV</source>
        <translation>Rapport de lot, CSV</translation>
    </message>
    <message>
        <source>Lot report, JSON</source>
        <translation>Rapport de lot, JSON</translation>
    </message>
    <message>
        <source>Lot report, PDF</source>
        <translation>Rapport de lot, PDF</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Output folder: one sub-folder per format</source>
        <translation>Dossier de sortie&#xa0;: un sous-dossier par format</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Output &amp;folder:</source>
        <translation>&amp;Dossier de sortie&#xa0;:</translation>
    </message>
    <message>
        <source>All scored images</source>
        <translation>Toutes les images évaluées</translation>
    </message>
    <message>
        <source>Failed images only</source>
        <translation>Images en échec uniquement</translation>
    </message>
    <message>
        <source>The current image</source>
        <translation>L&apos;image actuelle</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>&amp;Images&#xa0;:</translation>
    </message>
    <message>
        <source>Masks are your edited mask of an image when it has one, else its anomaly map at the fail threshold. Reports use both thresholds and your verdict overrides.</source>
        <translation>Le masque d&apos;une image est celui que vous avez modifié s&apos;il existe, sinon sa carte d&apos;anomalie au seuil d&apos;échec. Les rapports utilisent les deux seuils et les verdicts que vous avez forcés.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>&amp;Annuler l&apos;export</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Choisissez au moins un format.</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation>Choisissez un dossier de sortie.</translation>
    </message>
    <message>
        <source>The current image has not been scored: nothing to export.</source>
        <translation>L&apos;image actuelle n&apos;a pas été évaluée&#xa0;: rien à exporter.</translation>
    </message>
    <message>
        <source>No image fails: nothing to export.</source>
        <translation>Aucune image en échec&#xa0;: rien à exporter.</translation>
    </message>
    <message>
        <source>No image has been scored yet: run the lot first (F5).</source>
        <translation>Aucune image n&apos;a encore été évaluée&#xa0;: lancez d&apos;abord le lot (F5).</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n image(s) to %1…</source>
        <translation>
            <numerusform>Export de %n image vers %1…</numerusform>
            <numerusform>Export de %n images vers %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling after the image in progress…</source>
        <translation>Annulation après l&apos;image en cours…</translation>
    </message>
    <message>
        <source>Export cancelled after %1 of %2 images. The files written are complete; the lot files (COCO, reports) were not written.</source>
        <translation>Export annulé après %1 images sur %2. Les fichiers écrits sont complets&#xa0;; les fichiers du lot (COCO, rapports) n&apos;ont pas été écrits.</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1 with %n error(s): these files could not be written.</source>
        <translation>
            <numerusform>Exporté vers %1 avec %n erreur&#xa0;: ce fichier n&apos;a pas pu être écrit.</numerusform>
            <numerusform>Exporté vers %1 avec %n erreurs&#xa0;: ces fichiers n&apos;ont pas pu être écrits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n image(s) to %1.</source>
        <translation>
            <numerusform>%n image exportée vers %1.</numerusform>
            <numerusform>%n images exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is inside the lot: the next run would score the exported images. Choose a folder outside %2.</source>
        <translation>%1 est dans le lot&#xa0;: la prochaine exécution évaluerait les images exportées. Choisissez un dossier hors de %2.</translation>
    </message>
</context>
<context>
    <name>nagl::ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Run the &amp;demo</source>
        <translation>Lancer la &amp;démo</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Read the &amp;README</source>
        <translation>Lire le &amp;README</translation>
    </message>
    <message>
        <source>&amp;About NAGL Inspector</source>
        <translation>À &amp;propos de NAGL Inspector</translation>
    </message>
    <message>
        <source>The README is not installed (looked for %1).</source>
        <translation>Le README n’est pas installé (cherché : %1).</translation>
    </message>
    <message>
        <source>No program to open %1 with.</source>
        <translation>Aucun programme pour ouvrir %1.</translation>
    </message>
</context>
<context>
    <name>nagl::ui::ImageViewer</name>
    <message>
        <source>Per-image stretch %1 … %2 — colours not comparable across images</source>
        <translation>Étirement par image %1 … %2 — couleurs non comparables d&apos;une image à l&apos;autre</translation>
    </message>
    <message>
        <source>Fixed scale %1 … %2 (review %3, fail %4): same colour, same score on every image</source>
        <translation>Échelle fixe %1 … %2 (à vérifier %3, non conforme %4)&#xa0;: même couleur, même score sur chaque image</translation>
    </message>
    <message>
        <source>Cannot read the mask %1: %2</source>
        <translation>Impossible de lire le masque %1 : %2</translation>
    </message>
    <message>
        <source>The mask is %1 x %2 pixels but the image %3 x %4: mask not used</source>
        <translation>Le masque fait %1 x %2 pixels mais l’image %3 x %4 : masque non utilisé</translation>
    </message>
    <message>
        <source>Decoding %1…</source>
        <translation>Décodage de %1…</translation>
    </message>
</context>
<context>
    <name>nagl::ui::InspectionDocument</name>
    <message>
        <source>Change the thresholds</source>
        <translation>Modifier les seuils</translation>
    </message>
    <message>
        <source>Add the normal reference %1</source>
        <translation>Ajouter la référence normale %1</translation>
    </message>
    <message>
        <source>Add the defective reference %1</source>
        <translation>Ajouter la référence défectueuse %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n normal reference(s)</source>
        <translation>
            <numerusform>Retirer %n référence normale</numerusform>
            <numerusform>Retirer %n références normales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n defective reference(s)</source>
        <translation>
            <numerusform>Retirer %n référence défectueuse</numerusform>
            <numerusform>Retirer %n références défectueuses</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment on the override of %1</source>
        <translation>Commenter le verdict forcé de %1</translation>
    </message>
    <message>
        <source>Keep the override of %1 at its new score</source>
        <translation>Garder le verdict forcé de %1 au nouveau score</translation>
    </message>
    <message>
        <source>Mark %1 as %2</source>
        <translation>Marquer %1 comme %2</translation>
    </message>
    <message>
        <source>Clear the override of %1</source>
        <translation>Annuler le verdict forcé de %1</translation>
    </message>
    <message>
        <source>Accept the suggested thresholds</source>
        <translation>Accepter les seuils proposés</translation>
    </message>
</context>
<context>
    <name>nagl::ui::InspectionSession</name>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>An inspection is already running.</source>
        <translation>Une inspection est déjà en cours.</translation>
    </message>
    <message>
        <source>Choose a backbone checkpoint first (Model &gt; Settings…).</source>
        <translation>Choisissez d&apos;abord un checkpoint de backbone (Modèle &gt; Paramètres…).</translation>
    </message>
    <message>
        <source>Add at least one reference image.</source>
        <translation>Ajoutez au moins une image de référence.</translation>
    </message>
    <message>
        <source>Defective references need a NAGL head (Model &gt; Settings…).</source>
        <translation>Les références défectueuses nécessitent une tête NAGL (Modèle &gt; Paramètres…).</translation>
    </message>
    <message>
        <source>The lot is empty: open a lot folder first.</source>
        <translation>Le lot est vide&#xa0;: ouvrez d&apos;abord un dossier de lot.</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Chargement du modèle…</translation>
    </message>
    <message numerus="yes">
        <source>Encoding %n reference image(s)…</source>
        <translation>
            <numerusform>Encodage de %n image de référence…</numerusform>
            <numerusform>Encodage de %n images de référence…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scoring %n image(s)…</source>
        <translation>
            <numerusform>Évaluation de %n image…</numerusform>
            <numerusform>Évaluation de %n images…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nagl::ui::LotBrowser</name>
    <message>
        <source>All verdicts</source>
        <translation>Tous les verdicts</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>Show the lot as a grid of thumbnails</source>
        <translation>Afficher le lot sous forme de grille de vignettes</translation>
    </message>
    <message>
        <source>Drop a folder here to open it as the lot</source>
        <translation>Déposez un dossier ici pour l&apos;ouvrir comme lot</translation>
    </message>
    <message>
        <source>↑↓ Home End: move · P / R / F: override the verdict · N / Shift+N: next / previous fail or review · right-click: comment</source>
        <translation>↑↓ Début Fin&#xa0;: se déplacer · P / R / F&#xa0;: forcer le verdict · N / Maj+N&#xa0;: non conforme ou à vérifier suivant / précédent · clic droit&#xa0;: commentaire</translation>
    </message>
    <message>
        <source>&amp;Advance after a verdict</source>
        <translation>&amp;Avancer après un verdict</translation>
    </message>
    <message>
        <source>After P / R / F, move to the next image</source>
        <translation>Après P / R / F, passer à l’image suivante</translation>
    </message>
    <message>
        <source>&amp;Next fail or review</source>
        <translation>Non conforme ou à vérifier &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous fail or review</source>
        <translation>Non conforme ou à vérifier &amp;précédent</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Show only the images with this verdict (error: unreadable; references: images of the lot that are references, left out of the scores)</source>
        <translation>N’afficher que les images ayant ce verdict (erreur : illisible ; références : images du lot qui sont des références, exclues des scores)</translation>
    </message>
    <message>
        <source>%1 is unreadable: it has no score to judge (verdict error).</source>
        <translation>%1 est illisible : il n’a pas de score à juger (verdict erreur).</translation>
    </message>
    <message>
        <source>%1 is a reference image: it is left out of the scores.</source>
        <translation>%1 est une image de référence : elle est exclue des scores.</translation>
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
        <translation>illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Overridden by hand</source>
        <translation>Forcé à la main</translation>
    </message>
    <message>
        <source>Overridden by %1 at %2 (UTC)</source>
        <translation>Forcé par %1 le %2 (UTC)</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Commentaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Scored %1 when overridden, now %2: check the verdict (right-click to keep it)</source>
        <translation>Score %1 lors du forçage, maintenant %2&#xa0;: vérifiez le verdict (clic droit pour le garder)</translation>
    </message>
    <message>
        <source>P / R / F; the same key again clears</source>
        <translation>P / R / F&#xa0;; la même touche à nouveau annule</translation>
    </message>
    <message>
        <source>%1 ✎ ⚠</source>
        <translation>%1 ✎ ⚠</translation>
    </message>
    <message>
        <source>score changed since override</source>
        <translation>score modifié depuis le forçage</translation>
    </message>
    <message>
        <source>This image is a normal reference (the same content as %1)</source>
        <translation>Cette image est une référence normale (même contenu que %1)</translation>
    </message>
    <message>
        <source>This image is a defective reference (the same content as %1)</source>
        <translation>Cette image est une référence défectueuse (même contenu que %1)</translation>
    </message>
    <message>
        <source>Left out of the scores, the charts and the thresholds: it would score itself.</source>
        <translation>Exclue des scores, des graphiques et des seuils : elle se noterait elle-même.</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>Unreadable, so no score: %1</source>
        <translation>Illisible, donc sans score : %1</translation>
    </message>
    <message numerus="yes">
        <source>Scored as %n tile(s) of %1 px overlapping by %2 px; its score is the highest tile&apos;s</source>
        <translation>
            <numerusform>Noté en %n tuile de %1 px chevauchant de %2 px ; son score est celui de la tuile la plus haute</numerusform>
            <numerusform>Noté en %n tuiles de %1 px chevauchant de %2 px ; son score est celui de la tuile la plus haute</numerusform>
        </translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>Tuiles</translation>
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
            <numerusform>%n image dans %1</numerusform>
            <numerusform>%n images dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;No backbone configured&lt;/h2&gt;&lt;p&gt;NAGL Inspector needs a DINOv2 backbone checkpoint (and optionally a NAGL head) to score images.&lt;/p&gt;&lt;p&gt;Choose them in &lt;b&gt;Model &amp;gt; Settings…&lt;/b&gt; (Ctrl+,): official DINOv2 &lt;tt&gt;.pth&lt;/tt&gt; files or Hugging Face &lt;tt&gt;facebook/dinov2-*&lt;/tt&gt; safetensors.&lt;/p&gt;&lt;p&gt;No weights at hand? Start &lt;tt&gt;nagl-inspector --demo&lt;/tt&gt; (or &lt;b&gt;Help &amp;gt; Run the demo&lt;/b&gt;): it generates a small synthetic lot and uses a built-in untrained backbone — the whole flow, with illustrative results.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aucun backbone configuré&lt;/h2&gt;&lt;p&gt;NAGL Inspector a besoin d&apos;un checkpoint de backbone DINOv2 (et éventuellement d&apos;une tête NAGL) pour évaluer les images.&lt;/p&gt;&lt;p&gt;Choisissez-les dans &lt;b&gt;Modèle &amp;gt; Paramètres…&lt;/b&gt; (Ctrl+,)&#xa0;: fichiers DINOv2 officiels &lt;tt&gt;.pth&lt;/tt&gt; ou safetensors Hugging Face &lt;tt&gt;facebook/dinov2-*&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;Pas de poids sous la main&#xa0;? Lancez &lt;tt&gt;nagl-inspector --demo&lt;/tt&gt; (ou &lt;b&gt;Aide &amp;gt; Lancer la démo&lt;/b&gt;)&#xa0;: il génère un petit lot synthétique et utilise un backbone intégré non entraîné — tout le déroulement, avec des résultats purement illustratifs.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo with a built-in UNTRAINED backbone and head: scores, verdicts and heatmaps are illustrative only.&lt;/b&gt; Configure real DINOv2 / NAGL weights in Model &amp;gt; Settings…</source>
        <translation>&lt;b&gt;Démo avec un backbone et une tête intégrés NON ENTRAÎNÉS&#xa0;: scores, verdicts et cartes de chaleur sont purement illustratifs.&lt;/b&gt; Configurez de vrais poids DINOv2 / NAGL dans Modèle &amp;gt; Paramètres…</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Open lot folder</source>
        <translation>Ouvrir un dossier de lot</translation>
    </message>
    <message>
        <source>Cancel the running inspection before opening another lot.</source>
        <translation>Annulez l&apos;inspection en cours avant d&apos;ouvrir un autre lot.</translation>
    </message>
    <message>
        <source>Listing %1…</source>
        <translation>Recherche des images dans %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n defective reference(s) without a mask left out</source>
        <translation>
            <numerusform>%n référence défectueuse sans masque ignorée</numerusform>
            <numerusform>%n références défectueuses sans masque ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Inspection failed: %1</source>
        <translation>Échec de l&apos;inspection&#xa0;: %1</translation>
    </message>
    <message>
        <source>Inspection failed</source>
        <translation>Échec de l&apos;inspection</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 images scored</source>
        <translation>Annulé&#xa0;: %1 images sur %2 évaluées</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) scored</source>
        <translation>
            <numerusform>%n image évaluée</numerusform>
            <numerusform>%n images évaluées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n image(s) unreadable</source>
        <translation>
            <numerusform>%1&#xa0;; %n image illisible</numerusform>
            <numerusform>%1&#xa0;; %n images illisibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the demo lot in %1…</source>
        <translation>Préparation du lot de démonstration dans %1…</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>NAGL Inspector %1, Qt %2</source>
        <translation>NAGL Inspector %1, Qt %2</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>non chargé</translation>
    </message>
    <message>
        <source>device: %1 (%2)</source>
        <translation>périphérique&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>device: %1 (%2) — no CUDA device</source>
        <translation>périphérique&#xa0;: %1 (%2) — aucun périphérique CUDA</translation>
    </message>
    <message>
        <source>CUDA not used: %1</source>
        <translation>CUDA non utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>model: %1</source>
        <translation>modèle&#xa0;: %1</translation>
    </message>
    <message>
        <source>backbone: %1</source>
        <translation>backbone&#xa0;: %1</translation>
    </message>
    <message>
        <source>head: %1</source>
        <translation>tête&#xa0;: %1</translation>
    </message>
    <message>
        <source>image size %1, device setting %2, threads %3, batch size %4</source>
        <translation>taille d&apos;image %1, réglage du périphérique %2, threads %3, taille de batch %4</translation>
    </message>
    <message>
        <source>%1 ms per image</source>
        <translation>%1 ms par image</translation>
    </message>
    <message numerus="yes">
        <source>lot: %1 (%n image(s))</source>
        <translation>
            <numerusform>lot&#xa0;: %1 (%n image)</numerusform>
            <numerusform>lot&#xa0;: %1 (%n images)</numerusform>
        </translation>
    </message>
    <message>
        <source>thresholds: review %1, fail %2</source>
        <translation>seuils&#xa0;: à vérifier %1, non conforme %2</translation>
    </message>
    <message>
        <source>untrained built-in weights: results illustrative only</source>
        <translation>poids intégrés non entraînés&#xa0;: résultats purement illustratifs</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard</source>
        <translation>Diagnostics copiés dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;lot folder…</source>
        <translation>Ouvrir un dossier de &amp;lot…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>Score every image of the lot (F5)</source>
        <translation>Évaluer chaque image du lot (F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Copier les &amp;diagnostics</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source> Review ≥ </source>
        <translation> À vérifier ≥ </translation>
    </message>
    <message>
        <source>Images scoring at or above this need review (pass below)</source>
        <translation>Les images dont le score atteint ou dépasse cette valeur sont à vérifier (conformes en dessous)</translation>
    </message>
    <message>
        <source> Fail ≥ </source>
        <translation> Non conforme ≥ </translation>
    </message>
    <message>
        <source>Images scoring at or above this fail</source>
        <translation>Les images dont le score atteint ou dépasse cette valeur sont non conformes</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Carte de chaleur</translation>
    </message>
    <message>
        <source>Show the anomaly heatmap (H)</source>
        <translation>Afficher la carte de chaleur des anomalies (H)</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Contour</translation>
    </message>
    <message>
        <source>Outline the region above the fail threshold (O)</source>
        <translation>Entourer la zone au-dessus du seuil de non-conformité (O)</translation>
    </message>
    <message>
        <source>Heatmap colormap</source>
        <translation>Palette de couleurs de la carte de chaleur</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Étirer</translation>
    </message>
    <message>
        <source>Stretch the colours to this image&apos;s own range (labelled; colours are then not comparable across images)</source>
        <translation>Étirer les couleurs sur la plage propre à cette image (signalé&#xa0;; les couleurs ne sont alors plus comparables d&apos;une image à l&apos;autre)</translation>
    </message>
    <message>
        <source> Opacity </source>
        <translation> Opacité </translation>
    </message>
    <message>
        <source>Heatmap opacity</source>
        <translation>Opacité de la carte de chaleur</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the image to the window (Ctrl+0)</source>
        <translation>Ajuster l&apos;image à la fenêtre (Ctrl+0)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel (Ctrl+1)</source>
        <translation>Un pixel d&apos;image par pixel d&apos;écran (Ctrl+1)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Get a backbone: import a file or download…</source>
        <translation>Obtenir un backbone&#xa0;: importer un fichier ou télécharger…</translation>
    </message>
    <message>
        <source>Model &amp;store: import or download…</source>
        <translation>Dépôt de m&amp;odèles&#xa0;: importer ou télécharger…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Show the closest normal reference beside the image, zoom and pan synced (C)</source>
        <translation>Afficher la référence normale la plus proche à côté de l&apos;image, zoom et déplacement synchronisés (C)</translation>
    </message>
    <message>
        <source>Closest normal reference: %1 (highest mean patch similarity to this image)</source>
        <translation>Référence normale la plus proche&#xa0;: %1 (plus forte similarité moyenne des patchs avec cette image)</translation>
    </message>
    <message>
        <source>Normal reference %1 — the closest one is known once this image is scored</source>
        <translation>Référence normale %1 — la plus proche sera connue une fois cette image évaluée</translation>
    </message>
    <message>
        <source>No normal reference to compare with: add one in the reference panel</source>
        <translation>Aucune référence normale à comparer&#xa0;: ajoutez-en une dans le panneau des références</translation>
    </message>
    <message>
        <source>M&amp;ask</source>
        <translation>M&amp;asque</translation>
    </message>
    <message>
        <source>Editing the mask of the defective reference %1</source>
        <translation>Modification du masque de la référence défectueuse %1</translation>
    </message>
    <message>
        <source>Reference mask edited: the next run (F5) uses it.</source>
        <translation>Masque de référence modifié : la prochaine exécution (F5) l’utilisera.</translation>
    </message>
    <message>
        <source>Reference mask changed: scoring the lot again…</source>
        <translation>Masque de référence modifié : nouvelle évaluation du lot…</translation>
    </message>
    <message>
        <source>Cancel the running inspection before opening a project.</source>
        <translation>Annulez l’inspection en cours avant d’ouvrir un projet.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export masks, annotations, overlays and lot reports (Ctrl+E)</source>
        <translation>Exporter les masques, annotations, superpositions et rapports de lot (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Import mask…</source>
        <translation>&amp;Importer un masque…</translation>
    </message>
    <message>
        <source>Import the mask of the image on screen from a PNG, COCO JSON or labelme JSON file (Ctrl+I)</source>
        <translation>Importer le masque de l&apos;image affichée depuis un fichier PNG, JSON COCO ou JSON labelme (Ctrl+I)</translation>
    </message>
    <message>
        <source>Show an image or a defective reference first: the mask is imported for it.</source>
        <translation>Affichez d&apos;abord une image ou une référence défectueuse&#xa0;: le masque est importé pour elle.</translation>
    </message>
    <message>
        <source>Import a mask for %1</source>
        <translation>Importer un masque pour %1</translation>
    </message>
    <message>
        <source>Masks (*.png *.json *.bmp *.tif *.tiff);;All files (*)</source>
        <translation>Masques (*.png *.json *.bmp *.tif *.tiff);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing the mask %1…</source>
        <translation>Import du masque %1…</translation>
    </message>
    <message>
        <source>%1: not imported, the viewer shows another image now.</source>
        <translation>%1&#xa0;: non importé, la vue affiche maintenant une autre image.</translation>
    </message>
    <message>
        <source>Import mask</source>
        <translation>Importer un masque</translation>
    </message>
    <message>
        <source>The mask could not be imported for %1.</source>
        <translation>Le masque n&apos;a pas pu être importé pour %1.</translation>
    </message>
    <message numerus="yes">
        <source>Imported the mask %1: %n defect pixel(s). Undo (Ctrl+Z) removes it.</source>
        <translation>
            <numerusform>Masque %1 importé&#xa0;: %n pixel défectueux. Annuler (Ctrl+Z) le retire.</numerusform>
            <numerusform>Masque %1 importé&#xa0;: %n pixels défectueux. Annuler (Ctrl+Z) le retire.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n override(s) to check: the score changed since (filter Review)</source>
        <translation>
            <numerusform>%1&#xa0;; %n forçage à vérifier&#xa0;: le score a changé depuis (filtre À vérifier)</numerusform>
            <numerusform>%1&#xa0;; %n forçages à vérifier&#xa0;: le score a changé depuis (filtre À vérifier)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Lot</source>
        <translation>&amp;Lot</translation>
    </message>
    <message>
        <source>Open %1 as the lot?</source>
        <translation>Ouvrir %1 comme lot&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>The current lot&apos;s %n scored image(s)</source>
        <translation>
            <numerusform>%n image évaluée du lot actuel</numerusform>
            <numerusform>%n images évaluées du lot actuel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n verdict override(s) are replaced; this cannot be undone.</source>
        <translation>
            <numerusform>et %n verdict forcé seront remplacés&#xa0;; c’est irréversible.</numerusform>
            <numerusform>et %n verdicts forcés seront remplacés&#xa0;; c’est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the lot</source>
        <translation>Remplacer le lot</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n reference image(s) in the lot left out of the scores</source>
        <translation>
            <numerusform>%1 ; %n image de référence du lot exclue des scores</numerusform>
            <numerusform>%1 ; %n images de référence du lot exclues des scores</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo: thresholds proposed from the references scored leave-one-out (Lot &gt; Suggest thresholds… to calibrate again)</source>
        <translation>Démo : seuils proposés à partir des références évaluées en leave-one-out (Lot &gt; Proposer des seuils… pour réétalonner)</translation>
    </message>
    <message>
        <source>Recipes</source>
        <translation>Recettes</translation>
    </message>
    <message>
        <source> Min. area </source>
        <translation> Surface min. </translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>Minimum defect area: an image at or above Fail fails only when a region of its map at or above Fail (or of the mask drawn on it) covers this many pixels; otherwise it goes to review</source>
        <translation>Surface minimale de défaut : une image au-dessus du seuil d’échec n’échoue que si une région de sa carte au-dessus de ce seuil (ou du masque dessiné dessus) couvre autant de pixels ; sinon elle passe en revue</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>Tuiles</translation>
    </message>
    <message>
        <source>Show the tiles a tiled image was scored as (G)</source>
        <translation>Afficher les tuiles selon lesquelles une image tuilée a été notée (G)</translation>
    </message>
</context>
<context>
    <name>nagl::ui::MaskEditorToolbar</name>
    <message>
        <source>Mask editor</source>
        <translation>Éditeur de masque</translation>
    </message>
    <message>
        <source>Navigate</source>
        <translation>Naviguer</translation>
    </message>
    <message>
        <source>Pan and zoom; no mask editing (N)</source>
        <translation>Déplacer et zoomer ; pas de modification du masque (N)</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pinceau</translation>
    </message>
    <message>
        <source>Paint the defect mask ([ smaller, ] larger) (B)</source>
        <translation>Peindre le masque de défaut ([ plus petit, ] plus grand) (B)</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Gomme</translation>
    </message>
    <message>
        <source>Erase the defect mask ([ smaller, ] larger) (E)</source>
        <translation>Effacer le masque de défaut ([ plus petit, ] plus grand) (E)</translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation>Lasso</translation>
    </message>
    <message>
        <source>Drag a freehand outline; it is filled on release; Shift clears instead (L)</source>
        <translation>Tracer un contour à main levée ; il est rempli au relâchement ; avec Maj il est effacé (L)</translation>
    </message>
    <message>
        <source>Polygon</source>
        <translation>Polygone</translation>
    </message>
    <message>
        <source>Click the corners; double-click or Enter fills, Backspace removes a corner, Escape drops it; Shift clears instead (Shift+L)</source>
        <translation>Cliquer les sommets ; double-clic ou Entrée remplit, Retour arrière retire un sommet, Échap abandonne ; avec Maj il est effacé (Maj+L)</translation>
    </message>
    <message>
        <source>Flood fill</source>
        <translation>Remplissage</translation>
    </message>
    <message>
        <source>Fill the connected region of the mask under the pointer; Shift clears it (K)</source>
        <translation>Remplir la région connexe du masque sous le pointeur ; avec Maj elle est effacée (K)</translation>
    </message>
    <message>
        <source> Brush </source>
        <translation> Pinceau </translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Brush radius in image pixels ([ smaller, ] larger)</source>
        <translation>Rayon du pinceau en pixels de l’image ([ plus petit, ] plus grand)</translation>
    </message>
    <message>
        <source>Smaller brush</source>
        <translation>Pinceau plus petit</translation>
    </message>
    <message>
        <source>Larger brush</source>
        <translation>Pinceau plus grand</translation>
    </message>
    <message>
        <source>Smaller brush ([)</source>
        <translation>Pinceau plus petit ([)</translation>
    </message>
    <message>
        <source>Larger brush (])</source>
        <translation>Pinceau plus grand (])</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>From heatmap</source>
        <translation>Depuis la carte thermique</translation>
    </message>
    <message>
        <source>No heatmap for this image: score it first (the mask starts from the fail threshold).</source>
        <translation>Pas de carte thermique pour cette image : évaluez-la d’abord (le masque part du seuil de rejet).</translation>
    </message>
    <message>
        <source>Replace the mask with the heatmap&apos;s region at or above the fail threshold (M)</source>
        <translation>Remplacer le masque par la région de la carte thermique au-dessus du seuil de rejet (M)</translation>
    </message>
    <message>
        <source>Clear mask</source>
        <translation>Effacer le masque</translation>
    </message>
    <message>
        <source>Clear the whole mask; undoable (Shift+Del)</source>
        <translation>Effacer tout le masque ; annulable (Maj+Suppr)</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Masque</translation>
    </message>
    <message>
        <source>Show the defect mask (Shift+M)</source>
        <translation>Afficher le masque de défaut (Maj+M)</translation>
    </message>
    <message>
        <source>Mask outline</source>
        <translation>Contour du masque</translation>
    </message>
    <message>
        <source>Draw the outline of the mask</source>
        <translation>Dessiner le contour du masque</translation>
    </message>
    <message>
        <source> Mask opacity </source>
        <translation> Opacité du masque </translation>
    </message>
    <message>
        <source>Opacity of the mask fill</source>
        <translation>Opacité du remplissage du masque</translation>
    </message>
    <message>
        <source>Mask undo memory: %1 of %2</source>
        <translation>Mémoire d’annulation du masque : %1 sur %2</translation>
    </message>
    <message>
        <source>Undo the last mask edit (Ctrl+Z). %1</source>
        <translation>Annuler la dernière modification du masque (Ctrl+Z). %1</translation>
    </message>
    <message>
        <source>Redo the mask edit (Ctrl+Shift+Z). %1</source>
        <translation>Rétablir la modification du masque (Ctrl+Maj+Z). %1</translation>
    </message>
</context>
<context>
    <name>nagl::ui::MaskLayer</name>
    <message>
        <source>Brush stroke</source>
        <translation>Coup de pinceau</translation>
    </message>
    <message>
        <source>Eraser stroke</source>
        <translation>Coup de gomme</translation>
    </message>
    <message>
        <source>Polygon erase</source>
        <translation>Effacement par polygone</translation>
    </message>
    <message>
        <source>Polygon fill</source>
        <translation>Remplissage par polygone</translation>
    </message>
    <message>
        <source>Flood erase</source>
        <translation>Effacement de région</translation>
    </message>
    <message>
        <source>Flood fill</source>
        <translation>Remplissage</translation>
    </message>
    <message>
        <source>Clear mask</source>
        <translation>Effacer le masque</translation>
    </message>
    <message>
        <source>Mask from heatmap</source>
        <translation>Masque depuis la carte thermique</translation>
    </message>
</context>
<context>
    <name>nagl::ui::MaskToolController</name>
    <message>
        <source>Lasso erase</source>
        <translation>Effacement au lasso</translation>
    </message>
    <message>
        <source>Lasso fill</source>
        <translation>Remplissage au lasso</translation>
    </message>
</context>
<context>
    <name>nagl::ui::ModelStoreDialog</name>
    <message>
        <source>Stored “%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;» enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Importer un fichier…</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <source>Model store</source>
        <translation>Dépôt de modèles</translation>
    </message>
    <message>
        <source>Weights are validated and kept in the model store (%1). The first backbone and head stored become the defaults of the workstation and of nagl infer / eval.</source>
        <translation>Les poids sont validés et conservés dans le dépôt de modèles (%1). Le premier backbone et la première tête enregistrés deviennent ceux par défaut du poste et de nagl infer / eval.</translation>
    </message>
    <message>
        <source>From a file</source>
        <translation>Depuis un fichier</translation>
    </message>
    <message>
        <source>An official DINOv2 .pth, Hugging Face DINOv2 safetensors, or a NAGL head (.pth from the reference train.py, or safetensors) — e.g. carried in on a USB stick.</source>
        <translation>Un .pth DINOv2 officiel, des safetensors DINOv2 de Hugging Face ou une tête NAGL (.pth du train.py de référence, ou safetensors) — apportés par exemple sur une clé USB.</translation>
    </message>
    <message>
        <source>Download an official DINOv2 checkpoint</source>
        <translation>Télécharger un checkpoint DINOv2 officiel</translation>
    </message>
    <message>
        <source>Uses the proxy in https_proxy / http_proxy. Offline, the message names the file to fetch elsewhere and import here.</source>
        <translation>Utilise le proxy de https_proxy / http_proxy. Hors ligne, le message indique le fichier à récupérer ailleurs et à importer ici.</translation>
    </message>
    <message>
        <source>Import a checkpoint</source>
        <translation>Importer un checkpoint</translation>
    </message>
    <message>
        <source>Checkpoints (*.pth *.pt *.safetensors);;All files (*)</source>
        <translation>Checkpoints (*.pth *.pt *.safetensors);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
    <message>
        <source>Download cancelled; the part already downloaded is kept, Download resumes it.</source>
        <translation>Téléchargement annulé&#xa0;; la partie déjà téléchargée est conservée, «&#xa0;Télécharger&#xa0;» le reprend.</translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation>Échec du téléchargement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 sur %2 Mo</translation>
    </message>
    <message>
        <source>Its training sidecar is unreadable: %1</source>
        <translation>Son fichier compagnon d’entraînement est illisible : %1</translation>
    </message>
    <message>
        <source>Set as default</source>
        <translation>Définir par défaut</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Stored models</source>
        <translation>Modèles stockés</translation>
    </message>
    <message>
        <source>Setting “%1” as the default…</source>
        <translation>Définition de « %1 » par défaut…</translation>
    </message>
    <message>
        <source>Not changed: “%1” is no longer in the store.</source>
        <translation>Rien de modifié : « %1 » n’est plus dans le magasin.</translation>
    </message>
    <message>
        <source>backbone</source>
        <translation>backbone</translation>
    </message>
    <message>
        <source>head</source>
        <translation>tête</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Rien de modifié : %1</translation>
    </message>
    <message>
        <source>Remove “%1” from the model store? Its stored file is deleted; the file it was imported from is not touched.</source>
        <translation>Supprimer « %1 » du magasin de modèles ? Son fichier stocké est effacé ; le fichier d’origine de l’import n’est pas touché.</translation>
    </message>
    <message>
        <source>It is the default backbone; “%1” becomes the default.</source>
        <translation>C’est le backbone par défaut ; « %1 » devient le défaut.</translation>
    </message>
    <message>
        <source>It is the default head; “%1” becomes the default.</source>
        <translation>C’est la tête par défaut ; « %1 » devient la tête par défaut.</translation>
    </message>
    <message>
        <source>It is the default backbone and no other backbone is stored: there will be no default backbone until one is imported.</source>
        <translation>C’est le backbone par défaut et aucun autre backbone n’est stocké : il n’y aura plus de backbone par défaut jusqu’au prochain import.</translation>
    </message>
    <message>
        <source>It is the default head and no other head is stored: there will be no default head until one is imported.</source>
        <translation>C’est la tête par défaut et aucune autre tête n’est stockée : il n’y aura plus de tête par défaut jusqu’au prochain import.</translation>
    </message>
    <message>
        <source>Remove a model</source>
        <translation>Supprimer un modèle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Removing “%1”…</source>
        <translation>Suppression de « %1 »…</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>« %1 » supprimé.</translation>
    </message>
    <message>
        <source>“%1” is now the default.</source>
        <translation>« %1 » est maintenant le défaut.</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Non supprimé : %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>Training data: %1</source>
        <translation>Données d’entraînement : %1</translation>
    </message>
    <message>
        <source>%1, SHA-256 %2</source>
        <translation>%1, SHA-256 %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Taille d’image</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>Entraîné sur</translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation>Backbone</translation>
    </message>
    <message>
        <source>Image AUROC</source>
        <translation>AUROC image</translation>
    </message>
    <message>
        <source>Pixel AUROC</source>
        <translation>AUROC pixel</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>From the head&apos;s training sidecar: the image size it was trained at</source>
        <translation>D’après le fichier compagnon d’entraînement de la tête : la taille d’image de son entraînement</translation>
    </message>
    <message>
        <source>Held-out validation of the head&apos;s training</source>
        <translation>Validation sur données réservées lors de l’entraînement de la tête</translation>
    </message>
    <message>
        <source>The default backbone</source>
        <translation>Le backbone par défaut</translation>
    </message>
    <message>
        <source>The default head</source>
        <translation>La tête par défaut</translation>
    </message>
    <message>
        <source>sidecar unreadable</source>
        <translation>fichier compagnon illisible</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>SHA-256 of the imported file: %1
of the stored file: %2</source>
        <translation>SHA-256 du fichier importé : %1
du fichier stocké : %2</translation>
    </message>
    <message>
        <source>“%1” is now the default backbone.</source>
        <translation>« %1 » est maintenant le backbone par défaut.</translation>
    </message>
    <message>
        <source>“%1” is now the default head.</source>
        <translation>« %1 » est maintenant la tête par défaut.</translation>
    </message>
</context>
<context>
    <name>nagl::ui::OverrideMenu</name>
    <message>
        <source>Comment on the override…</source>
        <translation>Commenter le forçage…</translation>
    </message>
    <message>
        <source>Keep the override at the new score</source>
        <translation>Garder le forçage au nouveau score</translation>
    </message>
    <message>
        <source>Clear the override</source>
        <translation>Annuler le forçage</translation>
    </message>
    <message>
        <source>Override comment</source>
        <translation>Commentaire du forçage</translation>
    </message>
    <message>
        <source>Why this verdict? (saved with the project and named in the reports)</source>
        <translation>Pourquoi ce verdict&#xa0;? (enregistré avec le projet et cité dans les rapports)</translation>
    </message>
</context>
<context>
    <name>nagl::ui::ProjectController</name>
    <message>
        <source>Untitled project</source>
        <translation>Projet sans titre</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Nouveau projet</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>NAGL projects (*.nagl);;All files (*)</source>
        <translation>Projets NAGL (*.nagl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>&amp;Enregistrer le projet</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>Enregistrer le projet &amp;sous…</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
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
        <translation>Le projet « %1 » a des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>The autosave journal of %1 cannot be read and is ignored:
%2</source>
        <translation>Le journal d’enregistrement automatique de %1 est illisible et sera ignoré :
%2</translation>
    </message>
    <message>
        <source>%1 has unsaved changes, autosaved at %2, that are newer than the saved project (NAGL Inspector did not close cleanly).

Recover them? (No opens the saved version and drops the autosaved changes.)</source>
        <translation>%1 a des modifications non enregistrées, sauvegardées automatiquement à %2, plus récentes que le projet enregistré (NAGL Inspector ne s’est pas fermé proprement).

Les récupérer ? (Non ouvre la version enregistrée et abandonne les modifications sauvegardées automatiquement.)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>The project cannot be opened; the file was not changed.

%1</source>
        <translation>Impossible d’ouvrir le projet ; le fichier n’a pas été modifié.

%1</translation>
    </message>
    <message>
        <source>Recovered the autosaved changes of %1</source>
        <translation>Modifications sauvegardées automatiquement de %1 récupérées</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message numerus="yes">
        <source> (%n cached result(s) in %1 ms)</source>
        <translation>
            <numerusform> (%n résultat en cache en %1 ms)</numerusform>
            <numerusform> (%n résultats en cache en %1 ms)</numerusform>
        </translation>
    </message>
    <message>
        <source>; the results cache is unreadable and was left out: %1</source>
        <translation>; le cache des résultats est illisible et a été ignoré : %1</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>NAGL projects (*.nagl)</source>
        <translation>Projets NAGL (*.nagl)</translation>
    </message>
    <message>
        <source>The project is being opened or saved; try again in a moment.</source>
        <translation>Le projet est en cours d’ouverture ou d’enregistrement ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <source>The project was not saved; the previous file is unchanged.

%1

Use File &gt; Save project as… to save it elsewhere.</source>
        <translation>Le projet n’a pas été enregistré ; le fichier précédent est inchangé.

%1

Utilisez Fichier &gt; Enregistrer le projet sous… pour l’enregistrer ailleurs.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de l’enregistrement automatique : %1</translation>
    </message>
    <message>
        <source>NAGL Inspector did not close cleanly. The project %1 has unsaved changes autosaved at %2.

Recover them? (No drops the autosaved changes; Cancel asks again next time.)</source>
        <translation>NAGL Inspector ne s’est pas fermé proprement. Le projet %1 a des modifications non enregistrées, sauvegardées automatiquement à %2.

Les récupérer ? (Non abandonne les modifications sauvegardées automatiquement ; Annuler reposera la question la prochaine fois.)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>Work from your last session that was not saved in a project was autosaved at %1.

Restore it? (No drops it; Cancel asks again next time.)</source>
        <translation>Le travail de votre dernière session, non enregistré dans un projet, a été sauvegardé automatiquement à %1.

Le restaurer ? (Non le supprime ; Annuler redemandera au prochain démarrage.)</translation>
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
        <translation>Nouveau lot depuis une &amp;recette…</translation>
    </message>
    <message>
        <source>Take the model, references and thresholds of a recipe and score a lot folder with them</source>
        <translation>Reprendre le modèle, les références et les seuils d’une recette et évaluer un dossier de lot avec eux</translation>
    </message>
    <message>
        <source>Save as re&amp;cipe…</source>
        <translation>Enregistrer comme re&amp;cette…</translation>
    </message>
    <message>
        <source>Save the current model, references and thresholds as a recipe for this product</source>
        <translation>Enregistrer le modèle, les références et les seuils actuels comme recette de ce produit</translation>
    </message>
    <message>
        <source>Saving the recipe %1…</source>
        <translation>Enregistrement de la recette %1…</translation>
    </message>
    <message>
        <source>The recipe was not saved: %1</source>
        <translation>La recette n’a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>Recipe &quot;%1&quot; saved to %2</source>
        <translation>Recette « %1 » enregistrée dans %2</translation>
    </message>
    <message>
        <source>Reading the recipe %1…</source>
        <translation>Lecture de la recette %1…</translation>
    </message>
    <message>
        <source>Recipe &quot;%1&quot;: model, references and thresholds taken</source>
        <translation>Recette « %1 » : modèle, références et seuils repris</translation>
    </message>
    <message>
        <source>; not applied here: %1</source>
        <translation>; non appliqué ici : %1</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Recette</translation>
    </message>
    <message>
        <source>Open the model store…</source>
        <translation>Ouvrir le magasin de modèles…</translation>
    </message>
    <message>
        <source>Save as recipe</source>
        <translation>Enregistrer comme recette</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produit :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>New lot from recipe</source>
        <translation>Nouveau lot depuis une recette</translation>
    </message>
    <message>
        <source>The lot to score with %1</source>
        <translation>Le lot à évaluer avec %1</translation>
    </message>
</context>
<context>
    <name>nagl::ui::RecipeLibrary</name>
    <message>
        <source>Search recipes</source>
        <translation>Rechercher des recettes</translation>
    </message>
    <message>
        <source>New lot…</source>
        <translation>Nouveau lot…</translation>
    </message>
    <message>
        <source>Open a lot folder and score it with the chosen recipe (or choose a recipe file)</source>
        <translation>Ouvrir un dossier de lot et l’évaluer avec la recette choisie (ou choisir un fichier de recette)</translation>
    </message>
    <message>
        <source>Save as recipe…</source>
        <translation>Enregistrer comme recette…</translation>
    </message>
    <message>
        <source>Save the current model, references and thresholds as a recipe for this product</source>
        <translation>Enregistrer le modèle, les références et les seuils actuels comme recette de ce produit</translation>
    </message>
</context>
<context>
    <name>nagl::ui::ReferencePanel</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Set mask…</source>
        <translation>Définir le masque…</translation>
    </message>
    <message>
        <source>Choose the defect mask of the selected defective reference</source>
        <translation>Choisir le masque de défaut de la référence défectueuse sélectionnée</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normales</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>Défectueuses</translation>
    </message>
    <message>
        <source>Defect-free reference images: drop files here</source>
        <translation>Images de référence sans défaut&#xa0;: déposez les fichiers ici</translation>
    </message>
    <message>
        <source>Defective reference images and their masks (&lt;name&gt;_mask.png): drop files here</source>
        <translation>Images de référence défectueuses et leurs masques (&lt;nom&gt;_mask.png)&#xa0;: déposez les fichiers ici</translation>
    </message>
    <message>
        <source>%1: no defective reference of that name takes this mask</source>
        <translation>%1&#xa0;: aucune référence défectueuse de ce nom ne correspond à ce masque</translation>
    </message>
    <message>
        <source>%1 — no mask (not used)</source>
        <translation>%1 — pas de masque (non utilisée)</translation>
    </message>
    <message>
        <source>%1
No defect mask: double-click or use “Set mask…”, or drop %2_mask.png here</source>
        <translation>%1
Pas de masque de défaut&#xa0;: double-cliquez, utilisez «&#xa0;Définir le masque…&#xa0;» ou déposez %2_mask.png ici</translation>
    </message>
    <message>
        <source>%1 — mask %2</source>
        <translation>%1 — masque %2</translation>
    </message>
    <message>
        <source>%1
mask: %2</source>
        <translation>%1
masque&#xa0;: %2</translation>
    </message>
    <message>
        <source>Add normal references</source>
        <translation>Ajouter des références normales</translation>
    </message>
    <message>
        <source>Add defective references</source>
        <translation>Ajouter des références défectueuses</translation>
    </message>
    <message>
        <source>Select a defective reference first.</source>
        <translation>Sélectionnez d&apos;abord une référence défectueuse.</translation>
    </message>
    <message>
        <source>Mask of %1</source>
        <translation>Masque de %1</translation>
    </message>
</context>
<context>
    <name>nagl::ui::RegionNavigator</name>
    <message>
        <source>Zoom to the &amp;worst region</source>
        <translation>Zoomer sur la &amp;pire région</translation>
    </message>
    <message>
        <source>Ne&amp;xt defect region</source>
        <translation>Région défectueuse &amp;suivante</translation>
    </message>
    <message>
        <source>Pre&amp;vious defect region</source>
        <translation>Région défectueuse &amp;précédente</translation>
    </message>
    <message>
        <source>Zoom onto the highest-scoring region at or above the fail threshold (W)</source>
        <translation>Zoomer sur la région au score le plus haut, au-dessus du seuil de non-conformité (W)</translation>
    </message>
    <message>
        <source>This image has no anomaly map yet: score it first (F5).</source>
        <translation>Cette image n’a pas encore de carte d’anomalie&#xa0;: évaluez-la d’abord (F5).</translation>
    </message>
    <message>
        <source>No region of this image reaches the fail threshold.</source>
        <translation>Aucune région de cette image n’atteint le seuil de non-conformité.</translation>
    </message>
    <message>
        <source>Defect region %1 of %2: %3 px, peak %4</source>
        <translation>Région défectueuse %1 sur %2&#xa0;: %3 px, pic %4</translation>
    </message>
</context>
<context>
    <name>nagl::ui::ScoreHistogramView</name>
    <message>
        <source>images</source>
        <translation>images</translation>
    </message>
    <message>
        <source>image score</source>
        <translation>score d&apos;image</translation>
    </message>
    <message>
        <source>Drag the orange (review) or red (fail) line to change the thresholds</source>
        <translation>Faites glisser la ligne orange (à vérifier) ou rouge (non conforme) pour modifier les seuils</translation>
    </message>
    <message>
        <source>review ≥ %1</source>
        <translation>revue ≥ %1</translation>
    </message>
    <message>
        <source>fail ≥ %1</source>
        <translation>rejet ≥ %1</translation>
    </message>
</context>
<context>
    <name>nagl::ui::SettingsDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Checkpoints (*.pth *.pt *.safetensors);;All files (*)</source>
        <translation>Checkpoints (*.pth *.pt *.safetensors);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Model settings</source>
        <translation>Paramètres du modèle</translation>
    </message>
    <message>
        <source>DINOv2 checkpoint (.pth or .safetensors)</source>
        <translation>Checkpoint DINOv2 (.pth ou .safetensors)</translation>
    </message>
    <message>
        <source>optional: NAGL head (.pth); without it scoring is normal-only</source>
        <translation>facultatif&#xa0;: tête NAGL (.pth)&#xa0;; sans elle, seules les références normales servent à l&apos;évaluation</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Automatic (CUDA when available)</source>
        <translation>Automatique (CUDA si disponible)</translation>
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
        <translation>tous les cœurs</translation>
    </message>
    <message>
        <source>Backbone:</source>
        <translation>Backbone&#xa0;:</translation>
    </message>
    <message>
        <source>DINOv2 backbone</source>
        <translation>Backbone DINOv2</translation>
    </message>
    <message>
        <source>Head:</source>
        <translation>Tête&#xa0;:</translation>
    </message>
    <message>
        <source>NAGL head</source>
        <translation>Tête NAGL</translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation>Taille d&apos;image&#xa0;:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Périphérique&#xa0;:</translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation>Threads CPU&#xa0;:</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>Taille de batch&#xa0;:</translation>
    </message>
    <message>
        <source>Official DINOv2 .pth files or Hugging Face facebook/dinov2-* safetensors are accepted. Changes apply to the next run.</source>
        <translation>Les fichiers DINOv2 officiels .pth et les safetensors Hugging Face facebook/dinov2-* sont acceptés. Les modifications s&apos;appliquent à la prochaine exécution.</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>A new language takes effect when NAGL Inspector is restarted.</source>
        <translation>Une nouvelle langue prend effet au redémarrage de NAGL Inspector.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Model store: import or download…</source>
        <translation>Dépôt de modèles&#xa0;: importer ou télécharger…</translation>
    </message>
    <message>
        <source>Tiling:</source>
        <translation>Tuilage :</translation>
    </message>
</context>
<context>
    <name>nagl::ui::ShortcutsDialog</name>
    <message>
        <source>Lot: move</source>
        <translation>Lot&#xa0;: se déplacer</translation>
    </message>
    <message>
        <source>↑ ↓ Home End</source>
        <translation>↑ ↓ Début Fin</translation>
    </message>
    <message>
        <source>Lot: override the verdict as pass / review / fail (again: clear)</source>
        <translation>Lot&#xa0;: forcer le verdict conforme / à vérifier / non conforme (encore&#xa0;: annuler)</translation>
    </message>
    <message>
        <source>Lot: comment on an override</source>
        <translation>Lot&#xa0;: commenter un verdict forcé</translation>
    </message>
    <message>
        <source>right-click</source>
        <translation>clic droit</translation>
    </message>
    <message>
        <source>Viewer: zoom</source>
        <translation>Visionneuse&#xa0;: zoom</translation>
    </message>
    <message>
        <source>mouse wheel</source>
        <translation>molette</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>nagl::ui::ThresholdSuggestionDialog</name>
    <message>
        <source>unknown (no image of that kind)</source>
        <translation>inconnu (aucune image de ce type)</translation>
    </message>
    <message>
        <source>%1 (%2): pass %3, review %4, fail %5</source>
        <translation>%1 (%2) : conforme %3, revue %4, rejet %5</translation>
    </message>
    <message>
        <source>Suggest thresholds</source>
        <translation>Proposer des seuils</translation>
    </message>
    <message>
        <source>Calibrate on images that are not the lot under audit:</source>
        <translation>Étalonner sur des images qui ne sont pas le lot audité :</translation>
    </message>
    <message>
        <source>The &amp;references, each scored against the others (leave-one-out)</source>
        <translation>Les &amp;références, chacune évaluée contre les autres (leave-one-out)</translation>
    </message>
    <message>
        <source>A labelled &amp;calibration lot (good/ normal, test/&lt;defect&gt;/ defective):</source>
        <translation>Un lot d’étalonnage étiqueté (&amp;c) (good/ normal, test/&lt;défaut&gt;/ défectueux) :</translation>
    </message>
    <message>
        <source>Folder of the calibration lot</source>
        <translation>Dossier du lot d’étalonnage</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation>É&amp;valuer</translation>
    </message>
    <message>
        <source>Cancel scoring</source>
        <translation>Annuler l’évaluation</translation>
    </message>
    <message>
        <source>&amp;Use these thresholds</source>
        <translation>&amp;Utiliser ces seuils</translation>
    </message>
    <message>
        <source>Calibration lot</source>
        <translation>Lot d’étalonnage</translation>
    </message>
    <message>
        <source>Choose a backbone checkpoint first (Model &gt; Settings…).</source>
        <translation>Choisissez d’abord un checkpoint de backbone (Modèle &gt; Réglages…).</translation>
    </message>
    <message>
        <source>Scoring…</source>
        <translation>Évaluation…</translation>
    </message>
    <message>
        <source>Scoring cancelled: nothing is proposed.</source>
        <translation>Évaluation annulée : aucune proposition.</translation>
    </message>
    <message>
        <source>Could not score the calibration images: %1</source>
        <translation>Impossible d’évaluer les images d’étalonnage : %1</translation>
    </message>
    <message>
        <source>No normal calibration image could be scored: nothing is proposed.</source>
        <translation>Aucune image d’étalonnage normale n’a pu être évaluée : aucune proposition.</translation>
    </message>
    <message>
        <source>Proposed: review ≥ %1, fail ≥ %2</source>
        <translation>Proposé : revue ≥ %1, rejet ≥ %2</translation>
    </message>
    <message>
        <source>Normal images</source>
        <translation>Images normales</translation>
    </message>
    <message>
        <source>Defective images</source>
        <translation>Images défectueuses</translation>
    </message>
    <message>
        <source>No defective image was scored: misses cannot be estimated.</source>
        <translation>Aucune image défectueuse évaluée : les défauts manqués ne peuvent être estimés.</translation>
    </message>
    <message>
        <source>Expected misses (defects that pass): %1</source>
        <translation>Défauts manqués attendus (défauts déclarés conformes) : %1</translation>
    </message>
    <message>
        <source>Expected false alarms (normals that fail): %1</source>
        <translation>Fausses alarmes attendues (normales rejetées) : %1</translation>
    </message>
    <message>
        <source>Few calibration images: these rates are rough estimates.</source>
        <translation>Peu d’images d’étalonnage : ces taux sont des estimations grossières.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be read and were left out.</source>
        <translation>
            <numerusform>%n image n’a pas pu être lue et a été écartée.</numerusform>
            <numerusform>%n images n’ont pas pu être lues et ont été écartées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) outside good/ and test/&lt;defect&gt;/ were left out.</source>
        <translation>
            <numerusform>%n image hors de good/ et test/&lt;défaut&gt;/ a été écartée.</numerusform>
            <numerusform>%n images hors de good/ et test/&lt;défaut&gt;/ ont été écartées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Current: review ≥ %1, fail ≥ %2</source>
        <translation>Actuels : revue ≥ %1, rejet ≥ %2</translation>
    </message>
    <message>
        <source>&amp;Suggest thresholds…</source>
        <translation>&amp;Proposer des seuils…</translation>
    </message>
</context>
<context>
    <name>nagl::ui::TilingControls</name>
    <message>
        <source>Off: score each image whole</source>
        <translation>Désactivé : chaque image notée entière</translation>
    </message>
    <message>
        <source>Auto: from the smallest defect</source>
        <translation>Auto : d’après le plus petit défaut</translation>
    </message>
    <message>
        <source>Fixed tile size</source>
        <translation>Taille de tuile fixe</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Automatic (aligned when the sizes match)</source>
        <translation>Automatique (alignées si les tailles concordent)</translation>
    </message>
    <message>
        <source>Aligned: same position and its neighbours</source>
        <translation>Alignées : même position et ses voisines</translation>
    </message>
    <message>
        <source>Pooled: all reference tiles</source>
        <translation>Regroupées : toutes les tuiles de référence</translation>
    </message>
    <message>
        <source>Smallest defect:</source>
        <translation>Plus petit défaut :</translation>
    </message>
    <message>
        <source>Tile side:</source>
        <translation>Côté de tuile :</translation>
    </message>
    <message>
        <source>Reference tiles:</source>
        <translation>Tuiles de référence :</translation>
    </message>
    <message>
        <source>Every image is resized to %1 px: a defect smaller than %2 of the image&apos;s side may vanish.</source>
        <translation>Chaque image est redimensionnée à %1 px : un défaut plus petit que %2 du côté de l’image peut disparaître.</translation>
    </message>
    <message>
        <source>Tiles of %1 px overlapping by %2 px, each resized to %3 px: one model patch covers %4 px. The image score is the highest tile score; an image no larger than a tile is scored whole.</source>
        <translation>Tuiles de %1 px qui se chevauchent de %2 px, chacune redimensionnée à %3 px : un patch du modèle couvre %4 px. Le score de l’image est le plus haut score de tuile ; une image pas plus grande qu’une tuile est notée entière.</translation>
    </message>
</context>
<context>
    <name>nagl::ui::TrainedHeadImport</name>
    <message>
        <source>The best head is in the model store as “%1”.</source>
        <translation>La meilleure tête est dans le magasin de modèles sous le nom « %1 ».</translation>
    </message>
    <message>
        <source>The best head could not be stored: %1</source>
        <translation>La meilleure tête n’a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>nagl::ui::TrainingCharts</name>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>training loss (epoch mean)</source>
        <translation>perte d’entraînement (moyenne de l’époque)</translation>
    </message>
    <message>
        <source>probe episodes</source>
        <translation>épisodes témoins</translation>
    </message>
    <message>
        <source>image AUROC</source>
        <translation>AUROC image</translation>
    </message>
    <message>
        <source>pixel AUROC</source>
        <translation>AUROC pixel</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <source>Held-out categories</source>
        <translation>Catégories réservées</translation>
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
        <translation>Entraîner une tête</translation>
    </message>
    <message>
        <source>Choose the data and press Start.</source>
        <translation>Choisissez les données et appuyez sur Démarrer.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Cancel &amp;training</source>
        <translation>Annuler l’&amp;entraînement</translation>
    </message>
    <message>
        <source>Use as &amp;default head</source>
        <translation>Utiliser comme tête par &amp;défaut</translation>
    </message>
    <message>
        <source>Device: %1 · %2</source>
        <translation>Périphérique : %1 · %2</translation>
    </message>
    <message>
        <source>Device: %1 (%2) · %3</source>
        <translation>Périphérique : %1 (%2) · %3</translation>
    </message>
    <message>
        <source>Computing backbone features: %1 of %2 images</source>
        <translation>Calcul des caractéristiques du backbone : %1 images sur %2</translation>
    </message>
    <message>
        <source>Epoch %1: loss %2, held-out image AUROC %3, pixel AUROC %4%5</source>
        <translation>Époque %1 : perte %2, AUROC image réservée %3, AUROC pixel %4%5</translation>
    </message>
    <message>
        <source> (best so far)</source>
        <translation> (la meilleure jusqu’ici)</translation>
    </message>
    <message>
        <source>“%1” is now the default head.</source>
        <translation>« %1 » est maintenant la tête par défaut.</translation>
    </message>
    <message>
        <source>Could not make “%1” the default head: %2</source>
        <translation>Impossible de faire de « %1 » la tête par défaut : %2</translation>
    </message>
    <message>
        <source>A training was paused in %1: Resume continues it.</source>
        <translation>Un entraînement a été mis en pause dans %1 : Reprendre le poursuit.</translation>
    </message>
    <message>
        <source>Drag dataset folders here: MVTec AD layout or VisA as released</source>
        <translation>Glissez ici les dossiers de jeux de données : disposition MVTec AD ou VisA tel que publié</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Dataset root</source>
        <translation>Racine du jeu de données</translation>
    </message>
    <message>
        <source>Dataset roots:</source>
        <translation>Racines des jeux de données :</translation>
    </message>
    <message>
        <source>default: the last 20 % of the categories by name</source>
        <translation>par défaut : les derniers 20 % des catégories par nom</translation>
    </message>
    <message>
        <source>Held-out categories:</source>
        <translation>Catégories réservées :</translation>
    </message>
    <message>
        <source>Auto (CUDA when available)</source>
        <translation>Automatique (CUDA si disponible)</translation>
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
        <translation>Époques :</translation>
    </message>
    <message>
        <source>Episodes per epoch:</source>
        <translation>Épisodes par époque :</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>Lot :</translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation>Taille d’image :</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Périphérique :</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Backbone:</source>
        <translation>Backbone :</translation>
    </message>
    <message>
        <source>the model store&apos;s default backbone</source>
        <translation>le backbone par défaut du magasin de modèles</translation>
    </message>
    <message>
        <source>Run folder:</source>
        <translation>Dossier d’exécution :</translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation>Dossier d’exécution</translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation>Backbone</translation>
    </message>
    <message>
        <source>Checkpoints (*.pth *.pt *.safetensors)</source>
        <translation>Points de contrôle (*.pth *.pt *.safetensors)</translation>
    </message>
    <message>
        <source>Add at least one dataset root and choose a run folder.</source>
        <translation>Ajoutez au moins une racine de jeu de données et choisissez un dossier d’exécution.</translation>
    </message>
    <message>
        <source>Training cancelled. What it wrote stays in %1.</source>
        <translation>Entraînement annulé. Ce qu’il a écrit reste dans %1.</translation>
    </message>
    <message>
        <source>Epoch %1 of %2 · step %3 of %4 · loss %5 · %6 s per step · %7 left</source>
        <translation>Époque %1 sur %2 · pas %3 sur %4 · perte %5 · %6 s par pas · reste %7</translation>
    </message>
    <message>
        <source>Pausing after the current step…</source>
        <translation>Mise en pause après le pas en cours…</translation>
    </message>
    <message>
        <source>Paused. Resume continues from the saved state in %1.</source>
        <translation>En pause. Reprendre repart de l’état enregistré dans %1.</translation>
    </message>
    <message>
        <source>Cancelling after the current step…</source>
        <translation>Annulation après le pas en cours…</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>L’entraînement a échoué : %1</translation>
    </message>
    <message>
        <source>Training finished. Storing the best head…</source>
        <translation>Entraînement terminé. Enregistrement de la meilleure tête…</translation>
    </message>
</context>
<context>
    <name>nagl::ui::TrainingJob</name>
    <message>
        <source>Could not start %1: %2</source>
        <translation>Impossible de lancer %1 : %2</translation>
    </message>
    <message>
        <source>The training process crashed. %1</source>
        <translation>Le processus d’entraînement s’est planté. %1</translation>
    </message>
    <message>
        <source>The training process ended with exit code %1.</source>
        <translation>Le processus d’entraînement s’est terminé avec le code de sortie %1.</translation>
    </message>
</context>
<context>
    <name>nagl::ui::TrainingLauncher</name>
    <message>
        <source>&amp;Train a head…</source>
        <translation>&amp;Entraîner une tête…</translation>
    </message>
    <message>
        <source>Train a NAGL head on MVTec AD or VisA data, in a separate process</source>
        <translation>Entraîner une tête NAGL sur des données MVTec AD ou VisA, dans un processus séparé</translation>
    </message>
    <message>
        <source>A head is training</source>
        <translation>Une tête est en cours d’entraînement</translation>
    </message>
    <message>
        <source>A head is still training. Pause it (Model &gt; Train a head… resumes it later), stop it, or keep working?</source>
        <translation>Une tête est encore en cours d’entraînement. La mettre en pause (Modèle &gt; Entraîner une tête… la reprend plus tard), l’arrêter, ou continuer à travailler ?</translation>
    </message>
    <message>
        <source>&amp;Pause and quit</source>
        <translation>&amp;Mettre en pause et quitter</translation>
    </message>
    <message>
        <source>&amp;Stop and quit</source>
        <translation>&amp;Arrêter et quitter</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Continuer à travailler</translation>
    </message>
</context>
<context>
    <name>nagl::ui::UndoRouter</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
</context>
<context>
    <name>nagl::ui::WatchBanner</name>
    <message>
        <source>Newest first</source>
        <translation>Plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>By score</source>
        <translation>Par score</translation>
    </message>
    <message>
        <source>The order of the lot while watching: the images that arrived last, or the highest scores, on top</source>
        <translation>L&apos;ordre du lot pendant la surveillance : les dernières images arrivées, ou les scores les plus élevés, en haut</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>Arrêter la surveillance</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide the alarm until the next failed image</source>
        <translation>Masquer l&apos;alarme jusqu&apos;à la prochaine image non conforme</translation>
    </message>
    <message>
        <source>FAIL %1 — score %2</source>
        <translation>NON CONFORME %1 — score %2</translation>
    </message>
</context>
<context>
    <name>nagl::ui::WatchController</name>
    <message>
        <source>Watching %1: %2</source>
        <translation>Surveillance de %1 : %2</translation>
    </message>
    <message>
        <source>&amp;Watch folder…</source>
        <translation>&amp;Surveiller un dossier…</translation>
    </message>
    <message>
        <source>Make a folder&apos;s images the lot and score the new ones as they arrive</source>
        <translation>Faire des images d&apos;un dossier le lot et évaluer les nouvelles à leur arrivée</translation>
    </message>
    <message>
        <source>Stop &amp;watching</source>
        <translation>Arrêter la sur&amp;veillance</translation>
    </message>
    <message>
        <source>Sound on fail</source>
        <translation>Son si non conforme</translation>
    </message>
    <message>
        <source>Beep for each batch with a failed image while watching</source>
        <translation>Émettre un bip pour chaque arrivée contenant une image non conforme pendant la surveillance</translation>
    </message>
    <message>
        <source>Watch folder</source>
        <translation>Surveiller un dossier</translation>
    </message>
    <message>
        <source>Cancel the running inspection before watching a folder.</source>
        <translation>Annulez l&apos;inspection en cours avant de surveiller un dossier.</translation>
    </message>
    <message>
        <source>Cannot watch %1: not a folder</source>
        <translation>Impossible de surveiller %1 : ce n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>Stopped watching %1</source>
        <translation>Surveillance de %1 arrêtée</translation>
    </message>
    <message>
        <source>over the last hour</source>
        <translation>sur la dernière heure</translation>
    </message>
    <message numerus="yes">
        <source>over the last %n min</source>
        <translation>
            <numerusform>sur la dernière %n min</numerusform>
            <numerusform>sur les %n dernières min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %1: %n image(s)</source>
        <translation>
            <numerusform>Surveillance de %1 : %n image</numerusform>
            <numerusform>Surveillance de %1 : %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fail</source>
        <translation>
            <numerusform>%n non conforme</numerusform>
            <numerusform>%n non conformes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review</source>
        <translation>
            <numerusform>%n à vérifier</numerusform>
            <numerusform>%n à vérifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n illisible</numerusform>
            <numerusform>%n illisibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to score</source>
        <translation>
            <numerusform>%n à évaluer</numerusform>
            <numerusform>%n à évaluer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 fail/h %2</source>
        <translation>%1 non conformes/h %2</translation>
    </message>
</context>
<context>
    <name>nagl::ui::WindowLevelControls</name>
    <message>
        <source> Level </source>
        <translation> Niveau </translation>
    </message>
    <message>
        <source> Width </source>
        <translation> Largeur </translation>
    </message>
    <message>
        <source>Window level: the sample value shown mid-grey</source>
        <translation>Niveau de fenêtre&#xa0;: la valeur d&apos;échantillon affichée en gris moyen</translation>
    </message>
    <message>
        <source>Window width: the range of sample values spread from black to white</source>
        <translation>Largeur de fenêtre&#xa0;: la plage de valeurs d&apos;échantillon répartie du noir au blanc</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Automatic window for each image: full range for 8-bit images, 0.5 %–99.5 % percentiles for 16-bit ones</source>
        <translation>Fenêtre automatique pour chaque image&#xa0;: plage complète pour les images 8 bits, percentiles 0,5 %–99,5 % pour les images 16 bits</translation>
    </message>
</context>
</TS>
