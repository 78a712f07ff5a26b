// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/commands/documentcommand.h"
#include "model/commands/editaspect.h"
#include "model/commands/valueaccess.h"

namespace tw::model {

/// Replaces one value found by key (a table's attributes, a column, a view, the settings...) and puts the
/// old one back on undo. It holds the key and the before and after values, never a pointer into the project.
///
/// Merging: a command created with @c mergeable continues the previous command on the stack when that one
/// edits the same key and the same aspect (not Whole), as typing a name letter by letter does. The merged
/// command keeps the first before-value and takes the latest after-value; when they end up equal the edit is a
/// no-op and becomes obsolete, so QUndoStack drops it.
template<typename Access>
class ReplaceValueCommand : public DocumentCommand
{
public:
    using Value = typename Access::Value;

    /// Obsolete from the start (never pushed by QUndoStack) when the key finds nothing or already holds @p after.
    ReplaceValueCommand(SchemaDocument *document, const ValueKey &key, Value after,
                        EditAspect aspect = EditAspect::Whole, bool mergeable = false, QUndoCommand *parent = nullptr)
        : DocumentCommand(document, parent)
        , m_key(key)
        , m_after(std::move(after))
        , m_aspect(aspect)
        , m_mergeable(mergeable)
    {
        const std::optional<Value> current = Access::get(*document, m_key);
        m_before = current.value_or(m_after);
        setObsolete(!current || m_before == m_after);
        updateText();
    }

    int id() const override { return int(Access::commandId); }
    bool changesSchema() const override { return Access::changesSchema; }

    bool mergeWith(const QUndoCommand *other) override
    {
        // Same id means same Access (CommandId is unique per kind), so the downcast is safe.
        const auto *next = static_cast<const ReplaceValueCommand *>(other);
        if (!next->m_mergeable || next->isObsolete() || m_aspect == EditAspect::Whole || next->m_aspect != m_aspect ||
            !(next->m_key == m_key)) {
            return false;
        }
        m_after = next->m_after;
        updateText();
        setObsolete(m_before == m_after);
        return true;
    }

    const ValueKey &key() const { return m_key; }
    const Value &before() const { return m_before; }
    const Value &after() const { return m_after; }

protected:
    void apply() override { Access::set(*document(), commandKey(), m_key, m_after); }
    void revert() override { Access::set(*document(), commandKey(), m_key, m_before); }

private:
    void updateText() { setText(Access::describe(*document(), m_key, m_before, m_after, m_aspect)); }

    ValueKey m_key;
    Value m_before;
    Value m_after;
    EditAspect m_aspect;
    bool m_mergeable;
};

using ChangeTableAttributesCommand = ReplaceValueCommand<TableAttributesAccess>;
using ReplaceTableCommand = ReplaceValueCommand<TableAccess>;
using ChangeViewCommand = ReplaceValueCommand<ViewAccess>;
template<TableItem T>
using ChangeItemCommand = ReplaceValueCommand<ItemAccess<T>>;
using ChangeSettingsCommand = ReplaceValueCommand<SettingsAccess>;
using ChangeBaselineCommand = ReplaceValueCommand<BaselineAccess>;
using ChangeFillsCommand = ReplaceValueCommand<FillsAccess>;

} // namespace tw::model
