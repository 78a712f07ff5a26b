// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;

namespace tw::model {
class SchemaDocument;
}

namespace tw::views {

class ResultTableModel;

/// Drift between the open database and the project's schema as of the migrations the database records: tables,
/// columns, indexes and keys missing, extra or different (DriftDetector). Two ways to settle it: "Import into
/// Project" makes the project's schema the database's (one undoable step), "Generate Migration" asks the window to
/// write the migration that brings the database to the project.
class DriftView : public QWidget
{
    Q_OBJECT

public:
    explicit DriftView(model::SchemaDocument *document, QWidget *parent = nullptr);

    /// The database to compare (empty: none).
    void setDatabase(const QString &path);
    /// Compares again; false with the reason shown when the comparison cannot be made.
    bool check();
    /// Replaces the project's tables and views with the database's, as one undoable command.
    bool importIntoProject();

    ResultTableModel *model() const { return m_model; }
    QString summaryText() const;

    /// The window's Generate Migration action, offered beside Import; without one the button is hidden.
    void setGenerateAction(QAction *action);

Q_SIGNALS:
    /// After each comparison (and when the database changes): the differences per table, keyed by the table's name
    /// in lower case, for the diagram to mark (DiagramScene::showDrift). Empty when in sync or not compared.
    void driftByTableChanged(const QHash<QString, QStringList> &linesByTable);

private:
    model::SchemaDocument *m_document;
    QString m_database;
    ResultTableModel *m_model;
    QLabel *m_summary;
    QLabel *m_notes;
    QPushButton *m_checkButton;
    QPushButton *m_importButton;
    QPushButton *m_generateButton;
    QAction *m_generateAction = nullptr;
};

} // namespace tw::views
