// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/adopt/drizzleprojectrequest.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace tw::views {

/// File ▸ Open Drizzle Project…: what the team's drizzle config says (schema files, migrations folder, casing),
/// editable where the config could not say it (an environment variable, an imported constant: those fields are
/// marked and must be answered), what the config reader noticed, and where to save the `.twproj` (beside the
/// config by default). Open is enabled once nothing is missing.
class DrizzleProjectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DrizzleProjectDialog(const DrizzleProjectRequest &request, QWidget *parent = nullptr);

    /// The request as the form completes it.
    DrizzleProjectRequest request() const;

    QPlainTextEdit *schemaEdit() const { return m_schema; }
    QLineEdit *migrationsEdit() const { return m_migrations; }
    QComboBox *casingCombo() const { return m_casing; }
    QLineEdit *projectFileEdit() const { return m_projectFile; }
    QListWidget *notesList() const { return m_notes; }
    /// The migrations folder's layout as found on disk (drizzle-kit 0.31's classic, 1.0's v1, empty or mixed).
    QLabel *layoutLabel() const { return m_layout; }
    QLabel *problemLabel() const { return m_problem; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QWidget *withButton(QWidget *field, const QString &text, void (DrizzleProjectDialog::*browse)());
    QLabel *fieldLabel(const QString &text, const QString &key, QWidget *buddy);
    void addSchemaFile();
    void browseMigrations();
    void browseProjectFile();
    void refresh();
    void showLayout(const DrizzleProjectRequest &current);

    DrizzleProjectRequest m_request;
    QPlainTextEdit *m_schema;
    QLineEdit *m_migrations;
    QComboBox *m_casing;
    QLineEdit *m_projectFile;
    QListWidget *m_notes;
    QLabel *m_layout;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace tw::views
