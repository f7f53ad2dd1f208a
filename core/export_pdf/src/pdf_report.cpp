#include "nagl/export_pdf/pdf_report.h"

#include <QBuffer>
#include <QDateTime>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <algorithm>
#include <cmath>

#include "nagl/export/atomic_write.h"
#include "nagl/export/export_error.h"

namespace nagl::exporting {
namespace {

constexpr int kDpi = 150;
const QColor kReviewColour(230, 140, 0);
const QColor kFailColour(200, 0, 0);

QString text(const std::string& s) { return QString::fromStdString(s); }
QString number(double v) { return QString::number(v, 'g', 4); }

QImage toQImage(const Image8& image) {
  if (image.empty()) return {};
  const QImage::Format format = image.channels == 3 ? QImage::Format_RGB888 : QImage::Format_Grayscale8;
  return QImage(image.pixels.data(), image.width, image.height, static_cast<qsizetype>(image.width) * image.channels,
                format)
      .copy();
}

// Draws image scaled into box (aspect kept, centred) with a frame.
void drawImageInBox(QPainter& p, const QImage& image, const QRectF& box) {
  if (image.isNull()) return;
  const QSizeF size = QSizeF(image.size()).scaled(box.size(), Qt::KeepAspectRatio);
  const QRectF target(box.x() + (box.width() - size.width()) / 2, box.y(), size.width(), size.height());
  p.drawImage(target, image);
  p.setPen(QPen(Qt::gray, 1));
  p.drawRect(target);
}

class Page {
 public:
  Page(QPdfWriter& writer, QPainter& painter) : writer_(writer), p_(painter) {
    width_ = writer.width();
    height_ = writer.height();
  }
  double width() const { return width_; }
  double height() const { return height_; }
  double y = 0;

  // family: a monospaced one for file names and digests, which must read
  // back exactly (no "ff" / "fi" ligatures).
  void line(const QString& s, int pointSize = 10, bool bold = false, QColor colour = Qt::black,
            const char* family = "DejaVu Sans") {
    QFont f(family);
    f.setPointSize(pointSize);
    f.setBold(bold);
    p_.setFont(f);
    p_.setPen(colour);
    const QRectF box(0, y, width_, height_ - y);
    const QRectF used = p_.boundingRect(box, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, s);
    p_.drawText(box, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, s);
    y += used.height() + 4;
  }
  void newPage() {
    writer_.newPage();
    y = 0;
  }
  bool fits(double h) const { return y + h <= height_; }

 private:
  QPdfWriter& writer_;
  QPainter& p_;
  double width_ = 0, height_ = 0;
};

void drawHistogram(QPainter& p, const QRectF& area, const LotReport& report) {
  std::vector<double> scores;
  for (const ReportRow& r : report.rows)
    if (r.score && std::isfinite(*r.score)) scores.push_back(*r.score);
  double lo = std::min(report.thresholds.review, report.thresholds.fail);
  double hi = std::max(report.thresholds.review, report.thresholds.fail);
  for (double s : scores) {
    lo = std::min(lo, s);
    hi = std::max(hi, s);
  }
  const double pad = std::max((hi - lo) * 0.05, 1e-3);
  lo -= pad;
  hi += pad;
  constexpr int kBins = 40;
  std::vector<int> counts(kBins, 0);
  for (double s : scores) counts[std::clamp(static_cast<int>((s - lo) / (hi - lo) * kBins), 0, kBins - 1)]++;
  const int most = std::max(1, *std::max_element(counts.begin(), counts.end()));

  QFont f("DejaVu Sans");
  f.setPointSize(8);
  p.setFont(f);
  const double labelHeight = p.fontMetrics().height() * 1.5;
  const QRectF plot(area.x() + 40, area.y() + labelHeight, area.width() - 50, area.height() - 2 * labelHeight);
  p.setPen(QPen(Qt::black, 1));
  p.drawRect(plot);
  const double binWidth = plot.width() / kBins;
  auto xOf = [&](double v) { return plot.x() + (v - lo) / (hi - lo) * plot.width(); };
  for (int b = 0; b < kBins; ++b) {
    if (!counts[b]) continue;
    const double h = plot.height() * counts[b] / most;
    const double centre = lo + (b + 0.5) * (hi - lo) / kBins;
    const Verdict v = verdictFor(static_cast<float>(centre), report.thresholds);
    const QColor colour = v == Verdict::Fail     ? QColor(230, 120, 120)
                          : v == Verdict::Review ? QColor(240, 200, 120)
                                                 : QColor(140, 190, 140);
    p.fillRect(QRectF(plot.x() + b * binWidth + 1, plot.bottom() - h, binWidth - 2, h), colour);
  }
  auto threshold = [&](double t, const QColor& colour, const QString& name, double labelY) {
    p.setPen(QPen(colour, 3, Qt::DashLine));
    p.drawLine(QPointF(xOf(t), plot.top()), QPointF(xOf(t), plot.bottom()));
    p.setPen(colour);
    p.drawText(QPointF(xOf(t) + 4, labelY), name + " " + number(t));
  };
  if (report.thresholds.review < report.thresholds.fail)
    threshold(report.thresholds.review, kReviewColour, "review", plot.top() + labelHeight);
  threshold(report.thresholds.fail, kFailColour, "fail", plot.top() - 4);
  p.setPen(Qt::black);
  p.drawText(QPointF(plot.left(), plot.bottom() + labelHeight), number(lo));
  const QString hiText = number(hi);
  p.drawText(QPointF(plot.right() - p.fontMetrics().horizontalAdvance(hiText), plot.bottom() + labelHeight), hiText);
  p.drawText(QPointF(area.x(), plot.top() + p.fontMetrics().ascent()), QString::number(most));
  p.drawText(QPointF(area.x(), plot.bottom()), "0");
  const QString axis = "image score (" + QString::number(scores.size()) + " images)";
  p.drawText(QPointF(plot.center().x() - p.fontMetrics().horizontalAdvance(axis) / 2.0, plot.bottom() + labelHeight),
             axis);
}

// The mask each defective reference was used with, by file and SHA-256 (an
// edited one by the copy the export saved), so the report traces to it.
void drawReferenceMasks(Page& page, const LotReport& report) {
  for (const ReportReference& ref : report.references) {
    if (ref.mask.empty()) continue;
    if (!page.fits(40)) page.newPage();
    QString entry = "Mask of " + QFileInfo(text(ref.image)).fileName() + ": " + text(ref.mask);
    if (ref.maskEdited)
      entry += ref.editedFrom.empty() ? QString(" (drawn in the workstation)")
                                      : " (edited in the workstation from " + text(ref.editedFrom) + ")";
    entry += ref.maskSha256.empty() ? QString(", SHA-256 unknown") : ", SHA-256 " + text(ref.maskSha256);
    page.line(entry, 7, false, Qt::black, "DejaVu Sans Mono");
  }
}

void drawSummary(Page& page, QPainter& p, const LotReport& report, const PdfReportContent& content) {
  page.line(text(content.title), 18, true);
  page.line("Created " + QDateTime::currentDateTime().toString(Qt::ISODate), 9, false, Qt::darkGray);
  const VerdictCounts c = countVerdicts(report);
  page.line(QString("%1 images: %2 pass, %3 review, %4 fail, %5 could not be scored")
                .arg(report.rows.size())
                .arg(c.pass)
                .arg(c.review)
                .arg(c.fail)
                .arg(c.unscored),
            12, true);
  const Thresholds& t = report.thresholds;
  page.line(t.review < t.fail ? "Thresholds: review at " + number(t.review) + ", fail at " + number(t.fail)
                              : "Threshold: fail at score >= " + number(t.fail) + ", pass below",
            10);
  if (!report.thresholdSource.empty()) page.line("Thresholds from: " + text(report.thresholdSource), 10);
  if (!report.recipe.empty()) page.line("Recipe: " + text(report.recipe), 10);
  if (report.minDefectArea > 0)
    page.line(QString("Minimum defect area: fail only with a region of at least %1 px at the fail threshold "
                      "(smaller: review)")
                  .arg(report.minDefectArea),
              10);
  page.line("Model: " + text(report.model.description), 9);
  page.line(
      "Backbone: " + text(report.model.backbone) +
          (report.model.head.empty() ? QString("  (no head: normal-only)") : "  Head: " + text(report.model.head)),
      9);
  if (!report.model.tiling.empty()) {
    page.line("Tiling: " + text(report.model.tiling), 9);
    page.line("Tiled " + text(imageScoreRule(report.model)), 9);
  }
  page.y += 10;
  const double histogramHeight = page.height() * 0.28;
  drawHistogram(p, QRectF(0, page.y, page.width(), histogramHeight), report);
  page.y += histogramHeight + 20;

  page.line(QString("References (%1)").arg(report.references.size()), 12, true);
  const double thumb = page.width() / 6.0;
  double x = 0;
  for (std::size_t i = 0; i < report.references.size(); ++i) {
    const ReportReference& ref = report.references[i];
    const QString kind = ref.mask.empty() ? "normal" : "defective";
    const QImage image = i < content.references.size() ? toQImage(content.references[i].image) : QImage();
    if (image.isNull()) {
      page.line(kind + ": " + text(ref.image) + (ref.mask.empty() ? QString() : "  mask: " + text(ref.mask)), 8);
      continue;
    }
    if (x + thumb > page.width()) {
      x = 0;
      page.y += thumb + 40;
    }
    if (!page.fits(thumb + 40)) {
      page.newPage();
      x = 0;
    }
    drawImageInBox(p, image, QRectF(x, page.y, thumb - 10, thumb - 10));
    QFont f("DejaVu Sans");
    f.setPointSize(6);
    p.setFont(f);
    p.setPen(Qt::black);
    p.drawText(QRectF(x, page.y + thumb - 8, thumb - 10, 40), Qt::TextWrapAnywhere,
               kind + ": " + QFileInfo(text(ref.image)).fileName());
    x += thumb;
  }
  if (x > 0) page.y += thumb + 40;
  drawReferenceMasks(page, report);
}

// Which verdicts a person set, by whom, when and why: an auditor reads them
// beside the counts. The log of every change is in report.json.
void drawOverrides(Page& page, const LotReport& report) {
  std::vector<const ReportRow*> overridden;
  for (const ReportRow& row : report.rows)
    if (row.override) overridden.push_back(&row);
  if (overridden.empty() && report.overrideLog.empty()) return;
  if (!page.fits(120)) page.newPage();
  page.y += 10;
  page.line(QString("Verdicts set by hand (%1)").arg(overridden.size()), 12, true);
  for (const ReportRow* row : overridden) {
    if (!page.fits(60)) page.newPage();
    QString entry = text(row->path) + ": " +
                    (row->score ? "score " + number(*row->score) + " (" +
                                      verdictName(row->verdict(report.thresholds, report.minDefectArea)) + " by score)"
                                : QString("no score")) +
                    " -> " + verdictName(*row->override);
    if (!row->note.by.empty()) entry += ", by " + text(row->note.by);
    if (!row->note.at.empty()) entry += " at " + text(row->note.at);
    if (!row->note.comment.empty()) entry += " — \"" + text(row->note.comment) + "\"";
    page.line(entry, 8);
    if (row->note.scoreChanged)
      page.line("    score changed since the override: to be checked again", 8, true, kReviewColour);
  }
  page.line(QString("Override audit log: %1 change(s), each in report.json").arg(report.overrideLog.size()), 8, false,
            Qt::darkGray);
}

void drawWorst(Page& page, QPainter& p, const PdfReportContent& content) {
  if (content.worst.empty()) return;
  page.newPage();
  page.line(QString("The %1 worst images: fail, then review, then pass, each by score").arg(content.worst.size()), 14,
            true);
  page.line("\"override\": a verdict set by hand, \"was\" the verdict the score gave", 8, false, Qt::darkGray);
  constexpr int kColumns = 2;
  const double cellWidth = page.width() / kColumns;
  const double imageHeight = cellWidth * 0.75;
  const double cellHeight = imageHeight + 70;
  int column = 0;
  for (const PdfImage& item : content.worst) {
    if (column == 0 && !page.fits(cellHeight)) page.newPage();
    const double x = column * cellWidth;
    drawImageInBox(p, toQImage(item.image), QRectF(x + 5, page.y, cellWidth - 20, imageHeight));
    QFont f("DejaVu Sans");
    f.setPointSize(7);
    p.setFont(f);
    p.setPen(Qt::black);
    p.drawText(QRectF(x + 5, page.y + imageHeight + 4, cellWidth - 20, 64), Qt::TextWrapAnywhere, text(item.caption));
    if (++column == kColumns) {
      column = 0;
      page.y += cellHeight;
    }
  }
}

}  // namespace

void writeLotReportPdf(const std::string& path, const LotReport& report, const PdfReportContent& content) {
  QByteArray bytes;
  {
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kDpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(text(content.title));
    writer.setCreator("NAGL Inspector");
    QPainter painter;
    if (!painter.begin(&writer)) throw ExportError(path + ": cannot start the PDF (no Qt GUI application?)");
    Page page(writer, painter);
    drawSummary(page, painter, report, content);
    drawOverrides(page, report);
    drawWorst(page, painter, content);
    painter.end();
  }
  if (bytes.isEmpty()) throw ExportError(path + ": the PDF came out empty");
  writeFileAtomically(path, std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
}

}  // namespace nagl::exporting
