// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codegen/generatedfile.h"

#include <QList>
#include <QString>

namespace tw::codegen {

/// What exporting one file did, or would do.
struct ExportOutcome
{
    enum class Action {
        Created,
        Updated,
        Unchanged,
        RefusedEdited,
        RefusedForeign,
        KeptExisting,
        Failed,
        Obsolete,       ///< no longer generated, as Tablewright wrote it: export deletes it
        ObsoleteEdited, ///< no longer generated but edited since the export: kept unless forced
        Deleted,        ///< an obsolete file export deleted
    };

    QString path; ///< absolute
    Action action = Action::Created;
    QString error; ///< for Failed

    bool isRefusal() const
    {
        return action == Action::RefusedEdited || action == Action::RefusedForeign || action == Action::ObsoleteEdited;
    }
};

/// Writes generated files under an output folder without ever losing a person's work: a file that was edited
/// since Tablewright wrote it, or that Tablewright did not write, is left alone unless @p force is set. Files are
/// stamped (ExportStamp) and saved atomically; paths that would leave the output folder are refused.
class ExportWriter
{
public:
    static QList<ExportOutcome> write(const QString &outputFolder, const GeneratedFiles &files, bool force);
    /// What write() would do with @p file, without writing; @p onDisk (optional) receives the current bytes.
    static ExportOutcome plan(const QString &outputFolder, const GeneratedFile &file, bool force,
                              QByteArray *onDisk = nullptr);
    /// The stamped bytes a file would get.
    static QByteArray finalContent(const GeneratedFile &file);
};

QString exportActionName(ExportOutcome::Action action);

} // namespace tw::codegen
