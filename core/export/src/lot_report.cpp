#include "nagl/export/lot_report.h"

#include <algorithm>
#include <cstdio>

#include "nagl/foundation/csv_field.h"
#include "nagl/metrics/metrics_report.h"
#include "nagl/tiling/tile_stitching.h"

namespace nagl::exporting {
namespace {

using foundation::csvField;
using metrics::jsonNumber;
using metrics::jsonString;

std::string shortNumber(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.9g", v);
  return buffer;
}

std::string referenceText(const ReportReference& ref) {
  if (ref.mask.empty()) return ref.image;
  std::string digest = ref.maskEdited ? "edited" : "";
  if (!ref.maskSha256.empty()) digest += (digest.empty() ? "sha256 " : ", sha256 ") + ref.maskSha256;
  return ref.image + "=" + ref.mask + (digest.empty() ? "" : " (" + digest + ")");
}

std::string referencesText(const LotReport& r) {
  std::string out;
  for (const ReportReference& ref : r.references) out += (out.empty() ? "" : ";") + referenceText(ref);
  return out;
}

std::string nullOr(const std::string& s) { return s.empty() ? std::string("null") : jsonString(s); }

}  // namespace

std::string imageScoreRule(const ReportModel& model) {
  return model.tiling.empty() ? std::string() : std::string("image score = ") + tiling::kTiledImageScoreRule;
}

const char* verdictName(Verdict v) {
  switch (v) {
    case Verdict::Pass:
      return "pass";
    case Verdict::Review:
      return "review";
    case Verdict::Fail:
      return "fail";
    case Verdict::None:
      break;
  }
  return "error";
}

ReportRow ReportRow::of(const QueryResult& result, Verdict override, OverrideNote note) {
  ReportRow row{result.path, std::nullopt, std::nullopt, {}};
  if (result.scored()) row.score = static_cast<float>(result.score);
  if (override != Verdict::None) {
    row.override = override;
    row.note = std::move(note);
  }
  return row;
}

VerdictCounts countVerdicts(const LotReport& report) {
  VerdictCounts c;
  for (const ReportRow& row : report.rows) c.add(row.finalVerdict(report.thresholds, report.minDefectArea));
  return c;
}

int verdictSeverity(Verdict v) {
  switch (v) {
    case Verdict::Fail:
      return 3;
    case Verdict::Review:
      return 2;
    case Verdict::Pass:
      return 1;
    case Verdict::None:
      break;
  }
  return 0;
}

std::vector<std::size_t> worstRows(const LotReport& report, std::size_t n) {
  std::vector<std::size_t> order;
  std::vector<int> severity(report.rows.size(), 0);
  for (std::size_t i = 0; i < report.rows.size(); ++i)
    if (report.rows[i].score && *report.rows[i].score == *report.rows[i].score) {
      order.push_back(i);
      severity[i] = verdictSeverity(report.rows[i].finalVerdict(report.thresholds, report.minDefectArea));
    }
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (severity[a] != severity[b]) return severity[a] > severity[b];
    return *report.rows[a].score > *report.rows[b].score;
  });
  if (order.size() > n) order.resize(n);
  return order;
}

std::string reportCsv(const LotReport& r) {
  const std::string shared = "," + shortNumber(r.thresholds.review) + "," + shortNumber(r.thresholds.fail) + "," +
                             csvField(r.model.description) + "," + csvField(r.model.backbone) + "," +
                             csvField(r.model.head) + "," + csvField(r.model.tiling) + "," +
                             csvField(imageScoreRule(r.model)) + "," + csvField(referencesText(r));
  std::string out =
      "path,score,verdict,override,final_verdict,review_threshold,fail_threshold,model,backbone,head,tiling,"
      "image_score_rule,references,"
      "override_by,override_at,override_comment,score_changed_since_override,largest_region_area,min_defect_area,"
      "threshold_source,recipe\n";
  const std::string minArea =
      "," + std::to_string(r.minDefectArea) + "," + csvField(r.thresholdSource) + "," + csvField(r.recipe);
  for (const ReportRow& row : r.rows) {
    const std::string note = row.override
                                 ? "," + csvField(row.note.by) + "," + csvField(row.note.at) + "," +
                                       csvField(row.note.comment) + "," + (row.note.scoreChanged ? "yes" : "no")
                                 : std::string(",,,,");
    out += csvField(row.path) + "," + (row.score ? shortNumber(*row.score) : "nan") + "," +
           verdictName(row.verdict(r.thresholds, r.minDefectArea)) + "," +
           (row.override ? verdictName(*row.override) : "") + "," +
           verdictName(row.finalVerdict(r.thresholds, r.minDefectArea)) + shared + note + "," +
           (row.largestRegion ? std::to_string(*row.largestRegion) : "") + minArea + "\n";
  }
  return out;
}

std::string reportJson(const LotReport& r) {
  const VerdictCounts c = countVerdicts(r);
  std::string refs;
  for (const ReportReference& ref : r.references)
    refs += std::string(refs.empty() ? "\n    " : ",\n    ") + "{\"image\": " + jsonString(ref.image) +
            ", \"mask\": " + nullOr(ref.mask) + ", \"mask_sha256\": " + nullOr(ref.maskSha256) +
            ", \"mask_edited\": " + (ref.maskEdited ? "true" : "false") +
            ", \"edited_from\": " + nullOr(ref.maskEdited ? ref.editedFrom : std::string()) + "}";
  std::string images;
  std::size_t overridden = 0;
  for (const ReportRow& row : r.rows) {
    overridden += row.override.has_value();
    const auto noted = [&row](const std::string& s) { return row.override ? jsonString(s) : std::string("null"); };
    images += std::string(images.empty() ? "\n    " : ",\n    ") + "{\"path\": " + jsonString(row.path) +
              ", \"score\": " + (row.score ? jsonNumber(*row.score) : "null") +
              ", \"verdict\": " + jsonString(verdictName(row.verdict(r.thresholds, r.minDefectArea))) +
              ", \"override\": " + (row.override ? jsonString(verdictName(*row.override)) : "null") +
              ", \"final_verdict\": " + jsonString(verdictName(row.finalVerdict(r.thresholds, r.minDefectArea))) +
              ", \"override_by\": " + noted(row.note.by) + ", \"override_at\": " + noted(row.note.at) +
              ", \"override_comment\": " + noted(row.note.comment) + ", \"score_changed_since_override\": " +
              (row.override ? (row.note.scoreChanged ? "true" : "false") : "null") +
              ", \"largest_region_area\": " + (row.largestRegion ? std::to_string(*row.largestRegion) : "null") + "}";
  }
  std::string log;
  const auto verdictOrNull = [](const std::string& v) { return v.empty() ? std::string("null") : jsonString(v); };
  for (const OverrideLogLine& e : r.overrideLog)
    log += std::string(log.empty() ? "\n    " : ",\n    ") + "{\"image\": " + jsonString(e.image) +
           ", \"at\": " + jsonString(e.at) + ", \"by\": " + jsonString(e.by) + ", \"action\": " + jsonString(e.action) +
           ", \"before\": " + verdictOrNull(e.before) + ", \"after\": " + verdictOrNull(e.after) +
           ", \"comment\": " + jsonString(e.comment) + "}";
  return "{\n  \"format\": \"nagl-lot-report\",\n  \"version\": 1,\n  \"recipe\": " + nullOr(r.recipe) +
         ",\n  \"thresholds\": {\"review\": " + jsonNumber(r.thresholds.review) +
         ", \"fail\": " + jsonNumber(r.thresholds.fail) +
         (r.thresholdSource.empty() ? "" : ", \"source\": " + jsonString(r.thresholdSource)) +
         "},\n  \"min_defect_area\": " + std::to_string(r.minDefectArea) +
         ",\n  \"model\": {\"description\": " + jsonString(r.model.description) +
         ", \"backbone\": " + jsonString(r.model.backbone) +
         ", \"head\": " + (r.model.head.empty() ? "null" : jsonString(r.model.head)) +
         ", \"tiling\": " + nullOr(r.model.tiling) + ", \"image_score_rule\": " + nullOr(imageScoreRule(r.model)) +
         "},\n  \"references\": [" + refs + (refs.empty() ? "" : "\n  ") +
         "],\n  \"summary\": {\"pass\": " + std::to_string(c.pass) + ", \"review\": " + std::to_string(c.review) +
         ", \"fail\": " + std::to_string(c.fail) + ", \"error\": " + std::to_string(c.unscored) +
         ", \"total\": " + std::to_string(r.rows.size()) + ", \"overridden\": " + std::to_string(overridden) +
         "},\n  \"images\": [" + images + (images.empty() ? "" : "\n  ") + "],\n  \"override_log\": [" + log +
         (log.empty() ? "" : "\n  ") + "]\n}\n";
}

}  // namespace nagl::exporting
