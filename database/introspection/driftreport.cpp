// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/introspection/driftreport.h"

#include "migrations/diff/tabledefinitionbuilder.h"
#include "model/schema/naming.h"

#include <QRegularExpression>

namespace tw::database {
namespace {

using Change = DriftEntry::Change;
using Kind = DriftEntry::ObjectKind;

QString folded(const QString &name)
{
    return model::naming::sqlFoldedName(name);
}

/// SQL text compared loosely: runs of whitespace are one space, no space next to brackets and commas, no
/// trailing `;`. SQLite keeps the text as written, so only layout may differ between a migration and the file.
QString normalizedSql(const QString &sql)
{
    static const QRegularExpression spaces(QStringLiteral(R"(\s+)"));
    static const QRegularExpression aroundPunctuation(QStringLiteral(R"(\s*([(),])\s*)"));
    QString text = sql.trimmed();
    while (text.endsWith(u';'))
        text = text.chopped(1).trimmed();
    text.replace(spaces, QStringLiteral(" "));
    text.replace(aroundPunctuation, QStringLiteral("\\1"));
    return text;
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString orNone(const std::optional<QString> &text)
{
    return text ? *text : QStringLiteral("none");
}

QString aspect(const QString &what, const QString &expected, const QString &live)
{
    return QStringLiteral("%1: %2 expected, %3 in the database").arg(what, expected, live);
}

template<typename T, typename Key>
const T *findByKey(const QList<T> &items, const QString &key, Key keyOf)
{
    for (const T &item : items) {
        if (keyOf(item) == key)
            return &item;
    }
    return nullptr;
}

/// Pairs @p expected and @p live by key: missing and different ones in expected order, then the extra ones.
template<typename T, typename Key, typename Describe, typename Differences>
void compareLists(const QList<T> &expected, const QList<T> &live, Key keyOf, Describe describe, Differences differences,
                  Kind kind, const QString &table, QList<DriftEntry> &out)
{
    for (const T &e : expected) {
        const T *l = findByKey(live, keyOf(e), keyOf);
        if (!l) {
            out << DriftEntry{Change::Missing, kind, table, describe(e), {}};
            continue;
        }
        const QStringList diffs = differences(e, *l);
        if (!diffs.isEmpty())
            out << DriftEntry{Change::Different, kind, table, describe(e), diffs};
    }
    for (const T &l : live) {
        if (!findByKey(expected, keyOf(l), keyOf))
            out << DriftEntry{Change::Extra, kind, table, describe(l), {}};
    }
}

QStringList columnDifferences(const migrations::ColumnDefinition &e, const migrations::ColumnDefinition &l)
{
    QStringList out;
    if (QString::compare(e.type, l.type, Qt::CaseInsensitive) != 0)
        out << aspect(QStringLiteral("type"), e.type, l.type);
    if (e.notNull != l.notNull)
        out << aspect(QStringLiteral("not null"), yesNo(e.notNull), yesNo(l.notNull));
    if (e.autoincrement != l.autoincrement)
        out << aspect(QStringLiteral("autoincrement"), yesNo(e.autoincrement), yesNo(l.autoincrement));
    const auto defaultText = [](const std::optional<QString> &d) {
        return d ? std::optional(normalizedSql(*d)) : d;
    };
    if (defaultText(e.defaultSql) != defaultText(l.defaultSql))
        out << aspect(QStringLiteral("default"), orNone(e.defaultSql), orNone(l.defaultSql));
    const auto generated = [](const migrations::ColumnDefinition &c) {
        return c.generatedExpression
                   ? std::optional(normalizedSql(*c.generatedExpression) +
                                   (c.generatedStored ? QStringLiteral(" stored") : QStringLiteral(" virtual")))
                   : std::optional<QString>();
    };
    if (generated(e) != generated(l))
        out << aspect(QStringLiteral("generated"), orNone(generated(e)), orNone(generated(l)));
    return out;
}

QString termsText(const migrations::IndexDefinition &index)
{
    QStringList terms;
    for (const migrations::IndexTerm &t : index.terms)
        terms << (t.isExpression ? normalizedSql(t.text) : model::naming::doubleQuoted(t.text));
    return u'(' + terms.join(QLatin1String(", ")) + u')';
}

QStringList indexDifferences(const migrations::IndexDefinition &e, const migrations::IndexDefinition &l)
{
    QStringList out;
    if (e.unique != l.unique)
        out << aspect(QStringLiteral("unique"), yesNo(e.unique), yesNo(l.unique));
    const auto foldedTerms = [](const migrations::IndexDefinition &index) {
        return folded(termsText(index));
    };
    if (foldedTerms(e) != foldedTerms(l))
        out << aspect(QStringLiteral("on"), termsText(e), termsText(l));
    if (normalizedSql(e.where) != normalizedSql(l.where))
        out << aspect(QStringLiteral("where"), e.where.isEmpty() ? QStringLiteral("none") : e.where,
                      l.where.isEmpty() ? QStringLiteral("none") : l.where);
    return out;
}

QString columnList(const QStringList &names)
{
    QStringList out;
    for (const QString &n : names)
        out << model::naming::doubleQuoted(n);
    return out.join(QLatin1String(", "));
}

QString foreignKeyText(const migrations::ForeignKeyDefinition &fk)
{
    return QStringLiteral("(%1) -> %2(%3)")
        .arg(columnList(fk.columns), model::naming::doubleQuoted(fk.targetTable), columnList(fk.targetColumns));
}

QStringList foreignKeyDifferences(const migrations::ForeignKeyDefinition &e, const migrations::ForeignKeyDefinition &l)
{
    QStringList out;
    if (e.onDelete != l.onDelete)
        out << aspect(QStringLiteral("on delete"), model::referentialActionName(e.onDelete),
                      model::referentialActionName(l.onDelete));
    if (e.onUpdate != l.onUpdate)
        out << aspect(QStringLiteral("on update"), model::referentialActionName(e.onUpdate),
                      model::referentialActionName(l.onUpdate));
    return out;
}

QStringList primaryKeyOf(const migrations::TableDefinition &table)
{
    if (!table.compositePrimaryKey.isEmpty())
        return table.compositePrimaryKey;
    QStringList out;
    for (const migrations::ColumnDefinition &c : table.columns) {
        if (c.primaryKey)
            out << c.name;
    }
    return out;
}

void compareTables(const migrations::TableDefinition &e, const migrations::TableDefinition &l, QList<DriftEntry> &out)
{
    const QString &table = e.name;
    compareLists(
        e.columns, l.columns, [](const migrations::ColumnDefinition &c) { return folded(c.name); },
        [](const migrations::ColumnDefinition &c) { return c.name; }, columnDifferences, Kind::Column, table, out);
    const QStringList expectedKey = primaryKeyOf(e);
    const QStringList liveKey = primaryKeyOf(l);
    if (folded(expectedKey.join(u'\n')) != folded(liveKey.join(u'\n'))) {
        if (liveKey.isEmpty())
            out << DriftEntry{Change::Missing, Kind::PrimaryKey, table, u'(' + columnList(expectedKey) + u')', {}};
        else if (expectedKey.isEmpty())
            out << DriftEntry{Change::Extra, Kind::PrimaryKey, table, u'(' + columnList(liveKey) + u')', {}};
        else
            out << DriftEntry{Change::Different,
                              Kind::PrimaryKey,
                              table,
                              {},
                              {aspect(QStringLiteral("columns"), u'(' + columnList(expectedKey) + u')',
                                      u'(' + columnList(liveKey) + u')')}};
    }
    compareLists(
        e.indexes, l.indexes, [](const migrations::IndexDefinition &i) { return folded(i.name); },
        [](const migrations::IndexDefinition &i) { return i.name; }, indexDifferences, Kind::Index, table, out);
    const auto fkKey = [](const migrations::ForeignKeyDefinition &fk) {
        return folded(foreignKeyText(fk));
    };
    compareLists(e.foreignKeys, l.foreignKeys, fkKey, foreignKeyText, foreignKeyDifferences, Kind::ForeignKey, table,
                 out);
    compareLists(
        e.checks, l.checks, [](const migrations::CheckDefinition &c) { return folded(c.name); },
        [](const migrations::CheckDefinition &c) { return c.name; },
        [](const migrations::CheckDefinition &a, const migrations::CheckDefinition &b) {
            return normalizedSql(a.expression) == normalizedSql(b.expression)
                       ? QStringList{}
                       : QStringList{aspect(QStringLiteral("expression"), a.expression, b.expression)};
        },
        Kind::Check, table, out);
}

} // namespace

QString driftChangeName(DriftEntry::Change change)
{
    switch (change) {
    case Change::Missing:
        return QStringLiteral("missing");
    case Change::Extra:
        return QStringLiteral("extra");
    case Change::Different:
        return QStringLiteral("different");
    }
    return {};
}

QString driftObjectKindName(DriftEntry::ObjectKind kind)
{
    switch (kind) {
    case Kind::Table:
        return QStringLiteral("table");
    case Kind::Column:
        return QStringLiteral("column");
    case Kind::PrimaryKey:
        return QStringLiteral("primary key");
    case Kind::Index:
        return QStringLiteral("index");
    case Kind::ForeignKey:
        return QStringLiteral("foreign key");
    case Kind::Check:
        return QStringLiteral("check");
    case Kind::View:
        return QStringLiteral("view");
    }
    return {};
}

QString DriftEntry::text() const
{
    QString object = driftObjectKindName(kind) + u' ';
    if (kind == Kind::ForeignKey)
        object += model::naming::doubleQuoted(table) + u' ' + name;
    else if (kind == Kind::PrimaryKey)
        object +=
            QStringLiteral("of ") + model::naming::doubleQuoted(table) + (name.isEmpty() ? QString() : u' ' + name);
    else
        object += (table.isEmpty() ? QString() : model::naming::doubleQuoted(table) + u'.') +
                  model::naming::doubleQuoted(name);
    switch (change) {
    case Change::Missing:
        return object + QStringLiteral(": missing from the database");
    case Change::Extra:
        return object + QStringLiteral(": in the database only");
    case Change::Different:
        return object + QStringLiteral(": differs: ") + differences.join(QLatin1String("; "));
    }
    return object;
}

QString DriftReport::text() const
{
    QString out;
    if (entries.isEmpty())
        out = QStringLiteral("In sync\n");
    for (const DriftEntry &entry : entries)
        out += entry.text() + u'\n';
    for (const QString &note : notes)
        out += QStringLiteral("note: ") + note + u'\n';
    return out;
}

DriftReport DriftReport::compare(const model::Schema &expected, const model::Schema &live)
{
    DriftReport report;
    const QList<migrations::TableDefinition> expectedTables = migrations::TableDefinitionBuilder::tables(expected);
    const QList<migrations::TableDefinition> liveTables = migrations::TableDefinitionBuilder::tables(live);
    const auto tableKey = [](const migrations::TableDefinition &t) {
        return folded(t.name);
    };
    for (const migrations::TableDefinition &e : expectedTables) {
        const migrations::TableDefinition *l = findByKey(liveTables, tableKey(e), tableKey);
        if (!l)
            report.entries << DriftEntry{Change::Missing, Kind::Table, {}, e.name, {}};
        else
            compareTables(e, *l, report.entries);
    }
    for (const migrations::TableDefinition &l : liveTables) {
        if (!findByKey(expectedTables, tableKey(l), tableKey))
            report.entries << DriftEntry{Change::Extra, Kind::Table, {}, l.name, {}};
    }
    // A view declared `.existing()` is never created by migrations: nothing to expect of the database.
    QList<migrations::ViewDefinition> expectedViews = migrations::TableDefinitionBuilder::views(expected);
    expectedViews.removeIf([](const migrations::ViewDefinition &v) { return v.isExisting; });
    const auto viewKey = [](const migrations::ViewDefinition &v) {
        return folded(v.name);
    };
    compareLists(
        expectedViews, migrations::TableDefinitionBuilder::views(live), viewKey,
        [](const migrations::ViewDefinition &v) { return v.name; },
        [](const migrations::ViewDefinition &a, const migrations::ViewDefinition &b) {
            return normalizedSql(a.definition) == normalizedSql(b.definition)
                       ? QStringList{}
                       : QStringList{aspect(QStringLiteral("definition"), a.definition, b.definition)};
        },
        Kind::View, {}, report.entries);
    return report;
}

} // namespace tw::database
