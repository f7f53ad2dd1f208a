#pragma once
// The strip above the viewer while a folder is watched: what is watched and
// its counts (images, fail, review, fail rate per hour), the lot's order
// (newest first or by score) and Stop; below it, in red, the fail alarm
// (the last failed image's name and score) until dismissed. Hidden when
// nothing is watched. Text only: the watch controller fills it.
#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace nagl::ui {

class WatchBanner : public QWidget {
  Q_OBJECT
 public:
  enum class Order { NewestFirst, ByScore };  // as the order box lists them

  explicit WatchBanner(QWidget* parent = nullptr);

  void setStatusText(const QString& text);
  QString statusText() const;
  // "FAIL name — score 0.8123": shown until dismissed (or the next fail replaces it).
  void showAlarm(const QString& name, double score);
  void dismissAlarm();
  bool isAlarmShown() const;
  QString alarmText() const;
  Order order() const;
  void setOrder(Order order);

 Q_SIGNALS:
  void orderChanged(nagl::ui::WatchBanner::Order order);
  void stopRequested();

 private:
  QLabel* status_;
  QComboBox* order_;
  QWidget* alarm_;
  QLabel* alarmText_;
};

}  // namespace nagl::ui
