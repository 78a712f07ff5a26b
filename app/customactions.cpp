// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/customactions.h"

#include "app/fileactions.h"
#include "app/userprompts.h"
#include "migrations/generate/custommigration.h"
#include "migrations/verify/migrationverifier.h"
#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "model/project/projectpaths.h"
#include "views/sqleditor/sqleditordialog.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QInputDialog>
#include <QMenu>
#include <QProgressDialog>
#include <QThread>
#include <QWidget>

namespace tw::app {
namespace {

std::optional<QString> askNameInDialog(QWidget *parent)
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        parent, QObject::tr("New Custom Migration"),
        QObject::tr("Name of the migration (letters, digits and _; empty: two random words, as drizzle-kit names it):"),
        QLineEdit::Normal, QString(), &ok);
    return ok ? std::optional<QString>(name.trimmed()) : std::nullopt;
}

// A long history takes seconds to replay (homarr's 42 migrations: about 7 s): the replay runs on a worker thread with
// its own scratch connection while a busy dialog keeps the window painted and says what is happening.
model::Result<migrations::VerifyReport> verifyOffTheWindowThread(const QString &folder, QWidget *window)
{
    std::optional<model::Result<migrations::VerifyReport>> report;
    QEventLoop loop;
    QThread *worker = QThread::create([&report, folder] { report = migrations::MigrationVerifier::verify(folder); });
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    QProgressDialog busy(QObject::tr("Replaying %1 on a scratch database…").arg(QDir::toNativeSeparators(folder)),
                         QString(), 0, 0, window);
    busy.setWindowTitle(QObject::tr("Verify Migrations"));
    busy.setWindowModality(Qt::WindowModal);
    busy.setMinimumDuration(300);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    return std::move(*report);
}

} // namespace

CustomActions::CustomActions(model::SchemaDocument *document, UserPrompts *prompts, FileActions *file,
                             QMenu *migrationMenu, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_prompts(prompts)
    , m_file(file)
    , m_window(window)
    , m_newCustom(new QAction(tr("New &Custom Migration\u2026"), this))
    , m_verify(new QAction(tr("&Verify Migrations"), this))
    , m_askName(askNameInDialog)
{
    setObjectName(QStringLiteral("customActions"));
    m_newCustom->setObjectName(QStringLiteral("newCustomMigrationAction"));
    m_newCustom->setStatusTip(tr("Write drizzle-kit's empty custom migration for SQL you write yourself (data "
                                 "steps, backfills) and open it in the SQL editor"));
    connect(m_newCustom, &QAction::triggered, this, &CustomActions::newCustomMigration);
    m_verify->setObjectName(QStringLiteral("verifyMigrationsAction"));
    m_verify->setStatusTip(tr("Replay the migrations folder on a scratch database and check that each migration's "
                              "SQL produces the schema its snapshot records"));
    connect(m_verify, &QAction::triggered, this, &CustomActions::verifyMigrations);
    migrationMenu->addSeparator();
    migrationMenu->addAction(m_newCustom);
    migrationMenu->addAction(m_verify);
}

QString CustomActions::newCustomMigration()
{
    // The migrations folder is relative to the project file: a project never saved has no folder yet.
    if (m_document->filePath().isEmpty() && !m_file->saveAs())
        return {};
    const std::optional<QString> name = m_askName(m_window);
    if (!name)
        return {};
    const QString projectPath = m_document->filePath();
    migrations::CustomMigrationRequest request;
    request.project = m_document->project();
    request.migrationsFolder = model::ProjectPaths(projectPath, m_document->settings()).migrationsFolder();
    request.name = *name;
    request.nowMs = QDateTime::currentMSecsSinceEpoch();
    const auto outcome = migrations::CustomMigration::write(request);
    if (!outcome) {
        m_prompts->showError(m_window, tr("New Custom Migration"),
                             tr("No custom migration was written for %1:\n%2")
                                 .arg(QDir::toNativeSeparators(projectPath), outcome.error()));
        return {};
    }
    const QString sqlPath = outcome.value().sqlPath;
    // The folder's latest snapshot is now the custom one: the project must continue from it (saved; not an undo step,
    // as after Generate: the file stays written).
    if (model::SchemaEditor(m_document).recordGeneratedBaseline(outcome.value().baseline)) {
        if (!m_file->saveTo(projectPath))
            m_prompts->showError(m_window, tr("New Custom Migration"),
                                 tr("The project could not be saved with its new baseline: save it before "
                                    "generating again."));
    }
    Q_EMIT statusMessage(tr("Wrote custom migration %1").arg(QDir::toNativeSeparators(sqlPath)));

    if (m_editor)
        m_editor->close();
    auto *editor = new views::SqlEditorDialog(sqlPath, m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    QString error;
    if (!editor->load(&error)) {
        delete editor;
        m_prompts->showError(m_window, tr("New Custom Migration"),
                             tr("%1 was written but cannot be read: %2").arg(QDir::toNativeSeparators(sqlPath), error));
        return sqlPath;
    }
    m_editor = editor;
    editor->show();
    return sqlPath;
}

views::SqlEditorDialog *CustomActions::editor() const
{
    return m_editor;
}

bool CustomActions::verifyMigrations()
{
    const QString title = tr("Verify Migrations");
    if (m_document->filePath().isEmpty()) {
        m_prompts->showError(m_window, title, tr("Save the project first: its migrations folder is beside it."));
        return false;
    }
    const QString folder = model::ProjectPaths(m_document->filePath(), m_document->settings()).migrationsFolder();
    const auto report = verifyOffTheWindowThread(folder, m_window);
    if (!report) {
        m_prompts->showError(m_window, title,
                             tr("%1 cannot be verified:\n%2").arg(QDir::toNativeSeparators(folder), report.error()));
        return false;
    }
    const migrations::VerifyReport &r = report.value();
    Q_EMIT migrationsVerified(r.asProblems());
    if (r.isClean()) {
        Q_EMIT statusMessage(tr("Migrations verified: no drift"));
        m_prompts->showInformation(m_window, title, r.text().trimmed(), QString());
        return true;
    }
    QStringList findings;
    for (const migrations::VerifyFinding &finding : r.findings)
        findings << finding.text().trimmed();
    Q_EMIT statusMessage(tr("Migrations verified: %n problem(s)", nullptr, int(r.findings.size())));
    m_prompts->showWarnings(m_window, title,
                            tr("These migrations' SQL does not produce the schema their snapshots record (a hand "
                               "edit, or SQL drizzle-kit wrote wrong). The next migration is generated from the "
                               "snapshots, so a database migrated with this SQL may differ from what it expects."),
                            findings);
    return false;
}

} // namespace tw::app
