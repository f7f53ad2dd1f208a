#include "cli/watch_outputs.h"

#include <cstdio>

#include "nagl/export/lot_report.h"
#include "nagl/foundation/utc_time.h"
#include "nagl/vision/defect_regions.h"
#include "nagl/vision/verdict.h"

namespace nagl::cli {
namespace {

void toStderr(const std::string& line) { std::fprintf(stderr, "%s\n", line.c_str()); }

}  // namespace

WatchOutputs::WatchOutputs(const WatchRequest& request, std::string modelDescription)
    : request_(request),
      model_(std::move(modelDescription)),
      journal_(request.out / "results.csv"),
      stems_(request.dir) {
  for (const watch::ResultRow& row : journal_.rows()) stems_.next(row.path);  // the stems earlier runs gave
  if (!request.notifyUrl.empty()) {
    watch::NotifierOptions n;
    n.url = request.notifyUrl;
    n.log = toStderr;
    notifier_ = std::make_unique<watch::ResultNotifier>(n);
  }
  if (!request.onFail.empty()) {
    watch::FailCommandOptions f;
    f.command = request.onFail;
    f.timeout = request.onFailTimeout;
    f.log = toStderr;
    onFail_ = std::make_unique<watch::FailCommand>(f);
  }
}

WatchOutputs::~WatchOutputs() = default;

void WatchOutputs::exportImage(const std::string& path, const QueryResult& result, const FloatImage& map) {
  const std::string stem = stems_.next(path);
  if (request_.exports.formats.empty()) return;
  try {
    InferExport files(request_.exports, request_.out, {path}, {stem}, request_.references,
                      exportModelInfo(model_, request_.engine));
    files.prepare();
    if (result.scored()) files.addImage(0, result, map);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "export error: %s\n", e.what());
  }
}

bool WatchOutputs::record(const watch::FileVersion& file, const QueryResult& result) {
  watch::FileVersion now;
  if (!watch::statFile(file.path, now) || !(now == file)) {
    std::fprintf(stderr, "%s: changed while it was scored; scored again once it settles\n", file.path.c_str());
    return false;
  }
  watch::ResultRow row;
  row.path = file.path;
  row.size = file.size;
  row.mtimeNs = file.mtimeNs;
  row.recipe = request_.recipeName;
  row.time = foundation::utcTimestamp();
  FloatImage map;
  if (result.scored()) {
    map = result.fullResolutionMap();
    const std::size_t area = largestRegionArea(map, request_.rule.fail);
    const Thresholds thresholds{request_.rule.review, request_.rule.fail};
    row.score = static_cast<float>(result.score);
    row.largestDefectArea = area;
    row.verdict = exporting::verdictName(verdictFor(result.score, thresholds, area, request_.rule.minDefectArea));
  } else {
    row.verdict = exporting::verdictName(Verdict::None);
    row.error = result.error.empty() ? file.path + ": not scored" : result.error;
  }
  exportImage(file.path, result, map);
  journal_.append(row);
  if (row.score)
    std::fprintf(stderr, "[%zu] %s %s %s\n", journal_.rows().size(), row.path.c_str(),
                 watch::scoreText(*row.score).c_str(), row.verdict.c_str());
  else
    std::fprintf(stderr, "[%zu] error: %s\n", journal_.rows().size(), row.error.c_str());
  errors_ += row.score ? 0 : 1;
  if (notifier_) notifier_->post(watch::resultJson(row));
  if (onFail_ && row.verdict == "fail") onFail_->run(row.path, watch::scoreText(*row.score));
  return true;
}

void WatchOutputs::poll() {
  if (onFail_) onFail_->poll();
}

void WatchOutputs::close(std::chrono::milliseconds grace) {
  if (onFail_) onFail_->finish();
  if (notifier_) notifier_->close(grace);
}

}  // namespace nagl::cli
