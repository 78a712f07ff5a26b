// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/exampleproject.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace tw::app {

QString exampleProjectPath()
{
    const QString relative = QStringLiteral("tablewright/examples/aperto.twproj");
    // Installed: <prefix>/bin/tablewright beside <prefix>/share (the .deb, a `cmake --install`, a Windows folder).
    const QString besideBinary =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/") + relative);
    // A build tree runs from build/app/: the source tree it was built from has the example (the README's first run).
    QStringList candidates{besideBinary, QStringLiteral(TW_SOURCE_EXAMPLES "/aperto.twproj")};
    candidates << QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, relative);
    for (const QString &candidate : std::as_const(candidates)) {
        if (QFileInfo(candidate).isFile())
            return QDir::cleanPath(QFileInfo(candidate).absoluteFilePath());
    }
    return {};
}

} // namespace tw::app
