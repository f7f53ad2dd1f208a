#include "ui/shell/settings_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include "ui/modelstore/model_store_dialog.h"
#include "ui/shell/app_language.h"
#include "ui/shell/tiling_controls.h"

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
      batch_(new QSpinBox(this)),
      tiling_(new TilingControls(s.tiling, this)),
      language_(new QComboBox(this)) {
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
  // The model store: import, download or choose a default; what it gives is
  // filled in here, a head with its trained image size.
  auto* store = new QPushButton(tr("Model store: import or download…"), this);
  store->setObjectName(QStringLiteral("modelStoreButton"));
  connect(store, &QPushButton::clicked, this, [this] {
    auto* dialog = new ModelStoreDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ModelStoreDialog::modelReady, this,
            [this](bool isBackbone, const QString& path, int trainedImageSize) {
              (isBackbone ? backbone_ : head_)->setText(path);
              if (!isBackbone && trainedImageSize > 0) imageSize_->setValue(trainedImageSize);  // still editable
            });
    dialog->open();
  });
  form->addRow(QString(), store);
  form->addRow(tr("Image size:"), imageSize_);
  form->addRow(tr("Device:"), device_);
  form->addRow(tr("CPU threads:"), threads_);
  form->addRow(tr("Batch size:"), batch_);
  tiling_->setImageSize(s.imageSize);
  connect(imageSize_, &QSpinBox::valueChanged, tiling_, &TilingControls::setImageSize);
  form->addRow(tr("Tiling:"), tiling_);
  // Language: retranslating every open widget live is not supported, so the
  // choice is saved on OK and used from the next start (said under the box).
  language_->setObjectName(QStringLiteral("languageCombo"));
  const QString systemLanguage = resolveLanguage(QString());  // what "System default" gives here
  QString systemName;
  for (const UiLanguage& language : uiLanguages())
    if (language.code == systemLanguage) systemName = language.nativeName;
  language_->addItem(tr("System default (%1)").arg(systemName), QString());
  for (const UiLanguage& language : uiLanguages()) language_->addItem(language.nativeName, language.code);
  language_->setCurrentIndex(std::max(0, language_->findData(languageSetting())));
  auto* languageNote = new QLabel(tr("A new language takes effect when NAGL Inspector is restarted."), this);
  languageNote->setWordWrap(true);
  languageNote->setEnabled(false);  // drawn as a secondary note
  auto* languageBox = new QVBoxLayout;
  languageBox->addWidget(language_);
  languageBox->addWidget(languageNote);
  form->addRow(tr("Language:"), languageBox);
  connect(this, &QDialog::accepted, this, [this] { setLanguageSetting(language()); });
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
  s.tiling = tiling_->options();
  return s;
}

QString SettingsDialog::language() const { return language_->currentData().toString(); }

}  // namespace nagl::ui
