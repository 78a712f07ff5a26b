// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/settings/projectsettingsdialog.h"

#include "migrations/folder/folderlayout.h"
#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tw::views {
namespace {

template<typename Enum>
void selectData(QComboBox *combo, Enum value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(int(value))));
}

template<typename Enum>
Enum currentEnum(const QComboBox *combo)
{
    return Enum(combo->currentData().toInt());
}

} // namespace

ProjectSettingsDialog::ProjectSettingsDialog(model::SchemaDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_migrationsFolder(new QLineEdit(this))
    , m_schemaFile(new QLineEdit(this))
    , m_codeFolder(new QLineEdit(this))
    , m_database(new QLineEdit(this))
    , m_target(new QComboBox(this))
    , m_tracking(new QComboBox(this))
    , m_backups(new QSpinBox(this))
    , m_deployLocal(new QCheckBox(tr("wrangler's local D1 (--local), not production"), this))
    , m_procedureAccess(new QComboBox(this))
    , m_migrationLayout(new QComboBox(this))
    , m_migrationLayoutNote(new QLabel(this))
    , m_chosenLayout(document->settings().migrationLayout)
    , m_problem(new QLabel(this))
    , m_schemaMode(new QLabel(this))
    , m_schemaSources(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    using Settings = model::ProjectSettings;
    setWindowTitle(tr("Project Settings"));
    m_target->addItem(tr("Cloudflare D1 (rebuilds keep child rows on every runner)"), int(Settings::Target::D1));
    m_target->addItem(tr("SQLite (drizzle-kit's rebuilds, foreign keys off around them)"),
                      int(Settings::Target::Sqlite));
    m_tracking->addItem(tr("wrangler's d1_migrations"), int(Settings::Tracking::D1));
    m_tracking->addItem(tr("drizzle-orm's __drizzle_migrations"), int(Settings::Tracking::Drizzle));
    m_procedureAccess->addItem(tr("Auto: reads public, writes and “my rows” protected"),
                               int(Settings::ProcedureAccess::Auto));
    m_procedureAccess->addItem(tr("Protected: every procedure needs a signed-in user"),
                               int(Settings::ProcedureAccess::Protected));
    m_procedureAccess->addItem(tr("Public: every procedure open, except those that need the user"),
                               int(Settings::ProcedureAccess::Public));
    m_migrationLayout->setObjectName(QStringLiteral("migrationLayoutCombo"));
    m_migrationLayout->addItem(tr("Classic: drizzle-kit 0.31 (meta/_journal.json, numbered .sql files)"),
                               int(Settings::MigrationLayout::Classic));
    m_migrationLayout->addItem(tr("v1: drizzle-kit 1.0 (one folder per migration)"),
                               int(Settings::MigrationLayout::V1));
    m_migrationLayoutNote->setObjectName(QStringLiteral("migrationLayoutNote"));
    m_migrationLayoutNote->setWordWrap(true);
    m_backups->setRange(0, 1000);
    m_backups->setSpecialValueText(tr("none (no backup before apply)"));
    m_database->setPlaceholderText(tr("empty: find wrangler's local D1 file"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));

    const Settings &current = document->settings();
    m_migrationsFolder->setText(current.migrationsFolder);
    m_schemaFile->setText(current.schemaFile);
    m_codeFolder->setText(current.codeFolder);
    m_database->setText(current.database);
    selectData(m_target, current.target);
    selectData(m_tracking, current.tracking);
    m_backups->setValue(current.backupsToKeep);
    selectData(m_procedureAccess, current.procedureAccess);

    const bool sourceMode = current.schemaMode == Settings::SchemaMode::Source;
    auto *form = new QFormLayout;
    form->addRow(tr("Schema:"), schemaSection());
    form->addRow(tr("&Migrations folder:"), pathRow(m_migrationsFolder, true, {}));
    form->addRow(tr("Migration &layout:"), layoutSection());
    form->addRow(sourceMode ? tr("New tables &go to:") : tr("&Drizzle schema file:"),
                 pathRow(m_schemaFile, false, tr("TypeScript (*.ts)")));
    form->addRow(tr("&Code folder:"), pathRow(m_codeFolder, true, {}));
    form->addRow(tr("Local data&base:"), pathRow(m_database, false, tr("SQLite databases (*.sqlite *.db *.sqlite3)")));
    form->addRow(tr("SQL &target:"), m_target);
    form->addRow(tr("&Tracking table:"), m_tracking);
    form->addRow(tr("&Backups to keep:"), m_backups);
    m_deployLocal->setChecked(current.deployLocal);
    form->addRow(tr("Deplo&y to:"), m_deployLocal);
    form->addRow(tr("&Procedure access:"), m_procedureAccess);
    auto *note = new QLabel(tr("Paths are relative to the project file's folder."), this);
    note->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_migrationsFolder, m_schemaFile, m_codeFolder, m_database})
        connect(edit, &QLineEdit::textChanged, this, &ProjectSettingsDialog::refresh);
    connect(m_migrationsFolder, &QLineEdit::textChanged, this, &ProjectSettingsDialog::refreshMigrationLayout);
    connect(m_migrationLayout, &QComboBox::activated, this,
            [this] { m_chosenLayout = currentEnum<model::ProjectSettings::MigrationLayout>(m_migrationLayout); });
    refreshMigrationLayout();
    refresh();
    resize(620, sizeHint().height());
}

// Which mode the project is in, and in source mode what the drizzle config named: shown, not edited here (the
// project was opened from that config; changing its sources means opening it again).
QWidget *ProjectSettingsDialog::schemaSection()
{
    using Settings = model::ProjectSettings;
    const Settings &current = m_document->settings();
    m_schemaMode->setObjectName(QStringLiteral("schemaModeLabel"));
    m_schemaSources->setObjectName(QStringLiteral("schemaSourcesLabel"));
    m_schemaSources->setWordWrap(true);
    m_schemaSources->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (current.schemaMode == Settings::SchemaMode::Generated) {
        m_schemaMode->setText(tr("<b>Generated</b>: Tablewright writes schema.ts"));
        m_schemaSources->hide();
    } else {
        m_schemaMode->setText(tr("<b>Source</b>: your TypeScript files, edited in place"));
        const QString casing = current.casing == model::Casing::None ? tr("none") : model::casingName(current.casing);
        m_schemaSources->setText(
            tr("Files: %1<br>Casing: %2<br><span style=\"color: gray\">From the drizzle config the project was "
               "opened from. Export edits only what changed in these files and keeps everything else you wrote; "
               "a change made in your editor shows up here at once.</span>")
                .arg(current.schemaSources.join(QStringLiteral(", ")).toHtmlEscaped(), casing));
    }
    auto *section = new QWidget(this);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_schemaMode);
    layout->addWidget(m_schemaSources);
    return section;
}

QWidget *ProjectSettingsDialog::layoutSection()
{
    auto *section = new QWidget(this);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_migrationLayout);
    layout->addWidget(m_migrationLayoutNote);
    return section;
}

// An empty folder takes the project's choice; a folder with migrations is continued in its own layout, which only
// `convert` changes: the combo then shows what is on disk, and OK records that.
void ProjectSettingsDialog::refreshMigrationLayout()
{
    using Layout = model::ProjectSettings::MigrationLayout;
    const QString folder = QDir(projectFolder()).absoluteFilePath(m_migrationsFolder->text().trimmed());
    const migrations::FolderLayoutDetection detected = migrations::FolderLayoutDetector::detect(folder);
    const bool holdsMigrations = detected.layout != migrations::FolderLayout::Empty;
    m_migrationLayout->setEnabled(!holdsMigrations);
    switch (detected.layout) {
    case migrations::FolderLayout::Empty:
        selectData(m_migrationLayout, m_chosenLayout);
        m_migrationLayoutNote->setText(
            tr("<span style=\"color: gray\">For the folder's first migration. Classic while drizzle-kit 0.31 is "
               "npm's <code>latest</code>: it cannot read a v1 folder. Choose v1 when your team runs drizzle-kit "
               "1.0 (with drizzle-orm 1.0), whose generate and migrator read only v1 folders.</span>"));
        return;
    case migrations::FolderLayout::Classic:
    case migrations::FolderLayout::V1: {
        const bool v1 = detected.layout == migrations::FolderLayout::V1;
        selectData(m_migrationLayout, v1 ? Layout::V1 : Layout::Classic);
        m_migrationLayoutNote->setText(
            tr("<span style=\"color: gray\">The folder already holds %1 migrations, so the project continues its "
               "layout. <code>tablewright convert</code> changes it.</span>")
                .arg(v1 ? tr("drizzle-kit 1.0 (v1)") : tr("drizzle-kit 0.31 (classic)")));
        return;
    }
    case migrations::FolderLayout::Mixed:
        selectData(m_migrationLayout, m_chosenLayout);
        m_migrationLayoutNote->setText(
            tr("<span style=\"color: #c62828\">The folder holds both layouts, which no drizzle tool accepts: %1</span>")
                .arg(detected.message.toHtmlEscaped()));
        return;
    }
}

QWidget *ProjectSettingsDialog::pathRow(QLineEdit *edit, bool isFolder, const QString &filter)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *browseButton = new QPushButton(tr("Browse…"), row);
    layout->addWidget(edit, 1);
    layout->addWidget(browseButton);
    connect(browseButton, &QPushButton::clicked, this,
            [this, edit, isFolder, filter] { browse(edit, isFolder, filter); });
    return row;
}

QString ProjectSettingsDialog::projectFolder() const
{
    const QString file = m_document->filePath();
    return file.isEmpty() ? QDir::currentPath() : QFileInfo(file).absolutePath();
}

void ProjectSettingsDialog::browse(QLineEdit *edit, bool isFolder, const QString &filter)
{
    const QDir base(projectFolder());
    const QString start = edit->text().isEmpty() ? base.path() : base.absoluteFilePath(edit->text());
    const QString chosen = isFolder ? QFileDialog::getExistingDirectory(this, tr("Choose a Folder"), start)
                                    : QFileDialog::getSaveFileName(this, tr("Choose a File"), start, filter, nullptr,
                                                                   QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        edit->setText(QDir::cleanPath(base.relativeFilePath(chosen)));
}

model::ProjectSettings ProjectSettingsDialog::settings() const
{
    using Settings = model::ProjectSettings;
    Settings result = m_document->settings();
    result.migrationsFolder = m_migrationsFolder->text().trimmed();
    result.schemaFile = m_schemaFile->text().trimmed();
    result.codeFolder = m_codeFolder->text().trimmed();
    result.database = m_database->text().trimmed();
    result.target = currentEnum<Settings::Target>(m_target);
    result.tracking = currentEnum<Settings::Tracking>(m_tracking);
    result.backupsToKeep = m_backups->value();
    result.deployLocal = m_deployLocal->isChecked();
    result.procedureAccess = currentEnum<Settings::ProcedureAccess>(m_procedureAccess);
    result.migrationLayout = currentEnum<Settings::MigrationLayout>(m_migrationLayout);
    return result;
}

QString ProjectSettingsDialog::problem(const model::ProjectSettings &settings)
{
    if (settings.migrationsFolder.isEmpty())
        return tr("The migrations folder is empty: drizzle-kit needs one (its default is `drizzle`).");
    if (settings.schemaFile.isEmpty())
        return tr("The Drizzle schema file is empty: name the file schema.ts is exported to.");
    if (settings.codeFolder.isEmpty())
        return tr("The code folder is empty: name the folder exported operations go to (`src`, as the guide).");
    if (QDir::cleanPath(settings.schemaFile) == QDir::cleanPath(settings.migrationsFolder))
        return tr("The schema file and the migrations folder are the same path.");
    return {};
}

void ProjectSettingsDialog::refresh()
{
    const QString why = problem(settings());
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void ProjectSettingsDialog::accept()
{
    const model::ProjectSettings edited = settings();
    if (!problem(edited).isEmpty())
        return;
    if (!(edited == m_document->settings()))
        model::SchemaEditor(m_document).changeSettings(edited);
    QDialog::accept();
}

} // namespace tw::views
