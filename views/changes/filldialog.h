// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/fill/columnfills.h"
#include "model/project/project.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace tw::views {

/// Fill from…: the SQL that computes one changed column from the old row (the guide's `slug` from `name`), with
/// SQL highlighting and the check `tablewright fill` makes (migrations::ColumnFills) shown inline as the user types.
/// OK is enabled only for an expression that passes; the caller stores fills() with an undoable edit.
class FillDialog : public QDialog
{
    Q_OBJECT

public:
    FillDialog(const model::Project &project, const QString &migrationsFolder, const migrations::FillTarget &target,
               QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_editor; }
    QString problem() const { return m_problem; }
    /// The project's fills with this column's expression set (valid once accepted).
    QList<model::ColumnFill> fills() const { return m_fills; }

private:
    void validate();

    model::Project m_project;
    QString m_folder;
    migrations::FillTarget m_target;
    QPlainTextEdit *m_editor;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QString m_problem;
    QList<model::ColumnFill> m_fills;
};

} // namespace tw::views
