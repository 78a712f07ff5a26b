// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/connection/localdatabaselocator.h"

#include <QDir>

namespace tw::database {

QStringList LocalDatabaseLocator::candidates(const QString &projectFolder)
{
    QStringList found;
    for (const QString &root : {QStringLiteral(".wrangler"), QStringLiteral(".wrangler-persist")}) {
        const QDir dir(QDir(projectFolder).filePath(root + QStringLiteral("/state/v3/d1/miniflare-D1DatabaseObject")));
        const QStringList names = dir.entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            // metadata.sqlite is miniflare's own; *.backup-*.sqlite are the copies Tablewright takes before applying.
            if (name != QLatin1String("metadata.sqlite") && !name.contains(QLatin1String(".backup-")))
                found << QDir::cleanPath(dir.filePath(name));
        }
    }
    return found;
}

model::Result<QString> LocalDatabaseLocator::locate(const QString &projectFolder)
{
    const QStringList found = candidates(projectFolder);
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty())
        return model::Result<QString>::failure(
            QStringLiteral("no local database found under %1/.wrangler (wrangler creates it on `wrangler d1 "
                           "migrations apply --local` or `wrangler dev`)")
                .arg(QDir::cleanPath(projectFolder)));
    return model::Result<QString>::failure(
        QStringLiteral("several local databases found:\n  %1").arg(found.join(QLatin1String("\n  "))));
}

} // namespace tw::database
