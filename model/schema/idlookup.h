// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/id.h"

#include <QList>

namespace tw::model {

/// Position of the element whose `id` is @p id in @p items, or -1.
template<typename T>
qsizetype indexOfId(const QList<T> &items, const Id &id)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items[i].id == id)
            return i;
    }
    return -1;
}

/// The element whose `id` is @p id, or nullptr.
template<typename T>
const T *findById(const QList<T> &items, const Id &id)
{
    const qsizetype i = indexOfId(items, id);
    return i < 0 ? nullptr : &items[i];
}

template<typename T>
T *findById(QList<T> &items, const Id &id)
{
    const qsizetype i = indexOfId(items, id);
    return i < 0 ? nullptr : &items[i];
}

} // namespace tw::model
