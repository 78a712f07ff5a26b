// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/source/editortestsupport.h"

#include "source/edit/sourceeditor.h"
#include "source/schema/schemasourcereader.h"
#include "source/sync/sourcebinding.h"

#include <gtest/gtest.h>

namespace tw::test {

QString editedSourcePath()
{
    return QStringLiteral("/project/src/db/schema.ts");
}

QString edited(const QString &before, const std::function<void(model::Schema &)> &change, model::Casing casing)
{
    const source::SourceSchema read = source::SchemaSourceReader::readText(editedSourcePath(), before, casing);
    model::Schema project = read.toSchema();
    const source::SourceBinding binding = source::SourceMatcher::bindingFor(project, read, QStringLiteral("/project"));
    change(project);
    const auto edits = source::SourceEditor::edits(read, binding, project, editedSourcePath());
    if (!edits)
        return QStringLiteral("refused: ") + edits.error();
    if (edits.value().isEmpty())
        return before;
    EXPECT_EQ(edits.value().size(), 1);
    return edits.value().first().newText;
}

model::Table &table(model::Schema &schema, const QString &name)
{
    for (model::Table &t : schema.tables) {
        if (t.name == name)
            return t;
    }
    ADD_FAILURE() << "no table " << name.toStdString();
    static model::Table none;
    return none;
}

model::Column &column(model::Table &t, const QString &name)
{
    for (model::Column &c : t.columns) {
        if (c.name == name)
            return c;
    }
    ADD_FAILURE() << "no column " << name.toStdString();
    static model::Column none;
    return none;
}

} // namespace tw::test
