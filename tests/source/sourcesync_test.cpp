// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/schemajsonwriter.h"
#include "source/sync/sourcebinding.h"
#include "source/sync/sourcesync.h"
#include "tests/support/printers.h"

#include <QCryptographicHash>

#include <gtest/gtest.h>

using namespace tw;
using model::Id;
using source::SourceBinding;
using source::SourceMatcher;
using source::SourceSchema;
using source::SourceSync;
using source::SourceSyncStatus;

namespace {

model::Column column(const char *id, const char *name)
{
    model::Column c;
    c.id = Id(QString::fromLatin1(id));
    c.name = QString::fromLatin1(name);
    return c;
}

/// users(id, email) with a unique index on email, and posts(id, author_id -> users.id); ids prefixed with @p p.
model::Schema shop(const QString &p, const QString &usersName = QStringLiteral("users"))
{
    model::Table users;
    users.id = Id(p + QStringLiteral("users"));
    users.name = usersName;
    users.columns = {column("", "id"), column("", "email")};
    users.columns[0].id = Id(p + QStringLiteral("users.id"));
    users.columns[1].id = Id(p + QStringLiteral("users.email"));
    model::Index byEmail;
    byEmail.id = Id(p + QStringLiteral("users_email_idx"));
    byEmail.name = QStringLiteral("users_email_idx");
    byEmail.unique = true;
    byEmail.parts = {model::IndexPart::ofColumn(users.columns[1].id)};
    users.indexes = {byEmail};

    model::Table posts;
    posts.id = Id(p + QStringLiteral("posts"));
    posts.name = QStringLiteral("posts");
    posts.columns = {column("", "id"), column("", "author_id")};
    posts.columns[0].id = Id(p + QStringLiteral("posts.id"));
    posts.columns[1].id = Id(p + QStringLiteral("posts.author_id"));
    model::ForeignKey author;
    author.id = Id(p + QStringLiteral("posts_author_fk"));
    author.columns = {posts.columns[1].id};
    author.targetTable = users.id;
    author.targetColumns = {users.columns[0].id};
    posts.foreignKeys = {author};
    return model::Schema{{users, posts}, {}};
}

/// A source whose reader ids are prefixed `s.`; @p text is the single file's content.
SourceSchema sourceOf(const model::Schema &schema, const QString &text = QStringLiteral("export {}\n"))
{
    SourceSchema source;
    source::SourceFile file;
    file.path = QStringLiteral("/project/src/db/schema.ts");
    file.text = text;
    file.digest = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
    source.files = {file};
    for (const model::Table &table : schema.tables) {
        source::SourceTable written;
        written.file = 0;
        written.variable = table.name;
        written.table = table;
        source.tables << written;
    }
    return source;
}

} // namespace

TEST(SourceMatcher, GivesTheSourceTheProjectsIdsByName)
{
    const model::Schema project = shop(QStringLiteral("p."));
    const model::Schema matched = SourceMatcher::withProjectIds(sourceOf(shop(QStringLiteral("s."))), project, {});
    EXPECT_EQ(matched, project);
}

TEST(SourceMatcher, MatchesSqlNamesCaseInsensitively)
{
    const model::Schema project = shop(QStringLiteral("p."), QStringLiteral("Users"));
    const model::Schema matched = SourceMatcher::withProjectIds(sourceOf(shop(QStringLiteral("s."))), project, {});
    EXPECT_EQ(matched.tables[0].id, Id(QStringLiteral("p.users")));
    EXPECT_EQ(matched.tables[0].name, QStringLiteral("users")); // what the source says
}

TEST(SourceMatcher, UsesTheBoundNamesForWhatTheProjectRenamed)
{
    model::Schema project = shop(QStringLiteral("p."));
    SourceBinding binding = SourceMatcher::bindingFor(project, sourceOf(project), QStringLiteral("/project"));
    project.tables[0].name = QStringLiteral("members");
    project.tables[0].columns[1].name = QStringLiteral("mail");
    const model::Schema matched = SourceMatcher::withProjectIds(sourceOf(shop(QStringLiteral("s."))), project, binding);
    EXPECT_EQ(matched.tables[0].id, Id(QStringLiteral("p.users")));
    EXPECT_EQ(matched.tables[0].columns[1].id, Id(QStringLiteral("p.users.email")));
    EXPECT_EQ(matched.tables[0].columns[1].name, QStringLiteral("email"));
}

TEST(SourceMatcher, MatchesIndexesByColumnsWhenTheNameDiffersAndRemapsForeignKeys)
{
    model::Schema project = shop(QStringLiteral("p."));
    project.tables[0].indexes[0].name = QStringLiteral("email_unique");
    const model::Schema matched = SourceMatcher::withProjectIds(sourceOf(shop(QStringLiteral("s."))), project, {});
    EXPECT_EQ(matched.tables[0].indexes[0].id, Id(QStringLiteral("p.users_email_idx")));
    EXPECT_EQ(matched.tables[0].indexes[0].name, QStringLiteral("users_email_idx"));
    const model::ForeignKey &fk = matched.tables[1].foreignKeys[0];
    EXPECT_EQ(fk.id, Id(QStringLiteral("p.posts_author_fk")));
    EXPECT_EQ(fk.targetTable, Id(QStringLiteral("p.users")));
    EXPECT_EQ(fk.targetColumns, QList<Id>{Id(QStringLiteral("p.users.id"))});
}

TEST(SourceMatcher, KeepsTheReadersIdsForWhatTheProjectDoesNotHave)
{
    model::Schema project = shop(QStringLiteral("p."));
    project.tables.removeLast();
    project.tables[0].columns.removeLast();
    project.tables[0].indexes.clear();
    const model::Schema matched = SourceMatcher::withProjectIds(sourceOf(shop(QStringLiteral("s."))), project, {});
    EXPECT_EQ(matched.tables[0].columns[1].id, Id(QStringLiteral("s.users.email")));
    EXPECT_EQ(matched.tables[0].indexes[0].parts[0].column, Id(QStringLiteral("s.users.email")));
    EXPECT_EQ(matched.tables[1].id, Id(QStringLiteral("s.posts")));
    EXPECT_EQ(matched.tables[1].foreignKeys[0].targetTable, Id(QStringLiteral("p.users")));
}

TEST(SourceMatcher, BindingRecordsNamesRelativeFileDigestsAndTheSchemaDigest)
{
    const model::Schema project = shop(QStringLiteral("p."));
    const QString text = QStringLiteral("export const users = 1;\n");
    const SourceBinding binding =
        SourceMatcher::bindingFor(project, sourceOf(project, text), QStringLiteral("/project"));
    EXPECT_EQ(binding.tables.value(Id(QStringLiteral("p.users"))).name, QStringLiteral("users"));
    EXPECT_EQ(
        binding.tables.value(Id(QStringLiteral("p.posts"))).columns.value(Id(QStringLiteral("p.posts.author_id"))),
        QStringLiteral("author_id"));
    ASSERT_EQ(binding.fileDigests.keys(), QStringList{QStringLiteral("src/db/schema.ts")});
    EXPECT_EQ(binding.fileDigests.first(), QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
    EXPECT_EQ(
        binding.schemaDigest,
        QCryptographicHash::hash(model::SchemaJsonWriter::write(project).toJson(), QCryptographicHash::Sha256).toHex());
}

TEST(SourceSync, InSyncWhenNeitherSideChanged)
{
    const model::Schema project = shop(QStringLiteral("p."));
    const SourceSchema source = sourceOf(shop(QStringLiteral("s.")));
    const SourceBinding binding = SourceMatcher::bindingFor(project, source, QStringLiteral("/project"));
    const SourceSyncStatus status = SourceSync::status(project, binding, source, QStringLiteral("/project"));
    EXPECT_EQ(status.state, SourceSyncStatus::State::InSync);
    EXPECT_TRUE(status.changedFiles.isEmpty());
}

TEST(SourceSync, SourceChangedGivesTheNewSchemaWithTheProjectsIds)
{
    const model::Schema project = shop(QStringLiteral("p."));
    const SourceBinding binding =
        SourceMatcher::bindingFor(project, sourceOf(shop(QStringLiteral("s."))), QStringLiteral("/project"));
    model::Schema edited = shop(QStringLiteral("s."));
    edited.tables[0].columns << column("s.users.bio", "bio");
    const SourceSchema source = sourceOf(edited, QStringLiteral("// bio added\n"));
    const SourceSyncStatus status = SourceSync::status(project, binding, source, QStringLiteral("/project"));
    EXPECT_EQ(status.state, SourceSyncStatus::State::SourceChanged);
    EXPECT_EQ(status.changedFiles, QStringList{QStringLiteral("src/db/schema.ts")});
    ASSERT_EQ(status.sourceSchema.tables[0].columns.size(), 3);
    EXPECT_EQ(status.sourceSchema.tables[0].id, Id(QStringLiteral("p.users")));
    EXPECT_EQ(status.sourceSchema.tables[0].columns[1].id, Id(QStringLiteral("p.users.email")));
    EXPECT_EQ(status.sourceSchema.tables[0].columns[2].name, QStringLiteral("bio"));
}

TEST(SourceSync, ProjectChangedWhenOnlyTheSchemaDigestDiffers)
{
    model::Schema project = shop(QStringLiteral("p."));
    const SourceSchema source = sourceOf(shop(QStringLiteral("s.")));
    const SourceBinding binding = SourceMatcher::bindingFor(project, source, QStringLiteral("/project"));
    project.tables[0].columns[1].notNull = true;
    const SourceSyncStatus status = SourceSync::status(project, binding, source, QStringLiteral("/project"));
    EXPECT_EQ(status.state, SourceSyncStatus::State::ProjectChanged);
}

TEST(SourceSync, BothChangedIsAConflict)
{
    model::Schema project = shop(QStringLiteral("p."));
    const SourceBinding binding =
        SourceMatcher::bindingFor(project, sourceOf(shop(QStringLiteral("s."))), QStringLiteral("/project"));
    project.tables[0].columns[1].notNull = true;
    const SourceSchema source = sourceOf(shop(QStringLiteral("s.")), QStringLiteral("// edited\n"));
    const SourceSyncStatus status = SourceSync::status(project, binding, source, QStringLiteral("/project"));
    EXPECT_EQ(status.state, SourceSyncStatus::State::Both);
    EXPECT_EQ(status.sourceSchema.tables[0].id, Id(QStringLiteral("p.users")));
}

TEST(SourceSync, AFileAddedToTheSourceIsAChange)
{
    const model::Schema project = shop(QStringLiteral("p."));
    SourceSchema source = sourceOf(shop(QStringLiteral("s.")));
    const SourceBinding binding = SourceMatcher::bindingFor(project, source, QStringLiteral("/project"));
    source::SourceFile extra = source.files[0];
    extra.path = QStringLiteral("/project/src/db/more.ts");
    source.files << extra;
    const SourceSyncStatus status = SourceSync::status(project, binding, source, QStringLiteral("/project"));
    EXPECT_EQ(status.state, SourceSyncStatus::State::SourceChanged);
    EXPECT_EQ(status.changedFiles, QStringList{QStringLiteral("src/db/more.ts")});
}
