// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/schema/naming.h"
#include "model/validation/locations.h"
#include "model/validation/rules.h"

#include <QRegularExpression>

#include <cmath>

namespace tw::model::validation {
namespace {

// What SQLite's grammar takes after DEFAULT without parentheses: a literal (number, string, blob, NULL, TRUE,
// FALSE or one of the three CURRENT_* keywords), optionally signed; or a name, bare or quoted (`DEFAULT abc`,
// `DEFAULT "abc"`), which SQLite stores as that text. Everything else is an expression and needs `( )`.
bool isBareLiteral(const QString &sql)
{
    static const QRegularExpression literal(
        QStringLiteral(R"(^(?:[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|[+-]?0[xX][0-9a-fA-F]+)"
                       R"(|[+-]?(?:'(?:[^']|'')*'|[xX]'[0-9a-fA-F]*'|null|current_timestamp|current_date|current_time))"
                       R"(|true|false)$)"),
        QRegularExpression::CaseInsensitiveOption);
    return literal.match(sql).hasMatch();
}

bool isName(const QString &sql)
{
    static const QRegularExpression quotedName(QStringLiteral(R"(^(?:"(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\])$)"));
    static const QRegularExpression bareName(QStringLiteral(R"(^[A-Za-z_][A-Za-z0-9_$]*$)"));
    return quotedName.match(sql).hasMatch() || (bareName.match(sql).hasMatch() && !naming::isSqliteKeyword(sql));
}

// Whether the first '(' of @p sql closes at its last character, skipping quoted text: `(a) + (b)` is not wrapped.
bool isWrappedInParentheses(const QString &sql)
{
    if (!sql.startsWith(u'(') || !sql.endsWith(u')'))
        return false;
    int depth = 0;
    QChar quote;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`') {
            quote = c;
        } else if (c == u'[') {
            quote = u']';
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')' && --depth == 0) {
            return i == sql.size() - 1;
        }
    }
    return false;
}

QString typePhrase(const Column &column)
{
    if (column.mode != DrizzleMode::None)
        return QStringLiteral("the column has mode %1").arg(drizzleModeName(column.mode));
    return QStringLiteral("the column's type is %1").arg(sqlTypeName(column.type));
}

void checkNumberDefault(FindingCollector &out, const FindingLocation &where, const Column &column)
{
    const ColumnDefault &value = column.defaultValue;
    if (!value.isValidNumber()) {
        out.error("invalid-number-default", where,
                  QStringLiteral("default %1 is not a valid number literal (write it as JSON does: 42, -2.5, 1e3)")
                      .arg(value.text()));
        return;
    }
    if (column.mode == DrizzleMode::Json)
        return; // any JSON value fits a JSON column
    QString problem;
    if (column.mode == DrizzleMode::Boolean)
        problem = QStringLiteral("the column has mode boolean: use true or false");
    else if (column.type == SqlType::Text)
        problem = QStringLiteral("the column's type is text: use the string '%1'").arg(value.text());
    else if (column.type == SqlType::Blob && column.mode != DrizzleMode::Bigint)
        problem = QStringLiteral("the column's type is blob");
    if (!problem.isEmpty()) {
        out.warning("default-type-mismatch", where,
                    QStringLiteral("default %1 is a number, but %2").arg(value.text(), problem));
        return;
    }
    const double number = value.text().toDouble();
    const bool wantsWholeNumber = column.type == SqlType::Integer || column.mode == DrizzleMode::Bigint;
    if (wantsWholeNumber && std::trunc(number) != number) {
        out.warning("default-type-mismatch", where,
                    QStringLiteral("default %1 is not a whole number, but %2").arg(value.text(), typePhrase(column)));
    }
}

void checkStringDefault(FindingCollector &out, const FindingLocation &where, const Column &column)
{
    const ColumnDefault &value = column.defaultValue;
    const QString sql = value.toSql();
    if (column.type == SqlType::Text) {
        if (!column.enumValues.isEmpty() && !column.enumValues.contains(value.text())) {
            out.error("default-not-in-enum", where,
                      QStringLiteral("default %1 is not one of the enum values (%2)")
                          .arg(sql, column.enumValues.join(QLatin1String(", "))));
        }
        return;
    }
    // A json column stores the JSON text; drizzle's numeric() is typed as a string, so '12.50' is its natural default.
    if (column.mode == DrizzleMode::Json)
        return;
    if (column.type == SqlType::Numeric && column.mode == DrizzleMode::None &&
        ColumnDefault::number(value.text()).isValidNumber())
        return;
    if (column.mode == DrizzleMode::Boolean) {
        out.error(
            "default-type-mismatch", where,
            QStringLiteral("default %1 is a string, but the column has mode boolean: use true or false").arg(sql));
    } else if (column.type == SqlType::Blob) {
        out.warning("default-type-mismatch", where,
                    QStringLiteral("default %1 is a string, but the column's type is blob").arg(sql));
    } else if (ColumnDefault::number(value.text()).isValidNumber()) {
        out.warning("default-type-mismatch", where,
                    QStringLiteral("default %1 is a string, but the column's type is %2: use the number %3")
                        .arg(sql, sqlTypeName(column.type), value.text()));
    } else {
        out.warning("default-type-mismatch", where,
                    QStringLiteral("default %1 is not a number, but the column's type is %2")
                        .arg(sql, sqlTypeName(column.type)));
    }
}

void checkBooleanDefault(FindingCollector &out, const FindingLocation &where, const Column &column)
{
    const QString text = column.defaultValue.text();
    if (column.type == SqlType::Integer && column.mode == DrizzleMode::Boolean)
        return;
    if (column.type == SqlType::Integer && column.mode == DrizzleMode::None) {
        out.warning("default-type-mismatch", where,
                    QStringLiteral("default %1 is a boolean, but the column has no boolean mode: set mode boolean or "
                                   "use %2")
                        .arg(text, column.defaultValue.booleanValue() ? QStringLiteral("1") : QStringLiteral("0")));
        return;
    }
    out.warning("default-type-mismatch", where,
                QStringLiteral("default %1 is a boolean, but %2; booleans need an integer column with mode boolean")
                    .arg(text, typePhrase(column)));
}

void checkExpressionDefault(FindingCollector &out, const FindingLocation &where, const Column &column)
{
    const QString sql = column.defaultValue.text().trimmed();
    if (sql.isEmpty()) {
        out.error("empty-default-expression", where, QStringLiteral("the default is an empty SQL expression"));
        return;
    }
    if (isBareLiteral(sql) || isWrappedInParentheses(sql))
        return;
    if (isName(sql)) {
        // Legal and found in hand-written databases, but easily a forgotten () or quote: say what it stores.
        out.warning("name-as-default", where,
                    QStringLiteral("default %1 is a name, which SQLite stores as the text it spells; write it as a "
                                   "'string' if that is meant, or (%1()) or (%1) for a function or expression")
                        .arg(sql));
        return;
    }
    out.error("unparenthesised-default-expression", where,
              QStringLiteral("default expression %1 must be wrapped in parentheses, as SQLite requires for anything "
                             "but a literal, NULL or CURRENT_TIMESTAMP/CURRENT_DATE/CURRENT_TIME: write (%1)")
                  .arg(sql));
}

} // namespace

void checkColumnDefault(FindingCollector &out, const Table &table, const Column &column)
{
    const FindingLocation where = locate::column(table, column);
    switch (column.defaultValue.kind()) {
    case ColumnDefault::Kind::None:
        return;
    case ColumnDefault::Kind::Number:
        checkNumberDefault(out, where, column);
        return;
    case ColumnDefault::Kind::String:
        checkStringDefault(out, where, column);
        return;
    case ColumnDefault::Kind::Boolean:
        checkBooleanDefault(out, where, column);
        return;
    case ColumnDefault::Kind::Expression:
        checkExpressionDefault(out, where, column);
        return;
    }
}

} // namespace tw::model::validation
