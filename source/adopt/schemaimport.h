// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"
#include "model/project/project.h"
#include "source/adopt/schemasource.h"

#include <QString>
#include <QStringList>

namespace tw::source {

/// A new project made from a drizzle migrations folder, a drizzle snapshot (.json) or a SQLite database: what
/// `tablewright import` writes and what the designer's File ▸ Import opens. One chain for both, so the window and the
/// command line make the same project from the same input.
struct SchemaImport
{
    model::Project project;
    SchemaSource::Kind kind = SchemaSource::Kind::Folder;
    /// What the reader noticed (a damaged folder, a column the model cannot hold), each `SOURCE: message`.
    QStringList warnings;
    /// For a folder: what it holds (LatestSnapshot::summary), for the user to check it was the right one.
    QString folderSummary;

    /// Reads @p sourcePath (SchemaSource::load; refused when it is missing or a project already), prepares the
    /// schema as imported (model::prepareImportedSchema: snapshots carry SQL names and types only), lays it out
    /// and records the folder or the database in the settings relative to @p projectFile, where the project will be
    /// saved; a folder's latest snapshot becomes the baseline. Errors name @p sourcePath.
    static model::Result<SchemaImport> fromSchemaSource(const QString &sourcePath, const QString &projectFile);
};

} // namespace tw::source
