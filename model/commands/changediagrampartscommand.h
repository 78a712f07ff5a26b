// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/commands/documentcommand.h"
#include "model/layout/diagramparts.h"

#include <QMap>

#include <optional>

namespace tw::model {

/// Sets, adds or removes notes and diagram views (DiagramNote, SubDiagram): every note and view edit is one of
/// these, alone or as the child of a compound (a new table joining the shown view). Holds each id's value before
/// (nullopt: it did not exist) and after (nullopt: remove it). Never a schema change.
///
/// Merging: a @c mergeable command continues the previous one when both change the same ids (nudging with the arrow
/// keys in a diagram view); a merge that lands back on the start is obsolete.
class ChangeDiagramPartsCommand : public DocumentCommand
{
public:
    using Notes = QMap<Id, std::optional<DiagramNote>>;
    using SubDiagrams = QMap<Id, std::optional<SubDiagram>>;

    /// Obsolete when nothing would change.
    ChangeDiagramPartsCommand(SchemaDocument *document, Notes notes, SubDiagrams subDiagrams, const QString &text,
                              bool mergeable = false, QUndoCommand *parent = nullptr);

    int id() const override;
    bool changesSchema() const override { return false; }
    bool mergeWith(const QUndoCommand *other) override;

protected:
    void apply() override;
    void revert() override;

private:
    bool isNoOp() const;

    Notes m_notesBefore;
    Notes m_notesAfter;
    SubDiagrams m_subDiagramsBefore;
    SubDiagrams m_subDiagramsAfter;
    bool m_mergeable;
};

} // namespace tw::model
