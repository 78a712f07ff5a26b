// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/database/introspection/styledddl.h"

#include "migrations/diff/differ.h"
#include "migrations/snapshot/drizzlenames.h"
#include "migrations/sqlite/sqlitemigrationwriter.h"

namespace tw::test {
namespace {

using model::Column;
using model::ReferentialAction;
using model::Table;

class Writer
{
public:
    Writer(const model::Schema &schema, DdlStyle style)
        : m_schema(schema)
        , m_style(style)
    {
    }

    QString table(const Table &table) const;
    QString indexes(const Table &table) const;

private:
    bool upper() const { return m_style != DdlStyle::Lowercase; }
    QString kw(const char *keyword) const
    {
        const QString text = QString::fromLatin1(keyword);
        return upper() ? text.toUpper() : text.toLower();
    }
    QString tableName(const QString &name) const;
    QString columnName(const QString &name) const;
    QString names(const Table &table, const QList<model::Id> &ids) const;
    QString type(const Column &column) const;
    QString actions(const model::ForeignKey &key) const;
    QString reference(const model::ForeignKey &key) const;
    QString columnLine(const Table &table, const Column &column) const;
    QStringList tableConstraints(const Table &table) const;
    bool inlineReference(const model::ForeignKey &key) const
    {
        return key.columns.size() == 1 && (m_style == DdlStyle::UppercaseInline || m_style == DdlStyle::Bracketed);
    }

    const model::Schema &m_schema;
    DdlStyle m_style;
};

QString Writer::tableName(const QString &name) const
{
    switch (m_style) {
    case DdlStyle::Bracketed:
        return u'[' + name + u']';
    case DdlStyle::UppercaseInline:
    case DdlStyle::NamedConstraints:
        return u'"' + name + u'"';
    default:
        return name;
    }
}

QString Writer::columnName(const QString &name) const
{
    switch (m_style) {
    case DdlStyle::Bracketed:
        return u'`' + name + u'`';
    case DdlStyle::UppercaseInline:
        return u'"' + name + u'"';
    case DdlStyle::NamedConstraints:
        return u'\'' + name + u'\''; // SQLite takes a string literal where it expects a column name
    default:
        return name;
    }
}

QString Writer::names(const Table &table, const QList<model::Id> &ids) const
{
    QStringList out;
    for (const QString &name : table.columnNames(ids))
        out << (m_style == DdlStyle::NamedConstraints ? u'"' + name + u'"' : columnName(name));
    return out.join(QLatin1String(", "));
}

QString Writer::type(const Column &column) const
{
    if (m_style == DdlStyle::UppercaseInline && column.length)
        return QStringLiteral("VARCHAR(%1)").arg(*column.length);
    return upper() ? column.sqlTypeText().toUpper() : column.sqlTypeText();
}

QString Writer::actions(const model::ForeignKey &key) const
{
    QString out;
    if (key.onDelete != ReferentialAction::NoAction)
        out += u' ' + kw("on delete ") + kw(model::referentialActionName(key.onDelete).toLatin1().constData());
    if (key.onUpdate != ReferentialAction::NoAction)
        out += u' ' + kw("on update ") + kw(model::referentialActionName(key.onUpdate).toLatin1().constData());
    return out;
}

QString Writer::reference(const model::ForeignKey &key) const
{
    const Table &target = *m_schema.table(key.targetTable);
    return kw("references ") + tableName(target.name) + QStringLiteral(" (") + names(target, key.targetColumns) + u')' +
           actions(key);
}

QString Writer::columnLine(const Table &table, const Column &column) const
{
    QString line = columnName(column.name) + u' ' + type(column);
    const bool ownKey = column.primaryKey && !table.primaryKey;
    bool notNull = column.notNull;
    if (ownKey && column.autoincrement) {
        if (m_style == DdlStyle::NamedConstraints)
            line += u' ' + kw("constraint ") + QStringLiteral("\"%1_pk\" ").arg(table.name);
        else
            line += u' ';
        line += kw("primary key autoincrement");
        notNull = m_style == DdlStyle::NamedConstraints; // the common form leaves NOT NULL out
    } else if (ownKey && m_style != DdlStyle::UppercaseInline && m_style != DdlStyle::NamedConstraints) {
        line += u' ' + kw("primary key");
    }
    if (notNull)
        line += u' ' + kw("not null");
    if (!column.defaultValue.isNone())
        line += u' ' + kw("default ") + column.defaultValue.toSql();
    if (column.unique) {
        line += u' ';
        if (m_style == DdlStyle::NamedConstraints)
            line += kw("constraint ") + u'"' + migrations::DrizzleNames::unique(table.name, {column.name}) +
                    QStringLiteral("\" ");
        line += kw("unique");
    }
    for (const model::ForeignKey &key : table.foreignKeys) {
        if (inlineReference(key) && key.columns.first() == column.id)
            line += u' ' + reference(key);
    }
    return line;
}

QStringList Writer::tableConstraints(const Table &table) const
{
    QStringList out;
    const QString named = m_style == DdlStyle::NamedConstraints ? kw("constraint ") : QString();
    QList<model::Id> key;
    if (table.primaryKey)
        key = table.primaryKey->columns;
    else if (m_style == DdlStyle::UppercaseInline || m_style == DdlStyle::NamedConstraints)
        for (const Column &c : table.columns) {
            if (c.primaryKey && !c.autoincrement)
                key << c.id;
        }
    if (!key.isEmpty())
        out << (named.isEmpty() ? QString() : named + QStringLiteral("\"%1_pk\" ").arg(table.name)) +
                   kw("primary key") + QStringLiteral(" (") + names(table, key) + u')';
    for (const model::UniqueConstraint &unique : table.uniqueConstraints) {
        const QString name = migrations::DrizzleNames::unique(table.name, table.columnNames(unique.columns));
        out << (named.isEmpty() ? QString() : named + u'"' + name + QStringLiteral("\" ")) + kw("unique") +
                   QStringLiteral(" (") + names(table, unique.columns) + u')';
    }
    for (qsizetype i = 0; i < table.foreignKeys.size(); ++i) {
        const model::ForeignKey &fk = table.foreignKeys[i];
        if (!inlineReference(fk))
            out << (named.isEmpty() ? QString() : named + QStringLiteral("\"%1_fk_%2\" ").arg(table.name).arg(i)) +
                       kw("foreign key") + QStringLiteral(" (") + names(table, fk.columns) + QStringLiteral(") ") +
                       reference(fk);
    }
    for (const model::CheckConstraint &check : table.checkConstraints)
        out << (named.isEmpty() ? QString() : named + u'"' + check.name + QStringLiteral("\" ")) + kw("check") +
                   QStringLiteral(" (") + check.expression + u')';
    return out;
}

QString Writer::table(const Table &table) const
{
    QStringList lines;
    for (const Column &column : table.columns)
        lines << columnLine(table, column);
    lines << tableConstraints(table);
    const bool commented = m_style == DdlStyle::UppercaseInline || m_style == DdlStyle::Bracketed;
    const QString ifNotExists = m_style == DdlStyle::Bracketed ? kw("if not exists ") : QString();
    QString sql = commented ? QStringLiteral("-- table %1; written by hand\n").arg(table.name) : QString();
    sql += kw("create table ") + ifNotExists + tableName(table.name) + QStringLiteral(" (\n    ");
    sql += lines.join(commented ? QStringLiteral(", /* , ( */\n    ") : QStringLiteral(",\n    "));
    return sql + QStringLiteral("\n);\n");
}

QString Writer::indexes(const Table &table) const
{
    QString sql;
    for (const model::Index &index : table.indexes) {
        QList<model::Id> columns;
        for (const model::IndexPart &part : index.parts)
            columns << part.column;
        sql += kw(index.unique ? "create unique index " : "create index ") + tableName(index.name) + u' ' + kw("on ") +
               tableName(table.name) + QStringLiteral(" (") + names(table, columns) + QStringLiteral(");\n");
    }
    return sql;
}

} // namespace

QString ddlStyleName(DdlStyle style)
{
    switch (style) {
    case DdlStyle::DrizzleKit:
        return QStringLiteral("DrizzleKit");
    case DdlStyle::Lowercase:
        return QStringLiteral("Lowercase");
    case DdlStyle::UppercaseInline:
        return QStringLiteral("UppercaseInline");
    case DdlStyle::Bracketed:
        return QStringLiteral("Bracketed");
    case DdlStyle::NamedConstraints:
        return QStringLiteral("NamedConstraints");
    }
    return {};
}

void PrintTo(DdlStyle style, std::ostream *os)
{
    *os << ddlStyleName(style).toStdString();
}

QString styledDdl(const model::Schema &schema, DdlStyle style)
{
    if (style == DdlStyle::DrizzleKit) {
        migrations::DiffOptions names;
        names.matching = migrations::DiffOptions::Matching::NamesOnly;
        return migrations::SqliteMigrationWriter::migrationText(migrations::diff(model::Schema{}, schema, names));
    }
    const Writer writer(schema, style);
    QString sql;
    for (const Table &table : schema.tables)
        sql += writer.table(table) + writer.indexes(table);
    return sql;
}

} // namespace tw::test
