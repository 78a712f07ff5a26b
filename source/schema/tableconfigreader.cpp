// SPDX-License-Identifier: GPL-3.0-or-later
// TableLinker's reading of one extra-config entry: index, uniqueIndex, unique, primaryKey, foreignKey, check.
#include "source/schema/tablelinker.h"

#include "migrations/snapshot/drizzlenames.h"
#include "migrations/snapshot/importids.h"
#include "source/schema/drizzlecasing.h"

namespace tw::source {
namespace {

using migrations::DrizzleNames;
using migrations::ImportIds;
using ts::TsNode;

const QList<TsNode> *callArguments(const QList<QPair<QString, QList<TsNode>>> &calls, QStringView method)
{
    for (const auto &call : calls) {
        if (call.first == method)
            return &call.second;
    }
    return nullptr;
}

QList<TsNode> arrayElements(const TsNode *node)
{
    return node && node->unwrapped().kind == TsNode::Kind::Array ? node->unwrapped().children : QList<TsNode>{};
}

const TsNode *propertyValue(const TsNode &object, QStringView key)
{
    const TsNode *property = object.unwrapped().property(key);
    return property && !property->children.isEmpty() ? &property->children[0] : nullptr;
}

} // namespace

void TableLinker::readEntry(int draft, int file, const TsNode &entry, const QString &key, const QString &parameter,
                            const SourceSpan &written)
{
    static const QStringList known{QStringLiteral("index"),      QStringLiteral("uniqueIndex"),
                                   QStringLiteral("unique"),     QStringLiteral("primaryKey"),
                                   QStringLiteral("foreignKey"), QStringLiteral("check")};
    const std::optional<Chain> chain = chainOf(file, entry);
    const QString tableName = m_drafts[draft].table.table.name;
    if (!chain || !known.contains(chain->function)) {
        m_context.warn(
            file, entry.span.begin,
            QStringLiteral(
                "table %1: `%2` in the extra config is not an index or constraint this reader knows; it is left out")
                .arg(tableName, m_context.textOf(file, entry.span)));
        return;
    }
    SourceConstraint constraint;
    constraint.key = key;
    constraint.entry = entry.span;
    constraint.lines = m_context.wholeLines(file, written);
    if (!readConstraint(constraint, draft, file, *chain, parameter))
        return;
    model::Table &table = m_drafts[draft].table.table;
    switch (constraint.kind) {
    case SourceConstraint::Kind::Index:
    case SourceConstraint::Kind::UniqueIndex:
        table.indexes << constraint.index;
        break;
    case SourceConstraint::Kind::Unique:
        table.uniqueConstraints << constraint.unique;
        break;
    case SourceConstraint::Kind::PrimaryKey:
        if (table.primaryKey)
            m_context.warn(file, entry.span.begin,
                           QStringLiteral("table %1 has a second primary key; the first is kept").arg(tableName));
        else
            table.primaryKey = constraint.primaryKey;
        break;
    case SourceConstraint::Kind::ForeignKey:
        table.foreignKeys << constraint.foreignKey;
        break;
    case SourceConstraint::Kind::Check:
        table.checkConstraints << constraint.check;
        break;
    }
    m_drafts[draft].table.constraints << constraint;
}

bool TableLinker::readConstraint(SourceConstraint &constraint, int draft, int file, const Chain &chain,
                                 const QString &parameter)
{
    const model::Table &table = m_drafts[draft].table.table;
    const qsizetype at = constraint.entry.begin;
    const auto fail = [&](const QString &why) {
        m_context.warn(file, at,
                       QStringLiteral("table %1: `%2`: %3; it is left out")
                           .arg(table.name, m_context.textOf(file, constraint.entry), why));
        return false;
    };
    const std::optional<QString> name =
        chain.arguments.isEmpty() ? std::nullopt : ReadContext::stringValue(chain.arguments[0]);
    const QList<TsNode> *on = callArguments(chain.calls, u"on");
    if (chain.function == u"index" || chain.function == u"uniqueIndex") {
        constraint.kind =
            chain.function == u"index" ? SourceConstraint::Kind::Index : SourceConstraint::Kind::UniqueIndex;
        if (!name)
            return fail(QStringLiteral("an index needs a name literal"));
        if (!on || on->isEmpty())
            return fail(QStringLiteral("an index needs `.on(...)` columns"));
        model::Index &index = constraint.index;
        index.id = ImportIds::index(table.name, *name);
        index.name = *name;
        index.unique = chain.function == u"uniqueIndex";
        for (const TsNode &part : *on) {
            QString problem;
            if (const std::optional<ColumnRef> ref = columnRef(file, part, parameter, draft);
                ref && ref->table == draft) {
                index.parts << model::IndexPart::ofColumn(table.columns[ref->column].id);
            } else if (m_context.isSqlTemplate(file, part)) {
                const std::optional<QString> sql =
                    m_context.sqlText(file, part, sqlColumns(file, parameter, draft, false), &problem);
                if (!sql)
                    return fail(problem);
                index.parts << model::IndexPart::ofExpression(*sql);
            } else {
                return fail(QStringLiteral("`%1` is not a column of the table or sql`...`")
                                .arg(m_context.textOf(file, part.span)));
            }
        }
        if (const QList<TsNode> *where = callArguments(chain.calls, u"where"); where && !where->isEmpty()) {
            QString problem;
            const std::optional<QString> sql =
                m_context.sqlText(file, where->first(), sqlColumns(file, parameter, draft, true), &problem);
            if (!sql)
                return fail(problem.isEmpty() ? QStringLiteral("the where clause is not sql`...`") : problem);
            index.where = *sql;
        }
        return true;
    }
    if (chain.function == u"unique") {
        constraint.kind = SourceConstraint::Kind::Unique;
        int self = draft;
        const std::optional<QList<model::Id>> ids = on ? columnIds(file, *on, parameter, draft, &self) : std::nullopt;
        if (!ids || ids->isEmpty())
            return fail(QStringLiteral("`.on(...)` does not name columns of the table"));
        // drizzle-orm names an unnamed unique after the columns' names before casing.
        const QString written = name ? *name : DrizzleNames::unique(table.name, originalNames(draft, *ids));
        const QString automatic = DrizzleNames::unique(table.name, table.columnNames(*ids));
        constraint.unique.name = written != automatic ? written : QString();
        constraint.unique.id = ImportIds::uniqueConstraint(table.name, written);
        constraint.unique.columns = *ids;
        return true;
    }
    if (chain.function == u"primaryKey") {
        constraint.kind = SourceConstraint::Kind::PrimaryKey;
        const bool objectForm =
            chain.arguments.size() == 1 && chain.arguments[0].unwrapped().kind == TsNode::Kind::Object;
        const QList<TsNode> columns =
            objectForm ? arrayElements(propertyValue(chain.arguments[0], u"columns")) : chain.arguments;
        int self = draft;
        const std::optional<QList<model::Id>> ids = columnIds(file, columns, parameter, draft, &self);
        if (!ids || ids->isEmpty() || self != draft)
            return fail(QStringLiteral("its columns are not columns of the table"));
        const TsNode *keyName = objectForm ? propertyValue(chain.arguments[0], u"name") : nullptr;
        const std::optional<QString> written = keyName ? ReadContext::stringValue(*keyName) : std::nullopt;
        constraint.primaryKey.id = ImportIds::primaryKey(table.name);
        const QStringList original = originalNames(draft, *ids);
        const QString drizzleName = drizzleCasedConstraintName(
            written ? *written : DrizzleNames::primaryKey(table.name, original), original, table.columnNames(*ids));
        constraint.primaryKey.name =
            drizzleName != DrizzleNames::primaryKey(table.name, table.columnNames(*ids)) ? drizzleName : QString();
        constraint.primaryKey.columns = *ids;
        return true;
    }
    if (chain.function == u"foreignKey") {
        constraint.kind = SourceConstraint::Kind::ForeignKey;
        return readForeignKey(constraint, draft, file, chain, parameter);
    }
    constraint.kind = SourceConstraint::Kind::Check;
    QString problem;
    const std::optional<QString> sql =
        chain.arguments.size() > 1
            ? m_context.sqlText(file, chain.arguments[1], sqlColumns(file, parameter, draft, true), &problem)
            : std::nullopt;
    if (!name || !sql)
        return fail(problem.isEmpty() ? QStringLiteral("a check needs a name literal and sql`...`") : problem);
    constraint.check = {ImportIds::checkConstraint(table.name, *name), *name, *sql};
    return true;
}

bool TableLinker::readForeignKey(SourceConstraint &constraint, int draft, int file, const Chain &chain,
                                 const QString &parameter)
{
    const model::Table &table = m_drafts[draft].table.table;
    const TsNode *config = chain.arguments.isEmpty() ? nullptr : &chain.arguments[0].unwrapped();
    int self = draft;
    int target = -1;
    const std::optional<QList<model::Id>> columns =
        config ? columnIds(file, arrayElements(propertyValue(*config, u"columns")), parameter, draft, &self)
               : std::nullopt;
    const std::optional<QList<model::Id>> targets =
        config ? columnIds(file, arrayElements(propertyValue(*config, u"foreignColumns")), parameter, draft, &target)
               : std::nullopt;
    if (!columns || !targets || columns->isEmpty() || columns->size() != targets->size() || self != draft ||
        target < 0) {
        m_context.warn(file, constraint.entry.begin,
                       QStringLiteral("table %1: `%2`: its columns or foreign columns are not columns of tables in the "
                                      "files read; it is left out")
                           .arg(table.name, m_context.textOf(file, constraint.entry)));
        return false;
    }
    const model::Table &to = m_drafts[target].table.table;
    model::ForeignKey &fk = constraint.foreignKey;
    const QString automatic =
        DrizzleNames::foreignKey(table.name, table.columnNames(*columns), to.name, to.columnNames(*targets));
    const TsNode *nameNode = propertyValue(*config, u"name");
    const std::optional<QString> written = nameNode ? ReadContext::stringValue(*nameNode) : std::nullopt;
    fk.name = foreignKeyName(draft, *columns, target, *targets, written);
    fk.id = ImportIds::foreignKey(table.name, fk.name.isEmpty() ? automatic : fk.name);
    fk.columns = *columns;
    fk.targetTable = to.id;
    fk.targetColumns = *targets;
    for (const auto &call : chain.calls) {
        const std::optional<QString> action =
            call.second.isEmpty() ? std::nullopt : ReadContext::stringValue(call.second[0]);
        const std::optional<model::ReferentialAction> parsed =
            action ? model::referentialActionFromName(*action) : std::nullopt;
        if ((call.first == u"onDelete" || call.first == u"onUpdate") && parsed)
            (call.first == u"onDelete" ? fk.onDelete : fk.onUpdate) = *parsed;
    }
    return true;
}

} // namespace tw::source
