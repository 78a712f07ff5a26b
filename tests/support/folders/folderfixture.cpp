// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/folders/folderfixture.h"

#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace tw::test {

FolderFixture::FolderFixture(const QString &name)
{
    copyDataFolder(QStringLiteral("folders/") + name, path());
}

QString FolderFixture::file(const QString &relative) const
{
    return QDir(path()).filePath(relative);
}

QByteArray FolderFixture::read(const QString &relative) const
{
    QFile f(file(relative));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << relative.toStdString();
    return f.readAll();
}

void FolderFixture::write(const QString &relative, const QByteArray &bytes) const
{
    QDir().mkpath(QFileInfo(file(relative)).absolutePath());
    QFile f(file(relative));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate)) << relative.toStdString();
    f.write(bytes);
}

void FolderFixture::remove(const QString &relative) const
{
    EXPECT_TRUE(QFile::remove(file(relative))) << relative.toStdString();
}

} // namespace tw::test
