// SPDX-License-Identifier: GPL-3.0-or-later
// Apply off the UI thread: the runner stops between statements and rolls back; the dialog's worker reports progress
// through queued signals while the UI thread's event loop runs, and Cancel mid-apply leaves the database as it was.
#include "migrations/folder/migrationsfolder.h"
#include "migrations/runner/migrationapplier.h"
#include "tests/support/databases/applyfixture.h"
#include "tests/support/databases/sqlitefile.h"
#include "tests/support/printers.h"
#include "views/apply/applydialog.h"
#include "views/apply/applyrun.h"

#include <QApplication>
#include <QCheckBox>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QThread>

#include <gtest/gtest.h>

using namespace tw::views;
using tw::test::addMigration;
using tw::test::ApplyFixture;
using tw::test::databaseFingerprint;
using tw::test::SqliteFile;

namespace {

/// rebuild-cascade applied (three migrations), then two pending ones: 0003 drops `pins`, 0004 adds `tags`.
struct TwoPending : ApplyFixture
{
    TwoPending()
        : ApplyFixture(QStringLiteral("rebuild-cascade"))
    {
        EXPECT_TRUE(apply().ok());
        addMigration(folder, QStringLiteral("next"),
                     "CREATE TABLE `labels` (`id` integer PRIMARY KEY NOT NULL);--> statement-breakpoint\n"
                     "INSERT INTO `authors` (`id`, `name`) VALUES (77, 'Added');--> statement-breakpoint\n"
                     "DROP TABLE `pins`;");
        addMigration(folder, QStringLiteral("after"), "CREATE TABLE `tags` (`id` integer PRIMARY KEY NOT NULL);");
    }
    tw::migrations::ApplyTarget target() const
    {
        tw::migrations::ApplyTarget t;
        t.migrationsFolder = folder.path();
        t.options = options();
        return t;
    }
    int tracked() const
    {
        return SqliteFile(db()).scalar(QStringLiteral("SELECT count(*) FROM d1_migrations")).toInt();
    }
};

/// A dialog that has rehearsed @p fixture's target and accepted the data loss, ready to apply.
void rehearseAndAccept(ApplyDialog &dialog)
{
    QSignalSpy finished(&dialog, &ApplyDialog::runFinished);
    ASSERT_TRUE(dialog.rehearse());
    ASSERT_TRUE(finished.wait(60000));
    ASSERT_TRUE(finished.first().first().toBool()) << dialog.details().toStdString();
    dialog.findChild<QCheckBox *>(QStringLiteral("acceptLoss"))->setChecked(true);
    ASSERT_TRUE(dialog.findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled());
}

} // namespace

TEST(ApplyCancel, TheRunnerStopsBetweenStatementsAndRollsBackTheWholeRun)
{
    const TwoPending fixture;
    const QStringList before = databaseFingerprint(fixture.db());
    bool started = false;
    int statementChecks = 0;
    const auto progress = [&started](int, int, const QString &) {
        return started = true;
    };
    // Asked before each statement once the first migration started: stop before its third statement.
    const auto cancelled = [&] {
        return started && ++statementChecks > 2;
    };
    const auto result = tw::migrations::MigrationApplier::apply(
        tw::migrations::MigrationsFolder::scan(fixture.folder.path()), fixture.options(), progress, cancelled);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().startsWith(QStringLiteral("Cancelled in 0003_next.sql before statement 3 of 3.")))
        << result.error().toStdString();
    EXPECT_TRUE(result.error().contains(QStringLiteral("The database was rolled back")))
        << result.error().toStdString();
    EXPECT_EQ(databaseFingerprint(fixture.db()), before) << "labels and author 77 are gone again";
    EXPECT_EQ(fixture.tracked(), 3);
}

TEST(ApplyCancel, ProgressArrivesQueuedWhileTheUiThreadsEventLoopRuns)
{
    const TwoPending fixture;
    ApplyDialog dialog(fixture.target());
    rehearseAndAccept(dialog);
    auto *run = dialog.findChild<ApplyRun *>();
    ASSERT_TRUE(run);

    // The worker waits inside the first migration's progress report until the UI thread has handled that report
    // (queued): with an apply on the UI thread this could never happen. The queued receiver is connected first, so
    // its event is posted before the worker blocks.
    QSemaphore uiTurn;
    bool workerOffUiThread = false;
    bool workerSawUiTurn = false;
    QList<QPair<int, int>> received;
    bool receivedOnUiThread = true;
    QObject::connect(run, &ApplyRun::progressed, &dialog, [&](int done, int total) {
        receivedOnUiThread = receivedOnUiThread && QThread::currentThread() == qApp->thread();
        received << qMakePair(done, total);
        if (done == 0)
            uiTurn.release();
    });
    QObject::connect(
        run, &ApplyRun::progressed, run,
        [&](int done) {
            if (done != 0)
                return;
            workerOffUiThread = QThread::currentThread() != qApp->thread();
            workerSawUiTurn = uiTurn.tryAcquire(1, 30000);
        },
        Qt::DirectConnection);
    QSignalSpy finished(&dialog, &ApplyDialog::runFinished);
    ASSERT_TRUE(dialog.applyNow());
    EXPECT_TRUE(dialog.isRunning()) << "applyNow() returns while the worker applies";
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_TRUE(finished.first().first().toBool()) << dialog.details().toStdString();
    EXPECT_TRUE(workerOffUiThread);
    EXPECT_TRUE(workerSawUiTurn) << "the UI thread handled the first progress report while the worker was applying";
    EXPECT_TRUE(receivedOnUiThread);
    EXPECT_EQ(received, (QList<QPair<int, int>>{{0, 2}, {1, 2}, {2, 2}}));
    EXPECT_EQ(fixture.tracked(), 5);
}

TEST(ApplyCancel, CancelMidApplyRollsBackEveryMigrationAndSaysSo)
{
    const TwoPending fixture;
    ApplyDialog dialog(fixture.target());
    QSignalSpy applied(&dialog, &ApplyDialog::applied);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    rehearseAndAccept(dialog);
    const QStringList before = databaseFingerprint(fixture.db());
    auto *run = dialog.findChild<ApplyRun *>();
    ASSERT_TRUE(run);

    // 0003 has run inside the transaction; before 0004 the worker waits until the UI thread has clicked Cancel (the
    // queued receiver first, as above).
    QSemaphore cancelClicked;
    QObject::connect(run, &ApplyRun::progressed, &dialog, [&](int done) {
        if (done != 1)
            return;
        dialog.findChild<QPushButton *>(QStringLiteral("closeButton"))->click(); // "Cancel" while running
        cancelClicked.release();
    });
    QObject::connect(
        run, &ApplyRun::progressed, run,
        [&](int done) {
            if (done == 1)
                cancelClicked.tryAcquire(1, 30000);
        },
        Qt::DirectConnection);
    QSignalSpy finished(&dialog, &ApplyDialog::runFinished);
    ASSERT_TRUE(dialog.applyNow());
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_FALSE(finished.first().first().toBool());
    EXPECT_EQ(dialog.summary(), QStringLiteral("Cancelled: nothing was applied; the database is exactly as it was."));
    EXPECT_TRUE(dialog.details().startsWith(QStringLiteral("Cancelled"))) << dialog.details().toStdString();
    EXPECT_TRUE(dialog.details().contains(QStringLiteral("The database was rolled back")))
        << dialog.details().toStdString();
    EXPECT_EQ(applied.count(), 0);
    EXPECT_EQ(rejected.count(), 0) << "Cancel while running stops the run, not the dialog";
    EXPECT_EQ(databaseFingerprint(fixture.db()), before) << "row counts, schema and tracking table as they were";
    EXPECT_EQ(fixture.tracked(), 3);
    EXPECT_TRUE(dialog.findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled()) << "the user may retry";
}
