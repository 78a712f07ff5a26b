// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/edit/tableedits.h"

#include "codegen/schemats/drizzlecolumnwriter.h"
#include "model/schema/naming.h"
#include "source/edit/sourcereferences.h"

namespace tw::source {
namespace {

using Kind = SourceConstraint::Kind;

model::Id constraintId(const SourceConstraint &constraint)
{
    switch (constraint.kind) {
    case Kind::Index:
    case Kind::UniqueIndex:
        return constraint.index.id;
    case Kind::Unique:
        return constraint.unique.id;
    case Kind::PrimaryKey:
        return constraint.primaryKey.id;
    case Kind::ForeignKey:
        return constraint.foreignKey.id;
    case Kind::Check:
        return constraint.check.id;
    }
    return {};
}

/// @p table without constraints: the base for a copy holding just one, to write one extra-config entry.
model::Table bare(const model::Table &table)
{
    model::Table only = table;
    only.primaryKey.reset();
    only.indexes.clear();
    only.foreignKeys.clear();
    only.uniqueConstraints.clear();
    only.checkConstraints.clear();
    return only;
}

template<typename T>
const T *withId(const QList<T> &list, const model::Id &id)
{
    for (const T &item : list) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

/// Calls @p visit(sourceIndex, readItem, projectItemOrNull) for every item the source has, then
/// @p add(projectItem) for those only the project has.
template<typename T, typename Visit, typename Add>
void diffLists(const QList<T> &written, const QList<T> &read, const QList<T> &project, Visit visit, Add add)
{
    for (qsizetype k = 0; k < read.size(); ++k)
        visit(written[k].id, read[k], withId(project, read[k].id));
    for (const T &item : project) {
        if (!withId(read, item.id))
            add(item);
    }
}

/// Whether @p entry (`index(NAME).on(...)`) names its index through a constant or expression rather than a literal:
/// rewriting it would replace the team's constant with a literal.
bool namedThroughCode(const QString &text, const SourceConstraint &constraint)
{
    const qsizetype open = text.indexOf(u'(', constraint.entry.begin);
    if (open < 0 || open >= constraint.entry.end)
        return false;
    const qsizetype first = text::skipBlanksAndComments(text, open + 1);
    return first < text.size() && (text[first].isLetter() || text[first] == u'_' || text[first] == u'$');
}

} // namespace

const SourceConstraint *TableEdits::constraintWithId(const model::Id &sourceId) const
{
    for (const SourceConstraint &constraint : m_pair.written.constraints) {
        if (constraintId(constraint) == sourceId)
            return &constraint;
    }
    return nullptr;
}

void TableEdits::editForeignKeys()
{
    using codegen::DrizzleColumnWriter;
    const QList<model::ForeignKey> &written = m_pair.written.table.foreignKeys;
    diffLists(
        written, m_pair.read.foreignKeys, m_pair.table.foreignKeys,
        [this](const model::Id &sourceId, const model::ForeignKey &read, const model::ForeignKey *wanted) {
            if (wanted && *wanted == read)
                return;
            const SourceConstraint *entry = constraintWithId(sourceId);
            const int column = writtenColumnOf(read.columns.value(0));
            if (wanted && entry && !DrizzleColumnWriter::isInlineForeignKey(*wanted)) {
                model::Table only = bare(m_pair.table);
                only.foreignKeys << *wanted;
                replaceConstraint(*entry, only);
                return;
            }
            if (wanted && !entry && column >= 0 && DrizzleColumnWriter::isInlineForeignKey(*wanted) &&
                wanted->columns.first() == read.columns.value(0)) {
                replaceInlineReference(column, *wanted);
                return;
            }
            if (entry)
                removeConstraint(*entry);
            else if (column >= 0 && !m_removed.contains(column))
                removeInlineReference(column);
            if (wanted)
                addForeignKey(*wanted);
        },
        [this](const model::ForeignKey &fk) { addForeignKey(fk); });
}

void TableEdits::addForeignKey(const model::ForeignKey &fk)
{
    if (!codegen::DrizzleColumnWriter::isInlineForeignKey(fk)) {
        model::Table only = bare(m_pair.table);
        only.foreignKeys << fk;
        m_newEntries << only;
        return;
    }
    const int index = writtenColumnOf(fk.columns.first());
    const model::Column *column = m_pair.table.column(fk.columns.first());
    if (index < 0 || !column)
        return; // a new column: its line carries the reference
    if (!refuseIfNotEditable(index, QStringLiteral("change its reference")))
        return;
    for (const ChainText &call : m_drizzle.chain(m_pair.table, *column)) {
        if (call.method == QLatin1String("references")) {
            appendChainCalls(index, {call.text});
            return;
        }
    }
}

void TableEdits::replaceInlineReference(int index, const model::ForeignKey &fk)
{
    if (!refuseIfNotEditable(index, QStringLiteral("change its reference")))
        return;
    const model::Column *column = m_pair.table.column(fk.columns.first());
    const SourceChainCall *existing = nullptr;
    for (const SourceChainCall &call : m_pair.written.columns[index].chain) {
        if (call.method == QLatin1String("references") && !existing)
            existing = &call;
    }
    for (const ChainText &call : m_drizzle.chain(m_pair.table, *column)) {
        if (call.method != QLatin1String("references"))
            continue;
        if (existing)
            m_plan.replace(m_fileIndex, existing->span, call.text);
        else
            appendChainCalls(index, {call.text});
        return;
    }
}

void TableEdits::removeInlineReference(int index)
{
    if (!refuseIfNotEditable(index, QStringLiteral("change its reference")))
        return;
    for (const SourceChainCall &call : m_pair.written.columns[index].chain) {
        if (call.method == QLatin1String("references")) {
            removeChainCall(call);
            return;
        }
    }
}

void TableEdits::editConfigConstraints()
{
    const model::Table &written = m_pair.written.table;
    auto visitWith = [this](auto setOnly) {
        return [this, setOnly](const model::Id &sourceId, const auto &read, const auto *wanted) {
            if (wanted && *wanted == read)
                return;
            const SourceConstraint *entry = constraintWithId(sourceId);
            if (!entry) {
                m_plan.refuse(
                    m_fileIndex, m_pair.written.declaration.begin,
                    QStringLiteral("table %1: cannot find where %2 is written")
                        .arg(m_pair.read.name, read.name.isEmpty() ? QStringLiteral("a constraint") : read.name));
                return;
            }
            if (!wanted) {
                removeConstraint(*entry);
                return;
            }
            model::Table only = bare(m_pair.table);
            setOnly(only, *wanted);
            replaceConstraint(*entry, only);
        };
    };
    auto addWith = [this](auto setOnly) {
        return [this, setOnly](const auto &item) {
            model::Table only = bare(m_pair.table);
            setOnly(only, item);
            m_newEntries << only;
        };
    };
    auto setIndex = [](model::Table &t, const model::Index &i) {
        t.indexes << i;
    };
    auto setUnique = [](model::Table &t, const model::UniqueConstraint &u) {
        t.uniqueConstraints << u;
    };
    auto setCheck = [](model::Table &t, const model::CheckConstraint &c) {
        t.checkConstraints << c;
    };
    auto setKey = [](model::Table &t, const model::PrimaryKey &k) {
        t.primaryKey = k;
    };
    diffLists(written.indexes, m_pair.read.indexes, m_pair.table.indexes, visitWith(setIndex), addWith(setIndex));
    diffLists(written.uniqueConstraints, m_pair.read.uniqueConstraints, m_pair.table.uniqueConstraints,
              visitWith(setUnique), addWith(setUnique));
    diffLists(written.checkConstraints, m_pair.read.checkConstraints, m_pair.table.checkConstraints,
              visitWith(setCheck), addWith(setCheck));
    QList<model::PrimaryKey> writtenKey, readKey, wantedKey;
    if (written.primaryKey)
        writtenKey << *written.primaryKey;
    if (m_pair.read.primaryKey)
        readKey << *m_pair.read.primaryKey;
    if (m_pair.table.primaryKey)
        wantedKey << *m_pair.table.primaryKey;
    diffLists(writtenKey, readKey, wantedKey, visitWith(setKey), addWith(setKey));
}

void TableEdits::removeConstraint(const SourceConstraint &constraint)
{
    if (!constraint.editable) {
        m_plan.refuse(m_fileIndex, constraint.entry.begin,
                      QStringLiteral("table %1: this constraint is not written in a form Tablewright can change; "
                                     "remove it there")
                          .arg(m_pair.read.name));
        return;
    }
    bool sharesLine = false;
    for (const SourceConstraint &other : m_pair.written.constraints) {
        sharesLine = sharesLine || (&other != &constraint && other.entry.begin < constraint.lines.end &&
                                    other.entry.end > constraint.lines.begin);
    }
    if (!sharesLine && text::onlyBlanksBefore(m_text, constraint.entry.begin)) {
        m_plan.remove(m_fileIndex, constraint.lines);
        return;
    }
    // On a line with others: the entry and the comma after it (or before it, for the last one).
    qsizetype after = constraint.entry.end;
    while (after < m_text.size() && m_text[after].isSpace())
        ++after;
    if (after < m_text.size() && m_text[after] == u',') {
        qsizetype end = after + 1;
        while (end < m_text.size() && (m_text[end] == u' ' || m_text[end] == u'\t'))
            ++end;
        m_plan.remove(m_fileIndex, {constraint.entry.begin, end});
        return;
    }
    qsizetype before = constraint.entry.begin - 1;
    while (before >= 0 && m_text[before].isSpace())
        --before;
    m_plan.remove(m_fileIndex,
                  {before >= 0 && m_text[before] == u',' ? before : constraint.entry.begin, constraint.entry.end});
}

void TableEdits::replaceConstraint(const SourceConstraint &constraint, const model::Table &only)
{
    if (namedThroughCode(m_text, constraint)) {
        m_plan.refuse(m_fileIndex, constraint.entry.begin,
                      QStringLiteral("table %1: this entry takes its name from code, which Tablewright does not "
                                     "rewrite as a literal; change it there")
                          .arg(m_pair.read.name));
        return;
    }
    if (!constraint.editable) {
        m_plan.refuse(m_fileIndex, constraint.entry.begin,
                      QStringLiteral("table %1: this constraint is not written in a form Tablewright can change; "
                                     "change it there")
                          .arg(m_pair.read.name));
        return;
    }
    const QString parameter = configParameter();
    const QStringList entries = m_drizzle.configEntries(only, parameter);
    if (!parameter.isEmpty() && !entries.isEmpty())
        m_plan.replace(m_fileIndex, constraint.entry, entries.first());
}

QString TableEdits::configParameter() const
{
    if (m_pair.written.extraConfig.isValid()) {
        const QString &parameter = m_pair.written.extraConfigParameter;
        if (parameter.isEmpty()) {
            m_plan.refuse(m_fileIndex, m_pair.written.extraConfig.begin,
                          QStringLiteral("table %1: its extra config does not take the table as one named "
                                         "parameter; change its constraints there")
                              .arg(m_pair.read.name));
        }
        return parameter;
    }
    return references::fileCallbackParameter(m_source, m_fileIndex);
}

QString TableEdits::entryKey(const model::Table &only) const
{
    QString name = QStringLiteral("constraint");
    if (!only.indexes.isEmpty())
        name = only.indexes.first().name;
    else if (!only.uniqueConstraints.isEmpty())
        name = only.uniqueConstraints.first().name.isEmpty() ? QStringLiteral("unique")
                                                             : only.uniqueConstraints.first().name;
    else if (!only.checkConstraints.isEmpty())
        name = only.checkConstraints.first().name;
    else if (only.primaryKey)
        name = QStringLiteral("pk");
    else if (!only.foreignKeys.isEmpty())
        name = only.foreignKeys.first().name.isEmpty() ? QStringLiteral("fk") : only.foreignKeys.first().name;
    const QString base = model::naming::typeScriptIdentifierFrom(name);
    QString key = base;
    for (int n = 2;; ++n) {
        const bool taken = std::any_of(m_pair.written.constraints.cbegin(), m_pair.written.constraints.cend(),
                                       [&key](const SourceConstraint &c) { return c.key == key; });
        if (!taken)
            return key;
        key = base + QString::number(n);
    }
}

} // namespace tw::source
