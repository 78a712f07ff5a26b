// SPDX-License-Identifier: GPL-3.0-or-later
// Apply to Local Database from the window: the dialog and `tablewright apply` resolve the same target, the Database
// panel waits while the worker applies, and closing the window during an apply asks (keep running, or cancel, roll
// back and close).
#include "app/cli/commandlineinterface.h"
#include "app/migrationactions.h"
#include "database/connection/projectdatabase.h"
#include "migrations/runner/applytarget.h"
#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "tests/app/windowfixture.h"
#include "tests/support/printers.h"
#include "views/apply/applydialog.h"
#include "views/apply/applyrun.h"
#include "views/changes/pendingplanwatcher.h"
#include "views/database/databasepanel.h"
#include "views/database/resulttablemodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>

#include <gtest/gtest.h>

using namespace tw;
using test::ScriptedPrompts;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &arguments)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    cli::CliContext context{out, err};
    run.exitCode = cli::CommandLineInterface().run(arguments, context);
    out.flush();
    err.flush();
    return run;
}

QStringList tablesIn(const QString &path)
{
    QStringList tables;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("applyactions_test"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        while (query.next())
            tables << query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("applyactions_test"));
    return tables;
}

void touch(const QString &path)
{
    ASSERT_TRUE(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
}

/// The shop project with @p database as its "database" setting, open in the window, with its first migration
/// generated into `drizzle/`.
class ApplyWindowTest : public test::ShopWindowTest
{
protected:
    void openWithDatabase(const QString &database)
    {
        model::Project project = test::shopProject();
        project.settings.database = database;
        test::writeProject(project, projectPath);
        ASSERT_TRUE(window->openFile(projectPath));
        ASSERT_FALSE(window->migrationActions()->generateMigration().isEmpty())
            << script.errors.join(u'\n').toStdString();
    }
    /// Opens the apply dialog from the window and waits for its first rehearsal.
    views::ApplyDialog *openRehearsed()
    {
        views::ApplyDialog *dialog = window->migrationActions()->openApplyDialog();
        if (!dialog || !dialog->isRunning())
            return dialog;
        QSignalSpy finished(dialog, &views::ApplyDialog::runFinished);
        EXPECT_TRUE(finished.wait(60000));
        return dialog;
    }
    views::DatabasePanel *panel() const { return window->findChild<views::DatabasePanel *>(); }
};

/// What `tablewright apply --dry-run` says it works on once everything is applied: "No pending migrations for X".
QString cliDatabase(const QString &projectPath)
{
    const CliRun run = runCli({QStringLiteral("apply"), QStringLiteral("--dry-run"), projectPath});
    const QString prefix = QStringLiteral("No pending migrations for ");
    EXPECT_TRUE(run.out.startsWith(prefix)) << run.out.toStdString() << run.err.toStdString();
    return run.out.mid(prefix.size()).trimmed();
}

} // namespace

TEST_F(ApplyWindowTest, TheDialogAndTheCliApplyToTheDatabaseTheSettingsName)
{
    openWithDatabase(QStringLiteral("data/app.sqlite"));
    touch(dir.filePath(QStringLiteral("data/app.sqlite")));
    ASSERT_EQ(runCli({QStringLiteral("apply"), projectPath}).exitCode, 0);
    views::ApplyDialog *dialog = openRehearsed();
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->target().options.databasePath, dir.filePath(QStringLiteral("data/app.sqlite")));
    EXPECT_EQ(cliDatabase(projectPath), dialog->target().options.databasePath);
    EXPECT_EQ(dialog->target().migrationsFolder, dir.filePath(QStringLiteral("drizzle")));
    EXPECT_TRUE(dialog->summary().startsWith(QStringLiteral("Nothing to apply"))) << dialog->summary().toStdString();
}

TEST_F(ApplyWindowTest, TheDialogAndTheCliFallBackToWranglersLocalDatabase)
{
    openWithDatabase({});
    const QString wrangler =
        dir.filePath(QStringLiteral(".wrangler/state/v3/d1/miniflare-D1DatabaseObject/ab12.sqlite"));
    touch(wrangler);
    touch(dir.filePath(QStringLiteral(".wrangler/state/v3/d1/miniflare-D1DatabaseObject/metadata.sqlite")));
    ASSERT_EQ(runCli({QStringLiteral("apply"), projectPath}).exitCode, 0);
    views::ApplyDialog *dialog = openRehearsed();
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->target().options.databasePath, wrangler);
    EXPECT_EQ(cliDatabase(projectPath), wrangler);
}

TEST_F(ApplyWindowTest, TheDialogAndTheCliGiveTheSameReasonWhenNoDatabaseIsFound)
{
    openWithDatabase({});
    const CliRun cli = runCli({QStringLiteral("apply"), projectPath});
    EXPECT_EQ(cli.exitCode, 1);
    views::ApplyDialog *dialog = openRehearsed();
    ASSERT_TRUE(dialog);
    EXPECT_FALSE(dialog->isRunning()) << "nothing to rehearse without a database";
    ASSERT_FALSE(dialog->target().problem.isEmpty());
    // The same reason, each with its own remedy: the command line's option, the dialog's button.
    const QString reason = migrations::ApplyTarget::forProject(projectPath, window->document()->settings()).problem;
    ASSERT_TRUE(reason.startsWith(QStringLiteral("no local database found"))) << reason.toStdString();
    EXPECT_TRUE(cli.err.startsWith(QStringLiteral("tablewright apply: %1\n").arg(reason))) << cli.err.toStdString();
    EXPECT_TRUE(cli.err.contains(QStringLiteral("pass --db FILE")));
    EXPECT_TRUE(dialog->details().startsWith(reason)) << dialog->details().toStdString();
    EXPECT_TRUE(dialog->details().contains(QStringLiteral("Choose\u2026")));
    EXPECT_FALSE(dialog->details().contains(QStringLiteral("--db"))) << dialog->details().toStdString();
}

TEST_F(ApplyWindowTest, ClosingDuringAnApplyAsksAndKeepRunningKeepsTheWindowAndTheRun)
{
    openWithDatabase(QStringLiteral("local.sqlite"));
    const QString db = dir.filePath(QStringLiteral("local.sqlite"));
    touch(db);
    panel()->openDatabase(db);
    views::ApplyDialog *dialog = openRehearsed();
    ASSERT_TRUE(dialog);
    auto *run = dialog->findChild<views::ApplyRun *>();
    ASSERT_TRUE(run);

    // While the worker waits before the first migration, the UI thread closes the window (queued receiver first,
    // so its event is posted before the worker blocks).
    auto *watcher = window->findChild<views::PendingPlanWatcher *>();
    ASSERT_TRUE(watcher);
    QSignalSpy planChanged(watcher, &views::PendingPlanWatcher::planChanged);
    QSemaphore closeTried;
    bool closed = true;
    bool panelHeld = false;
    int plansWhileApplying = -1;
    QObject::connect(run, &views::ApplyRun::progressed, dialog, [&](int done) {
        if (done != 0)
            return;
        panelHeld = panel()->isHeld() && !panel()->isEnabled();
        watcher->refresh(); // would count data loss in the database: waits for the apply
        plansWhileApplying = int(planChanged.count());
        closed = window->close();
        closeTried.release();
    });
    QObject::connect(
        run, &views::ApplyRun::progressed, run,
        [&](int done) {
            if (done == 0)
                closeTried.tryAcquire(1, 30000);
        },
        Qt::DirectConnection);
    QSignalSpy finished(dialog, &views::ApplyDialog::runFinished);
    ASSERT_TRUE(dialog->applyNow()) << dialog->summary().toStdString() << dialog->details().toStdString();
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(script.closeDuringApply, QStringList{db});
    EXPECT_FALSE(closed) << "Keep Running keeps the window open";
    EXPECT_TRUE(panelHeld) << "the Database panel waits while the worker applies";
    EXPECT_EQ(plansWhileApplying, 0) << "the pending plan waits too";
    EXPECT_GE(planChanged.count(), 1) << "and is computed once the apply ended";
    EXPECT_TRUE(finished.first().first().toBool()) << dialog->details().toStdString();
    EXPECT_TRUE(tablesIn(db).contains(QStringLiteral("orders")));
    EXPECT_FALSE(panel()->isHeld());
    EXPECT_TRUE(panel()->isEnabled());
    EXPECT_TRUE(panel()->objectsModel()->rowCount() > 0) << "the panel read the database again afterwards";
}

TEST_F(ApplyWindowTest, CancelAndCloseRollsTheApplyBackBeforeTheWindowCloses)
{
    openWithDatabase(QStringLiteral("local.sqlite"));
    const QString db = dir.filePath(QStringLiteral("local.sqlite"));
    touch(db);
    views::ApplyDialog *dialog = openRehearsed();
    ASSERT_TRUE(dialog);
    auto *run = dialog->findChild<views::ApplyRun *>();
    ASSERT_TRUE(run);
    script.applyChoice = ScriptedPrompts::RunningApplyChoice::CancelAndClose;

    QSemaphore closeTried;
    bool closed = false;
    QObject::connect(run, &views::ApplyRun::progressed, dialog, [&](int done) {
        if (done != 0)
            return;
        closed = window->close(); // waits for the worker, which sees the cancel while it waits below
        closeTried.release();
    });
    QObject::connect(
        run, &views::ApplyRun::progressed, run,
        [&](int done) {
            while (done == 0 && !run->cancelRequested() && !closeTried.tryAcquire(1, 10)) {
            }
        },
        Qt::DirectConnection);
    QSignalSpy finished(dialog, &views::ApplyDialog::runFinished);
    ASSERT_TRUE(dialog->applyNow()) << dialog->summary().toStdString() << dialog->details().toStdString();
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(script.closeDuringApply, QStringList{db});
    EXPECT_TRUE(closed);
    EXPECT_FALSE(finished.first().first().toBool());
    EXPECT_EQ(dialog->summary(), QStringLiteral("Cancelled: nothing was applied; the database is exactly as it was."));
    EXPECT_EQ(tablesIn(db), QStringList()) << "no table, no tracking table";
}

TEST_F(ApplyWindowTest, OpeningAnotherProjectClosesAnIdleApplyDialog)
{
    openWithDatabase({});
    QPointer<views::ApplyDialog> dialog = window->migrationActions()->openApplyDialog();
    ASSERT_TRUE(dialog);
    EXPECT_EQ(window->migrationActions()->openApplyDialog(), dialog) << "one apply dialog at a time";
    EXPECT_TRUE(dialog->isVisible());
    const QString other = dir.filePath(QStringLiteral("other.twproj"));
    test::writeProject(test::shopProject(), other);
    ASSERT_TRUE(window->openFile(other));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_FALSE(dialog) << "its target was the other project's";
    EXPECT_EQ(window->migrationActions()->applyDialog(), nullptr);
}

// Walkthrough bug b9: with a change made but not generated, Apply said "the database is up to date".
TEST_F(ApplyWindowTest, AnUngeneratedChangeIsNamedAndGenerateIsOffered)
{
    openWithDatabase(QStringLiteral("data/app.sqlite"));
    touch(dir.filePath(QStringLiteral("data/app.sqlite")));
    ASSERT_EQ(runCli({QStringLiteral("apply"), projectPath}).exitCode, 0);
    model::Table notes; // the walkthrough's case: a new table, not generated yet
    notes.name = QStringLiteral("notes");
    model::Column id;
    id.name = QStringLiteral("id");
    id.type = model::SqlType::Integer;
    id.primaryKey = true;
    notes.columns << id;
    ASSERT_FALSE(model::SchemaEditor(window->document()).addTable(notes).isNull());
    views::ApplyDialog *dialog = openRehearsed();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->summary().contains(QStringLiteral("change(s) in the project are not generated")))
        << dialog->summary().toStdString();
    EXPECT_FALSE(dialog->pendingLines().join(u'\n').contains(QStringLiteral("up to date")));
    ASSERT_TRUE(dialog->generateButton()->isVisibleTo(dialog));

    // Generate from the dialog: the new migration is rehearsed at once and can be applied.
    QSignalSpy finished(dialog, &views::ApplyDialog::runFinished);
    dialog->generateButton()->click();
    ASSERT_TRUE(finished.wait(60000)) << script.errors.join(u'\n').toStdString();
    EXPECT_FALSE(dialog->generateButton()->isVisibleTo(dialog));
    ASSERT_EQ(dialog->pendingLines().size(), 1);
    EXPECT_TRUE(dialog->pendingLines().first().startsWith(QStringLiteral("0001_")))
        << dialog->pendingLines().first().toStdString();
    ASSERT_TRUE(dialog->applyNow()) << dialog->summary().toStdString() << dialog->details().toStdString();
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_TRUE(dialog->summary().startsWith(QStringLiteral("Applied 1 migration"))) << dialog->summary().toStdString();
    // The file just applied is no longer listed as pending.
    EXPECT_FALSE(dialog->pendingLines().join(u'\n').contains(QStringLiteral("0001_")));
}

// Walkthrough bug b8: the database picked in Apply was not the one the Database panel and the settings used.
TEST_F(ApplyWindowTest, TheDatabaseChosenInApplyBecomesTheProjectsDatabase)
{
    openWithDatabase({});
    QPointer<views::ApplyDialog> dialog = window->migrationActions()->openApplyDialog();
    ASSERT_TRUE(dialog);
    const QString picked = dir.filePath(QStringLiteral("picked/local.sqlite"));
    touch(picked);
    QSignalSpy finished(dialog.data(), &views::ApplyDialog::runFinished);
    dialog->useChosenDatabase(picked);
    EXPECT_EQ(window->document()->settings().database, QStringLiteral("picked/local.sqlite"));
    ASSERT_TRUE(dialog) << "choosing the database must not close the dialog";
    EXPECT_EQ(dialog->target().options.databasePath, picked);
    const auto located = database::ProjectDatabase::locate(projectPath, window->document()->settings());
    ASSERT_TRUE(located) << located.error().toStdString();
    EXPECT_EQ(located.value(), picked); // what the Database panel's "Project Database" opens
    if (dialog->isRunning()) {
        ASSERT_TRUE(finished.wait(60000));
    }
}
