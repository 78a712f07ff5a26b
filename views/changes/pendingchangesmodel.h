// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/plan/migrationplan.h"

#include <QAbstractListModel>

namespace tw::views {

/// The next migration as a list: its data-loss warnings first (highlighted), then one row per operation in the
/// order it runs, each with an icon for its kind (add, remove, change, rename).
class PendingChangesModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IsWarningRole = Qt::UserRole + 1, KindRole };

    explicit PendingChangesModel(QObject *parent = nullptr);

    /// @p countedWarnings: one text per warning with its real row count, or empty (the warnings' own text).
    void setPlan(const migrations::MigrationPlan &plan, const QStringList &countedWarnings = {});
    const migrations::MigrationPlan &plan() const { return m_plan; }
    int warningCount() const { return int(m_plan.warnings.size()); }
    int operationCount() const { return int(m_plan.operations.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// "Create table `users`", "Rename column `users`.`mail` to `email`", ...
    static QString describe(const migrations::Operation &operation);
    /// add, remove, change or rename: the icon's name is `change-<kind>`.
    static QString kindOf(const migrations::Operation &operation);

private:
    QVariant warningData(int row, int role) const;
    QVariant operationData(const migrations::Operation &operation, int role) const;

    migrations::MigrationPlan m_plan;
    QStringList m_counted;
};

} // namespace tw::views
