// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/schema/naming.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace tw::model::naming {
namespace {

bool isAsciiLower(QChar c)
{
    return c >= u'a' && c <= u'z';
}
bool isAsciiUpper(QChar c)
{
    return c >= u'A' && c <= u'Z';
}
// SQLite compares names with only the ASCII letters folded.
QChar sqlFolded(QChar c)
{
    return isAsciiUpper(c) ? QChar(c.unicode() + 32) : c;
}
bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

QSet<QString> wordSet(std::initializer_list<const char *> words)
{
    QSet<QString> set;
    for (const char *w : words)
        set.insert(QString::fromLatin1(w));
    return set;
}

} // namespace

QString camelCaseFromSnake(const QString &name)
{
    QString out;
    out.reserve(name.size());
    bool upperNext = false;
    for (const QChar c : name) {
        if (c == u'_' || c == u' ' || c == u'-') {
            upperNext = !out.isEmpty();
            continue;
        }
        if (upperNext) {
            out += c.toUpper();
            upperNext = false;
        } else if (out.isEmpty()) {
            out += c.toLower();
        } else {
            out += c;
        }
    }
    return out;
}

QString snakeCaseFromAny(const QString &name)
{
    QString out;
    out.reserve(name.size() + 4);
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        if (c == u' ' || c == u'-' || c == u'_') {
            if (!out.isEmpty() && !out.endsWith(u'_'))
                out += u'_';
            continue;
        }
        if (isAsciiUpper(c)) {
            const bool afterLower = i > 0 && (isAsciiLower(name[i - 1]) || isAsciiDigit(name[i - 1]));
            if (afterLower && !out.endsWith(u'_'))
                out += u'_';
            out += c.toLower();
        } else {
            out += c;
        }
    }
    while (out.endsWith(u'_'))
        out.chop(1);
    return out;
}

QString sqlFoldedName(const QString &name)
{
    if (std::none_of(name.cbegin(), name.cend(), isAsciiUpper))
        return name; // most names are folded already: shared, not copied
    QString folded = name;
    for (QChar &c : folded)
        c = sqlFolded(c);
    return folded;
}

bool sqlNamesEqual(const QString &a, const QString &b)
{
    return a.size() == b.size() &&
           std::equal(a.cbegin(), a.cend(), b.cbegin(), [](QChar x, QChar y) { return sqlFolded(x) == sqlFolded(y); });
}

bool isSnakeCase(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9]*(_[a-z0-9]+)*$"));
    return re.match(name).hasMatch();
}

bool isCamelCase(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-zA-Z0-9]*$"));
    return re.match(name).hasMatch();
}

QString sqliteNameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QStringLiteral("the name is empty");
    if (name.contains(QChar(0)))
        return QStringLiteral("the name contains a NUL character");
    if (sqlFoldedName(name).startsWith(QLatin1String("sqlite_")))
        return QStringLiteral("names starting with \"sqlite_\" are reserved for SQLite's own objects");
    if (name != name.trimmed())
        return QStringLiteral("the name starts or ends with white space");
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return QStringLiteral("the name contains a control character");
    }
    return {};
}

bool isTypeScriptIdentifier(const QString &name)
{
    if (name.isEmpty())
        return false;
    bool first = true;
    for (const char32_t cp : name.toUcs4()) {
        const bool letter = QChar::isLetter(cp) || cp == U'_' || cp == U'$';
        const bool continuing = QChar::isDigit(cp) || QChar::category(cp) == QChar::Mark_NonSpacing ||
                                QChar::category(cp) == QChar::Mark_SpacingCombining ||
                                QChar::category(cp) == QChar::Punctuation_Connector;
        if (!(letter || (!first && continuing)))
            return false;
        first = false;
    }
    return true;
}

QString typeScriptIdentifierFrom(const QString &name)
{
    QString words;
    for (const char32_t cp : name.toUcs4()) {
        const bool keep = QChar::isLetterOrNumber(cp) || cp == U'$';
        if (keep)
            words += QString::fromUcs4(&cp, 1);
        else if (cp != U'\'' && !words.endsWith(u'_'))
            words += u'_'; // an apostrophe joins ("it's" -> "its"); anything else breaks words
    }
    QString identifier = camelCaseFromSnake(words);
    if (identifier.isEmpty())
        return QStringLiteral("value");
    if (identifier.front().isDigit() || isTypeScriptReservedWord(identifier))
        identifier.prepend(u'_');
    return identifier;
}

bool isTypeScriptReservedWord(const QString &name)
{
    static const QSet<QString> words = wordSet(
        {"break", "case",       "catch",     "class",      "const",   "continue", "debugger",  "default", "delete",
         "do",    "else",       "enum",      "export",     "extends", "false",    "finally",   "for",     "function",
         "if",    "import",     "in",        "instanceof", "new",     "null",     "return",    "super",   "switch",
         "this",  "throw",      "true",      "try",        "typeof",  "var",      "void",      "while",   "with",
         "as",    "implements", "interface", "let",        "package", "private",  "protected", "public",  "static",
         "yield", "await",      "any",       "boolean",    "number",  "string",   "symbol",    "type",    "undefined",
         "never", "object",     "unknown",   "arguments",  "eval"});
    return words.contains(name);
}

bool isSqliteKeyword(const QString &name)
{
    static const QSet<QString> words = wordSet({"abort",
                                                "action",
                                                "add",
                                                "after",
                                                "all",
                                                "alter",
                                                "always",
                                                "analyze",
                                                "and",
                                                "as",
                                                "asc",
                                                "attach",
                                                "autoincrement",
                                                "before",
                                                "begin",
                                                "between",
                                                "by",
                                                "cascade",
                                                "case",
                                                "cast",
                                                "check",
                                                "collate",
                                                "column",
                                                "commit",
                                                "conflict",
                                                "constraint",
                                                "create",
                                                "cross",
                                                "current",
                                                "current_date",
                                                "current_time",
                                                "current_timestamp",
                                                "database",
                                                "default",
                                                "deferrable",
                                                "deferred",
                                                "delete",
                                                "desc",
                                                "detach",
                                                "distinct",
                                                "do",
                                                "drop",
                                                "each",
                                                "else",
                                                "end",
                                                "escape",
                                                "except",
                                                "exclude",
                                                "exclusive",
                                                "exists",
                                                "explain",
                                                "fail",
                                                "filter",
                                                "first",
                                                "following",
                                                "for",
                                                "foreign",
                                                "from",
                                                "full",
                                                "generated",
                                                "glob",
                                                "group",
                                                "groups",
                                                "having",
                                                "if",
                                                "ignore",
                                                "immediate",
                                                "in",
                                                "index",
                                                "indexed",
                                                "initially",
                                                "inner",
                                                "insert",
                                                "instead",
                                                "intersect",
                                                "into",
                                                "is",
                                                "isnull",
                                                "join",
                                                "key",
                                                "last",
                                                "left",
                                                "like",
                                                "limit",
                                                "match",
                                                "materialized",
                                                "natural",
                                                "no",
                                                "not",
                                                "nothing",
                                                "notnull",
                                                "null",
                                                "nulls",
                                                "of",
                                                "offset",
                                                "on",
                                                "or",
                                                "order",
                                                "others",
                                                "outer",
                                                "over",
                                                "partition",
                                                "plan",
                                                "pragma",
                                                "preceding",
                                                "primary",
                                                "query",
                                                "raise",
                                                "range",
                                                "recursive",
                                                "references",
                                                "regexp",
                                                "reindex",
                                                "release",
                                                "rename",
                                                "replace",
                                                "restrict",
                                                "returning",
                                                "right",
                                                "rollback",
                                                "row",
                                                "rows",
                                                "savepoint",
                                                "select",
                                                "set",
                                                "table",
                                                "temp",
                                                "temporary",
                                                "then",
                                                "ties",
                                                "to",
                                                "transaction",
                                                "trigger",
                                                "unbounded",
                                                "union",
                                                "unique",
                                                "update",
                                                "using",
                                                "vacuum",
                                                "values",
                                                "view",
                                                "virtual",
                                                "when",
                                                "where",
                                                "window",
                                                "with",
                                                "without"});
    return words.contains(sqlFoldedName(name));
}

QString doubleQuoted(const QString &name)
{
    return u'"' + QString(name).replace(u'"', QLatin1String("\"\"")) + u'"';
}

QString backticked(const QString &name)
{
    return u'`' + QString(name).replace(u'`', QLatin1String("``")) + u'`';
}

} // namespace tw::model::naming
