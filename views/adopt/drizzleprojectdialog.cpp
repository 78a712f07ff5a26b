// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/adopt/drizzleprojectdialog.h"

#include "migrations/folder/folderlayout.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tw::views {
namespace {

QStringList linesOf(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    return lines;
}

QString intro(const DrizzleProjectRequest &request)
{
    const QString what = request.isConfig() ? DrizzleProjectDialog::tr("Tablewright read <b>%1</b> without running it.")
                                                  .arg(QFileInfo(request.configPath).fileName().toHtmlEscaped())
                                            : DrizzleProjectDialog::tr("A migrations folder without a drizzle config.");
    return what + QLatin1Char(' ') +
           DrizzleProjectDialog::tr("Your schema files stay yours: export edits them in place and keeps relations, "
                                    "<code>$defaultFn</code>, comments and everything else you wrote.");
}

} // namespace

DrizzleProjectDialog::DrizzleProjectDialog(const DrizzleProjectRequest &request, QWidget *parent)
    : QDialog(parent)
    , m_request(request)
    , m_schema(new QPlainTextEdit(this))
    , m_migrations(new QLineEdit(this))
    , m_casing(new QComboBox(this))
    , m_projectFile(new QLineEdit(this))
    , m_notes(new QListWidget(this))
    , m_layout(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Open Drizzle Project"));
    m_schema->setPlainText(request.schema.join(u'\n'));
    m_schema->setPlaceholderText(tr("src/db/schema.ts\nsrc/db/schema/*.ts"));
    m_schema->setTabChangesFocus(true);
    m_schema->setFixedHeight(QFontMetrics(m_schema->font()).lineSpacing() * 4 + 12);
    m_migrations->setText(request.migrations);
    for (model::Casing casing : {model::Casing::None, model::Casing::SnakeCase, model::Casing::CamelCase})
        m_casing->addItem(casing == model::Casing::None ? tr("none (keys are the SQL names)")
                                                        : model::casingName(casing),
                          int(casing));
    m_casing->setCurrentIndex(std::max(0, m_casing->findData(int(request.casing))));
    m_projectFile->setText(QDir::toNativeSeparators(request.projectFile));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_layout->setObjectName(QStringLiteral("layoutLabel"));
    m_layout->setWordWrap(true);
    m_layout->setTextFormat(Qt::PlainText);

    auto *introLabel = new QLabel(intro(request), this);
    introLabel->setWordWrap(true);
    auto *form = new QFormLayout;
    const QString config = request.isConfig() ? QDir::toNativeSeparators(request.configPath) : tr("none");
    auto *configLabel =
        new QLabel(request.dialect.isEmpty() ? config : tr("%1 (dialect %2)").arg(config, request.dialect), this);
    configLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Config:"), configLabel);
    form->addRow(fieldLabel(tr("&Schema files:"), QStringLiteral("schema"), m_schema),
                 withButton(m_schema, tr("Add File…"), &DrizzleProjectDialog::addSchemaFile));
    form->addRow(fieldLabel(tr("&Migrations folder:"), QStringLiteral("out"), m_migrations),
                 withButton(m_migrations, tr("Browse…"), &DrizzleProjectDialog::browseMigrations));
    form->addRow(tr("Layout:"), m_layout);
    form->addRow(fieldLabel(tr("&Casing:"), QStringLiteral("casing"), m_casing), m_casing);
    form->addRow(fieldLabel(tr("Save &project as:"), {}, m_projectFile),
                 withButton(m_projectFile, tr("Browse…"), &DrizzleProjectDialog::browseProjectFile));
    auto *paths = new QLabel(tr("Paths are relative to %1.").arg(QDir::toNativeSeparators(request.baseFolder)), this);
    paths->setEnabled(false);
    paths->setWordWrap(true);

    m_notes->addItems(request.notes);
    m_notes->setWordWrap(true);
    m_notes->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents); // a few lines, not half the dialog
    m_notes->setMaximumHeight(160);
    m_notes->setVisible(!request.notes.isEmpty());
    auto *notesTitle = new QLabel(tr("What the config reader noticed:"), this);
    notesTitle->setVisible(!request.notes.isEmpty());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(paths);
    layout->addWidget(notesTitle);
    layout->addWidget(m_notes);
    layout->addStretch(1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_schema, &QPlainTextEdit::textChanged, this, &DrizzleProjectDialog::refresh);
    connect(m_migrations, &QLineEdit::textChanged, this, &DrizzleProjectDialog::refresh);
    connect(m_projectFile, &QLineEdit::textChanged, this, &DrizzleProjectDialog::refresh);
    refresh();
    resize(680, sizeHint().height());
}

// A field the config could not say gets a marked label: the user has to answer it.
QLabel *DrizzleProjectDialog::fieldLabel(const QString &text, const QString &key, QWidget *buddy)
{
    auto *label = new QLabel(text, this);
    label->setBuddy(buddy);
    if (m_request.unreadable.contains(key)) {
        label->setText(text + QStringLiteral(" ⚠"));
        label->setToolTip(tr("The config does not say this as a literal: check or fill it in."));
        label->setStyleSheet(QStringLiteral("font-weight: bold; color: #b26a00;"));
    }
    return label;
}

QWidget *DrizzleProjectDialog::withButton(QWidget *field, const QString &text, void (DrizzleProjectDialog::*browse)())
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *button = new QPushButton(text, row);
    layout->addWidget(field, 1);
    layout->addWidget(button, 0, Qt::AlignTop);
    connect(button, &QPushButton::clicked, this, browse);
    return row;
}

void DrizzleProjectDialog::addSchemaFile()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Schema Files"), m_request.baseFolder,
                                                            tr("TypeScript and JavaScript (*.ts *.mts *.js *.mjs)"));
    const QDir base(m_request.baseFolder);
    QStringList lines = linesOf(m_schema->toPlainText());
    for (const QString &file : files)
        lines << QDir::cleanPath(base.relativeFilePath(file));
    m_schema->setPlainText(lines.join(u'\n'));
}

void DrizzleProjectDialog::browseMigrations()
{
    const QDir base(m_request.baseFolder);
    const QString chosen =
        QFileDialog::getExistingDirectory(this, tr("Migrations Folder"), base.absoluteFilePath(m_migrations->text()));
    if (!chosen.isEmpty())
        m_migrations->setText(QDir::cleanPath(base.relativeFilePath(chosen)));
}

void DrizzleProjectDialog::browseProjectFile()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Save Project As"), m_projectFile->text(),
                                                        tr("Tablewright projects (*.twproj)"));
    if (!chosen.isEmpty())
        m_projectFile->setText(QDir::toNativeSeparators(chosen));
}

DrizzleProjectRequest DrizzleProjectDialog::request() const
{
    DrizzleProjectRequest result = m_request;
    result.schema = linesOf(m_schema->toPlainText());
    result.migrations = m_migrations->text().trimmed();
    result.casing = model::Casing(m_casing->currentData().toInt());
    QString file = QDir::fromNativeSeparators(m_projectFile->text().trimmed());
    if (!file.isEmpty() && QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".twproj");
    result.projectFile = file.isEmpty() ? QString() : QDir(m_request.baseFolder).absoluteFilePath(file);
    return result;
}

void DrizzleProjectDialog::refresh()
{
    const DrizzleProjectRequest current = request();
    QString why = current.problem();
    if (why.isEmpty() && QFileInfo::exists(current.projectFile))
        why = tr("%1 exists: Open replaces it.").arg(QFileInfo(current.projectFile).fileName());
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(current.problem().isEmpty());
    showLayout(current);
}

// Which drizzle-kit wrote the folder: the project continues that layout (a mixed folder is refused on Open).
void DrizzleProjectDialog::showLayout(const DrizzleProjectRequest &current)
{
    const auto detected =
        migrations::FolderLayoutDetector::detect(QDir(current.baseFolder).absoluteFilePath(current.migrations));
    switch (detected.layout) {
    case migrations::FolderLayout::Empty:
        m_layout->setText(
            tr("no migrations yet: the project starts classic (drizzle-kit 0.31); Project Settings can choose v1"));
        break;
    case migrations::FolderLayout::Classic:
        m_layout->setText(tr("drizzle-kit 0.31 (classic): a journal and numbered .sql files"));
        break;
    case migrations::FolderLayout::V1:
        m_layout->setText(tr("drizzle-kit 1.0 (v1): one folder per migration"));
        break;
    case migrations::FolderLayout::Mixed:
        m_layout->setText(tr("both layouts at once, which no drizzle tool accepts: %1").arg(detected.message));
        break;
    }
}

} // namespace tw::views
