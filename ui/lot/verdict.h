#pragma once
// Translated verdict names and ground-truth labels read from MVTec-style
// folder names. The verdict rule and the threshold pair are nagl_vision's
// (nagl/vision/verdict.h); proposed thresholds nagl_metrics'
// (nagl/metrics/threshold_proposal.h). Plain functions: no widgets.
#include <QString>

#include "nagl/vision/verdict.h"

namespace nagl::ui {

enum class Label { Unknown, Normal, Defective };

QString verdictName(Verdict verdict);  // translated; empty for None

// .../good/x.png -> Normal; .../test/<defect>/x.png -> Defective; else Unknown.
Label labelFromPath(const QString& path);

}  // namespace nagl::ui
