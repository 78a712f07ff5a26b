// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/runner/applyoptions.h"
#include "migrations/runner/rehearsalreport.h"
#include "model/project/projectsettings.h"

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

/// Where an apply goes: the migrations folder and the database, with the project's apply settings.
struct ApplyTarget
{
    QString migrationsFolder;
    migrations::ApplyOptions options; ///< options.databasePath may be empty: the user chooses one
    QString problem;                  ///< why no database was found, shown until one is chosen
};

/// "Apply to Local Database": shows the target database and the pending migrations, rehearses them on a copy and
/// shows the per-table report (destructive steps highlighted; losing data needs an explicit tick), then applies
/// for real with a progress bar and Cancel, and shows the backup taken or the error.
class ApplyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ApplyDialog(const ApplyTarget &target, QWidget *parent = nullptr);

    /// The project's migrations folder and database: the configured one, else wrangler's local D1 file.
    static ApplyTarget targetFor(const QString &projectFile, const model::ProjectSettings &settings);
    /// Opens the dialog modally for a saved project and rehearses at once; returns QDialog::exec()'s result.
    static int execFor(const QString &projectFile, const model::ProjectSettings &settings, QWidget *parent);

    /// Rehearses on a copy and shows the report; false when the rehearsal could not run or shows a failure.
    bool rehearse();
    /// Applies for real (Apply button); false on error or cancel, with the message shown.
    bool applyNow();
    /// Uses another database file and rehearses again.
    void setDatabasePath(const QString &path);

    RehearsalModel *rehearsalModel() const { return m_model; }
    const migrations::RehearsalReport &report() const;
    /// The summary under the table: what the rehearsal found, or the outcome of applying.
    QString summary() const;
    /// The full error or result text (SQL and SQLite's message), empty when there is none.
    QString details() const;

Q_SIGNALS:
    /// Migrations were applied; @p backupPath is empty when no backup was needed (a new database).
    void applied(const QStringList &files, const QString &backupPath);

public Q_SLOTS:
    void reject() override;

private:
    void buildUi();
    void chooseDatabase();
    void showReport();
    void showOutcome(const QString &summary, const QString &details, bool error);
    void updateButtons();
    bool progress(int done, int total, const QString &file);

    ApplyTarget m_target;
    bool m_rehearsed = false;
    bool m_running = false;
    bool m_cancelRequested = false;
    bool m_done = false;
    QLineEdit *m_database = nullptr;
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
    QPushButton *m_closeButton = nullptr;
};

} // namespace tw::views
