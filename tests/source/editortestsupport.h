// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project/projectsettings.h"
#include "model/schema/schema.h"

#include <QString>

#include <functional>

namespace tw::test {

/// The path the editor tests give their in-memory sources.
QString editedSourcePath();
/// Reads @p before as the project's bound source, applies @p change to the project, and returns the edited text
/// (or the refusal, prefixed `refused: `).
QString edited(const QString &before, const std::function<void(model::Schema &)> &change,
               model::Casing casing = model::Casing::None);
model::Table &table(model::Schema &schema, const QString &name);
model::Column &column(model::Table &table, const QString &name);

} // namespace tw::test
