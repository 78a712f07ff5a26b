// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

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
};

} // namespace tw::model
