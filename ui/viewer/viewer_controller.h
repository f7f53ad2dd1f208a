#pragma once
// What the viewer shows and whose mask it edits: the lot image selected in
// the lot browser (with its heatmap and its drawn mask) or a defective
// reference chosen in the reference panel (with its edited mask or its mask
// file). Mask edits go to the document at once: query masks for projects and
// export, reference masks for the engine (which re-encodes a reference whose
// mask changed); referenceMaskEdited() asks for the lot to be scored again.
#include <QObject>
#include <QString>

namespace nagl::ui {

class ImageViewer;
class InspectionDocument;
class InspectionSession;
class LotBrowser;
class ReferencePanel;

class ViewerController : public QObject {
  Q_OBJECT
 public:
  ViewerController(InspectionDocument* document, InspectionSession* session, ImageViewer* viewer, LotBrowser* lot,
                   ReferencePanel* references, QObject* parent);

  enum class MaskTarget { None, Query, Reference };
  MaskTarget maskTarget() const { return target_.kind; }
  QString maskTargetPath() const { return target_.path; }

  // Shows the lot browser's current image (again: its result may have arrived).
  void showCurrentQuery();
  // Shows the defective reference at row of the reference panel, with its
  // mask (edited, or its file) ready to edit.
  void editReferenceMask(int defectiveRow);
  // Selects (and so shows) the highest-scoring image when no lot image is
  // selected, so a finished run or a loaded project never leaves the viewer dark.
  void showWorstIfNothingSelected();

 Q_SIGNALS:
  void message(const QString& text, int timeoutMs);
  // A lot image is on screen (after showCurrentQuery).
  void queryShown(int row);
  void referenceMaskEdited();

 private:
  struct Target {
    MaskTarget kind = MaskTarget::None;
    QString path;
    QString basedOn;  // a reference's mask file when the editing started
  };
  void onImageShown(const QString& path);
  void onMaskEdited();
  void onReferencesChanged();

  InspectionDocument* document_;
  InspectionSession* session_;
  ImageViewer* viewer_;
  LotBrowser* lot_;
  ReferencePanel* references_;
  Target target_;
  Target pending_;  // what the viewer is loading
};

}  // namespace nagl::ui
