// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenttestsupport.h"

#include "model/commands/documentcommand.h"
#include "model/document/schemadocument.h"

#include <QSet>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tw::model;

namespace tw::test {
namespace {

Table table(const char *token, const char *name, QList<Column> columns)
{
    Table t;
    t.id = id(token);
    t.name = QString::fromLatin1(name);
    t.columns = std::move(columns);
    return t;
}

ForeignKey foreignKey(const char *token, QList<Id> columns, const char *target, QList<Id> targetColumns)
{
    ForeignKey fk;
    fk.id = id(token);
    fk.columns = std::move(columns);
    fk.targetTable = id(target);
    fk.targetColumns = std::move(targetColumns);
    return fk;
}

QString tokenOf(const char *table, const char *name)
{
    return QString::fromLatin1(table) + QLatin1Char('.') + QString::fromLatin1(name);
}

} // namespace

Id id(const char *token)
{
    return Id(QString::fromLatin1(token));
}

Column column(const char *tableToken, const char *name, SqlType type)
{
    Column c;
    c.id = Id(tokenOf(tableToken, name));
    c.name = QString::fromLatin1(name);
    c.type = type;
    return c;
}

Project sampleProject()
{
    Project project;
    Table users = table("users", "users",
                        {column("users", "id", SqlType::Integer), column("users", "email"), column("users", "name")});
    users.columns[0].primaryKey = true;
    users.indexes << Index{
        id("users.email_idx"), QStringLiteral("users_email_idx"), true, {IndexPart::ofColumn(id("users.email"))}, {}};
    users.checkConstraints << CheckConstraint{id("users.email_check"), QStringLiteral("email_has_at"),
                                              QStringLiteral("email LIKE '%@%'")};

    Table posts = table("posts", "posts",
                        {column("posts", "id", SqlType::Integer), column("posts", "author_id", SqlType::Integer),
                         column("posts", "title")});
    posts.columns[0].primaryKey = true;
    posts.foreignKeys << foreignKey("posts.author_fk", {id("posts.author_id")}, "users", {id("users.id")});
    posts.indexes << Index{id("posts.author_title_idx"),
                           QStringLiteral("posts_author_title_idx"),
                           false,
                           {IndexPart::ofColumn(id("posts.author_id")), IndexPart::ofColumn(id("posts.title"))},
                           {}};
    posts.uniqueConstraints << UniqueConstraint{id("posts.title_unique"), {}, {id("posts.title")}};

    Table comments = table("comments", "comments",
                           {column("comments", "id", SqlType::Integer), column("comments", "post_id", SqlType::Integer),
                            column("comments", "user_id", SqlType::Integer)});
    comments.columns[0].primaryKey = true;
    comments.foreignKeys << foreignKey("comments.post_fk", {id("comments.post_id")}, "posts", {id("posts.id")})
                         << foreignKey("comments.user_fk", {id("comments.user_id")}, "users", {id("users.id")});

    Table postTags =
        table("post_tags", "post_tags", {column("post_tags", "post_id", SqlType::Integer), column("post_tags", "tag")});
    postTags.primaryKey = PrimaryKey{id("post_tags.pk"), {}, {id("post_tags.post_id"), id("post_tags.tag")}};
    postTags.foreignKeys << foreignKey("post_tags.post_fk", {id("post_tags.post_id")}, "posts", {id("posts.id")});

    project.schema.tables = {users, posts, comments, postTags};
    View view;
    view.id = id("recent_posts");
    view.name = QStringLiteral("recent_posts");
    view.definition = QStringLiteral("SELECT * FROM posts ORDER BY id DESC LIMIT 10");
    project.schema.views << view;

    qreal x = 0;
    for (const Table &t : std::as_const(project.schema.tables)) {
        project.layout.items.insert(t.id, TableLayout{QPointF(x, 40), 0, {}, {}});
        x += 300;
    }
    project.layout.items.insert(view.id, TableLayout{QPointF(0, 400), 0, {}, {}});
    return project;
}

namespace {

void checkColumns(QStringList &problems, const Table *table, const QList<Id> &columns, const QString &where)
{
    for (const Id &c : columns) {
        if (!table || !table->column(c))
            problems << QStringLiteral("%1 refers to missing column %2").arg(where, c.toString());
    }
}

template<typename T>
void checkUniqueIds(QStringList &problems, QSet<Id> &seen, const QList<T> &items, const QString &where)
{
    for (const T &item : items) {
        if (item.id.isNull() || seen.contains(item.id))
            problems << QStringLiteral("%1: null or duplicate id %2").arg(where, item.id.toString());
        seen.insert(item.id);
    }
}

void checkTable(QStringList &problems, const Schema &schema, const Table &t, QSet<Id> &itemIds)
{
    const QString where = QStringLiteral("table ") + t.name;
    checkUniqueIds(problems, itemIds, t.columns, where);
    checkUniqueIds(problems, itemIds, t.indexes, where);
    checkUniqueIds(problems, itemIds, t.foreignKeys, where);
    checkUniqueIds(problems, itemIds, t.uniqueConstraints, where);
    checkUniqueIds(problems, itemIds, t.checkConstraints, where);
    for (const ForeignKey &fk : t.foreignKeys) {
        checkColumns(problems, &t, fk.columns, where + QStringLiteral(" fk ") + fk.id.toString());
        const Table *target = schema.table(fk.targetTable);
        if (!target)
            problems << QStringLiteral("%1 fk %2 points at missing table").arg(where, fk.id.toString());
        checkColumns(problems, target, fk.targetColumns, where + QStringLiteral(" fk target ") + fk.id.toString());
    }
    for (const Index &index : t.indexes) {
        for (const IndexPart &part : index.parts) {
            if (!part.isExpression())
                checkColumns(problems, &t, {part.column}, where + QStringLiteral(" index ") + index.name);
        }
    }
    for (const UniqueConstraint &u : t.uniqueConstraints)
        checkColumns(problems, &t, u.columns, where + QStringLiteral(" unique ") + u.id.toString());
    if (t.primaryKey)
        checkColumns(problems, &t, t.primaryKey->columns, where + QStringLiteral(" primary key"));
}

} // namespace

QStringList danglingReferences(const Project &project)
{
    QStringList problems;
    const Schema &schema = project.schema;
    QSet<Id> topIds;
    QSet<Id> itemIds;
    checkUniqueIds(problems, topIds, schema.tables, QStringLiteral("schema"));
    checkUniqueIds(problems, topIds, schema.views, QStringLiteral("schema"));
    for (const Table &t : schema.tables)
        checkTable(problems, schema, t, itemIds);
    for (auto it = project.layout.items.cbegin(); it != project.layout.items.cend(); ++it) {
        if (!topIds.contains(it.key()))
            problems << QStringLiteral("layout item %1 has no table or view").arg(it.key().toString());
    }
    for (const Id &top : std::as_const(topIds)) {
        if (!project.layout.items.contains(top))
            problems << QStringLiteral("%1 has no layout item").arg(top.toString());
    }
    return problems;
}

Project expectUndoRedoRoundTrip(SchemaDocument &document, const std::function<bool()> &push)
{
    const Project before = document.project();
    const int count = document.undoStack()->count();
    EXPECT_TRUE(push());
    const Project after = document.project();
    EXPECT_EQ(document.undoStack()->count(), count + 1);
    EXPECT_FALSE(after == before);
    document.undoStack()->undo();
    EXPECT_TRUE(document.project() == before);
    document.undoStack()->redo();
    EXPECT_TRUE(document.project() == after);
    return after;
}

namespace {

QString text(const Id &id)
{
    return id.toString();
}
QString text(int value)
{
    return QString::number(value);
}
QString text(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}
QString text(const QString &value)
{
    return value;
}
QString text(TableCollection collection)
{
    return tableCollectionNoun(collection);
}
QString text(const QList<Id> &ids)
{
    QStringList tokens;
    for (const Id &i : ids)
        tokens << i.toString();
    return QLatin1Char('[') + tokens.join(QLatin1Char(' ')) + QLatin1Char(']');
}

template<typename... Args>
void record(QStringList *entries, QObject *context, SchemaDocument *document, void (SchemaDocument::*signal)(Args...),
            const char *name)
{
    QObject::connect(document, signal, context, [entries, name](Args... args) {
        const QStringList parts{text(args)...};
        *entries << QString::fromLatin1(name) + QLatin1Char('(') + parts.join(QLatin1Char(',')) + QLatin1Char(')');
    });
}

} // namespace

#define TW_RECORD(signal) record(&entries, &m_context, document, &SchemaDocument::signal, #signal)

SignalLog::SignalLog(SchemaDocument *document)
{
    TW_RECORD(projectReset);
    TW_RECORD(modifiedChanged);
    TW_RECORD(filePathChanged);
    TW_RECORD(schemaChanged);
    TW_RECORD(aboutToInsertTable);
    TW_RECORD(tableInserted);
    TW_RECORD(aboutToRemoveTable);
    TW_RECORD(tableRemoved);
    TW_RECORD(aboutToMoveTable);
    TW_RECORD(tableMoved);
    TW_RECORD(tableChanged);
    TW_RECORD(aboutToReplaceTable);
    TW_RECORD(tableReplaced);
    TW_RECORD(aboutToInsertView);
    TW_RECORD(viewInserted);
    TW_RECORD(aboutToRemoveView);
    TW_RECORD(viewRemoved);
    TW_RECORD(aboutToMoveView);
    TW_RECORD(viewMoved);
    TW_RECORD(viewChanged);
    TW_RECORD(aboutToInsertItem);
    TW_RECORD(itemInserted);
    TW_RECORD(aboutToRemoveItem);
    TW_RECORD(itemRemoved);
    TW_RECORD(aboutToMoveItem);
    TW_RECORD(itemMoved);
    TW_RECORD(itemChanged);
    TW_RECORD(layoutChanged);
    TW_RECORD(settingsChanged);
    TW_RECORD(baselineChanged);
    TW_RECORD(sourceStateChanged);
}

#undef TW_RECORD

QStringList SignalLog::named(const QString &prefix) const
{
    QStringList matching;
    for (const QString &entry : entries) {
        if (entry.startsWith(prefix))
            matching << entry;
    }
    return matching;
}

model::CommandKey commandKey()
{
    struct KeyHolder : model::DocumentCommand
    {
        static model::CommandKey key() { return DocumentCommand::commandKey(); }
    };
    return KeyHolder::key();
}

bool pushCommand(model::SchemaDocument &document, std::unique_ptr<QUndoCommand> command)
{
    if (command->isObsolete())
        return false;
    document.undoStack()->push(command.release());
    return true;
}

} // namespace tw::test
