// SPDX-License-Identifier: GPL-3.0-or-later
// Duplicate Tables (Ctrl+D): model::copiedTable and SchemaEditor::duplicateTables.
#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "model/schema/tablecopy.h"
#include "model/validation/schemavalidator.h"
#include "tests/model/commands/commandfixture.h"
#include "tests/support/printers.h"

#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tw::model;

namespace {

/// `employees` with a self-reference (manager_id), a named index, a named unique constraint and a check.
Table employees()
{
    Table table;
    table.id = Id(QStringLiteral("t.employees"));
    table.name = QStringLiteral("employees");
    table.tsName = QStringLiteral("staff");
    for (const char *name : {"id", "manager_id", "email"}) {
        Column column;
        column.id = Id(QStringLiteral("c.") + QLatin1String(name));
        column.name = QLatin1String(name);
        column.type = SqlType::Integer;
        table.columns << column;
    }
    table.columns[0].primaryKey = true;
    table.columns[2].type = SqlType::Text;
    table.indexes << Index{Id(QStringLiteral("i.manager")),
                           QStringLiteral("employees_manager_id_idx"),
                           false,
                           {IndexPart::ofColumn(Id(QStringLiteral("c.manager_id")))},
                           {}};
    ForeignKey manager;
    manager.id = Id(QStringLiteral("fk.manager"));
    manager.columns = {Id(QStringLiteral("c.manager_id"))};
    manager.targetTable = table.id;
    manager.targetColumns = {Id(QStringLiteral("c.id"))};
    table.foreignKeys << manager;
    table.uniqueConstraints << UniqueConstraint{
        Id(QStringLiteral("u.email")), QStringLiteral("staff_email"), {Id(QStringLiteral("c.email"))}};
    table.checkConstraints << CheckConstraint{Id(QStringLiteral("k.email")), QStringLiteral("email_has_at"),
                                              QStringLiteral("email LIKE '%@%'")};
    return table;
}

} // namespace

TEST(CopiedTable, HasFreshIdsWithEveryReferenceRemappedAndNamesAfterTheCopy)
{
    Schema schema;
    schema.tables << employees();
    const Table copy = copiedTable(schema.tables.first(), schema);
    EXPECT_EQ(copy.name, QStringLiteral("employees_copy"));
    EXPECT_TRUE(copy.tsName.isEmpty()) << "follows the new name";
    EXPECT_NE(copy.id, schema.tables.first().id);
    ASSERT_EQ(copy.columns.size(), 3);
    for (const Column &column : copy.columns)
        EXPECT_FALSE(schema.tables.first().column(column.id)) << column.name.toStdString() << " kept its id";
    EXPECT_EQ(copy.indexes.first().name, QStringLiteral("employees_copy_manager_id_idx"));
    EXPECT_EQ(copy.indexes.first().parts.first().column, copy.columns[1].id);
    const ForeignKey &fk = copy.foreignKeys.first();
    EXPECT_EQ(fk.columns, QList<Id>{copy.columns[1].id});
    EXPECT_EQ(fk.targetTable, copy.id) << "a self-reference points at the copy";
    EXPECT_EQ(fk.targetColumns, QList<Id>{copy.columns[0].id});
    EXPECT_EQ(copy.uniqueConstraints.first().name, QStringLiteral("employees_copy_staff_email"));
    EXPECT_EQ(copy.uniqueConstraints.first().columns, QList<Id>{copy.columns[2].id});
    EXPECT_EQ(copy.checkConstraints.first().name, QStringLiteral("email_has_at"));
    EXPECT_NE(copy.checkConstraints.first().id, schema.tables.first().checkConstraints.first().id);

    schema.tables << copy;
    EXPECT_EQ(copiedTable(schema.tables.first(), schema).name, QStringLiteral("employees_copy_2"));
}

TEST(DuplicateTables, CopiesEverySelectedTableAsOneUndoStepAndTheSchemaStaysValid)
{
    SchemaDocument document(tw::test::shopProject());
    const Project before = document.project();
    ASSERT_FALSE(hasErrors(SchemaValidator::validate(before.schema)));
    QList<Id> all;
    for (const Table &table : before.schema.tables)
        all << table.id;
    const QList<Id> copies = SchemaEditor(&document).duplicateTables(all, {40, 40});
    ASSERT_EQ(copies.size(), all.size());
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.schema().tables.size(), 2 * all.size());
    EXPECT_FALSE(hasErrors(SchemaValidator::validate(document.schema())))
        << "copies never collide with the originals or each other";
    for (qsizetype i = 0; i < all.size(); ++i) {
        EXPECT_EQ(document.layout().item(copies[i]).position, before.layout.item(all[i]).position + QPointF(40, 40));
        // A key to another table still points at the original (the copies of its parents are new tables).
        for (const ForeignKey &fk : document.schema().table(copies[i])->foreignKeys) {
            EXPECT_TRUE(fk.targetTable == copies[i] || before.schema.table(fk.targetTable))
                << fk.targetTable.toString().toStdString();
        }
    }
    document.undoStack()->undo();
    EXPECT_EQ(document.project(), before);
    EXPECT_TRUE(SchemaEditor(&document).duplicateTables({Id(QStringLiteral("nope"))}).isEmpty());
    EXPECT_EQ(document.undoStack()->count(), 1) << "nothing pushed for an unknown id";
}
