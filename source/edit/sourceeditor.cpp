// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/edit/sourceeditor.h"

#include "source/edit/declarationedits.h"
#include "source/edit/editplan.h"
#include "source/edit/importedits.h"
#include "source/edit/tableedits.h"
#include "source/sync/sourcematch.h"

#include <QFileInfo>
#include <QSet>

namespace tw::source {
namespace {

using Edits = QList<SourceFileEdit>;

/// Project ids that some source object stands for.
QSet<model::Id> writtenIds(const SourceMatch &match)
{
    QSet<model::Id> ids;
    for (const model::Id &id : match.ids)
        ids.insert(id);
    return ids;
}

void editTables(EditPlan &plan, const SourceSchema &source, const SourceMatch &match, const model::Schema &read,
                const model::Schema &schema)
{
    for (qsizetype i = 0; i < source.tables.size(); ++i) {
        const SourceTable &written = source.tables[i];
        if (!match.isMatched(written.table.id))
            continue; // the team's own table, unknown to the project: it stays
        if (const model::Table *table = schema.table(match.projectId(written.table.id)))
            TableEdits(source, match, schema, {written, read.tables[i], *table}, plan).run();
    }
}

void removeDropped(EditPlan &plan, const SourceSchema &source, const SourceMatch &match, const model::Schema &schema)
{
    for (const SourceTable &written : source.tables) {
        if (match.isMatched(written.table.id) && !schema.table(match.projectId(written.table.id)))
            declarations::remove(plan, source, written.file, written.declaration, written.variable,
                                 QStringLiteral("table %1").arg(written.table.name));
    }
    for (const SourceView &written : source.views) {
        if (match.isMatched(written.view.id) && !schema.view(match.projectId(written.view.id)))
            declarations::remove(plan, source, written.file, written.declaration, written.variable,
                                 QStringLiteral("view %1").arg(written.view.name));
    }
}

void editViews(EditPlan &plan, const SourceSchema &source, const SourceMatch &match, const model::Schema &read,
               const model::Schema &schema)
{
    for (qsizetype i = 0; i < source.views.size(); ++i) {
        const SourceView &written = source.views[i];
        if (!match.isMatched(written.view.id))
            continue;
        if (const model::View *view = schema.view(match.projectId(written.view.id)))
            declarations::editView(plan, written, read.views[i], *view);
    }
}

/// Files the reader could not read fully are not edited: what it left out would be lost or misplaced.
void refuseUnreadFiles(EditPlan &plan, const SourceSchema &source)
{
    for (const SourceDiagnostic &diagnostic : source.diagnostics) {
        if (diagnostic.severity != SourceDiagnostic::Severity::Error)
            continue;
        const int file = source.fileIndex(diagnostic.location.file);
        if (file >= 0 && plan.edits().contains(file))
            plan.refuse(file, 0,
                        QStringLiteral("this file has code Tablewright could not read, so it is not changed (%1)")
                            .arg(diagnostic.toString()));
    }
}

} // namespace

model::Result<Edits> SourceEditor::edits(const SourceSchema &source, const SourceBinding &binding,
                                         const model::Schema &schema, const QString &newTableFile)
{
    const SourceMatch match = SourceMatch::of(source, schema, binding);
    const model::Schema read = match.withProjectIds(source.toSchema());
    EditPlan plan(source);
    editTables(plan, source, match, read, schema);
    editViews(plan, source, match, read, schema);
    removeDropped(plan, source, match, schema);

    const QSet<model::Id> written = writtenIds(match);
    QList<model::Table> newTables;
    for (const model::Table &table : schema.tables) {
        if (!written.contains(table.id))
            newTables << table;
    }
    QList<model::View> newViews;
    for (const model::View &view : schema.views) {
        if (!written.contains(view.id))
            newViews << view;
    }
    const QString createdText = declarations::append(plan, source, schema, newTables, newViews, newTableFile);
    if (!createdText.isEmpty() && QFileInfo::exists(newTableFile))
        return model::Result<Edits>::failure(
            QStringLiteral("%1 exists but is not one of the schema files, so new tables are not written into it; add "
                           "it to the schema files or choose another file for new tables")
                .arg(newTableFile));
    for (auto it = plan.imports().cbegin(); it != plan.imports().cend(); ++it)
        imports::add(plan, source, it.key(), it.value());
    refuseUnreadFiles(plan, source);
    if (plan.isRefused())
        return model::Result<Edits>::failure(plan.refusals());

    Edits out;
    for (auto it = plan.edits().cbegin(); it != plan.edits().cend(); ++it) {
        const SourceFile &file = source.files[it.key()];
        const model::Result<QString> text = applyTextEdits(file.text, it.value());
        if (!text)
            return model::Result<Edits>::failure(file.path + u':' + text.error());
        if (text.value() != file.text)
            out << SourceFileEdit{file.path, file.text, text.value(), false};
    }
    if (!createdText.isEmpty())
        out << SourceFileEdit{newTableFile, QString(), createdText, true};
    return out;
}

} // namespace tw::source
