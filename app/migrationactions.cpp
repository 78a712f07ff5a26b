// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/migrationactions.h"

#include "app/fileactions.h"
#include "app/userprompts.h"
#include "migrations/convert/projectconversion.h"
#include "migrations/folder/folderlayout.h"
#include "migrations/folder/migrationnamer.h"
#include "migrations/folder/migrationsfolder.h"
#include "migrations/folder/v1migrationsfolder.h"
#include "migrations/generate/migrationgenerator.h"
#include "migrations/generate/nextmigration.h"
#include "migrations/runner/applytarget.h"
#include "migrations/runner/trackedconversion.h"
#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "model/project/projectpaths.h"
#include "model/validation/schemavalidator.h"
#include "views/apply/applydialog.h"
#include "views/changes/pendingplan.h"
#include "views/common/icons.h"
#include "views/generate/generatedmigrationdialog.h"
#include "views/generate/migrationnamedialog.h"
#include "views/sqleditor/sqleditordialog.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QUuid>
#include <QWidget>

namespace tw::app {
namespace {

constexpr int kMaxListedErrors = 8;

/// The operations @p request would write, or -1 when the folder cannot be continued (generate says why).
int plannedChanges(const migrations::GenerateRequest &request)
{
    const auto next = migrations::NextMigration::compute(request.project, request.migrationsFolder);
    return next ? int(next.value().plan.operations.size()) : -1;
}

/// The question before writing: the name the generator picks from @p request's snapshot id, in the file it would
/// write (`NNNN_<name>.sql`, or a drizzle-kit 1.0 folder's `<time>_<name>/migration.sql`).
views::MigrationNameRequest nameRequest(const migrations::GenerateRequest &request, int changes)
{
    views::MigrationNameRequest ask;
    ask.folder = request.migrationsFolder;
    ask.changes = changes;
    const auto layout =
        migrations::MigrationGenerator::continuedLayout(request.project.settings, request.migrationsFolder);
    if (layout && layout.value() == migrations::FolderLayout::V1) {
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(request.nowMs, Qt::UTC);
        const auto folder = migrations::V1MigrationsFolder::scan(request.migrationsFolder);
        ask.prefix = migrations::V1MigrationsFolder::folderName(folder.nextFolderTime(now), QString());
        ask.suffix = QStringLiteral("/migration.sql");
        ask.proposedName = migrations::MigrationNamer::tag(0, QString(), request.snapshotId).section(u'_', 1);
        return ask;
    }
    const int index = migrations::MigrationsFolder::scan(request.migrationsFolder).nextIndex();
    const QString tag = migrations::MigrationNamer::tag(index, QString(), request.snapshotId);
    ask.prefix = tag.section(u'_', 0, 0) + u'_';
    ask.suffix = QStringLiteral(".sql");
    ask.proposedName = tag.section(u'_', 1);
    return ask;
}

} // namespace

MigrationActions::MigrationActions(model::SchemaDocument *document, UserPrompts *prompts, FileActions *file,
                                   QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_prompts(prompts)
    , m_file(file)
    , m_window(window)
    , m_menu(new QMenu(tr("&Migration"), window))
{
    m_menu->setObjectName(QStringLiteral("migrationMenu"));
    m_generate = new QAction(views::icons::icon(QStringLiteral("migration-generate")), tr("&Generate Migration"), this);
    m_generate->setObjectName(QStringLiteral("generateMigrationAction"));
    m_generate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_generate->setStatusTip(tr("Write the next migration (SQL, snapshot, journal) into the project's migrations "
                                "folder"));
    connect(m_generate, &QAction::triggered, this, &MigrationActions::generateMigration);
    m_menu->addAction(m_generate);
    m_apply = new QAction(tr("&Apply to Local Database\u2026"), this);
    m_apply->setObjectName(QStringLiteral("applyToDatabaseAction"));
    m_apply->setStatusTip(tr("Rehearse the pending migrations on a copy of the local database, then apply them"));
    connect(m_apply, &QAction::triggered, this, &MigrationActions::openApplyDialog);
    m_menu->addAction(m_apply);
    m_menu->addSeparator();
    m_convert = new QAction(tr("&Convert Folder Layout\u2026"), this);
    m_convert->setObjectName(QStringLiteral("convertFolderLayoutAction"));
    m_convert->setStatusTip(
        tr("Move the migrations folder to drizzle-kit 1.0's layout (one folder per migration), or a drizzle-kit 1.0 "
           "folder back to the classic layout"));
    connect(m_convert, &QAction::triggered, this, &MigrationActions::convertFolderLayout);
    m_menu->addAction(m_convert);
    // An apply dialog shows one project's target: another project, file or settings make it stale.
    for (auto changed : {&model::SchemaDocument::projectReset, &model::SchemaDocument::settingsChanged})
        connect(document, changed, this, &MigrationActions::closeStaleApplyDialog);
    connect(document, &model::SchemaDocument::filePathChanged, this, &MigrationActions::closeStaleApplyDialog);
}

// The database picked in the apply dialog is the project's database from now on: the Database panel, Project
// Settings and the CLI find it through the settings (one undoable settings edit, saved with the project).
void MigrationActions::makeProjectDatabase(const QString &path)
{
    model::ProjectSettings settings = m_document->settings();
    settings.database = QFileInfo(m_document->filePath()).absoluteDir().relativeFilePath(path);
    m_keepApplyDialog = true; // its target is the one the settings now name
    model::SchemaEditor(m_document).changeSettings(settings);
    m_keepApplyDialog = false;
}

void MigrationActions::closeStaleApplyDialog()
{
    if (m_applyDialog && !m_applyDialog->isRunning() && !m_keepApplyDialog)
        m_applyDialog->close();
}

views::ApplyDialog *MigrationActions::openApplyDialog()
{
    if (m_applyDialog) {
        m_applyDialog->raise();
        m_applyDialog->activateWindow();
        return m_applyDialog;
    }
    // The migrations folder and the database are relative to the project file: a project never saved has neither.
    if (m_document->filePath().isEmpty() && !m_file->saveAs())
        return nullptr;
    migrations::ApplyTarget target =
        migrations::ApplyTarget::forProject(m_document->filePath(), m_document->settings());
    if (!target.problem.isEmpty()) // the library's message names no remedy: the dialog's is its Choose… button
        target.problem += tr("\nChoose the database with Choose\u2026: it becomes the project's database.");
    auto *dialog = new views::ApplyDialog(target, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &views::ApplyDialog::runningChanged, this, [this, dialog](bool running) {
        Q_EMIT applyRunningChanged(running, dialog->target().options.databasePath);
    });
    connect(dialog, &views::ApplyDialog::applied, this, [this](const QStringList &files) {
        Q_EMIT statusMessage(tr("Applied %n migration(s)", nullptr, int(files.size())));
    });
    connect(dialog, &views::ApplyDialog::generateRequested, this, &MigrationActions::generateMigration);
    connect(dialog, &views::ApplyDialog::databaseChosen, this, &MigrationActions::makeProjectDatabase);
    dialog->setUngeneratedChanges(ungeneratedChanges());
    m_applyDialog = dialog;
    dialog->show();
    dialog->rehearse();
    return dialog;
}

int MigrationActions::ungeneratedChanges() const
{
    const views::PendingPlan pending = views::PendingPlan::compute(m_document->project(), m_document->filePath());
    return pending.error.isEmpty() ? int(pending.plan.operations.size()) : 0;
}

views::ApplyDialog *MigrationActions::applyDialog() const
{
    return m_applyDialog;
}

bool MigrationActions::isApplyRunning() const
{
    return m_applyDialog && m_applyDialog->isRunning();
}

bool MigrationActions::settleRunningApply()
{
    if (!isApplyRunning())
        return true;
    const auto choice = m_prompts->askCloseDuringApply(m_window, m_applyDialog->target().options.databasePath);
    if (choice == UserPrompts::RunningApplyChoice::KeepRunning)
        return false;
    if (m_applyDialog) // the run may have ended while the question was open
        m_applyDialog->cancelRunAndWait();
    return true;
}

bool MigrationActions::schemaHasErrors()
{
    const model::Findings findings = model::SchemaValidator::validate(m_document->schema());
    if (!model::hasErrors(findings))
        return false;
    QStringList lines;
    int errors = 0;
    for (const model::Finding &f : findings) {
        if (!f.isError())
            continue;
        if (++errors <= kMaxListedErrors)
            lines << f.toString();
    }
    if (errors > kMaxListedErrors)
        lines << tr("… and %n more", nullptr, errors - kMaxListedErrors);
    m_prompts->showError(m_window, tr("Generate Migration"),
                         tr("The schema has errors, so no migration was written. Fix them first (see the Problems "
                            "panel):\n\n%1")
                             .arg(lines.join(QLatin1Char('\n'))));
    return true;
}

QString MigrationActions::generateMigration()
{
    // The migrations folder is relative to the project file: a project never saved has no folder yet.
    if (m_document->filePath().isEmpty() && !m_file->saveAs())
        return {};
    if (schemaHasErrors())
        return {};

    const QString projectPath = m_document->filePath();
    migrations::GenerateRequest request;
    request.project = m_document->project();
    request.migrationsFolder = model::ProjectPaths(projectPath, m_document->settings()).migrationsFolder();
    request.nowMs = QDateTime::currentMSecsSinceEpoch();
    // The snapshot's id seeds the generator's two words: fixed now, the name proposed is the name it would write.
    request.snapshotId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Only a migration about to be written is named: no changes, or a folder that cannot go on, is said below.
    if (const int changes = plannedChanges(request); changes > 0) {
        const std::optional<QString> name = m_prompts->askMigrationName(m_window, nameRequest(request, changes));
        if (!name) {
            Q_EMIT statusMessage(tr("Generate Migration cancelled: nothing was written"));
            return {};
        }
        request.name = *name;
    }
    const auto outcome = migrations::MigrationGenerator::generate(request);
    if (!outcome && offerToClearBaseline(outcome.error()))
        return generateMigration();
    if (!outcome) {
        m_prompts->showError(
            m_window, tr("Generate Migration"),
            tr("No migration was written for %1:\n%2").arg(QDir::toNativeSeparators(projectPath), outcome.error()));
        return {};
    }
    if (outcome.value().noChanges) {
        Q_EMIT statusMessage(tr("No schema changes: the migrations folder is up to date"));
        m_prompts->showInformation(m_window, tr("Generate Migration"),
                                   tr("No schema changes since the last migration."), QString());
        return {};
    }

    // The folder now holds the new snapshot: the project must record it as its baseline, or the next generate
    // would see the folder as changed behind its back. Not an undo step (the files stay written), saved at once.
    model::SchemaEditor(m_document).recordGeneratedBaseline(outcome.value().baseline);
    views::GeneratedMigration generated;
    generated.sqlPath = outcome.value().sqlPath;
    if (!m_file->saveTo(projectPath))
        generated.note = tr("The project could not be saved with its new baseline: save it before generating again.");
    for (const migrations::MigrationWarning &w : outcome.value().warnings)
        generated.warnings << QStringLiteral("\u2022 %1: %2").arg(w.object, w.message);
    Q_EMIT statusMessage(tr("Wrote migration %1").arg(QDir::toNativeSeparators(generated.sqlPath)));
    Q_EMIT migrationGenerated(generated.sqlPath);
    if (m_applyDialog && !m_applyDialog->isRunning()) { // the new migration is there to rehearse
        m_applyDialog->setUngeneratedChanges(0);
        m_applyDialog->rehearse();
    }
    switch (m_prompts->showGeneratedMigration(m_window, generated)) {
    case views::GeneratedChoice::ViewSql:
        openSqlEditor(generated.sqlPath);
        break;
    case views::GeneratedChoice::ApplyNow:
        openApplyDialog();
        break;
    case views::GeneratedChoice::Close:
        break;
    }
    return generated.sqlPath;
}

void MigrationActions::openSqlEditor(const QString &sqlPath)
{
    if (m_sqlEditor)
        m_sqlEditor->close();
    auto *editor = new views::SqlEditorDialog(sqlPath, m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    QString error;
    if (!editor->load(&error)) {
        delete editor;
        m_prompts->showError(m_window, tr("View SQL"),
                             tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(sqlPath), error));
        return;
    }
    m_sqlEditor = editor;
    editor->show();
}

views::SqlEditorDialog *MigrationActions::sqlEditor() const
{
    return m_sqlEditor;
}

// The folder's latest snapshot is not the one the project recorded (someone generated, merged or deleted
// migrations outside the window): the remedy the message names, clearing the baseline, is one click here.
bool MigrationActions::offerToClearBaseline(const QString &error)
{
    if (m_document->baseline().isEmpty() || !error.contains(QLatin1String("changed behind the project's back")))
        return false;
    if (!m_prompts->confirm(m_window, tr("Generate Migration"),
                            tr("No migration was written:\n%1\n\nClear the project's baseline and generate from the "
                               "migrations folder as it is? Tables are then matched to the folder's latest snapshot "
                               "by name.")
                                .arg(error),
                            tr("Clear Baseline and Generate")))
        return false;
    return model::SchemaEditor(m_document).setBaseline(model::Baseline{});
}

bool MigrationActions::convertFolderLayout()
{
    // The migrations folder is relative to the project file: a project never saved has no folder yet.
    if (m_document->filePath().isEmpty() && !m_file->saveAs())
        return false;
    using Layout = model::ProjectSettings::MigrationLayout;
    const QString title = tr("Convert Folder Layout");
    const QString projectPath = m_document->filePath();
    const QString folder = model::ProjectPaths(projectPath, m_document->settings()).migrationsFolder();
    QString text;
    if (const auto recovered = migrations::TrackedConversion::recover(folder); !recovered) {
        m_prompts->showError(m_window, title,
                             tr("An interrupted conversion could not be finished:\n%1").arg(recovered.error()));
        return false;
    } else {
        text = recovered.value();
    }
    // The other layout than the folder's (an empty folder: than the project's setting).
    const migrations::FolderLayout found = migrations::FolderLayoutDetector::detect(folder).layout;
    const bool toClassic =
        found == migrations::FolderLayout::V1 ||
        (found == migrations::FolderLayout::Empty && m_document->settings().migrationLayout == Layout::V1);
    const Layout to = toClassic ? Layout::Classic : Layout::V1;
    const QString target = toClassic ? tr("drizzle-kit 0.31's classic layout") : tr("drizzle-kit 1.0's layout");
    const auto plan = migrations::ProjectConversion::plan(m_document->project(), projectPath, to);
    if (!plan) {
        m_prompts->showError(m_window, title, tr("The migrations folder was not converted:\n%1").arg(plan.error()));
        return false;
    }
    if (!m_prompts->confirm(m_window, title,
                            tr("Convert the migrations folder to %1?\n\n%2").arg(target, plan.value().description),
                            tr("Convert")))
        return false;
    const auto outcome = migrations::TrackedConversion::run(plan.value(), m_document->project(), projectPath, QString(),
                                                            QDateTime::currentDateTimeUtc());
    if (!outcome) {
        m_prompts->showError(m_window, title, tr("The migrations folder was not converted:\n%1").arg(outcome.error()));
        return false;
    }
    model::SchemaEditor editor(m_document);
    editor.replaceSchema(outcome.value().project.project.schema, tr("Keep Unique Indexes"));
    editor.changeSettings(outcome.value().project.project.settings);
    text += outcome.value().report;
    if (!m_file->saveTo(projectPath))
        text += tr("\nThe project could not be saved: save it before generating.");
    Q_EMIT statusMessage(tr("Converted the migrations folder to %1").arg(target));
    m_prompts->showInformation(m_window, title, text, QString());
    return true;
}

} // namespace tw::app
