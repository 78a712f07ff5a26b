// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/introspection/ddlparser.h"

#include "database/sqltext/sqltokenizer.h"
#include "model/schema/naming.h"

namespace tw::database {
namespace {

using Tokens = QList<SqlToken>;

/// The index of the first `(` at top level, or -1.
qsizetype firstOpenParenthesis(const Tokens &tokens, qsizetype from = 0)
{
    for (qsizetype i = from; i < tokens.size(); ++i) {
        if (tokens[i].isSymbol(u'('))
            return i;
    }
    return -1;
}

bool isTableConstraintStart(const SqlToken &token)
{
    for (const char *keyword : {"CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN"}) {
        if (token.isWord(QLatin1StringView(keyword)))
            return true;
    }
    return false;
}

/// The text inside the parentheses opening at @p open, or nullopt when they do not close before @p last.
std::optional<QString> parenthesised(const QString &sql, const Tokens &tokens, qsizetype open, qsizetype last,
                                     qsizetype *close)
{
    if (open >= last || !tokens[open].isSymbol(u'('))
        return std::nullopt;
    const qsizetype end = SqlTokenizer::matchingParenthesis(tokens, open);
    if (end < 0 || end >= last)
        return std::nullopt;
    *close = end;
    return sql.mid(tokens[open].end, tokens[end].start - tokens[open].end).trimmed();
}

/// The names in the parenthesised list opening at @p open (`UNIQUE (a, "b")`); empty when it is not one.
QStringList nameList(const Tokens &tokens, qsizetype open, qsizetype last, qsizetype *close)
{
    if (open >= last || !tokens[open].isSymbol(u'('))
        return {};
    const qsizetype end = SqlTokenizer::matchingParenthesis(tokens, open);
    if (end < 0 || end >= last)
        return {};
    QStringList names;
    for (const auto &[first, stop] : SqlTokenizer::splitAtCommas(tokens, open + 1, end)) {
        if (first < stop && tokens[first].isName())
            names << tokens[first].text; // a trailing COLLATE or ASC/DESC does not change the column
    }
    *close = end;
    return names;
}

/// CHECK clauses, UNIQUE constraints and `CONSTRAINT name FOREIGN KEY`s of one column definition or table
/// constraint.
void readClauses(const QString &sql, const Tokens &tokens, qsizetype first, qsizetype last, const QString &column,
                 TableDdl &ddl, TableDdl::Column *columnDdl)
{
    QString constraintName;
    for (qsizetype i = first; i < last; ++i) {
        const SqlToken &t = tokens[i];
        qsizetype close = -1;
        if (t.isSymbol(u'(')) {
            i = SqlTokenizer::matchingParenthesis(tokens, i); // nested: a default or a type's size
            if (i < 0 || i >= last)
                return;
        } else if (t.isWord(QLatin1StringView("CONSTRAINT")) && i + 1 < last && tokens[i + 1].isName()) {
            constraintName = tokens[++i].text;
            continue;
        } else if (t.isWord(QLatin1StringView("CHECK"))) {
            if (const auto expression = parenthesised(sql, tokens, i + 1, last, &close)) {
                ddl.checks << TableDdl::Check{constraintName, *expression, column};
                i = close;
            }
        } else if (t.isWord(QLatin1StringView("UNIQUE"))) {
            if (columnDdl) {
                ddl.uniques << TableDdl::Unique{constraintName, {column}};
            } else if (const QStringList names = nameList(tokens, i + 1, last, &close); !names.isEmpty()) {
                ddl.uniques << TableDdl::Unique{constraintName, names};
                i = close;
            }
        } else if (t.isWord(QLatin1StringView("FOREIGN")) || t.isWord(QLatin1StringView("REFERENCES"))) {
            if (!constraintName.isEmpty())
                ddl.foreignKeyNames << constraintName;
        } else if (columnDdl && t.isWord(QLatin1StringView("DEFAULT")) && i + 1 < last) {
            qsizetype end = i + 1;
            QString sign;
            if (tokens[end].isSymbol(u'(')) {
                end = SqlTokenizer::matchingParenthesis(tokens, end);
                if (end < 0 || end >= last)
                    return;
            } else if ((tokens[end].isSymbol(u'-') || tokens[end].isSymbol(u'+')) && end + 1 < last) {
                sign = tokens[end++].text; // a signed literal, kept without the space SQLite allows after the sign
            }
            const qsizetype from = sign.isEmpty() ? i + 1 : end;
            columnDdl->defaultSql = sign + SqlTokenizer::slice(sql, tokens, from, end + 1);
            i = end;
        } else if (t.isWord(QLatin1StringView("DEFERRABLE")) &&
                   !(i > first && tokens[i - 1].isWord(QLatin1StringView("NOT")))) {
            ddl.deferrableForeignKeys = true;
        } else if (columnDdl && t.isWord(QLatin1StringView("COLLATE")) && i + 1 < last && tokens[i + 1].isName()) {
            columnDdl->collation = tokens[++i].text;
        } else if (columnDdl && t.isWord(QLatin1StringView("AUTOINCREMENT"))) {
            columnDdl->autoincrement = true;
        } else if (columnDdl && t.isWord(QLatin1StringView("AS"))) {
            if (const auto expression = parenthesised(sql, tokens, i + 1, last, &close)) {
                columnDdl->generated = *expression;
                i = close;
                columnDdl->generatedStored = i + 1 < last && tokens[i + 1].isWord(QLatin1StringView("STORED"));
            }
        }
        constraintName.clear();
    }
}

} // namespace

const TableDdl::Column *TableDdl::column(const QString &name) const
{
    for (const Column &c : columns) {
        if (model::naming::sqlNamesEqual(c.name, name))
            return &c;
    }
    return nullptr;
}

QString TableDdl::uniqueName(const QStringList &columnNames) const
{
    for (const Unique &unique : uniques) {
        if (unique.name.isEmpty() || unique.columns.size() != columnNames.size())
            continue;
        bool same = true;
        for (qsizetype i = 0; i < columnNames.size() && same; ++i)
            same = model::naming::sqlNamesEqual(unique.columns[i], columnNames[i]);
        if (same)
            return unique.name;
    }
    return {};
}

model::Result<TableDdl> DdlParser::parseTable(const QString &sql)
{
    using R = model::Result<TableDdl>;
    QString error;
    const Tokens tokens = SqlTokenizer::tokenize(sql, &error);
    if (!error.isEmpty())
        return R::failure(error);
    const qsizetype open = firstOpenParenthesis(tokens);
    const qsizetype close = open < 0 ? -1 : SqlTokenizer::matchingParenthesis(tokens, open);
    if (close < 0)
        return R::failure(QStringLiteral("no column list in parentheses (CREATE TABLE ... AS SELECT is not read)"));
    TableDdl ddl;
    for (const auto &[first, last] : SqlTokenizer::splitAtCommas(tokens, open + 1, close)) {
        if (first >= last)
            return R::failure(QStringLiteral("empty entry in the column list"));
        if (isTableConstraintStart(tokens[first])) {
            readClauses(sql, tokens, first, last, {}, ddl, nullptr);
            continue;
        }
        if (!tokens[first].isName())
            return R::failure(QStringLiteral("expected a column name at offset %1").arg(tokens[first].start));
        TableDdl::Column column;
        column.name = tokens[first].text;
        readClauses(sql, tokens, first + 1, last, column.name, ddl, &column);
        ddl.columns << column;
    }
    for (qsizetype i = close + 1; i < tokens.size(); ++i) {
        if (tokens[i].isWord(QLatin1StringView("ROWID")))
            ddl.withoutRowid = true;
        else if (tokens[i].isWord(QLatin1StringView("STRICT")))
            ddl.strict = true;
    }
    return ddl;
}

model::Result<IndexDdl> DdlParser::parseIndex(const QString &sql)
{
    using R = model::Result<IndexDdl>;
    QString error;
    const Tokens tokens = SqlTokenizer::tokenize(sql, &error);
    if (!error.isEmpty())
        return R::failure(error);
    const qsizetype open = firstOpenParenthesis(tokens);
    const qsizetype close = open < 0 ? -1 : SqlTokenizer::matchingParenthesis(tokens, open);
    if (close < 0)
        return R::failure(QStringLiteral("no indexed columns in parentheses"));
    IndexDdl ddl;
    for (const auto &[first, last] : SqlTokenizer::splitAtCommas(tokens, open + 1, close))
        ddl.terms << SqlTokenizer::slice(sql, tokens, first, last);
    if (close + 1 < tokens.size() && tokens[close + 1].isWord(QLatin1StringView("WHERE"))) {
        qsizetype last = tokens.size();
        while (last > close + 2 && tokens[last - 1].isSymbol(u';'))
            --last;
        ddl.where = SqlTokenizer::slice(sql, tokens, close + 2, last);
    }
    return ddl;
}

model::Result<QString> DdlParser::viewDefinition(const QString &sql)
{
    using R = model::Result<QString>;
    QString error;
    const Tokens tokens = SqlTokenizer::tokenize(sql, &error);
    if (!error.isEmpty())
        return R::failure(error);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens[i].isSymbol(u'(')) {
            i = SqlTokenizer::matchingParenthesis(tokens, i); // the view's column list
            if (i < 0)
                break;
        } else if (tokens[i].isWord(QLatin1StringView("AS")) && i + 1 < tokens.size()) {
            qsizetype last = tokens.size();
            while (last > i + 1 && tokens[last - 1].isSymbol(u';'))
                --last;
            return SqlTokenizer::slice(sql, tokens, i + 1, last);
        }
    }
    return R::failure(QStringLiteral("no AS SELECT found"));
}

} // namespace tw::database
