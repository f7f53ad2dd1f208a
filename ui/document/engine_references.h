#pragma once
// A reference set as the engine takes it: paths as file-system bytes, and a
// defective reference's edited mask in memory with a digest of its pixels,
// so the engine notices a changed mask without a file. One conversion for
// the lot's runs (InspectionSession) and the calibration runs.
#include <QImage>
#include <QList>

#include "nagl/engine/reference_set.h"
#include "ui/document/inspection_types.h"

namespace nagl::ui {

// editedMasks: index for index with set.defective (null: the mask file), as
// InspectionDocument::editedMasksOf gives them; may be shorter.
nagl::engine::ReferenceSet toEngineReferences(const ReferenceSet& set, const QList<QImage>& editedMasks);

}  // namespace nagl::ui
