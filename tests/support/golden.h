// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace tw::test {

/// Expects @p actual to equal the golden file tests/data/@p relative byte for byte. With TW_UPDATE_GOLDENS=1 in
/// the environment, (re)writes the golden in the source tree instead: review the diff before committing.
void expectMatchesGolden(const QByteArray &actual, const QString &relative);

} // namespace tw::test
