// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/folder/interruptedappend.h"

#include "migrations/folder/journal.h"
#include "model/io/atomicfile.h"

#include <QDir>
#include <QFile>

namespace tw::migrations {
namespace {

struct Record
{
    QString tag;
    QStringList files;
};

// The record: the tag on the first line, then one file a line.
std::optional<Record> readRecord(const QString &folderPath)
{
    QFile file(InterruptedAppend::recordPath(folderPath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return Record{};
    const QString tag = lines.takeFirst();
    // Only plain names inside the folder: a damaged record must never make finish() delete anything else.
    lines.removeIf([](const QString &f) { return f.contains(QLatin1String("..")) || QDir::isAbsolutePath(f); });
    return Record{tag, lines};
}

bool journalNames(const QString &folderPath, const QString &tag)
{
    QFile file(QDir(folderPath).filePath(QStringLiteral("meta/_journal.json")));
    if (tag.isEmpty() || !file.open(QIODevice::ReadOnly))
        return false;
    const auto journal = Journal::parse(file.readAll());
    if (!journal)
        return false;
    for (const JournalEntry &entry : journal.value().entries) {
        if (entry.tag == tag)
            return true;
    }
    return false;
}

} // namespace

QString InterruptedAppend::recordPath(const QString &folderPath)
{
    return QDir(folderPath).filePath(QStringLiteral("meta/.tablewright-append"));
}

bool InterruptedAppend::begin(const QString &folderPath, const QString &tag, const QStringList &files, QString *error)
{
    const QByteArray text = (QStringList{tag} + files).join(u'\n').toUtf8() + '\n';
    return model::AtomicFile::write(recordPath(folderPath), text, error, true);
}

void InterruptedAppend::end(const QString &folderPath)
{
    QFile::remove(recordPath(folderPath));
}

QStringList InterruptedAppend::leftovers(const QString &folderPath)
{
    const std::optional<Record> record = readRecord(folderPath);
    if (!record || journalNames(folderPath, record->tag))
        return {};
    QStringList present;
    for (const QString &file : record->files) {
        if (QFile::exists(QDir(folderPath).filePath(file)))
            present << file;
    }
    return present;
}

model::Result<QStringList> InterruptedAppend::finish(const QString &folderPath)
{
    QStringList removed;
    for (const QString &file : leftovers(folderPath)) {
        if (!QFile::remove(QDir(folderPath).filePath(file)))
            return model::Result<QStringList>::failure(
                QStringLiteral("%1 was left by an interrupted generate and cannot be removed")
                    .arg(QDir::toNativeSeparators(QDir(folderPath).filePath(file))));
        removed << QStringLiteral("removed %1, left by a generate that was interrupted before the journal named it")
                       .arg(file);
    }
    end(folderPath);
    return removed;
}

} // namespace tw::migrations
