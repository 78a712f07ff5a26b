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

QPointF DiagramLayout::position(const Id &diagram, const Id &id) const
{
    if (!diagram.isNull()) {
        const auto sub = subDiagrams.constFind(diagram);
        if (sub != subDiagrams.cend() && sub->positions.contains(id))
            return sub->positions.value(id);
    }
    return item(id).position;
}

bool DiagramLayout::shows(const Id &diagram, const Id &id) const
{
    return diagram.isNull() || subDiagrams.value(diagram).positions.contains(id);
}

} // namespace tw::model
