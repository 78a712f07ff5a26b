// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/common/icons.h"

#include <QFile>

namespace tw::views::icons {

QIcon icon(const QString &name)
{
    const QString path = QStringLiteral(":/icons/%1.svg").arg(name);
    return QFile::exists(path) ? QIcon(path) : QIcon();
}

} // namespace tw::views::icons
