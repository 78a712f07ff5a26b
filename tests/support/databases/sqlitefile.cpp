// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/databases/sqlitefile.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace tw::test {
namespace {
int g_counter = 0;
}

SqliteFile::SqliteFile(QString path)
    : m_path(std::move(path))
    , m_connection(QStringLiteral("test-%1").arg(++g_counter))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    EXPECT_TRUE(db.open()) << db.lastError().text().toStdString();
}

SqliteFile::~SqliteFile()
{
    QSqlDatabase::database(m_connection).close();
    QSqlDatabase::removeDatabase(m_connection);
}

QVariant SqliteFile::scalar(const QString &sql) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    EXPECT_TRUE(query.exec(sql)) << sql.toStdString() << ": " << query.lastError().text().toStdString();
    return query.next() ? query.value(0) : QVariant();
}

QStringList SqliteFile::rows(const QString &sql) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    EXPECT_TRUE(query.exec(sql)) << sql.toStdString() << ": " << query.lastError().text().toStdString();
    QStringList out;
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values << (query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString());
        out << values.join(u'|');
    }
    return out;
}

bool SqliteFile::exec(const QString &sql) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    return query.exec(sql);
}

QByteArray SqliteFile::bytes() const
{
    QFile file(m_path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace tw::test
