// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/commands/commandid.h"
#include "model/commands/commandtext.h"
#include "model/document/schemadocument.h"
#include "model/schema/idlookup.h"

#include <optional>

namespace tw::model {

/// What a ReplaceValueCommand edits: @c target is the table/view/item id, @c owner the table of an item (null
/// otherwise). Both are null for the project-wide values (settings, baseline).
struct ValueKey
{
    Id owner;
    Id target;

    friend bool operator==(const ValueKey &, const ValueKey &) = default;
};

/// The accessors below tell ReplaceValueCommand how to read and write one kind of value by key, how to word
/// the edit, and whether it is a schema change.
struct TableAttributesAccess
{
    using Value = TableAttributes;
    static constexpr CommandId commandId = CommandId::ChangeTableAttributes;
    static constexpr bool changesSchema = true;

    static std::optional<Value> get(const SchemaDocument &d, const ValueKey &key)
    {
        const Table *table = d.schema().table(key.target);
        return table ? std::optional(TableAttributes::of(*table)) : std::nullopt;
    }
    static void set(SchemaDocument &d, CommandKey k, const ValueKey &key, const Value &v)
    {
        d.setTableAttributes(k, key.target, v);
    }
    static QString describe(const SchemaDocument &, const ValueKey &, const Value &before, const Value &after,
                            EditAspect aspect)
    {
        return commandtext::describeEdit(aspect, QStringLiteral("table"), before.name, after.name, {});
    }
};

/// A whole table, item lists included (e.g. an edit dialog's result).
struct TableAccess
{
    using Value = Table;
    static constexpr CommandId commandId = CommandId::ReplaceTable;
    static constexpr bool changesSchema = true;

    static std::optional<Value> get(const SchemaDocument &d, const ValueKey &key)
    {
        const Table *table = d.schema().table(key.target);
        return table ? std::optional(*table) : std::nullopt;
    }
    static void set(SchemaDocument &d, CommandKey k, const ValueKey &, const Value &v) { d.replaceTable(k, v); }
    static QString describe(const SchemaDocument &, const ValueKey &, const Value &before, const Value &after,
                            EditAspect aspect)
    {
        return commandtext::describeEdit(aspect, QStringLiteral("table"), before.name, after.name, {});
    }
};

struct ViewAccess
{
    using Value = View;
    static constexpr CommandId commandId = CommandId::ChangeView;
    static constexpr bool changesSchema = true;

    static std::optional<Value> get(const SchemaDocument &d, const ValueKey &key)
    {
        const View *view = d.schema().view(key.target);
        return view ? std::optional(*view) : std::nullopt;
    }
    static void set(SchemaDocument &d, CommandKey k, const ValueKey &, const Value &v) { d.replaceView(k, v); }
    static QString describe(const SchemaDocument &, const ValueKey &, const Value &before, const Value &after,
                            EditAspect aspect)
    {
        return commandtext::describeEdit(aspect, QStringLiteral("view"), before.name, after.name, {});
    }
};

/// A column, index, foreign key, unique or check constraint of table @c owner.
template<TableItem T>
struct ItemAccess
{
    using Value = T;
    static constexpr CommandId commandId = CommandId(int(CommandId::ChangeColumn) + int(tableCollectionOf<T>()));
    static constexpr bool changesSchema = true;

    static std::optional<Value> get(const SchemaDocument &d, const ValueKey &key)
    {
        const Table *table = d.schema().table(key.owner);
        const T *item = table ? findById(itemsOf<T>(*table), key.target) : nullptr;
        return item ? std::optional(*item) : std::nullopt;
    }
    static void set(SchemaDocument &d, CommandKey k, const ValueKey &key, const Value &v)
    {
        d.replaceItem<T>(k, key.owner, v);
    }
    static QString describe(const SchemaDocument &d, const ValueKey &key, const Value &before, const Value &after,
                            EditAspect aspect)
    {
        return commandtext::describeEdit(aspect, tableCollectionNoun(tableCollectionOf<T>()), before.name, after.name,
                                         commandtext::ownerSuffix(d, key.owner, QStringLiteral("in")));
    }
};

struct SettingsAccess
{
    using Value = ProjectSettings;
    static constexpr CommandId commandId = CommandId::ChangeSettings;
    static constexpr bool changesSchema = false;

    static std::optional<Value> get(const SchemaDocument &d, const ValueKey &) { return d.settings(); }
    static void set(SchemaDocument &d, CommandKey k, const ValueKey &, const Value &v) { d.setSettings(k, v); }
    static QString describe(const SchemaDocument &, const ValueKey &, const Value &, const Value &, EditAspect)
    {
        return QStringLiteral("Change project settings");
    }
};

/// Recorded after a migration is generated; undoable with it so that undo never leaves a stale baseline.
struct BaselineAccess
{
    using Value = Baseline;
    static constexpr CommandId commandId = CommandId::ChangeBaseline;
    static constexpr bool changesSchema = false;

    static std::optional<Value> get(const SchemaDocument &d, const ValueKey &) { return d.baseline(); }
    static void set(SchemaDocument &d, CommandKey k, const ValueKey &, const Value &v) { d.setBaseline(k, v); }
    static QString describe(const SchemaDocument &, const ValueKey &, const Value &, const Value &, EditAspect)
    {
        return QStringLiteral("Update migration baseline");
    }
};

/// The data migrations (model::ColumnFill) the next migration carries: Fill from… is undoable like any edit.
struct FillsAccess
{
    using Value = QList<ColumnFill>;
    static constexpr CommandId commandId = CommandId::ChangeFills;
    static constexpr bool changesSchema = false;

    static std::optional<Value> get(const SchemaDocument &d, const ValueKey &) { return d.project().fills; }
    static void set(SchemaDocument &d, CommandKey k, const ValueKey &, const Value &v) { d.setFills(k, v); }
    static QString describe(const SchemaDocument &, const ValueKey &, const Value &, const Value &, EditAspect)
    {
        return QStringLiteral("Change data migration");
    }
};

} // namespace tw::model
