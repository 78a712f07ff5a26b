// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/validation/finding.h"

#include <QAbstractTableModel>

namespace tw::model {

class SchemaDocument;

/// The validation findings of a document's schema, one row each, in SchemaValidator's order, then the findings of
/// the last migrations check (Verify Migrations). It revalidates (a model reset) whenever the schema changes; the
/// migration findings stay until the next check or until another project is opened.
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Field { Severity, Location, Message, FieldCount };
    enum Role {
        TableIdRole = Qt::UserRole + 1, ///< the table or view concerned (string id, empty for none)
        ItemIdRole,                     ///< the column/index/constraint concerned (string id, empty for none)
        IsErrorRole,                    ///< bool
        RuleRole,                       ///< the stable rule id
    };

    explicit ProblemsModel(SchemaDocument *document, QObject *parent = nullptr);

    const Findings &findings() const { return m_findings; }
    int errorCount() const;
    /// Replaces the findings about the project's migrations folder (drift between a migration's SQL and its
    /// snapshot), shown after the schema's own; empty clears them.
    void setMigrationFindings(const Findings &findings);
    const Findings &migrationFindings() const { return m_migrationFindings; }
    int warningCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void revalidate();

    SchemaDocument *m_document;
    Findings m_findings;
    Findings m_migrationFindings;
};

} // namespace tw::model
