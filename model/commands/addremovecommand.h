// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/commands/commandtext.h"
#include "model/commands/documentcommand.h"
#include "model/commands/listaccess.h"
#include "model/schema/idlookup.h"

namespace tw::model {

/// Adds an element to, or removes one from, a list reached through @p Access (tables, views, or one of a
/// table's item lists). It holds the owner's id, the element's value and its row, never a pointer: a removing
/// command takes the value (and notes the row) when it runs, so undo puts back exactly what redo took, even
/// when earlier steps of a compound edit shifted the rows.
template<typename Access>
class AddRemoveCommand : public DocumentCommand
{
public:
    using Value = typename Access::Value;

    /// Adds @p value at @p row (-1: at the end, as the list is when the command runs).
    AddRemoveCommand(SchemaDocument *document, const Id &owner, Value value, int row = -1,
                     QUndoCommand *parent = nullptr)
        : DocumentCommand(document, parent)
        , m_owner(owner)
        , m_value(std::move(value))
        , m_row(row)
        , m_adding(true)
    {
        setText(QStringLiteral("Add %1%2")
                    .arg(commandtext::named(Access::noun(), m_value.name),
                         commandtext::ownerSuffix(*document, m_owner, QStringLiteral("to"))));
    }

    /// Removes the element whose id is @p id. Obsolete (dropped by QUndoStack) when there is none.
    AddRemoveCommand(SchemaDocument *document, const Id &owner, const Id &id, QUndoCommand *parent = nullptr)
        : DocumentCommand(document, parent)
        , m_owner(owner)
        , m_adding(false)
    {
        const QList<Value> *list = Access::list(*document, owner);
        const Value *current = list ? findById(*list, id) : nullptr;
        if (current)
            m_value = *current;
        else
            setObsolete(true);
        m_value.id = id;
        setText(QStringLiteral("Remove %1%2")
                    .arg(commandtext::named(Access::noun(), m_value.name),
                         commandtext::ownerSuffix(*document, m_owner, QStringLiteral("from"))));
    }

    int id() const override { return int(Access::addRemoveId); }
    bool changesSchema() const override { return true; }
    bool isAdding() const { return m_adding; }
    const Value &value() const { return m_value; }

protected:
    void apply() override { m_adding ? insert() : take(); }
    void revert() override { m_adding ? take() : insert(); }

private:
    void insert()
    {
        if (m_row < 0) {
            const QList<Value> *list = Access::list(*document(), m_owner);
            m_row = list ? int(list->size()) : 0;
        }
        Access::insert(*document(), commandKey(), m_owner, m_row, m_value);
    }

    void take()
    {
        const QList<Value> *list = Access::list(*document(), m_owner);
        const qsizetype row = list ? indexOfId(*list, m_value.id) : -1;
        if (row < 0)
            return;
        m_row = int(row);
        if (std::optional<Value> removed = Access::remove(*document(), commandKey(), m_owner, m_value.id))
            m_value = std::move(*removed);
    }

    Id m_owner;
    Value m_value;
    int m_row = -1;
    bool m_adding;
};

using AddRemoveTableCommand = AddRemoveCommand<TableListAccess>;
using AddRemoveViewCommand = AddRemoveCommand<ViewListAccess>;
template<TableItem T>
using AddRemoveItemCommand = AddRemoveCommand<ItemListAccess<T>>;

} // namespace tw::model
