#pragma once
// The lot report: every query with its score and verdict, the thresholds,
// the model and the references, as CSV and JSON.
#include <optional>
#include <string>
#include <vector>

#include "nagl/vision/query_result.h"
#include "nagl/vision/verdict.h"

namespace nagl::exporting {

// The report's spelling: "pass", "review", "fail", and "error" for None (a
// query without a score).
const char* verdictName(Verdict v);

// The report's view of one query: its result's path and score, and the
// verdict a person gave it (which the result does not carry).
struct ReportRow {
  std::string path;
  std::optional<float> score;       // empty: the query failed
  std::optional<Verdict> override;  // a person's verdict, when set
  // score: the result's when scored; Verdict::None: no override.
  static ReportRow of(const QueryResult& result, Verdict override = Verdict::None);
  Verdict verdict(const Thresholds& t) const { return verdictFor(score, t); }
  Verdict finalVerdict(const Thresholds& t) const { return override ? *override : verdict(t); }
};

struct ReportModel {
  std::string description;  // e.g. the engine's model line
  std::string backbone;     // file
  std::string head;         // file, empty: normal-only
};

struct ReportReference {
  std::string image;
  std::string mask;  // empty: a normal reference
};

struct LotReport {
  std::vector<ReportRow> rows;
  Thresholds thresholds;
  ReportModel model;
  std::vector<ReportReference> references;
};

struct VerdictCounts {
  std::size_t pass = 0, review = 0, fail = 0, error = 0;
};
VerdictCounts countVerdicts(const LotReport& report);  // final verdicts

// Indices of the n highest-scoring rows (failed rows skipped), worst first;
// ties keep lot order.
std::vector<std::size_t> worstRows(const LotReport& report, std::size_t n);

// path,score,verdict,override,final_verdict,review_threshold,fail_threshold,
// model,backbone,head,references — one row per query (thresholds, model and
// references repeated so every row stands alone; references joined by ';',
// an abnormal one as image=mask). score "nan" and verdict "error" for a
// failed query; override empty when none. RFC 4180 quoting.
std::string reportCsv(const LotReport& report);

// {"format": "nagl-lot-report", "version": 1, "thresholds": {"review", "fail"},
//  "model": {...}, "references": [{"image", "mask"}], "summary": {"pass",
//  "review", "fail", "error", "total"}, "images": [{"path", "score" (null
//  when failed), "verdict", "override" (null when none), "final_verdict"}]}
std::string reportJson(const LotReport& report);

}  // namespace nagl::exporting
