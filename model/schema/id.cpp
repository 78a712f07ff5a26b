// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/schema/id.h"

#include <QRandomGenerator>

namespace tw::model {

Id Id::generate()
{
    return generate(*QRandomGenerator::global());
}

Id Id::generate(QRandomGenerator &random)
{
    const quint64 bits = random.generate64() & 0xffffffffffffULL; // 48 bits: 12 hex digits
    return Id(QStringLiteral("%1").arg(bits, 12, 16, QLatin1Char('0')));
}

bool Id::isValidToken(const QString &token)
{
    if (token.isEmpty() || token.size() > 64)
        return false;
    for (const QChar c : token) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' ||
                        c == u'-' || c == u'.';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace tw::model
