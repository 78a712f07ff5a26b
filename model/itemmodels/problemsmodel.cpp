// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/itemmodels/problemsmodel.h"

#include "model/document/schemadocument.h"
#include "model/validation/schemavalidator.h"

#include <algorithm>

namespace tw::model {

ProblemsModel::ProblemsModel(SchemaDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_findings(SchemaValidator::validate(document->schema()))
{
    connect(document, &SchemaDocument::schemaChanged, this, &ProblemsModel::revalidate);
    connect(document, &SchemaDocument::projectReset, this, [this] { setMigrationFindings({}); });
}

void ProblemsModel::revalidate()
{
    const Schema &schema = m_document->schema();
    if (schema.tables.size() < m_backgroundFrom && !m_validation.busy()) {
        show(SchemaValidator::validate(schema) + m_migrationFindings);
        return;
    }
    m_validation.run([this, schema = Schema(schema), migration = m_migrationFindings]() -> LatestOnly::Delivery {
        Findings findings = SchemaValidator::validate(schema) + migration;
        return [this, findings = std::move(findings)] {
            show(findings);
        };
    });
}

void ProblemsModel::show(Findings findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

void ProblemsModel::setMigrationFindings(const Findings &findings)
{
    m_migrationFindings = findings;
    revalidate();
}

int ProblemsModel::errorCount() const
{
    return int(std::count_if(m_findings.begin(), m_findings.end(), [](const Finding &f) { return f.isError(); }));
}

int ProblemsModel::warningCount() const
{
    return int(m_findings.size()) - errorCount();
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FieldCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &finding = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Severity)
            return finding.isError() ? tr("Error") : tr("Warning");
        return index.column() == Location ? finding.location.text : finding.message;
    case Qt::ToolTipRole:
        return finding.toString();
    case TableIdRole:
        return finding.location.table.toString();
    case ItemIdRole:
        return finding.location.item.toString();
    case IsErrorRole:
        return finding.isError();
    case RuleRole:
        return finding.rule;
    default:
        return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const QStringList headers = {tr("Severity"), tr("Where"), tr("Problem")};
    return headers.value(section);
}

} // namespace tw::model
