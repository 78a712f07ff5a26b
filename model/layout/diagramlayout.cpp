// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/layout/diagramlayout.h"

namespace tw::model {

QStringList DiagramLayout::groups() const
{
    QStringList result;
    for (const TableLayout &item : items) {
        if (!item.group.isEmpty() && !result.contains(item.group))
            result << item.group;
    }
    result.sort(Qt::CaseInsensitive);
    return result;
}

} // namespace tw::model
