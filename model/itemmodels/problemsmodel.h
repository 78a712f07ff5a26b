// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/latestonly.h"
#include "model/validation/finding.h"

#include <QAbstractTableModel>

namespace tw::model {

class SchemaDocument;

/// The validation findings of a document's schema, one row each, in SchemaValidator's order, then the findings of
/// the last migrations check (Verify Migrations). It revalidates (a model reset) whenever the schema changes; the
/// migration findings stay until the next check or until another project is opened. A schema of
/// backgroundFrom() tables or more is validated on a worker thread (the newest edit's findings replace the list when
/// they are ready), so that typing in a 2,000-table project never waits for its validation.
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
    /// From how many tables on validation runs off the window's thread (kBackgroundTables; tests lower it).
    int backgroundFrom() const { return m_backgroundFrom; }
    void setBackgroundFrom(int tables) { m_backgroundFrom = tables; }
    /// True while a background validation runs or waits: the list shows the findings of an earlier schema.
    bool isValidating() const { return m_validation.busy(); }
    static constexpr int kBackgroundTables = 300;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void revalidate();
    void show(Findings findings);

    SchemaDocument *m_document;
    Findings m_findings;
    Findings m_migrationFindings;
    int m_backgroundFrom = kBackgroundTables;
    LatestOnly m_validation{this};
};

} // namespace tw::model
