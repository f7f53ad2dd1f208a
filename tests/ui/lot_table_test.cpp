#include "ui/lot_table.h"

#include <QSortFilterProxyModel>
#include <gtest/gtest.h>

#include "ui/lot_table_model.h"

namespace nagl::ui {
namespace {

QueryResult row(const QString& path, QueryStatus status, double score = 0.0) {
  QueryResult r;
  r.path = path;
  r.status = status;
  r.score = score;
  if (status == QueryStatus::Failed) r.error = path + ": cannot decode";
  return r;
}

QStringList namesInViewOrder(const LotTable& table) {
  QStringList names;
  const QAbstractItemModel* proxy = table.proxy();
  for (int i = 0; i < proxy->rowCount(); ++i)
    names << proxy->index(i, LotTableModel::NameColumn).data().toString();
  return names;
}

class LotTableTest : public ::testing::Test {
 protected:
  void SetUp() override {
    table.lotModel()->setRows({row("/lot/a.png", QueryStatus::Done, 0.30), row("/lot/b.png", QueryStatus::Failed),
                               row("/lot/c.png", QueryStatus::Done, 0.91), row("/lot/d.png", QueryStatus::Done, 0.05),
                               row("/lot/e.png", QueryStatus::Pending)});
  }
  LotTable table;
};

TEST_F(LotTableTest, ShowsNameScoreAndStatus) {
  const LotTableModel* model = table.lotModel();
  ASSERT_EQ(model->rowCount(), 5);
  ASSERT_EQ(model->columnCount(), 3);
  EXPECT_EQ(model->index(0, LotTableModel::NameColumn).data().toString(), "a.png");
  EXPECT_EQ(model->index(0, LotTableModel::ScoreColumn).data().toString(), "0.30000");
  EXPECT_EQ(model->index(0, LotTableModel::StatusColumn).data().toString(), "done");
  EXPECT_EQ(model->index(1, LotTableModel::ScoreColumn).data().toString(), "—");
  EXPECT_TRUE(model->index(1, LotTableModel::StatusColumn).data().toString().startsWith("failed: /lot/b.png"));
  EXPECT_EQ(model->index(4, LotTableModel::StatusColumn).data().toString(), "pending");
}

TEST_F(LotTableTest, ProxySortsByScoreNumerically) {
  table.sortByColumn(LotTableModel::ScoreColumn, Qt::DescendingOrder);
  EXPECT_EQ(namesInViewOrder(table), (QStringList{"c.png", "a.png", "d.png", "b.png", "e.png"}));
  table.sortByColumn(LotTableModel::ScoreColumn, Qt::AscendingOrder);
  const QStringList ascending = namesInViewOrder(table);
  ASSERT_EQ(ascending.size(), 5);
  EXPECT_EQ(ascending.mid(2), (QStringList{"d.png", "a.png", "c.png"}));  // unscored rows first
}

TEST_F(LotTableTest, UpdatedRowIsResortedAndMapsBackToTheLot) {
  table.sortByColumn(LotTableModel::ScoreColumn, Qt::DescendingOrder);
  table.lotModel()->updateRow(4, row("/lot/e.png", QueryStatus::Done, 0.99));
  EXPECT_EQ(namesInViewOrder(table).first(), "e.png");
  table.setCurrentIndex(table.proxy()->index(0, 0));
  EXPECT_EQ(table.currentSourceRow(), 4);
}

TEST(LotTableModel, NamesRelativeToTheLotFolder) {
  LotTableModel model;
  model.setRows({row("/lots/hazelnut/test/colour/00.jpg", QueryStatus::Pending)}, "/lots/hazelnut/test");
  EXPECT_EQ(model.index(0, LotTableModel::NameColumn).data().toString(), "colour/00.jpg");
}

}  // namespace
}  // namespace nagl::ui
