#include "ui/settings_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace nagl::ui {
namespace {

QWidget* fileRow(QLineEdit* edit, const QString& title, QWidget* parent) {
  auto* row = new QWidget(parent);
  auto* layout = new QHBoxLayout(row);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(edit, 1);
  auto* browse = new QPushButton(SettingsDialog::tr("Browse…"), row);
  layout->addWidget(browse);
  QObject::connect(browse, &QPushButton::clicked, row, [edit, title, row] {
    const QString file = QFileDialog::getOpenFileName(
        row, title, edit->text(), SettingsDialog::tr("Checkpoints (*.pth *.pt *.safetensors);;All files (*)"));
    if (!file.isEmpty()) edit->setText(file);
  });
  return row;
}

}  // namespace

SettingsDialog::SettingsDialog(const ModelSettings& s, QWidget* parent)
    : QDialog(parent),
      backbone_(new QLineEdit(s.backbone, this)),
      head_(new QLineEdit(s.head, this)),
      imageSize_(new QSpinBox(this)),
      device_(new QComboBox(this)),
      threads_(new QSpinBox(this)),
      batch_(new QSpinBox(this)) {
  setWindowTitle(tr("Model settings"));
  backbone_->setPlaceholderText(tr("DINOv2 checkpoint (.pth or .safetensors)"));
  head_->setPlaceholderText(tr("optional: NAGL head (.pth); without it scoring is normal-only"));
  imageSize_->setRange(14, 2016);
  imageSize_->setSingleStep(14);
  imageSize_->setSuffix(tr(" px"));
  imageSize_->setValue(s.imageSize);
  device_->addItem(tr("Automatic (CUDA when available)"), QStringLiteral("auto"));
  device_->addItem(tr("CPU"), QStringLiteral("cpu"));
  device_->addItem(tr("CUDA"), QStringLiteral("cuda"));
  device_->setCurrentIndex(std::max(0, device_->findData(s.device)));
  threads_->setRange(0, 256);
  threads_->setSpecialValueText(tr("all cores"));
  threads_->setValue(s.threads);
  batch_->setRange(1, 256);
  batch_->setValue(s.batchSize);

  auto* form = new QFormLayout;
  form->addRow(tr("Backbone:"), fileRow(backbone_, tr("DINOv2 backbone"), this));
  form->addRow(tr("Head:"), fileRow(head_, tr("NAGL head"), this));
  form->addRow(tr("Image size:"), imageSize_);
  form->addRow(tr("Device:"), device_);
  form->addRow(tr("CPU threads:"), threads_);
  form->addRow(tr("Batch size:"), batch_);
  auto* help = new QLabel(tr("Official DINOv2 .pth files or Hugging Face facebook/dinov2-* safetensors are accepted. "
                             "Changes apply to the next run."),
                          this);
  help->setWordWrap(true);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(help);
  layout->addWidget(buttons);
  resize(560, sizeHint().height());
}

ModelSettings SettingsDialog::settings() const {
  ModelSettings s;
  s.backbone = backbone_->text().trimmed();
  s.head = head_->text().trimmed();
  s.imageSize = imageSize_->value();
  s.device = device_->currentData().toString();
  s.threads = threads_->value();
  s.batchSize = batch_->value();
  return s;
}

}  // namespace nagl::ui
