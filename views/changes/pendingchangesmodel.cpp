// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/changes/pendingchangesmodel.h"

#include "views/common/icons.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace tw::views {
namespace {

QString quoted(const QString &name)
{
    return QStringLiteral("\u201c%1\u201d").arg(name);
}

template<class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};

} // namespace

PendingChangesModel::PendingChangesModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void PendingChangesModel::setPlan(const migrations::MigrationPlan &plan, const QStringList &countedWarnings)
{
    const QStringList counted = countedWarnings.size() == plan.warnings.size() ? countedWarnings : QStringList();
    if (plan == m_plan && counted == m_counted)
        return;
    beginResetModel();
    m_plan = plan;
    m_counted = counted;
    endResetModel();
}

int PendingChangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.warnings.size() + m_plan.operations.size());
}

QVariant PendingChangesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (row < m_plan.warnings.size())
        return warningData(row, role);
    return operationData(m_plan.operations.at(row - m_plan.warnings.size()), role);
}

QVariant PendingChangesModel::warningData(int row, int role) const
{
    const migrations::MigrationWarning &warning = m_plan.warnings.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return m_counted.isEmpty() ? tr("%1: %2").arg(warning.object, warning.message) : m_counted.at(row);
    case Qt::ToolTipRole:
        return tr("May lose data or fail on existing rows (%1)")
            .arg(migrations::migrationWarningKindName(warning.kind));
    case Qt::DecorationRole:
        return icons::icon(QStringLiteral("problem-warning"));
    case Qt::ForegroundRole:
        return QBrush(QColor(0xb4, 0x53, 0x09));
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case IsWarningRole:
        return true;
    case KindRole:
        return QStringLiteral("warning");
    default:
        return {};
    }
}

QVariant PendingChangesModel::operationData(const migrations::Operation &operation, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return describe(operation);
    case Qt::DecorationRole:
        return icons::icon(QStringLiteral("change-") + kindOf(operation));
    case IsWarningRole:
        return false;
    case KindRole:
        return kindOf(operation);
    default:
        return {};
    }
}

QString PendingChangesModel::describe(const migrations::Operation &operation)
{
    using namespace migrations;
    return std::visit(
        Overloaded{
            [](const CreateTable &op) { return tr("Create table %1").arg(quoted(op.table.name)); },
            [](const DropTable &op) { return tr("Drop table %1").arg(quoted(op.table)); },
            [](const RenameTable &op) { return tr("Rename table %1 to %2").arg(quoted(op.from), quoted(op.to)); },
            [](const RenameColumn &op) {
                return tr("Rename column %1.%2 to %3").arg(quoted(op.table), quoted(op.from), quoted(op.to));
            },
            [](const AddColumn &op) {
                const QString text = tr("Add column %1.%2").arg(quoted(op.table), quoted(op.column.name));
                return op.fill.isEmpty() ? text : tr("%1, filled from %2").arg(text, op.fill);
            },
            [](const DropColumn &op) { return tr("Drop column %1.%2").arg(quoted(op.table), quoted(op.column)); },
            [](const RebuildTable &op) {
                QString text =
                    tr("Rebuild table %1 (copies %n column(s) into the new definition)", nullptr, int(op.copies.size()))
                        .arg(quoted(op.table.name));
                for (const ColumnCopy &copy : op.copies) {
                    if (!copy.expression.isEmpty())
                        text += tr(", %1 filled from %2").arg(quoted(copy.target), copy.expression);
                }
                return text;
            },
            [](const CreateIndex &op) {
                return tr("Create index %1 on %2").arg(quoted(op.index.name), quoted(op.index.table));
            },
            [](const DropIndex &op) { return tr("Drop index %1 on %2").arg(quoted(op.name), quoted(op.table)); },
            [](const CreateView &op) { return tr("Create view %1").arg(quoted(op.name)); },
            [](const DropView &op) { return tr("Drop view %1").arg(quoted(op.name)); },
        },
        operation);
}

QString PendingChangesModel::kindOf(const migrations::Operation &operation)
{
    using namespace migrations;
    if (std::holds_alternative<CreateTable>(operation) || std::holds_alternative<AddColumn>(operation) ||
        std::holds_alternative<CreateIndex>(operation) || std::holds_alternative<CreateView>(operation))
        return QStringLiteral("add");
    if (std::holds_alternative<DropTable>(operation) || std::holds_alternative<DropColumn>(operation) ||
        std::holds_alternative<DropIndex>(operation) || std::holds_alternative<DropView>(operation))
        return QStringLiteral("remove");
    if (std::holds_alternative<RenameTable>(operation) || std::holds_alternative<RenameColumn>(operation))
        return QStringLiteral("rename");
    return QStringLiteral("change");
}

} // namespace tw::views
