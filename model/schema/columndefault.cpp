// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/schema/columndefault.h"

#include <QRegularExpression>

#include <cmath>

namespace tw::model {

bool ColumnDefault::isValidNumber() const
{
    if (m_kind != Kind::Number)
        return false;
    static const QRegularExpression jsonNumber(QStringLiteral(R"(^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$)"));
    if (!jsonNumber.match(m_text).hasMatch())
        return false;
    bool ok = false;
    const double value = m_text.toDouble(&ok);
    return ok && std::isfinite(value);
}

QString ColumnDefault::toSql() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Number:
    case Kind::Boolean:
    case Kind::Expression:
        return m_text;
    case Kind::String: {
        QString quoted = m_text;
        quoted.replace(QLatin1Char('\''), QLatin1String("''"));
        return QLatin1Char('\'') + quoted + QLatin1Char('\'');
    }
    }
    return {};
}

QString columnDefaultKindName(ColumnDefault::Kind kind)
{
    switch (kind) {
    case ColumnDefault::Kind::None:
        return QStringLiteral("none");
    case ColumnDefault::Kind::Number:
        return QStringLiteral("number");
    case ColumnDefault::Kind::String:
        return QStringLiteral("string");
    case ColumnDefault::Kind::Boolean:
        return QStringLiteral("boolean");
    case ColumnDefault::Kind::Expression:
        return QStringLiteral("expression");
    }
    return {};
}

} // namespace tw::model
