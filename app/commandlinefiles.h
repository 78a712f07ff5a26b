// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace tw::app {

/// The designer opens one project, the first of @p arguments (what QApplication left of the command line). The
/// rest would be dropped without a word (`tablewright a.twproj junk`): this is the sentence saying which were
/// ignored, or empty when there are none.
QString ignoredArguments(const QStringList &arguments);

} // namespace tw::app
