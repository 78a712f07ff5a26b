// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/migrations/snapshot/goldensnapshots.h"

#include "tests/support/testdata.h"

#include <QDir>

namespace tw::test {

QStringList goldenSnapshotCases()
{
    QStringList cases;
    const QDir root(dataPath(QStringLiteral("drizzle/snapshots")));
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFile::exists(root.filePath(name + QStringLiteral("/snapshot.json"))))
            cases << name;
    }
    return cases;
}

QByteArray goldenSnapshot(const QString &name)
{
    return readData(QStringLiteral("drizzle/snapshots/%1/snapshot.json").arg(name));
}

} // namespace tw::test
