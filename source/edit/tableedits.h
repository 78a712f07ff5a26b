// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source/edit/drizzletext.h"
#include "source/edit/editplan.h"
#include "source/sync/sourcematch.h"

#include <QSet>

namespace tw::source {

/// A table of the project and where the source writes it.
struct TablePair
{
    const SourceTable &written; ///< spans, as read
    const model::Table &read;   ///< what the source says, with the project's ids where they match
    const model::Table &table;  ///< what the project says
};

/// The edits inside one `sqliteTable(...)` declaration that make it say what the project's table says: its name,
/// column properties (added, removed, renamed, retyped, chain calls), inline and extra-config constraints.
class TableEdits
{
public:
    TableEdits(const SourceSchema &source, const SourceMatch &match, const model::Schema &project, TablePair pair,
               EditPlan &plan);
    void run();

private:
    // tablename / columns (columnedits.cpp)
    void editName();
    void editVariable();
    void removeColumns();
    void changeColumns();
    void addColumns();
    void changeColumn(int index, const model::Column &column);
    void renameKey(int index, const QString &key);
    void editBuilder(int index, const model::Column &column, const QString &key);
    void editChain(int index, const model::Column &column);
    void appendChainCalls(int index, const QStringList &calls);
    void removeChainCall(const SourceChainCall &call);
    void insertColumns(int anchor, bool atEnd, const QStringList &columnTexts);
    int writtenColumnOf(const model::Id &projectColumnId) const;
    bool refuseIfNotEditable(int index, const QString &what);
    QString columnIndent() const;

    // constraints (constraintedits.cpp)
    void editForeignKeys();
    void editConfigConstraints();
    void removeInlineReference(int index);
    void replaceInlineReference(int index, const model::ForeignKey &fk);
    void addForeignKey(const model::ForeignKey &fk);
    void removeConstraint(const SourceConstraint &constraint);
    void replaceConstraint(const SourceConstraint &constraint, const model::Table &only);
    void addConfigEntries(const QList<model::Table> &onlies);
    QString configParameter() const;
    QString entryKey(const model::Table &only) const;
    const SourceConstraint *constraintWithId(const model::Id &sourceId) const;

    QString what(const model::Column &column) const;

    const SourceSchema &m_source;
    const SourceMatch &m_match;
    const model::Schema &m_project;
    TablePair m_pair;
    EditPlan &m_plan;
    int m_fileIndex;
    const SourceFile &m_file;
    const QString &m_text;
    DrizzleText m_drizzle;
    QList<model::Table> m_newEntries; ///< one constraint each, written into the extra config at the end
    QSet<int> m_removed;              ///< written columns the project removed
    int m_commaRemovedAfter = -1;     ///< the column whose comma went with the removed last column
};

} // namespace tw::source
