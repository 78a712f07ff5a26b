// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace tw::test {

/// Absolute path of @p relative under tests/data (TW_TEST_DATA, set by CTest; falls back to the source tree).
QString dataPath(const QString &relative);
/// The bytes of a file under tests/data; fails the current test when it cannot be read.
QByteArray readData(const QString &relative);

} // namespace tw::test
