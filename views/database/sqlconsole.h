// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace tw::database {
class DatabaseInspector;
}

namespace tw::views {

class ResultTableModel;

/// The SQL console: an editor, Run (Ctrl+Return), the statements run before, a results grid (the first
/// kMaxRows rows) with CSV export of the whole result, and the write switch. Read-only by default; "Allow writes"
/// opens a transaction that Commit or Roll back ends, and nothing reaches the file before Commit.
class SqlConsole : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxRows = 10000;

    explicit SqlConsole(QWidget *parent = nullptr);

    /// Not owned; null detaches.
    void setInspector(database::DatabaseInspector *inspector);
    /// Runs @p sql as if typed and run; false on an error (shown in the status line).
    bool run(const QString &sql);
    /// Switches writes on (beginning a transaction) or off (only when nothing is uncommitted, else it asks).
    bool setWritesAllowed(bool allowed);
    bool commit();
    bool rollback();
    /// Writes the last result to @p path as CSV, re-running its statement to get every row.
    bool exportCsv(const QString &path);

    /// Asks the user a yes/no/cancel-style question; tests replace it. Returns QMessageBox::StandardButton.
    void setAsker(std::function<int(const QString &question)> asker) { m_ask = std::move(asker); }
    /// With uncommitted changes, asks whether to commit, roll back or cancel; false when the user cancels.
    bool settleTransaction();

    QStringList history() const { return m_history; }
    QString statusText() const;
    ResultTableModel *resultModel() const { return m_model; }
    QPlainTextEdit *editor() const { return m_editor; }

Q_SIGNALS:
    /// Something was written or committed/rolled back: views of the data should re-read.
    void databaseChanged();
    /// Writes were switched on or off.
    void writingChanged(bool writing);

private:
    void updateState();
    void setStatus(const QString &text, bool error);
    void exportWithDialog();

    database::DatabaseInspector *m_inspector = nullptr;
    std::function<int(const QString &)> m_ask;
    QStringList m_history;
    QString m_lastStatement;
    QPlainTextEdit *m_editor;
    QComboBox *m_historyBox;
    QPushButton *m_runButton;
    QCheckBox *m_writes;
    QPushButton *m_commitButton;
    QPushButton *m_rollbackButton;
    QPushButton *m_exportButton;
    QLabel *m_status;
    QTableView *m_results;
    ResultTableModel *m_model;
};

} // namespace tw::views
