#pragma once
// A QListWidget that accepts local files dragged from a file manager.
#include <QListWidget>
#include <functional>

namespace nagl::ui {

class FileDropList : public QListWidget {
 public:
  explicit FileDropList(QWidget* parent = nullptr);
  std::function<void(const QStringList&)> onFilesDropped;

 protected:
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dragMoveEvent(QDragMoveEvent* event) override;
  void dropEvent(QDropEvent* event) override;
};

}  // namespace nagl::ui
