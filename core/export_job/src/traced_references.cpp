#include "traced_references.h"

#include "nagl/export/atomic_write.h"
#include "nagl/export/output_stems.h"
#include "nagl/export/png_files.h"
#include "nagl/foundation/sha256.h"

namespace nagl::exporting {

std::vector<ReportReference> tracedReferences(const std::vector<ReportReference>& references,
                                              const std::vector<Image8>& edits,
                                              const std::filesystem::path& exportFolder,
                                              std::vector<std::string>& errors) {
  const auto edited = [&edits](std::size_t i) { return i < edits.size() && !edits[i].empty(); };
  std::vector<std::string> editedImages;
  for (std::size_t i = 0; i < references.size(); ++i)
    if (edited(i)) editedImages.push_back(references[i].image);
  const std::vector<std::string> stems = uniqueOutputStems(editedImages);

  std::vector<ReportReference> traced = references;
  std::size_t next = 0;  // the next edit's stem
  for (std::size_t i = 0; i < traced.size(); ++i) {
    ReportReference& ref = traced[i];
    try {
      if (edited(i)) {
        // The copy goes into the export folder, beside the reports that name
        // it: an edit lives only in the workstation (an untitled project has
        // no folder of its own, and the next edit would replace a copy kept
        // next to the project), while the export is what is handed on, so the
        // reports and the exact mask they name travel together.
        // Named as edited even when the copy cannot be written (then with no
        // digest, and an error): never by the mask file it replaced.
        const std::filesystem::path copy = exportFolder / "references" / (stems[next++] + "_mask_edited.png");
        ref.editedFrom = ref.mask;
        ref.mask = copy.string();
        ref.maskEdited = true;
        ref.maskSha256.clear();
        createFolder(copy.parent_path());
        writePng(copy.string(), edits[i]);
      }
      if (!ref.mask.empty() && ref.maskSha256.empty()) ref.maskSha256 = foundation::sha256File(ref.mask);
    } catch (const std::exception& e) {
      errors.push_back(std::string("reference mask of ") + ref.image + ": " + e.what());
    }
  }
  return traced;
}

}  // namespace nagl::exporting
