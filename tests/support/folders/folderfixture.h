// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace tw::test {

/// A writable copy of a migrations folder from tests/data/folders/, to damage in one way per test.
class FolderFixture
{
public:
    explicit FolderFixture(const QString &name);

    QString path() const { return m_dir.filePath(QStringLiteral("drizzle")); }
    QString file(const QString &relative) const;
    QByteArray read(const QString &relative) const;
    void write(const QString &relative, const QByteArray &bytes) const;
    void remove(const QString &relative) const;

private:
    QTemporaryDir m_dir;
};

} // namespace tw::test
