// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenttestsupport.h"
#include "tests/support/schemaedits.h"

#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "model/io/projectreader.h"
#include "model/io/projectwriter.h"
#include "tests/support/printers.h"

#include <QRandomGenerator>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <functional>

using namespace tw::model;

namespace {

const QStringList kWords{QStringLiteral("users"),   QStringLiteral("posts"), QStringLiteral("tags"),
                         QStringLiteral("orders"),  QStringLiteral("items"), QStringLiteral("email"),
                         QStringLiteral("title"),   QStringLiteral("price"), QStringLiteral("created_at"),
                         QStringLiteral("owner_id")};

/// Drives a document with random edits through SchemaEditor, with random undo/redo in between, and checks
/// after every step that no reference dangles and that the project equals the one recorded for the stack index.
class RandomEditSession
{
public:
    explicit RandomEditSession(quint32 seed)
        : m_random(seed)
        , m_document(tw::test::sampleProject())
        , m_editor(&m_document)
    {
        m_snapshots << m_document.project();
    }

    SchemaDocument &document() { return m_document; }
    const QList<Project> &snapshots() const { return m_snapshots; }
    int edits() const { return m_edits; }

    /// One random action; false (with the failure recorded by gtest) when an invariant broke.
    bool step();
    /// Writing the project file and reading it back gives the same project (and the same bytes again).
    bool checkFileRoundTrip();

private:
    int pick(qsizetype count) { return count <= 0 ? 0 : int(m_random.bounded(quint32(count))); }
    bool chance(int percent) { return pick(100) < percent; }
    QString word() { return kWords[pick(kWords.size())] + QString::number(pick(4)); }
    Id newId() { return Id::generate(m_random); }
    const Table *anyTable() { return tables().isEmpty() ? nullptr : &tables()[pick(tables().size())]; }
    const QList<Table> &tables() const { return m_document.schema().tables; }
    QList<Id> someColumns(const Table &table, int max);

    bool edit();
    bool editTables();
    bool editColumns(const Table &table);
    bool editConstraints(const Table &table);
    bool editForeignKeys(const Table &table);
    bool editLayout();
    bool editViews();
    bool replaceWithEarlierSchema();
    bool undoOrRedo();
    Column randomColumn();
    bool recordPush(const std::function<bool()> &push);
    bool checkAgainstSnapshot();

    QRandomGenerator m_random;
    SchemaDocument m_document;
    SchemaEditor m_editor;
    QList<Project> m_snapshots; ///< the project at each undo-stack index
    int m_edits = 0;
};

QList<Id> RandomEditSession::someColumns(const Table &table, int max)
{
    QList<Id> ids;
    if (table.columns.isEmpty())
        return ids;
    const int count = 1 + pick(qMin<qsizetype>(max, table.columns.size()));
    for (int i = 0; i < count; ++i) {
        const Id id = table.columns[pick(table.columns.size())].id;
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

Column RandomEditSession::randomColumn()
{
    Column column;
    column.id = newId();
    column.name = word();
    column.type = SqlType(pick(5));
    column.notNull = chance(50);
    if (chance(30))
        column.defaultValue = ColumnDefault::number(QString::number(pick(100)));
    return column;
}

bool RandomEditSession::step()
{
    if (chance(8))
        return undoOrRedo();
    return recordPush([this] { return edit(); });
}

bool RandomEditSession::edit()
{
    const int kind = pick(100);
    const Table *table = anyTable();
    if (kind < 3)
        return replaceWithEarlierSchema();
    if (kind < 15 || !table)
        return editTables();
    if (kind < 45)
        return editColumns(*table);
    if (kind < 60)
        return editConstraints(*table);
    if (kind < 75)
        return editForeignKeys(*table);
    if (kind < 92)
        return editLayout();
    return editViews();
}

bool RandomEditSession::editTables()
{
    const Table *table = anyTable();
    switch (pick(5)) {
    case 0:
        if (tables().size() > 2 && table && chance(30)) // several at once, possibly referencing each other
            return m_editor.removeTablesAndViews({table->id, tables()[pick(tables().size())].id});
        if (tables().size() > 1 && table)
            return m_editor.removeTablesAndViews({table->id});
        [[fallthrough]];
    case 1: {
        Table added;
        added.id = newId();
        added.name = word();
        added.columns << randomColumn() << randomColumn();
        return !m_editor.addTable(added, QPointF(pick(2000), pick(2000)), pick(tables().size() + 1)).isNull();
    }
    case 2: {
        const Table *other = anyTable();
        return table && other && !m_editor.addManyToMany(table->id, other->id, QPointF(pick(2000), 0)).isNull();
    }
    case 3: // typing: continues the previous rename when it was of the same table
        return table && tw::test::renameTable(m_document, table->id, table->name + QChar(u'a' + pick(26)), true);
    default: {
        if (!table)
            return false;
        TableAttributes attributes = TableAttributes::of(*table);
        attributes.primaryKey = chance(30) || table->columns.isEmpty()
                                    ? std::nullopt
                                    : std::optional(PrimaryKey{newId(), {}, someColumns(*table, 2)});
        return m_editor.changeTableAttributes(table->id, attributes, EditAspect::PrimaryKey);
    }
    }
}

bool RandomEditSession::editColumns(const Table &table)
{
    if (table.columns.isEmpty() || chance(25))
        return !m_editor.addItem(table.id, randomColumn(), pick(table.columns.size() + 1)).isNull();
    Column column = table.columns[pick(table.columns.size())];
    switch (pick(5)) {
    case 0:
        return m_editor.removeItem<Column>(table.id, column.id);
    case 1:
        return m_editor.moveItem<Column>(table.id, column.id, pick(table.columns.size()));
    case 2:
        return tw::test::renameItem<Column>(m_document, table.id, column.id, column.name + QChar(u'a' + pick(26)),
                                            true);
    case 3:
        column.notNull = !column.notNull;
        column.type = SqlType(pick(5));
        column.length = column.type == SqlType::Text && chance(50) ? std::optional(pick(300) + 1) : std::nullopt;
        return m_editor.changeItem(table.id, column);
    default:
        column.comment = word();
        return m_editor.changeItem(table.id, column, EditAspect::Comment, true);
    }
}

bool RandomEditSession::editConstraints(const Table &table)
{
    switch (pick(6)) {
    case 0: {
        Index index{newId(), word(), chance(40), {}, {}};
        for (const Id &column : someColumns(table, 3))
            index.parts << IndexPart::ofColumn(column);
        return !index.parts.isEmpty() && !m_editor.addItem(table.id, index).isNull();
    }
    case 1:
        return !table.indexes.isEmpty() &&
               m_editor.removeItem<Index>(table.id, table.indexes[pick(table.indexes.size())].id);
    case 2:
        return !table.columns.isEmpty() &&
               !m_editor.addItem(table.id, UniqueConstraint{newId(), {}, someColumns(table, 2)}).isNull();
    case 3:
        return !table.uniqueConstraints.isEmpty() &&
               m_editor.removeItem<UniqueConstraint>(table.id,
                                                     table.uniqueConstraints[pick(table.uniqueConstraints.size())].id);
    case 4:
        return !m_editor.addItem(table.id, CheckConstraint{newId(), word(), QStringLiteral("1 = 1")}).isNull();
    default:
        return table.indexes.size() > 1 &&
               m_editor.moveItem<Index>(table.id, table.indexes.first().id, int(table.indexes.size()) - 1);
    }
}

bool RandomEditSession::editForeignKeys(const Table &table)
{
    if (!table.foreignKeys.isEmpty() && chance(40))
        return m_editor.removeItem<ForeignKey>(table.id, table.foreignKeys[pick(table.foreignKeys.size())].id);
    const Table *target = anyTable();
    if (target && chance(30)) // as the New Relationship dialog or a drag: column, key and index in one step
        return m_editor.addRelationship(RelationshipDraft::suggested(m_document.schema(), table.id, target->id));
    if (table.columns.isEmpty() || !target || target->columns.isEmpty())
        return false;
    ForeignKey fk;
    fk.id = newId();
    fk.columns << table.columns[pick(table.columns.size())].id;
    fk.targetTable = target->id;
    fk.targetColumns << target->columns[pick(target->columns.size())].id;
    fk.onDelete = ReferentialAction(pick(5));
    return !m_editor.addItem(table.id, fk).isNull();
}

bool RandomEditSession::editLayout()
{
    const QList<Id> ids = m_document.layout().items.keys();
    if (ids.isEmpty())
        return false;
    QList<Id> selection;
    for (int i = 0; i < 1 + pick(3); ++i)
        selection << ids[pick(ids.size())];
    switch (pick(3)) {
    case 0: {
        QMap<Id, QPointF> positions;
        for (const Id &id : selection) // a drag: continues the previous one when the selection is the same
            positions.insert(id, m_document.layout().item(id).position + QPointF(pick(21) - 10, pick(21) - 10));
        return m_editor.moveLayoutItems(positions, chance(70));
    }
    case 1:
        return m_editor.setLayoutColor(selection, QColor::fromRgb(pick(256), pick(256), pick(256)));
    default:
        return m_editor.setLayoutGroup(selection, chance(30) ? QString() : word());
    }
}

bool RandomEditSession::editViews()
{
    const QList<View> &views = m_document.schema().views;
    if (!views.isEmpty() && chance(30))
        return m_editor.removeTablesAndViews({views[pick(views.size())].id});
    if (!views.isEmpty() && chance(50)) {
        View view = views[pick(views.size())];
        view.name += QChar(u'a' + pick(26));
        return m_editor.changeView(view, EditAspect::Name, true);
    }
    View view;
    view.name = word();
    view.definition = QStringLiteral("SELECT 1");
    return !m_editor.addView(view, QPointF(pick(500), pick(500))).isNull();
}

// What taking in the team's source does: the whole schema becomes another one (here one the session had before,
// so tables and views come back, go, change and move at once).
bool RandomEditSession::replaceWithEarlierSchema()
{
    if (m_snapshots.isEmpty())
        return false;
    return m_editor.replaceSchema(m_snapshots[pick(m_snapshots.size())].schema,
                                  QStringLiteral("Update from schema.ts"));
}

bool RandomEditSession::undoOrRedo()
{
    QUndoStack *stack = m_document.undoStack();
    const int steps = 1 + pick(4);
    for (int i = 0; i < steps; ++i) {
        if (chance(60) && stack->canUndo())
            stack->undo();
        else if (stack->canRedo())
            stack->redo();
        if (!checkAgainstSnapshot())
            return false;
    }
    return true;
}

// Keeps m_snapshots in step with the stack: a new command appends, a merge replaces the last snapshot, and a
// merge that became obsolete (or an edit that pushed nothing) must leave the project as recorded.
bool RandomEditSession::recordPush(const std::function<bool()> &push)
{
    const int before = m_document.undoStack()->index();
    const bool pushed = push();
    const int after = m_document.undoStack()->index();
    if (pushed)
        ++m_edits;
    // Only a push drops the redo steps (an edit that pushed nothing leaves them, and their snapshots, in place).
    if (pushed)
        m_snapshots.resize(qMin<qsizetype>(m_snapshots.size(), qMax(before, after) + 1));
    if (after == before + 1 || (pushed && after == before))
        m_snapshots.resize(after + 1), m_snapshots[after] = m_document.project();
    EXPECT_LE(after, before + 1);
    return checkAgainstSnapshot();
}

bool RandomEditSession::checkAgainstSnapshot()
{
    const int index = m_document.undoStack()->index();
    const QStringList dangling = tw::test::danglingReferences(m_document.project());
    EXPECT_TRUE(dangling.isEmpty()) << dangling.join(QLatin1Char('\n')).toStdString();
    const bool matches = index < m_snapshots.size() && m_document.project() == m_snapshots[index];
    EXPECT_TRUE(matches) << "project differs from the one recorded at stack index " << index;
    return dangling.isEmpty() && matches;
}

bool RandomEditSession::checkFileRoundTrip()
{
    const QByteArray bytes = ProjectWriter::write(m_document.project());
    const Result<Project> read = ProjectReader::read(bytes);
    EXPECT_TRUE(read.ok()) << read.error().toStdString();
    if (!read.ok())
        return false;
    const bool same = read.value() == m_document.project();
    EXPECT_TRUE(same) << "read(write(project)) differs from the project:\n" << bytes.toStdString();
    EXPECT_EQ(ProjectWriter::write(read.value()), bytes);
    return same;
}

class UndoProperty : public ::testing::TestWithParam<quint32>
{
};

} // namespace

TEST_P(UndoProperty, RandomEditsKeepReferencesSurviveTheFileAndUndoAllRedoAllRestoreBothEnds)
{
    RandomEditSession session(GetParam());
    for (int i = 0; i < 2500; ++i) {
        ASSERT_TRUE(session.step()) << "seed " << GetParam() << ", step " << i;
        if (i % 25 == 0) {
            ASSERT_TRUE(session.checkFileRoundTrip()) << "seed " << GetParam() << ", step " << i;
        }
    }
    EXPECT_GT(session.edits(), 1500); // the walk really edits; refused edits are the exception

    QUndoStack *stack = session.document().undoStack();
    stack->setIndex(stack->count()); // the walk may end after some undos
    const Project final = session.document().project();
    ASSERT_EQ(session.snapshots().size(), stack->count() + 1);
    EXPECT_TRUE(final == session.snapshots().last());
    stack->setIndex(0);
    EXPECT_TRUE(session.document().project() == session.snapshots().first());
    EXPECT_TRUE(session.document().project() == tw::test::sampleProject());
    EXPECT_FALSE(session.document().isModified());
    stack->setIndex(stack->count());
    EXPECT_TRUE(session.document().project() == final);
    EXPECT_TRUE(session.checkFileRoundTrip());
}

INSTANTIATE_TEST_SUITE_P(Seeds, UndoProperty, ::testing::Values(1u, 7u, 42u, 2024u));
