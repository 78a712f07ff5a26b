// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace tw::test {

/// Absolute path of @p relative under tests/data (TW_TEST_DATA, set by CTest; falls back to the source tree).
QString dataPath(const QString &relative);
/// The bytes of a file under tests/data; fails the current test when it cannot be read.
QByteArray readData(const QString &relative);
/// Copies the folder tests/data/@p relative (recursively) to @p destination, files made writable.
void copyDataFolder(const QString &relative, const QString &destination);

} // namespace tw::test
