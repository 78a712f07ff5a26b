// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/schema/view.h"

#include "model/schema/naming.h"

namespace tw::model {

QString View::effectiveTsName() const
{
    return tsName.isEmpty() ? naming::camelCaseFromSnake(name) : tsName;
}

} // namespace tw::model
