// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace tw::model {

/// Replaces a file's bytes all at once or not at all: a crash, a full disk or a size limit leaves the old file as it
/// was. Every file Tablewright writes over a user's file (projects, exported code, edited schema sources) goes
/// through here.
class AtomicFile
{
public:
    /// Writes @p bytes to @p filePath (creating missing parent folders when @p makeFolders); on failure the old file
    /// is untouched and @p error says why.
    static bool write(const QString &filePath, const QByteArray &bytes, QString *error, bool makeFolders = false);
    /// The same for output too large to hold in memory (a CSV export of a big table): @p produce writes to the device
    /// it is given and returns an error message, or an empty string when it is done. The bytes reach the file in
    /// chunks, each write checked, and the file replaces the old one only when all of them were written.
    static bool write(const QString &filePath, const std::function<QString(QIODevice &)> &produce, QString *error);
};

} // namespace tw::model
