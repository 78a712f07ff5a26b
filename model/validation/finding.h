// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/id.h"

#include <QList>
#include <QString>

namespace tw::model {

/// Where a finding points: the object's kind and ids (for selecting it in the GUI) and a readable text
/// such as `column users.email` or `index users_email_idx on users` (for the CLI).
struct FindingLocation
{
    enum class Kind { Schema, Table, Column, PrimaryKey, Index, ForeignKey, UniqueConstraint, CheckConstraint, View };

    Kind kind = Kind::Schema;
    Id table; ///< the table (or view) concerned, if any
    Id item;  ///< the column/index/constraint within it, if any
    QString text;

    friend bool operator==(const FindingLocation &, const FindingLocation &) = default;
};

/// One problem found by validation.
struct Finding
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString rule; ///< stable rule id, e.g. `duplicate-column-name`, `fk-without-index`
    FindingLocation location;
    QString message;

    bool isError() const { return severity == Severity::Error; }
    /// `error: column users.email: ...` as `tablewright check` prints it.
    QString toString() const;

    friend bool operator==(const Finding &, const Finding &) = default;
};

using Findings = QList<Finding>;

bool hasErrors(const Findings &findings);

} // namespace tw::model
