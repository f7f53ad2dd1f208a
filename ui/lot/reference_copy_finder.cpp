#include "ui/lot/reference_copy_finder.h"

#include <QFileInfo>
#include <QMultiHash>
#include <optional>
#include <vector>

#include "nagl/foundation/sha256.h"
#include "ui/common/path_bytes.h"
#include "ui/document/inspection_document.h"

namespace nagl::ui {
namespace {

// One file, its identity read lazily: the content digest only when a size matches.
struct Candidate {
  QString path;
  QString canonical;
  std::optional<std::string> digest;

  const std::string& sha256() {
    if (!digest) {
      try {
        digest = foundation::sha256File(fsPath(path));
      } catch (const std::exception&) {
        digest = std::string();  // unreadable: equal to nothing (see sameFile)
      }
    }
    return *digest;
  }
};

bool sameFile(Candidate& a, Candidate& b) {
  if (a.canonical == b.canonical) return true;
  const std::string& digest = a.sha256();
  return !digest.empty() && digest == b.sha256();
}

}  // namespace

ReferenceCopyFinder::ReferenceCopyFinder(InspectionDocument* document, QObject* parent)
    : QObject(parent),
      document_(document),
      // One search for a burst of changes (a project sets references, then the lot).
      search_(
          this, 0, [this] { return prepare(); },
          [this](const Copies& copies, bool latest) {
            if (!latest) return;  // the lot or the references changed since: the next search answers
            document_->setReferenceCopies(copies);
            Q_EMIT finished();
          }) {
  for (auto signal : {&InspectionDocument::lotReset, &InspectionDocument::referencesChanged,
                      &InspectionDocument::resultsReset})  // a run reads the files again: so does this
    connect(document_, signal, this, [this] { search_.request(); });
  connect(document_, &InspectionDocument::rowsAppended, this, [this] { search_.request(); });  // a watched folder
  search_.request();
}

ReferenceCopyFinder::~ReferenceCopyFinder() = default;

bool ReferenceCopyFinder::isBusy() const { return search_.isBusy(); }

std::function<ReferenceCopyFinder::Copies()> ReferenceCopyFinder::prepare() const {
  QStringList references = document_->normals();
  for (const DefectiveReference& reference : document_->defectives()) references.append(reference.image);
  return [lot = document_->lotPaths(), references] { return find(lot, references); };
}

ReferenceCopyFinder::Copies ReferenceCopyFinder::find(const QStringList& lot, const QStringList& references) {
  Copies copies;
  std::vector<Candidate> refs;
  QMultiHash<qint64, std::size_t> bySize;
  for (const QString& path : references) {
    const QFileInfo info(path);
    if (!info.isFile()) continue;
    bySize.insert(info.size(), refs.size());
    refs.push_back({path, info.canonicalFilePath(), std::nullopt});
  }
  if (refs.empty()) return copies;
  for (const QString& path : lot) {
    const QFileInfo info(path);
    const auto matches = bySize.values(info.size());
    if (matches.isEmpty() || !info.isFile()) continue;
    Candidate image{path, info.canonicalFilePath(), std::nullopt};
    for (const std::size_t ref : matches)
      if (sameFile(image, refs[ref])) {
        copies.insert(path, refs[ref].path);
        break;
      }
  }
  return copies;
}

}  // namespace nagl::ui
