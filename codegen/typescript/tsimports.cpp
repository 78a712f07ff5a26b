// SPDX-License-Identifier: GPL-3.0-or-later
#include "codegen/typescript/tsimports.h"

#include "codegen/typescript/tsliteral.h"

#include <QStringList>

#include <algorithm>

namespace tw::codegen {
namespace {

QString importLines(const QMap<QString, QSet<QString>> &byModule, const QString &keyword)
{
    QString out;
    for (auto it = byModule.cbegin(); it != byModule.cend(); ++it) {
        QStringList names(it.value().cbegin(), it.value().cend());
        std::sort(names.begin(), names.end());
        out += keyword + QLatin1String(" { ") + names.join(QLatin1String(", ")) + QLatin1String(" } from ") +
               ts::stringLiteral(it.key()) + QLatin1String(";\n");
    }
    return out;
}

} // namespace

QString TsImports::toString() const
{
    return importLines(m_names, QStringLiteral("import")) + importLines(m_typeNames, QStringLiteral("import type"));
}

} // namespace tw::codegen
