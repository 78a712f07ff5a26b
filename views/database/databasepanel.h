// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTreeView;

namespace tw::database {
class DatabaseInspector;
}

namespace tw::model {
class SchemaDocument;
}

namespace tw::views {

class DriftView;
class ResultTableModel;
class RowsBrowser;
class SqlConsole;

/// The Database dock: the project's local database (wrangler's D1 file, or the one the project names) or any
/// SQLite file, as the guide's `dev:query` checks show it: tables and views with row counts; per table its
/// columns, indexes and foreign keys, and its rows; the migration history beside the project's folder; a SQL
/// console. Opened read-only; writes need "Allow writes" and end with Commit or Roll back.
class DatabasePanel : public QWidget
{
    Q_OBJECT

public:
    /// @p document is the project whose database and migrations folder the panel shows (it follows the document's
    /// file path and settings).
    explicit DatabasePanel(model::SchemaDocument *document, QWidget *parent = nullptr);
    ~DatabasePanel() override;

    /// The project's configured database, or the one wrangler keeps beside it; empty with @p error set when none.
    QString projectDatabase(QString *error = nullptr) const;
    /// Opens @p path read-only (closing the current one first, which may ask); false with the reason shown.
    bool openDatabase(const QString &path);
    /// Closes the database; with uncommitted changes, asks first; false when the user keeps it open.
    bool closeDatabase();
    /// Re-reads the tables, counts, details and history.
    void refresh();
    /// Selects @p table in the list and shows its structure and rows.
    void showTable(const QString &table);
    /// While migrations are applied on another thread, the panel must not query any database: held, it is disabled,
    /// its rows are let go (nothing pages them in) and every refresh waits; released, it reads everything again.
    void setHeld(bool held);
    bool isHeld() const { return m_held; }

    database::DatabaseInspector *inspector() const { return m_inspector.get(); }
    SqlConsole *console() const { return m_console; }
    DriftView *drift() const { return m_drift; }
    RowsBrowser *rows() const { return m_rows; }
    QTabWidget *tabs() const { return m_tabs; }
    ResultTableModel *objectsModel() const { return m_objects; }
    ResultTableModel *historyModel() const { return m_history; }
    ResultTableModel *columnsModel() const { return m_columns; }
    ResultTableModel *indexesModel() const { return m_indexes; }
    ResultTableModel *foreignKeysModel() const { return m_foreignKeys; }
    QString statusText() const;
    /// Replaces the question asked before closing with uncommitted changes (tests answer it).
    void setAsker(std::function<int(const QString &)> asker);

protected:
    /// Closing the window with uncommitted database changes asks to commit, roll back or cancel.
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    /// A database was opened (path) or closed (empty).
    void databaseChanged(const QString &path);

private:
    QWidget *createStructureTab();
    void openProjectDatabase();
    void openFileWithDialog();
    void showSelectedTable();
    void refreshHistory();

    std::unique_ptr<database::DatabaseInspector> m_inspector;
    model::SchemaDocument *m_document;
    QString m_currentTable;
    bool m_held = false;

    QLabel *m_path;
    QPushButton *m_projectButton;
    QPushButton *m_openButton;
    QPushButton *m_refreshButton;
    QTreeView *m_objectsView;
    ResultTableModel *m_objects;
    QTabWidget *m_tabs;
    QLabel *m_tableTitle;
    ResultTableModel *m_columns;
    ResultTableModel *m_indexes;
    ResultTableModel *m_foreignKeys;
    RowsBrowser *m_rows;
    ResultTableModel *m_history;
    QLabel *m_historySummary;
    SqlConsole *m_console;
    DriftView *m_drift;
    QLabel *m_status;
};

} // namespace tw::views
