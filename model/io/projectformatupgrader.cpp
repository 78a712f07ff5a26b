// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/projectformatupgrader.h"

#include "model/project/project.h"

#include <QList>

namespace tw::model {
namespace {

using UpgradeStep = bool (*)(JsonValue *root, QString *error);

// steps()[i] turns a format i+1 root into a format i+2 root. Empty while format 1 is the only format.
const QList<UpgradeStep> &steps()
{
    static const QList<UpgradeStep> list;
    return list;
}

} // namespace

bool ProjectFormatUpgrader::upgrade(JsonValue *root, int fromVersion, QString *error)
{
    Q_ASSERT(steps().size() == Project::kFormatVersion - 1);
    for (int version = fromVersion; version < Project::kFormatVersion; ++version) {
        QString stepError;
        if (!steps().at(version - 1)(root, &stepError)) {
            *error =
                QStringLiteral("cannot upgrade from format %1 to %2: %3").arg(version).arg(version + 1).arg(stepError);
            return false;
        }
    }
    return true;
}

} // namespace tw::model
