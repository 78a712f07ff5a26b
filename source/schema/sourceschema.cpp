// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/schema/sourceschema.h"

#include "model/schema/naming.h"

namespace tw::source {

QString SourceDiagnostic::toString() const
{
    const QString kind = severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    const QString where = location.toString();
    if (where.isEmpty())
        return kind + QStringLiteral(": ") + message;
    return kind + QStringLiteral(": ") + where + QStringLiteral(": ") + message;
}

bool SourceSchema::hasErrors() const
{
    for (const SourceDiagnostic &d : diagnostics) {
        if (d.severity == SourceDiagnostic::Severity::Error)
            return true;
    }
    return false;
}

model::Schema SourceSchema::toSchema() const
{
    model::Schema schema;
    for (const SourceTable &table : tables)
        schema.tables << table.table;
    for (const SourceView &view : views)
        schema.views << view.view;
    return schema;
}

const SourceTable *SourceSchema::tableNamed(const QString &sqlName) const
{
    for (const SourceTable &table : tables) {
        if (model::naming::sqlNamesEqual(table.table.name, sqlName))
            return &table;
    }
    return nullptr;
}

int SourceSchema::fileIndex(const QString &absolutePath) const
{
    for (int i = 0; i < files.size(); ++i) {
        if (files[i].path == absolutePath)
            return i;
    }
    return -1;
}

} // namespace tw::source
