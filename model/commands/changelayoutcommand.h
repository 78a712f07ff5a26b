// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/commands/documentcommand.h"
#include "model/layout/diagramlayout.h"

#include <QMap>

#include <memory>
#include <optional>

namespace tw::model {

/// Which field of the layout items a ChangeLayoutCommand changes.
/// Whole: a table's item is placed (a table was added) or removed with it.
enum class LayoutAspect { Position, Color, Group, Whole };

/// Changes the diagram layout of one or more tables/views: a drag of a selection, a colour or a
/// group. Holds a map id -> layout before (nullopt: the id had no layout item) and after. Never a schema change.
///
/// Merging: a @c mergeable command continues the previous one when it has the same aspect and the same ids
/// (the steps of one drag, nudging with the arrow keys); a merge that lands back on the start is obsolete.
/// A drag can equally push one command on release: the first redo writes the final positions, which is
/// harmless when the scene already shows them.
class ChangeLayoutCommand : public DocumentCommand
{
public:
    /// @p after holds the new layout item of every id (nullopt: remove it). Obsolete when nothing would change.
    ChangeLayoutCommand(SchemaDocument *document, LayoutAspect aspect, QMap<Id, std::optional<TableLayout>> after,
                        bool mergeable = false, QUndoCommand *parent = nullptr);

    /// @p positions: the new top-left of each id's card; the other fields keep their current values.
    static std::unique_ptr<ChangeLayoutCommand> moveItems(SchemaDocument *document, const QMap<Id, QPointF> &positions,
                                                          bool mergeable = false);
    static std::unique_ptr<ChangeLayoutCommand> colorItems(SchemaDocument *document, const QList<Id> &ids,
                                                           const QColor &color);
    static std::unique_ptr<ChangeLayoutCommand> groupItems(SchemaDocument *document, const QList<Id> &ids,
                                                           const QString &group);

    int id() const override;
    bool changesSchema() const override { return false; }
    bool mergeWith(const QUndoCommand *other) override;

    LayoutAspect aspect() const { return m_aspect; }
    const QMap<Id, std::optional<TableLayout>> &before() const { return m_before; }
    const QMap<Id, std::optional<TableLayout>> &after() const { return m_after; }

protected:
    void apply() override;
    void revert() override;

private:
    bool isNoOp() const;
    void updateText();

    LayoutAspect m_aspect;
    QMap<Id, std::optional<TableLayout>> m_before;
    QMap<Id, std::optional<TableLayout>> m_after;
    bool m_mergeable;
};

} // namespace tw::model
