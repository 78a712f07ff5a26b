// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/golden.h"

#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tw::test {

void expectMatchesGolden(const QByteArray &actual, const QString &relative)
{
    const QString path = dataPath(relative);
    if (qEnvironmentVariableIntValue("TW_UPDATE_GOLDENS") == 1) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
        file.write(actual);
        return;
    }
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly))
        << "missing golden " << path.toStdString() << " (run with TW_UPDATE_GOLDENS=1 to create it)";
    const QByteArray expected = file.readAll();
    EXPECT_EQ(actual.toStdString(), expected.toStdString()) << "differs from golden " << path.toStdString();
}

} // namespace tw::test
