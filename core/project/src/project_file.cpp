// The project file, schema "nagl-project/2":
//
//   {
//     "format": "nagl-project/2",
//     "name": "Lot 42",
//     "savedAt": "2025-01-31T12:00:00.123Z",
//     "references": { "normal": ["refs/good1.png", ...],
//                     "defective": [{"image": "...", "mask": "lot42.nagl.d/references/<hash>_x_mask.png"}] },
//     "lot": { "folder": "images", "images": ["images/a.png", ...] },
//     "thresholds": { "review": 0.31, "fail": 0.57, "setByUser": true,
//                     "source": "manual", "sourceDetail": "", "minDefectArea": 0 },   (the last three optional)
//     "overrides": [{"image": "images/a.png", "verdict": "pass" | "review" | "fail",
//                    "by": "alice", "at": "2025-01-31T11:58:00.000Z", "comment": "",
//                    "judgedScore": 0.42 (or null: set before the image had a score)}],
//     "overrideLog": [{"image": "images/a.png", "at": "...Z", "by": "alice",
//                      "action": "set" | "clear" | "comment" | "confirm" | "undo" | "redo",
//                      "before": null | "pass" | ..., "after": null | "pass" | ..., "comment": ""}],
//     "masks": [{"image": "images/a.png", "mask": "lot42.nagl.d/masks/<hash>.png"}],
//     "model": { "backbone": "/abs/dinov2.pth", "head": "", "imageSize": 448,
//                "device": "auto", "threads": 0, "batchSize": 4,
//                "tiling": { "tile": "384" | "auto", "overlap": -1, "references": "",
//                            "minDefectPx": -1 } },      (tiling only when tiled; -1 / "": defaults)
//     "results": { "file": "lot42.nagl.d/results/<uuid>.bin" },      (or null)
//     "recipe": { "file": "/abs/widget.naglrecipe", "product": "widget" }  (optional)
//   }
//
// Image and mask paths are relative to the file's folder; model files stay
// absolute (they live in the model store, not with the project).
//
// Version 0 (pre-release, no "format" key): {"version": 0, "name", "normal_refs":
// [...], "defective_refs": [[image, mask], ...], "lot_folder", "lot": [...],
// "threshold": T (one threshold), "overrides": {"path": "ok"|"ng"|"review"},
// "backbone", "head", "image_size", "device"}. migrate() turns it into 1.
// Version 1 is version 2 without "overrideLog" and without who / when /
// comment / judgedScore on the overrides; migrate() adds an empty log.
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <algorithm>

#include "nagl/project/project.h"
#include "save_file.h"

namespace nagl::project {

namespace {

const QString kFormatPrefix = QStringLiteral("nagl-project/");

QString toStored(const QString& path, const QDir& base) {
  if (path.isEmpty()) return {};
  return QDir::fromNativeSeparators(base.relativeFilePath(path));
}

QString fromStored(const QString& stored, const QDir& base) {
  if (stored.isEmpty()) return {};
  return QDir::cleanPath(base.absoluteFilePath(stored));
}

QJsonArray pathArray(const QStringList& paths, const QDir& base) {
  QJsonArray out;
  for (const QString& p : paths) out.append(toStored(p, base));
  return out;
}

// Version 0 -> 1.
QJsonObject migrate0to1(const QJsonObject& v0) {
  QJsonObject v1;
  v1[QStringLiteral("format")] = ProjectFile::formatTag(1);
  v1[QStringLiteral("name")] = v0.value(QStringLiteral("name")).toString();
  QJsonArray defective;
  for (const QJsonValueConstRef pair : v0.value(QStringLiteral("defective_refs")).toArray()) {
    const QJsonArray a = pair.toArray();
    defective.append(
        QJsonObject{{QStringLiteral("image"), a.at(0).toString()}, {QStringLiteral("mask"), a.at(1).toString()}});
  }
  v1[QStringLiteral("references")] =
      QJsonObject{{QStringLiteral("normal"), v0.value(QStringLiteral("normal_refs")).toArray()},
                  {QStringLiteral("defective"), defective}};
  v1[QStringLiteral("lot")] = QJsonObject{{QStringLiteral("folder"), v0.value(QStringLiteral("lot_folder")).toString()},
                                          {QStringLiteral("images"), v0.value(QStringLiteral("lot")).toArray()}};
  // One threshold: everything at or above it fails, nothing is "review".
  const bool hasThreshold = v0.contains(QStringLiteral("threshold"));
  const double t = v0.value(QStringLiteral("threshold")).toDouble();
  v1[QStringLiteral("thresholds")] = QJsonObject{
      {QStringLiteral("review"), t}, {QStringLiteral("fail"), t}, {QStringLiteral("setByUser"), hasThreshold}};
  QJsonArray overrides;
  const QJsonObject old = v0.value(QStringLiteral("overrides")).toObject();
  for (auto it = old.begin(); it != old.end(); ++it) {
    const QString v = it.value().toString();
    const QString verdict = v == QLatin1String("ok")   ? QStringLiteral("pass")
                            : v == QLatin1String("ng") ? QStringLiteral("fail")
                                                       : QStringLiteral("review");
    overrides.append(QJsonObject{{QStringLiteral("image"), it.key()}, {QStringLiteral("verdict"), verdict}});
  }
  v1[QStringLiteral("overrides")] = overrides;
  v1[QStringLiteral("masks")] = QJsonArray{};
  v1[QStringLiteral("model")] =
      QJsonObject{{QStringLiteral("backbone"), v0.value(QStringLiteral("backbone")).toString()},
                  {QStringLiteral("head"), v0.value(QStringLiteral("head")).toString()},
                  {QStringLiteral("imageSize"), v0.value(QStringLiteral("image_size")).toInt(448)},
                  {QStringLiteral("device"), v0.value(QStringLiteral("device")).toString(QStringLiteral("auto"))},
                  {QStringLiteral("threads"), 0},
                  {QStringLiteral("batchSize"), 4}};
  v1[QStringLiteral("results")] = QJsonValue::Null;  // v0 kept no results
  return v1;
}

// Version 1 -> 2: overrides gain who / when / comment / judged score (absent:
// unknown) and the project an override audit log, empty for what came before.
QJsonObject migrate1to2(QJsonObject v1) {
  v1[QStringLiteral("format")] = ProjectFile::formatTag(2);
  v1[QStringLiteral("overrideLog")] = QJsonArray{};
  return v1;
}

QString storedTime(qint64 ms) {
  return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

// ms since the epoch of an ISO 8601 text; 0 for an empty one, nullopt when it is not a date.
std::optional<qint64> timeFromStored(const QString& text) {
  if (text.isEmpty()) return 0;
  const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
  if (!t.isValid()) return std::nullopt;
  return t.toMSecsSinceEpoch();
}

QJsonValue storedVerdict(const std::optional<Override>& o) {
  return o ? QJsonValue(overrideName(*o)) : QJsonValue(QJsonValue::Null);
}

}  // namespace

QString overrideName(Override o) {
  switch (o) {
    case Override::Pass:
      return QStringLiteral("pass");
    case Override::Review:
      return QStringLiteral("review");
    case Override::Fail:
      return QStringLiteral("fail");
  }
  return {};
}

std::optional<Override> overrideFromName(const QString& name) {
  if (name == QLatin1String("pass")) return Override::Pass;
  if (name == QLatin1String("review")) return Override::Review;
  if (name == QLatin1String("fail")) return Override::Fail;
  return std::nullopt;
}

QString overrideActionName(OverrideAction a) {
  switch (a) {
    case OverrideAction::Set:
      return QStringLiteral("set");
    case OverrideAction::Clear:
      return QStringLiteral("clear");
    case OverrideAction::Comment:
      return QStringLiteral("comment");
    case OverrideAction::Confirm:
      return QStringLiteral("confirm");
    case OverrideAction::Undo:
      return QStringLiteral("undo");
    case OverrideAction::Redo:
      return QStringLiteral("redo");
  }
  return {};
}

std::optional<OverrideAction> overrideActionFromName(const QString& name) {
  for (const OverrideAction a : {OverrideAction::Set, OverrideAction::Clear, OverrideAction::Comment,
                                 OverrideAction::Confirm, OverrideAction::Undo, OverrideAction::Redo})
    if (name == overrideActionName(a)) return a;
  return std::nullopt;
}

QString ProjectFile::formatTag(int version) { return kFormatPrefix + QString::number(version); }

QString ProjectFile::dataFolder(const QString& projectPath) {
  return QFileInfo(projectPath).absoluteFilePath() + QStringLiteral(".d");
}

int ProjectFile::versionOf(const QJsonObject& doc) {
  if (!doc.contains(QStringLiteral("format"))) return doc.value(QStringLiteral("version")).toInt(-1) == 0 ? 0 : -1;
  const QString format = doc.value(QStringLiteral("format")).toString();
  if (!format.startsWith(kFormatPrefix)) return -1;
  bool ok = false;
  const int v = format.mid(kFormatPrefix.size()).toInt(&ok);
  return ok && v >= 1 ? v : -1;
}

std::optional<QJsonObject> ProjectFile::migrate(QJsonObject doc, QString* error) {
  int version = versionOf(doc);
  if (version < 0) {
    const QJsonValue f = doc.value(QStringLiteral("format"));
    if (error)
      *error = f.isUndefined() ? QStringLiteral("not a NAGL project (no \"format\" key)")
                               : QStringLiteral("unknown format \"%1\" (expected %2)")
                                     .arg(f.toVariant().toString(), formatTag(kCurrentVersion));
    return std::nullopt;
  }
  if (version > kCurrentVersion) {
    if (error)
      *error = QStringLiteral("unsupported version %1: this program reads up to %2 (made by a newer NAGL Inspector?)")
                   .arg(formatTag(version), formatTag(kCurrentVersion));
    return std::nullopt;
  }
  // One step per version.
  if (version == 0) {
    doc = migrate0to1(doc);
    version = 1;
  }
  if (version == 1) {
    doc = migrate1to2(doc);
    version = 2;
  }
  return doc;
}

QJsonObject ProjectFile::toJson(const Project& p, const QString& baseFolder) {
  const QDir base(baseFolder);
  QJsonObject doc;
  doc[QStringLiteral("format")] = formatTag(kCurrentVersion);
  doc[QStringLiteral("name")] = p.name;
  doc[QStringLiteral("savedAt")] = QDateTime::fromMSecsSinceEpoch(p.savedAtMs, Qt::UTC).toString(Qt::ISODateWithMs);
  QJsonArray defective;
  for (const DefectiveReference& d : p.defective)
    defective.append(QJsonObject{{QStringLiteral("image"), toStored(d.image, base)},
                                 {QStringLiteral("mask"), toStored(d.mask, base)}});
  doc[QStringLiteral("references")] =
      QJsonObject{{QStringLiteral("normal"), pathArray(p.normals, base)}, {QStringLiteral("defective"), defective}};
  doc[QStringLiteral("lot")] = QJsonObject{{QStringLiteral("folder"), toStored(p.lotFolder, base)},
                                           {QStringLiteral("images"), pathArray(p.lotPaths, base)}};
  doc[QStringLiteral("thresholds")] = QJsonObject{{QStringLiteral("review"), p.reviewThreshold},
                                                  {QStringLiteral("fail"), p.failThreshold},
                                                  {QStringLiteral("setByUser"), p.thresholdsSetByUser},
                                                  {QStringLiteral("source"), p.thresholdSource},
                                                  {QStringLiteral("sourceDetail"), p.thresholdSourceDetail},
                                                  {QStringLiteral("minDefectArea"), p.minDefectArea}};
  if (!p.recipeFile.isEmpty())
    doc[QStringLiteral("recipe")] =
        QJsonObject{{QStringLiteral("file"), p.recipeFile}, {QStringLiteral("product"), p.recipeProduct}};
  QJsonArray overrides;
  for (auto it = p.overrides.begin(); it != p.overrides.end(); ++it) {
    const OverrideRecord& o = it.value();
    overrides.append(QJsonObject{
        {QStringLiteral("image"), toStored(it.key(), base)},
        {QStringLiteral("verdict"), overrideName(o.verdict)},
        {QStringLiteral("by"), o.by},
        {QStringLiteral("at"), storedTime(o.atMs)},
        {QStringLiteral("comment"), o.comment},
        {QStringLiteral("judgedScore"), o.judgedScore ? QJsonValue(*o.judgedScore) : QJsonValue(QJsonValue::Null)}});
  }
  doc[QStringLiteral("overrides")] = overrides;
  QJsonArray log;
  for (const OverrideLogEntry& e : p.overrideLog)
    log.append(QJsonObject{{QStringLiteral("image"), toStored(e.image, base)},
                           {QStringLiteral("at"), storedTime(e.atMs)},
                           {QStringLiteral("by"), e.by},
                           {QStringLiteral("action"), overrideActionName(e.action)},
                           {QStringLiteral("before"), storedVerdict(e.before)},
                           {QStringLiteral("after"), storedVerdict(e.after)},
                           {QStringLiteral("comment"), e.comment}});
  doc[QStringLiteral("overrideLog")] = log;
  QJsonArray masks;
  for (auto it = p.imageMasks.begin(); it != p.imageMasks.end(); ++it)
    masks.append(QJsonObject{{QStringLiteral("image"), toStored(it.key(), base)},
                             {QStringLiteral("mask"), toStored(it.value(), base)}});
  doc[QStringLiteral("masks")] = masks;
  QJsonObject model{{QStringLiteral("backbone"), p.model.backbone},   {QStringLiteral("head"), p.model.head},
                    {QStringLiteral("imageSize"), p.model.imageSize}, {QStringLiteral("device"), p.model.device},
                    {QStringLiteral("threads"), p.model.threads},     {QStringLiteral("batchSize"), p.model.batchSize}};
  if (!p.model.tile.isEmpty())
    model[QStringLiteral("tiling")] = QJsonObject{{QStringLiteral("tile"), p.model.tile},
                                                  {QStringLiteral("overlap"), p.model.tileOverlap},
                                                  {QStringLiteral("references"), p.model.tileReferences},
                                                  {QStringLiteral("minDefectPx"), p.model.minDefectPx}};
  doc[QStringLiteral("model")] = model;
  doc[QStringLiteral("results")] =
      p.resultsFile.isEmpty() ? QJsonValue(QJsonValue::Null)
                              : QJsonValue(QJsonObject{{QStringLiteral("file"), toStored(p.resultsFile, base)}});
  return doc;
}

std::optional<Project> ProjectFile::fromJson(const QJsonObject& original, const QString& baseFolder, QString* error) {
  const std::optional<QJsonObject> migrated = migrate(original, error);
  if (!migrated) return std::nullopt;
  const QJsonObject& doc = *migrated;
  const QDir base(baseFolder);
  auto fail = [error](const QString& what) {
    if (error) *error = what;
    return std::nullopt;
  };
  auto objectAt = [&doc](const char* key) { return doc.value(QLatin1String(key)).toObject(); };
  for (const char* key : {"references", "lot", "thresholds", "model"})
    if (!doc.value(QLatin1String(key)).isObject())
      return fail(QStringLiteral("\"%1\" is missing or not an object").arg(QLatin1String(key)));

  Project p;
  p.name = doc.value(QStringLiteral("name")).toString();
  const QString savedAt = doc.value(QStringLiteral("savedAt")).toString();
  if (!savedAt.isEmpty()) {
    const QDateTime t = QDateTime::fromString(savedAt, Qt::ISODateWithMs);
    if (!t.isValid()) return fail(QStringLiteral("\"savedAt\" is not a date: %1").arg(savedAt));
    p.savedAtMs = t.toMSecsSinceEpoch();
  }
  const QJsonObject refs = objectAt("references");
  for (const QJsonValueConstRef v : refs.value(QStringLiteral("normal")).toArray())
    p.normals.append(fromStored(v.toString(), base));
  for (const QJsonValueConstRef v : refs.value(QStringLiteral("defective")).toArray()) {
    const QJsonObject o = v.toObject();
    p.defective.append({fromStored(o.value(QStringLiteral("image")).toString(), base),
                        fromStored(o.value(QStringLiteral("mask")).toString(), base)});
  }
  const QJsonObject lot = objectAt("lot");
  p.lotFolder = fromStored(lot.value(QStringLiteral("folder")).toString(), base);
  for (const QJsonValueConstRef v : lot.value(QStringLiteral("images")).toArray())
    p.lotPaths.append(fromStored(v.toString(), base));
  const QJsonObject th = objectAt("thresholds");
  if (!th.value(QStringLiteral("review")).isDouble() || !th.value(QStringLiteral("fail")).isDouble())
    return fail(QStringLiteral("\"thresholds\" needs numbers \"review\" and \"fail\""));
  p.reviewThreshold = th.value(QStringLiteral("review")).toDouble();
  p.failThreshold = th.value(QStringLiteral("fail")).toDouble();
  p.thresholdsSetByUser = th.value(QStringLiteral("setByUser")).toBool();
  // Files from before the source was kept: by hand, or the automatic default.
  p.thresholdSource = th.value(QStringLiteral("source"))
                          .toString(p.thresholdsSetByUser ? QStringLiteral("manual") : QStringLiteral("default"));
  p.thresholdSourceDetail = th.value(QStringLiteral("sourceDetail")).toString();
  p.minDefectArea = std::max<qint64>(0, th.value(QStringLiteral("minDefectArea")).toInteger());
  const QJsonObject recipe = doc.value(QStringLiteral("recipe")).toObject();
  p.recipeFile = recipe.value(QStringLiteral("file")).toString();
  p.recipeProduct = recipe.value(QStringLiteral("product")).toString();
  for (const QJsonValueConstRef v : doc.value(QStringLiteral("overrides")).toArray()) {
    const QJsonObject o = v.toObject();
    const QString verdict = o.value(QStringLiteral("verdict")).toString();
    const std::optional<Override> ov = overrideFromName(verdict);
    if (!ov) return fail(QStringLiteral("unknown verdict override \"%1\"").arg(verdict));
    const QString at = o.value(QStringLiteral("at")).toString();
    const std::optional<qint64> atMs = timeFromStored(at);
    if (!atMs) return fail(QStringLiteral("override time \"%1\" is not a date").arg(at));
    OverrideRecord record{*ov, o.value(QStringLiteral("by")).toString(), *atMs,
                          o.value(QStringLiteral("comment")).toString(), std::nullopt};
    if (const QJsonValue score = o.value(QStringLiteral("judgedScore")); score.isDouble())
      record.judgedScore = score.toDouble();
    p.overrides.insert(fromStored(o.value(QStringLiteral("image")).toString(), base), record);
  }
  for (const QJsonValueConstRef v : doc.value(QStringLiteral("overrideLog")).toArray()) {
    const QJsonObject o = v.toObject();
    const QString actionName = o.value(QStringLiteral("action")).toString();
    const std::optional<OverrideAction> action = overrideActionFromName(actionName);
    if (!action) return fail(QStringLiteral("unknown override log action \"%1\"").arg(actionName));
    const QString at = o.value(QStringLiteral("at")).toString();
    const std::optional<qint64> atMs = timeFromStored(at);
    if (!atMs) return fail(QStringLiteral("override log time \"%1\" is not a date").arg(at));
    OverrideLogEntry entry;
    entry.image = fromStored(o.value(QStringLiteral("image")).toString(), base);
    entry.atMs = *atMs;
    entry.by = o.value(QStringLiteral("by")).toString();
    entry.action = *action;
    for (const auto& [key, side] : {std::pair{"before", &entry.before}, std::pair{"after", &entry.after}}) {
      const QJsonValue value = o.value(QLatin1String(key));
      if (value.isNull() || value.isUndefined()) continue;
      *side = overrideFromName(value.toString());
      if (!*side) return fail(QStringLiteral("unknown verdict \"%1\" in the override log").arg(value.toString()));
    }
    entry.comment = o.value(QStringLiteral("comment")).toString();
    p.overrideLog.append(entry);
  }
  for (const QJsonValueConstRef v : doc.value(QStringLiteral("masks")).toArray()) {
    const QJsonObject o = v.toObject();
    p.imageMasks.insert(fromStored(o.value(QStringLiteral("image")).toString(), base),
                        fromStored(o.value(QStringLiteral("mask")).toString(), base));
  }
  const QJsonObject m = objectAt("model");
  p.model.backbone = m.value(QStringLiteral("backbone")).toString();
  p.model.head = m.value(QStringLiteral("head")).toString();
  p.model.imageSize = m.value(QStringLiteral("imageSize")).toInt(448);
  p.model.device = m.value(QStringLiteral("device")).toString(QStringLiteral("auto"));
  p.model.threads = m.value(QStringLiteral("threads")).toInt(0);
  p.model.batchSize = m.value(QStringLiteral("batchSize")).toInt(4);
  const QJsonObject tiling = m.value(QStringLiteral("tiling")).toObject();
  p.model.tile = tiling.value(QStringLiteral("tile")).toString();
  p.model.tileOverlap = tiling.value(QStringLiteral("overlap")).toInt(-1);
  p.model.tileReferences = tiling.value(QStringLiteral("references")).toString();
  p.model.minDefectPx = tiling.value(QStringLiteral("minDefectPx")).toInt(-1);
  const QJsonValue results = doc.value(QStringLiteral("results"));
  if (results.isObject()) p.resultsFile = fromStored(results.toObject().value(QStringLiteral("file")).toString(), base);
  return p;
}

std::optional<Project> ProjectFile::parse(const QByteArray& bytes, const QString& path, ReadError* error) {
  const QString file = QDir::toNativeSeparators(path);
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
  if (parseError.error != QJsonParseError::NoError) {
    if (error)
      *error = {
          file,
          QStringLiteral("not valid JSON: %1 at byte offset %2").arg(parseError.errorString()).arg(parseError.offset)};
    return std::nullopt;
  }
  if (!doc.isObject()) {
    if (error) *error = {file, QStringLiteral("not a NAGL project (the JSON is not an object)")};
    return std::nullopt;
  }
  QString why;
  std::optional<Project> p = fromJson(doc.object(), QFileInfo(path).absolutePath(), &why);
  if (!p && error) *error = {file, why};
  return p;
}

std::optional<Project> ProjectFile::read(const QString& path, ReadError* error) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) {
    if (error) *error = {QDir::toNativeSeparators(path), QStringLiteral("cannot be read: %1").arg(f.errorString())};
    return std::nullopt;
  }
  return parse(f.readAll(), path, error);
}

QByteArray ProjectFile::serialize(const Project& project, const QString& baseFolder) {
  return QJsonDocument(toJson(project, baseFolder)).toJson(QJsonDocument::Indented);
}

bool ProjectFile::write(const Project& project, const QString& path, QString* error) {
  const QString file = QDir::toNativeSeparators(path);
  if (QFileInfo::exists(path)) {
    ReadError existing;
    if (!read(path, &existing)) {
      if (error)
        *error = QStringLiteral("%1 is not a readable project file (%2); it is left untouched: save under another name")
                     .arg(file, existing.message);
      return false;
    }
  }
  return saveFileAtomically(path, serialize(project, QFileInfo(path).absolutePath()), error);
}

}  // namespace nagl::project
