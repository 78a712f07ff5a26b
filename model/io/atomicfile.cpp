// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/atomicfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace tw::model {

bool AtomicFile::write(const QString &filePath, const QByteArray &bytes, QString *error, bool makeFolders)
{
    QSaveFile file(filePath);
    // No direct-write fallback: when no temporary file can be made beside the target, fail rather than
    // overwrite the old file in place.
    file.setDirectWriteFallback(false);
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        file.cancelWriting();
        return false;
    };
    const QString folder = QFileInfo(filePath).absolutePath();
    if (makeFolders && !QDir().mkpath(folder))
        return fail(QStringLiteral("cannot create the folder %1").arg(folder));
    // Unbuffered, so that a short write (disk full, file size limit) shows in write()'s result: through the
    // buffer, Qt 6.4 drops the unwritten rest at commit() and reports success with a truncated file.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(QStringLiteral("cannot save %1: %2").arg(filePath, file.errorString()));
    const qint64 written = file.write(bytes);
    if (written != bytes.size()) {
        return fail(QStringLiteral("cannot write %1: %2 of %3 bytes written (is the disk full?)")
                        .arg(filePath)
                        .arg(qMax<qint64>(written, 0))
                        .arg(bytes.size()));
    }
    if (!file.commit())
        return fail(QStringLiteral("cannot save %1: %2").arg(filePath, file.errorString()));
    if (error)
        error->clear();
    return true;
}

} // namespace tw::model
