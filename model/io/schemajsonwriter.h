// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/io/orderedjson.h"
#include "model/schema/schema.h"

namespace tw::model {

/// Turns a schema into the `schema` section of a project file, in canonical form: required keys always,
/// optional keys only when they differ from their default, arrays in model order, keys in the order of
/// docs/project-format.md (id and name first).
class SchemaJsonWriter
{
public:
    static OrderedJson write(const Schema &schema);

private:
    static OrderedJson writeTable(const Table &table);
    static OrderedJson writeColumn(const Column &column);
    static OrderedJson writeIndex(const Index &index);
    static OrderedJson writeForeignKey(const ForeignKey &key);
    static OrderedJson writeView(const View &view);
};

} // namespace tw::model
