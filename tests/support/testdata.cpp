// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>

namespace tw::test {

QString dataPath(const QString &relative)
{
    QString root = qEnvironmentVariable("TW_TEST_DATA");
    if (root.isEmpty())
        root = QStringLiteral(TW_SOURCE_DIR "/tests/data");
    return QDir(root).filePath(relative);
}

QByteArray readData(const QString &relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read test data " << file.fileName().toStdString();
        return {};
    }
    return file.readAll();
}

} // namespace tw::test
