// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/atomicfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace tw::model {
namespace {

/// Collects what a producer writes and hands it to the (unbuffered) save file in chunks, checking every write: through
/// QSaveFile's own buffer, Qt 6.4 drops an unwritten rest at commit() and reports success with a truncated file.
class ChunkedWriter : public QIODevice
{
public:
    explicit ChunkedWriter(QSaveFile &file)
        : m_file(file)
    {
        open(QIODevice::WriteOnly);
    }
    /// Writes what is still held; false (with failure() set) when the file took less than it was given.
    bool drain()
    {
        if (m_failure.isEmpty() && !m_pending.isEmpty()) {
            const qint64 written = m_file.write(m_pending);
            if (written != m_pending.size())
                m_failure = QStringLiteral("%1 of %2 bytes written (is the disk full?)")
                                .arg(m_total + qMax<qint64>(written, 0))
                                .arg(m_total + m_pending.size());
            m_total += qMax<qint64>(written, 0);
            m_pending.clear();
        }
        return m_failure.isEmpty();
    }
    const QString &failure() const { return m_failure; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (!m_failure.isEmpty())
            return -1;
        m_pending.append(data, size);
        if (m_pending.size() >= kChunk && !drain())
            return -1;
        return size;
    }

private:
    static constexpr qsizetype kChunk = 256 * 1024;
    QSaveFile &m_file;
    QByteArray m_pending;
    qint64 m_total = 0;
    QString m_failure;
};

} // namespace

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

bool AtomicFile::write(const QString &filePath, const std::function<QString(QIODevice &)> &produce, QString *error)
{
    QSaveFile file(filePath);
    file.setDirectWriteFallback(false);
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        file.cancelWriting();
        return false;
    };
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(QStringLiteral("cannot save %1: %2").arg(filePath, file.errorString()));
    ChunkedWriter writer(file);
    const QString produced = produce(writer);
    if (!writer.drain())
        return fail(QStringLiteral("cannot write %1: %2").arg(filePath, writer.failure()));
    if (!produced.isEmpty())
        return fail(produced);
    if (!file.commit())
        return fail(QStringLiteral("cannot save %1: %2").arg(filePath, file.errorString()));
    if (error)
        error->clear();
    return true;
}

} // namespace tw::model
