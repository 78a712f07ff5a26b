// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tw::model {

/// A column's DEFAULT: nothing, a literal (number, string, boolean) or a SQL expression written verbatim.
/// Literals are what drizzle's `.default(value)` records; expressions are `.default(sql\`...\`)`.
class ColumnDefault
{
public:
    enum class Kind { None, Number, String, Boolean, Expression };

    ColumnDefault() = default;
    static ColumnDefault none() { return {}; }
    /// @p literal is the number as written ("0", "-2.5", "1e3"); validation checks it is a number.
    static ColumnDefault number(const QString &literal) { return {Kind::Number, literal}; }
    static ColumnDefault string(const QString &text) { return {Kind::String, text}; }
    static ColumnDefault boolean(bool value)
    {
        return {Kind::Boolean, value ? QStringLiteral("true") : QStringLiteral("false")};
    }
    /// A SQL expression such as `(unixepoch())` or `CURRENT_TIMESTAMP`, written as given.
    static ColumnDefault expression(const QString &sql) { return {Kind::Expression, sql}; }

    Kind kind() const { return m_kind; }
    bool isNone() const { return m_kind == Kind::None; }
    /// The number literal, the string's text (unquoted), "true"/"false", or the expression.
    const QString &text() const { return m_text; }
    bool booleanValue() const { return m_kind == Kind::Boolean && m_text == QLatin1String("true"); }

    /// Whether a Number default holds a finite JSON-style number literal.
    bool isValidNumber() const;
    /// The default as it appears after DEFAULT in SQLite DDL: `0`, `'it''s'`, `true`, `(unixepoch())`.
    QString toSql() const;

    friend bool operator==(const ColumnDefault &, const ColumnDefault &) = default;

private:
    ColumnDefault(Kind kind, QString text)
        : m_kind(kind)
        , m_text(std::move(text))
    {
    }

    Kind m_kind = Kind::None;
    QString m_text;
};

QString columnDefaultKindName(ColumnDefault::Kind kind);

} // namespace tw::model
