// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project/projectsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace tw::model {
class SchemaDocument;
}

namespace tw::views {

/// Project > Settings: whose schema source it is (Generated: Tablewright writes schema.ts; Source: the team's own
/// TypeScript, edited in place, with its files and casing shown read-only: they come from their drizzle config),
/// where migrations, schema.ts, exported code and the local database live (relative to the project file), the SQL
/// target (D1-safe rebuilds or plain SQLite), the migration tracking table, how many backups apply keeps, and
/// which tRPC procedure builder exported code uses, and the migrations folder's layout (drizzle-kit 0.31's classic
/// or 1.0's v1): chosen here for an empty folder, shown read-only as detected for one that holds migrations
/// (`tablewright convert` changes it). OK pushes one undoable change.
class ProjectSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    ProjectSettingsDialog(model::SchemaDocument *document, QWidget *parent = nullptr);

    QLineEdit *migrationsFolderEdit() const { return m_migrationsFolder; }
    QLineEdit *schemaFileEdit() const { return m_schemaFile; }
    QLineEdit *codeFolderEdit() const { return m_codeFolder; }
    QLineEdit *databaseEdit() const { return m_database; }
    QComboBox *targetCombo() const { return m_target; }
    QComboBox *trackingCombo() const { return m_tracking; }
    QSpinBox *backupsSpin() const { return m_backups; }
    QComboBox *procedureAccessCombo() const { return m_procedureAccess; }
    /// The migration layout; disabled, showing the detected layout, when the folder already holds migrations.
    QComboBox *migrationLayoutCombo() const { return m_migrationLayout; }
    /// Why classic or v1, or which layout the folder holds and that `convert` changes it.
    QLabel *migrationLayoutNote() const { return m_migrationLayoutNote; }
    QLabel *problemLabel() const { return m_problem; }
    /// "Generated: Tablewright writes schema.ts" or "Source: your TypeScript files, edited in place".
    QLabel *schemaModeLabel() const { return m_schemaMode; }
    /// Source mode: the schema sources and casing, read-only; hidden in generated mode.
    QLabel *schemaSourcesLabel() const { return m_schemaSources; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    /// The settings as the form shows them now.
    model::ProjectSettings settings() const;
    /// Why settings() cannot be stored ("The migrations folder is empty"), or empty when it can.
    static QString problem(const model::ProjectSettings &settings);

    void accept() override;

private:
    QWidget *pathRow(QLineEdit *edit, bool isFolder, const QString &filter);
    void browse(QLineEdit *edit, bool isFolder, const QString &filter);
    void refresh();
    void refreshMigrationLayout();
    QString projectFolder() const;
    QWidget *schemaSection();
    QWidget *layoutSection();

    model::SchemaDocument *m_document;
    QLineEdit *m_migrationsFolder;
    QLineEdit *m_schemaFile;
    QLineEdit *m_codeFolder;
    QLineEdit *m_database;
    QComboBox *m_target;
    QComboBox *m_tracking;
    QSpinBox *m_backups;
    QCheckBox *m_deployLocal;
    QComboBox *m_procedureAccess;
    QComboBox *m_migrationLayout;
    QLabel *m_migrationLayoutNote;
    /// The layout the project chose, shown again when the folder is changed back to an empty one.
    model::ProjectSettings::MigrationLayout m_chosenLayout;
    QLabel *m_problem;
    QLabel *m_schemaMode;
    QLabel *m_schemaSources;
    QDialogButtonBox *m_buttons;
};

} // namespace tw::views
