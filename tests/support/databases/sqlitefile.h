// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace tw::test {

/// Direct access to a SQLite file for assertions, on a connection of its own.
class SqliteFile
{
public:
    explicit SqliteFile(QString path);
    ~SqliteFile();

    QVariant scalar(const QString &sql) const;
    /// Every row of @p sql, columns joined by '|'.
    QStringList rows(const QString &sql) const;
    bool exec(const QString &sql) const;
    QByteArray bytes() const;

private:
    QString m_path;
    QString m_connection;
};

} // namespace tw::test
