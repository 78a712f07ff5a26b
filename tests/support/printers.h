// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/id.h"

#include <QByteArray>
#include <QString>

#include <ostream>

// GoogleTest prints these in failure messages.
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
inline void PrintTo(const QByteArray &b, std::ostream *os)
{
    *os << '"' << b.toStdString() << '"';
}
QT_END_NAMESPACE

namespace tw::model {
inline void PrintTo(const Id &id, std::ostream *os)
{
    *os << "Id(" << id.toString().toStdString() << ')';
}
} // namespace tw::model
