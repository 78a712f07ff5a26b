// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/id.h"

#include <QList>
#include <QString>

namespace tw::model {

/// `CONSTRAINT "name" CHECK(expression)`.
struct CheckConstraint
{
    Id id;
    QString name;
    QString expression;

    friend bool operator==(const CheckConstraint &, const CheckConstraint &) = default;
};

} // namespace tw::model
