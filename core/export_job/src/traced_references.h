#pragma once
// The references as a report names them: each defective reference's mask
// file with its SHA-256, and a mask a person edited in the workstation by a
// copy saved into the export folder.
#include <filesystem>
#include <string>
#include <vector>

#include "nagl/export/lot_report.h"
#include "nagl/vision/image.h"

namespace nagl::exporting {

// edits[i]: the edit of references[i]'s mask (empty Image8 or no entry:
// none). An edit is saved, atomically, as
// <exportFolder>/references/<stem>_mask_edited.png (stems as output_stems.h
// names them over the edited references' images) and named by that path and
// the digest of the file written; an unedited mask by its own path and
// digest. What fails (a copy not written, a mask file not readable) leaves
// that reference undigested and adds one message to `errors`.
std::vector<ReportReference> tracedReferences(const std::vector<ReportReference>& references,
                                              const std::vector<Image8>& edits,
                                              const std::filesystem::path& exportFolder,
                                              std::vector<std::string>& errors);

}  // namespace nagl::exporting
