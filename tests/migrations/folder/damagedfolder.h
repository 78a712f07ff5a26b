// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/generate/migrationgenerator.h"
#include "model/core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <functional>

namespace tw::test {

/// A drizzle-kit migrations folder built file by file in a temporary directory, so each test can commit exactly
/// the damage real projects carry (a .sql outside the journal, an entry without its files, a renumbered merge...).
/// Every snapshot describes two tables, `items` and `tags`.
class DamagedFolder
{
public:
    struct Migration
    {
        int idx = 0;
        QString tag;
        QString id;
        QString prevId; ///< empty: the origin (all zeros)
        bool withSql = true;
        bool withSnapshot = true;
        qint64 when = 0; ///< 0: 1700000000000 + idx
    };

    explicit DamagedFolder(const QList<Migration> &migrations);

    QString path() const { return m_dir.filePath(QStringLiteral("drizzle")); }
    void write(const QString &relative, const QByteArray &bytes) const;
    QByteArray read(const QString &relative) const;

    /// A v6 snapshot with @p id and @p prevId describing `items` and `tags`.
    static QByteArray snapshot(const QString &id, const QString &prevId);

private:
    QTemporaryDir m_dir;
};

/// Imports @p folder as `tablewright import` does (the latest snapshot's schema and a baseline on its id), lets
/// @p change edit the schema, and generates migration `next` with the fixed snapshot id @p newId.
model::Result<migrations::GenerateOutcome>
importAndGenerate(const QString &folder, const std::function<void(model::Schema &)> &change, const QString &newId);

/// `id` and `prevId` of the snapshot file at @p path (empty strings when unreadable).
QPair<QString, QString> snapshotIds(const QString &path);

} // namespace tw::test
