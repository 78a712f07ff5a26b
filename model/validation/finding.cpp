// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/validation/finding.h"

#include <algorithm>

namespace tw::model {

QString Finding::toString() const
{
    const QString prefix = isError() ? QStringLiteral("error") : QStringLiteral("warning");
    if (location.text.isEmpty())
        return prefix + QLatin1String(": ") + message;
    return prefix + QLatin1String(": ") + location.text + QLatin1String(": ") + message;
}

bool hasErrors(const Findings &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(), [](const Finding &f) { return f.isError(); });
}

} // namespace tw::model
