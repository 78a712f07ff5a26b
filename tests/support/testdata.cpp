// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QDirIterator>
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

void copyDataFolder(const QString &relative, const QString &destination)
{
    const QDir source(dataPath(relative));
    QDirIterator it(source.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = QDir(destination).filePath(source.relativeFilePath(from));
        QDir().mkpath(QFileInfo(to).absolutePath());
        EXPECT_TRUE(QFile::copy(from, to)) << to.toStdString();
        QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
    }
}

} // namespace tw::test
