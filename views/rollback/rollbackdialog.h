// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/rollback/rollbackrunner.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace tw::views {

class RehearsalModel;

/// Migration ▸ Roll Back…: the user picks the migration to go back to from the ones the database records as applied
/// (the last one by default: undo one migration), sees the down SQL and the rehearsal on a copy (per table, the rows
/// and values the rollback loses, as the apply dialog shows them), ticks that they accept the loss when there is
/// one, and rolls back (backup, one transaction, tracking rows removed, schema checked); the result stays shown.
/// The down SQL comes from migrations::RollbackRunner, so the dialog and `tablewright rollback` do the same thing.
class RollbackDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p request: the project, its migrations folder and its database, as for `apply`; its `to` is the dialog's.
    explicit RollbackDialog(migrations::RollbackRequest request, QWidget *parent = nullptr);

    /// Reads the applied migrations into the target list and rehearses the default target; false (with the reason
    /// shown) when the database cannot be read or nothing is applied.
    bool load();
    /// Shows why there is nothing to roll back (no database found for the project) instead of loading.
    void showProblem(const QString &problem);
    /// Chooses the migration that stays the last applied (empty: none) and rehearses going back to it.
    bool setTarget(const QString &migration);
    /// Rolls back for real after a successful rehearsal (and the accepted loss, if any); false when it cannot or
    /// fails (the database then unchanged, the error shown).
    bool rollBack();

    QStringList targets() const;
    QString downSql() const;
    QString summary() const;
    const migrations::RehearsalReport &report() const;
    QCheckBox *acceptLossBox() const { return m_acceptLoss; }
    QPushButton *rollBackButton() const { return m_rollBack; }

Q_SIGNALS:
    /// Migrations were rolled back (names, latest first); @p backupPath is the copy taken first.
    void rolledBack(const QStringList &migrations, const QString &backupPath);

private:
    void buildUi();
    bool rehearse();
    void updateButtons();

    migrations::RollbackRequest m_request;
    std::optional<migrations::RollbackRehearsal> m_rehearsal;
    bool m_done = false;
    QComboBox *m_target = nullptr;
    QPlainTextEdit *m_sql = nullptr;
    RehearsalModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QCheckBox *m_acceptLoss = nullptr;
    QPushButton *m_rollBack = nullptr;
};

} // namespace tw::views
