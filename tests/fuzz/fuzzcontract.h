// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"

#include <QString>

namespace tw::fuzz {

/// What broke when a reader failed without saying why ("a clear error or a valid value"), else an empty string.
template<typename T>
QString unclearError(const model::Result<T> &result, const char *reader)
{
    if (result.ok() || !result.error().trimmed().isEmpty())
        return {};
    return QStringLiteral("%1 failed without an error message").arg(QLatin1String(reader));
}

/// The round-trip contract: @p reread, the value written and read again, must read and equal @p first.
template<typename T>
QString roundTripBroken(const model::Result<T> &reread, const T &first, const char *reader)
{
    if (!reread.ok())
        return QStringLiteral("%1 cannot read what its writer wrote: %2").arg(QLatin1String(reader), reread.error());
    if (!(reread.value() == first))
        return QStringLiteral("%1: the value written and read again differs from the value read")
            .arg(QLatin1String(reader));
    return {};
}

/// A half-open range [begin, end) that must lie inside a text of @p size characters.
inline bool insideText(qsizetype begin, qsizetype end, qsizetype size)
{
    return begin >= 0 && begin <= end && end <= size;
}

} // namespace tw::fuzz
