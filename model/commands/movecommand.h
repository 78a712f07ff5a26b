// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/commands/commandtext.h"
#include "model/commands/documentcommand.h"
#include "model/commands/listaccess.h"
#include "model/schema/idlookup.h"

namespace tw::model {

/// Reorders one element of a list reached through @p Access: the element @p id ends up at row @p to. Holds the
/// element's id and both rows; the source row is read when the command runs.
template<typename Access>
class MoveCommand : public DocumentCommand
{
public:
    using Value = typename Access::Value;

    /// Obsolete (dropped by QUndoStack) when the element does not exist, @p to is out of range, or it is
    /// already there.
    MoveCommand(SchemaDocument *document, const Id &owner, const Id &id, int to, QUndoCommand *parent = nullptr)
        : DocumentCommand(document, parent)
        , m_owner(owner)
        , m_id(id)
        , m_to(to)
    {
        const QList<Value> *list = Access::list(*document, owner);
        const qsizetype from = list ? indexOfId(*list, id) : -1;
        if (from < 0 || to < 0 || to >= list->size() || from == to)
            setObsolete(true);
        m_from = int(from);
        const QString name = from >= 0 ? list->at(from).name : QString();
        setText(QStringLiteral("Reorder %1%2")
                    .arg(commandtext::named(Access::noun(), name),
                         commandtext::ownerSuffix(*document, m_owner, QStringLiteral("in"))));
    }

    int id() const override { return int(Access::moveId); }
    bool changesSchema() const override { return true; }

protected:
    void apply() override
    {
        const QList<Value> *list = Access::list(*document(), m_owner);
        const qsizetype from = list ? indexOfId(*list, m_id) : -1;
        if (from < 0)
            return;
        m_from = int(from);
        Access::move(*document(), commandKey(), m_owner, m_from, m_to);
    }
    void revert() override { Access::move(*document(), commandKey(), m_owner, m_to, m_from); }

private:
    Id m_owner;
    Id m_id;
    int m_from = -1;
    int m_to;
};

template<TableItem T>
using MoveItemCommand = MoveCommand<ItemListAccess<T>>;

} // namespace tw::model
