#pragma once
// The lot report: every query with its score and verdict (a person's
// override with who / when / why), the thresholds, the model, the references
// and the audit log of the overrides, as CSV and JSON.
#include <optional>
#include <string>
#include <vector>

#include "nagl/vision/query_result.h"
#include "nagl/vision/verdict.h"

namespace nagl::exporting {

// The report's spelling: "pass", "review", "fail", and "error" for None (a
// query without a score).
const char* verdictName(Verdict v);

// Who overrode a verdict, when and why.
struct OverrideNote {
  std::string by;             // the OS user name
  std::string at;             // ISO 8601, UTC
  std::string comment;        // may be empty
  bool scoreChanged = false;  // scored again to another score since: to be looked at again
  bool operator==(const OverrideNote&) const = default;
};

// One change of an override in the audit log; verdicts "" for none.
struct OverrideLogLine {
  std::string image, at, by, action, before, after, comment;
  bool operator==(const OverrideLogLine&) const = default;
};

// The report's view of one query: its result's path and score, and the
// verdict a person gave it (which the result does not carry).
struct ReportRow {
  std::string path;
  std::optional<float> score;       // empty: the query failed
  std::optional<Verdict> override;  // a person's verdict, when set
  OverrideNote note{};              // with the override ({}: rows may be brace-initialized without it)
  // Pixels of the largest region of its map (or mask) at or above the fail
  // threshold (largestRegionArea); empty: not measured (no map at hand).
  std::optional<std::size_t> largestRegion{};
  // score: the result's when scored; Verdict::None: no override.
  static ReportRow of(const QueryResult& result, Verdict override = Verdict::None, OverrideNote note = {});
  // minDefectArea: the report's (0: the threshold rule alone; an unmeasured
  // region then counts as 0 pixels).
  Verdict verdict(const Thresholds& t, std::size_t minDefectArea = 0) const {
    return score ? verdictFor(static_cast<double>(*score), t, largestRegion.value_or(0), minDefectArea) : Verdict::None;
  }
  Verdict finalVerdict(const Thresholds& t, std::size_t minDefectArea = 0) const {
    return override ? *override : verdict(t, minDefectArea);
  }
};

struct ReportModel {
  std::string description;  // e.g. the engine's model line
  std::string backbone;     // file
  std::string head;         // file, empty: normal-only
  // How a tiled run cut its images (tiling::describeTiling, e.g. "384 px,
  // overlap 96 px, references auto"); empty: untiled. With it every report
  // also states the tiled image score rule (tiling::kTiledImageScoreRule).
  std::string tiling{};
};

// "image score = <rule>" for a tiled report; empty for an untiled one.
std::string imageScoreRule(const ReportModel& model);

// A reference as used: a defective one names the mask file the run used
// and its SHA-256, so a report traces to the exact pixels. A mask edited in
// the workstation is named by the copy the export saved of it (maskEdited).
struct ReportReference {
  std::string image;
  std::string mask;          // empty: a normal reference
  std::string maskSha256{};  // of the file `mask`, 64 hex digits; empty: not digested
  bool maskEdited = false;   // `mask` is the saved copy of a person's edit
  std::string editedFrom{};  // with maskEdited: the mask file the edit began from (empty: none)
};

struct LotReport {
  std::vector<ReportRow> rows;
  Thresholds thresholds;
  std::size_t minDefectArea = 0;  // pixels a region must cover to fail (see verdict.h); 0: none
  std::string thresholdSource;    // where the thresholds came from (free text); empty: not stated, left out
  std::string recipe;             // the product recipe the inspection was made from; empty: none
  ReportModel model;
  std::vector<ReportReference> references;
  std::vector<OverrideLogLine> overrideLog;  // oldest first
};

// Final verdicts; unscored rows are the report's "error" count.
VerdictCounts countVerdicts(const LotReport& report);

// How bad a final verdict is, for ranking: fail 3, review 2, pass 1, error 0.
int verdictSeverity(Verdict v);

// Indices of the n worst rows (unscored rows skipped), worst first: by final
// verdict (an override counting as the verdict: fail, review, pass), then by
// score, highest first; ties keep lot order.
std::vector<std::size_t> worstRows(const LotReport& report, std::size_t n);

// path,score,verdict,override,final_verdict,review_threshold,fail_threshold,
// model,backbone,head,tiling,image_score_rule,references,override_by,override_at,
// override_comment,score_changed_since_override,largest_region_area,min_defect_area,threshold_source,recipe — one
// row per query (thresholds, their source, model, tiling and references repeated so every row stands alone;
// tiling and image_score_rule empty when untiled; references joined by ';', an abnormal one as
// "image=mask (sha256 <hex>)", "(edited, sha256 <hex>)" for the saved copy of
// an edited mask; threshold_source empty when not stated). score "nan" and verdict "error" for a
// failed query; override and its columns empty when none (the flag "yes" or
// "no" with one), largest_region_area empty when not measured. RFC 4180 quoting. The audit log is in the JSON report.
std::string reportCsv(const LotReport& report);

// {"format": "nagl-lot-report", "version": 1, "thresholds": {"review", "fail",
//  "source" (only when stated)}, "min_defect_area",
//  "model": {"description", "backbone", "head" (null: normal-only), "tiling",
//  "image_score_rule" (both null when untiled)}, "references": [{"image", "mask" (null: normal),
//  "mask_sha256" (null: normal or not digested), "mask_edited", "edited_from"
//  (null unless edited from a mask file)}], "summary": {"pass",
//  "review", "fail", "error", "total", "overridden"}, "images": [{"path",
//  "score" (null when failed), "verdict", "override" (null when none),
//  "final_verdict", "override_by", "override_at", "override_comment",
//  "score_changed_since_override" (all four null without an override),
//  "largest_region_area" (null when not measured)}],
//  "override_log": [{"image", "at", "by", "action", "before", "after"
//  (null: none), "comment"}]}
std::string reportJson(const LotReport& report);

}  // namespace nagl::exporting
