// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandlinefiles.h"

#include <QCoreApplication>

namespace tw::app {

QString ignoredArguments(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return {};
    return QCoreApplication::translate("tw::app", "Opened %1 only; ignored: %2 (the designer opens one project)")
        .arg(arguments.first(), arguments.mid(1).join(QLatin1String(" ")));
}

} // namespace tw::app
