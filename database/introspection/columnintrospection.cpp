// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/introspection/columnintrospection.h"

#include <QRegularExpression>

namespace tw::database {

using model::ColumnDefault;
using model::SqlType;

bool ColumnIntrospection::applyDeclaredType(const QString &declared, model::Column &column)
{
    static const QRegularExpression sized(QStringLiteral(R"(^text\s*\(\s*([1-9][0-9]{0,8})\s*\)$)"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QString type = declared.trimmed().toLower();
    column.length.reset();
    if (const auto exact = model::sqlTypeFromName(type)) {
        column.type = *exact;
        return true;
    }
    if (const QRegularExpressionMatch m = sized.match(type); m.hasMatch()) {
        column.type = SqlType::Text;
        column.length = m.captured(1).toInt();
        return true;
    }
    // VARCHAR(255), CHARACTER(20), NVARCHAR(100): text affinity, and the size is what text(N) says to drizzle.
    static const QRegularExpression sizedChars(QStringLiteral(R"(^[a-z ]*char[a-z ]*\(\s*([1-9][0-9]{0,8})\s*\)$)"));
    if (const QRegularExpressionMatch m = sizedChars.match(type);
        m.hasMatch() && !type.contains(QLatin1String("int"))) {
        column.type = SqlType::Text;
        column.length = m.captured(1).toInt();
        return false;
    }
    // https://www.sqlite.org/datatype3.html#determination_of_column_affinity, rule by rule.
    if (type.contains(QLatin1String("int")))
        column.type = SqlType::Integer;
    else if (type.contains(QLatin1String("char")) || type.contains(QLatin1String("clob")) ||
             type.contains(QLatin1String("text")))
        column.type = SqlType::Text;
    else if (type.isEmpty() || type.contains(QLatin1String("blob")))
        column.type = SqlType::Blob;
    else if (type.contains(QLatin1String("real")) || type.contains(QLatin1String("floa")) ||
             type.contains(QLatin1String("doub")))
        column.type = SqlType::Real;
    else
        column.type = SqlType::Numeric;
    return false;
}

ColumnDefault ColumnIntrospection::defaultFrom(const QVariant &dfltValue)
{
    if (dfltValue.isNull())
        return ColumnDefault::none();
    const QString text = dfltValue.toString().trimmed();
    static const QRegularExpression number(QStringLiteral(R"(^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$)"));
    if (number.match(text).hasMatch())
        return ColumnDefault::number(text);
    if (text == QLatin1String("true") || text == QLatin1String("false"))
        return ColumnDefault::boolean(text == QLatin1String("true"));
    if (text.size() >= 2 && text.startsWith(u'\'') && text.endsWith(u'\'')) {
        const QString inner = text.mid(1, text.size() - 2);
        bool wellFormed = true;
        for (qsizetype i = 0; i < inner.size() && wellFormed; ++i) {
            if (inner[i] == u'\'')
                wellFormed = ++i < inner.size() && inner[i] == u'\'';
        }
        if (wellFormed) {
            QString value = inner;
            value.replace(QLatin1String("''"), QLatin1String("'"));
            return ColumnDefault::string(value);
        }
    }
    return ColumnDefault::expression(text);
}

ColumnDefault ColumnIntrospection::fittedTo(const model::Column &column, const ColumnDefault &value)
{
    if (value.kind() == ColumnDefault::Kind::Number && !column.acceptsNumberLiteral())
        return ColumnDefault::expression(value.text());
    if (value.kind() == ColumnDefault::Kind::Boolean && column.type != SqlType::Integer)
        return ColumnDefault::expression(value.text());
    return value;
}

} // namespace tw::database
