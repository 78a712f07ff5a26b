// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tw::test {

/// Creates the SQLite file @p path and runs @p sql in it (statements split as the applier splits them); fails the
/// current test on an error.
void createDatabase(const QString &path, const QString &sql);

} // namespace tw::test
