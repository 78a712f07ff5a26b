// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/runner/applytarget.h"
#include "migrations/runner/rehearsalreport.h"
#include "model/core/result.h"
#include "views/apply/applyrun.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStringListModel;
class QTableView;

namespace tw::views {

class RehearsalModel;

/// "Apply to Local Database": shows the target database and the pending migrations, rehearses them on a copy and
/// shows the per-table report (destructive steps highlighted; losing data needs an explicit tick), then applies
/// for real with a progress bar and Cancel, and shows the backup taken or the error. Rehearsal and apply run on a
/// worker thread (ApplyRun): the dialog and the window stay responsive, and Cancel stops the run at the next
/// statement, rolling it back. Callers hold anything else that reads the database while runningChanged() says so.
class ApplyDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p target as migrations::ApplyTarget::forProject() finds it; its problem is shown until a database is chosen.
    explicit ApplyDialog(const migrations::ApplyTarget &target, QWidget *parent = nullptr);
    ~ApplyDialog() override;

    const migrations::ApplyTarget &target() const { return m_target; }

    /// Starts rehearsing on a copy; runFinished() says whether the report allows applying. False when it cannot
    /// start (no database chosen, or a run is going).
    bool rehearse();
    /// Starts applying for real (Apply button); runFinished() says whether it was applied. False when it cannot
    /// start (not rehearsed, data loss not accepted, or a run is going).
    bool applyNow();
    /// Asks the run going to stop at its next statement; it rolls back and the dialog says so.
    void cancelRun();
    /// Cancels the run going and waits until it has rolled back (the window is closing).
    void cancelRunAndWait();
    bool isRunning() const;
    /// Uses another database file and rehearses again.
    void setDatabasePath(const QString &path);
    /// The user picked @p path (Choose…): announces it with databaseChosen() so that it becomes the project's
    /// database everywhere, then uses it.
    void useChosenDatabase(const QString &path);
    /// How many changes the project holds that no migration has yet (the pending plan's operations): the dialog
    /// says so instead of "up to date" and offers Generate Migration (generateRequested()).
    void setUngeneratedChanges(int count);
    QPushButton *generateButton() const { return m_generateButton; }
    /// The pending migrations as listed (or the line saying why there are none).
    QStringList pendingLines() const;

    RehearsalModel *rehearsalModel() const { return m_model; }
    const migrations::RehearsalReport &report() const;
    /// The summary under the table: what the rehearsal found, or the outcome of applying.
    QString summary() const;
    /// The full error or result text (SQL and SQLite's message), empty when there is none.
    QString details() const;

Q_SIGNALS:
    /// The user asked to generate the changes not generated yet (see setUngeneratedChanges()).
    void generateRequested();
    /// The user chose @p path as the database to apply to (an absolute path).
    void databaseChosen(const QString &path);
    /// Migrations were applied; @p backupPath is empty when no backup was needed (a new database).
    void applied(const QStringList &files, const QString &backupPath);
    /// A rehearsal or apply started (true) or ended (false): the database is in use by the worker meanwhile.
    void runningChanged(bool running);
    /// A rehearsal ended (@p ok: it allows applying) or an apply ended (@p ok: applied); the outcome is shown.
    void runFinished(bool ok);

public Q_SLOTS:
    void reject() override;

private:
    void buildUi();
    void chooseDatabase();
    void showReport();
    void showOutcome(const QString &summary, const QString &details, bool error);
    void updateButtons();
    void startRun(ApplyRun::Kind kind);
    void showProgress(int done, int total, const QString &file);
    void runEnded();
    bool showRehearsal(const model::Result<migrations::RehearsalReport> &result);
    bool showApplied(const model::Result<migrations::ApplyReport> &result);

    migrations::ApplyTarget m_target;
    ApplyRun *m_run = nullptr;
    bool m_rehearsed = false;
    bool m_done = false;
    int m_ungenerated = 0; ///< see setUngeneratedChanges()
    QLineEdit *m_database = nullptr;
    QPushButton *m_choose = nullptr;
    QLabel *m_folder = nullptr;
    QStringListModel *m_pendingModel = nullptr;
    QListView *m_pending = nullptr;
    RehearsalModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_destructive = nullptr;
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QProgressBar *m_progress = nullptr;
    QCheckBox *m_acceptLoss = nullptr;
    QPushButton *m_rehearseButton = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_generateButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace tw::views
