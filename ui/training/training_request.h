#pragma once
// What Model > Train a head… asks `nagl train` for: the form's values, the
// command line they make, and the settings key they are remembered under
// (so a paused training can be resumed after the workstation restarts).
#include <QSettings>
#include <QString>
#include <QStringList>

namespace nagl::ui {

struct TrainingRequest {
  QStringList dataRoots;             // MVTec AD or VisA layout, one or more
  QStringList validationCategories;  // empty: the CLI's default (the last 20 % by name)
  QString backbone;                  // empty: the model store's default backbone
  QString outDir;
  int epochs = 20;  // the reference's defaults
  int episodesPerEpoch = 500;
  int batchSize = 8;
  int imageSize = 448;
  int proxies = 25;
  QString device = QStringLiteral("auto");  // auto | cpu | cuda

  // `nagl train` arguments (without the program); resume continues OUT/last.pth.
  QStringList arguments(bool resume) const;
  // The state a paused or stopped run left: OUT/last.state.safetensors.
  QString resumeStatePath() const;

  void save(QSettings& settings) const;
  static TrainingRequest load(const QSettings& settings);
  bool operator==(const TrainingRequest&) const = default;
};

// "circuit, washer weave" -> {"circuit", "washer", "weave"}.
QStringList splitCategoryList(const QString& text);

}  // namespace nagl::ui
