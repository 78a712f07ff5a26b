// SPDX-License-Identifier: GPL-3.0-or-later
// The pending-changes and SQL-preview docks: the plan since the last migration, its warnings, the debounce.
#include "migrations/generate/migrationgenerator.h"
#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "model/io/projectwriter.h"
#include "tests/support/schemaedits.h"
#include "views/changes/pendingchangesmodel.h"
#include "views/changes/pendingchangespanel.h"
#include "views/changes/pendingplan.h"
#include "views/changes/pendingplanwatcher.h"
#include "views/changes/sqlpreviewpanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QHelpEvent>
#include <QListView>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tw::model;
using namespace tw::views;

namespace {

const Id kUsers(QStringLiteral("t.users"));
const Id kEmail(QStringLiteral("c.users.email"));

Column column(const QString &name, SqlType type, bool primaryKey = false)
{
    Column c;
    c.id = Id(QStringLiteral("c.users.") + name);
    c.name = name;
    c.type = type;
    c.primaryKey = primaryKey;
    c.notNull = primaryKey;
    return c;
}

Project usersProject()
{
    Project project;
    Table users;
    users.id = kUsers;
    users.name = QStringLiteral("users");
    users.columns << column(QStringLiteral("id"), SqlType::Integer, true)
                  << column(QStringLiteral("email"), SqlType::Text);
    project.schema.tables << users;
    return project;
}

/// A project saved in a temporary folder whose migrations folder holds one migration of its schema.
class GeneratedProject
{
public:
    GeneratedProject()
    {
        path = dir.filePath(QStringLiteral("app.twproj"));
        Project project = usersProject();
        tw::migrations::GenerateRequest request;
        request.project = project;
        request.migrationsFolder = dir.filePath(QStringLiteral("drizzle"));
        request.nowMs = 1700000000000;
        const auto outcome = tw::migrations::MigrationGenerator::generate(request);
        EXPECT_TRUE(outcome) << (outcome ? std::string() : outcome.error().toStdString());
        if (outcome)
            project.baseline = outcome.value().baseline;
        QString error;
        EXPECT_TRUE(ProjectWriter::writeFile(project, path, &error)) << error.toStdString();
        document = std::make_unique<SchemaDocument>(project);
        document->setFilePath(path);
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<SchemaDocument> document;
};

TEST(PendingPlan, UnsavedProjectStartsFromAnEmptyDatabase)
{
    const PendingPlan plan = PendingPlan::compute(usersProject(), QString());
    EXPECT_TRUE(plan.error.isEmpty());
    EXPECT_FALSE(plan.note.isEmpty());
    ASSERT_EQ(plan.plan.operations.size(), 1);
    EXPECT_TRUE(std::holds_alternative<tw::migrations::CreateTable>(plan.plan.operations.first()));
    EXPECT_TRUE(plan.sql.startsWith(QStringLiteral("CREATE TABLE `users`"))) << plan.sql.toStdString();
}

TEST(PendingPlan, NothingPendingRightAfterAMigrationThenARenameIsARename)
{
    GeneratedProject project;
    EXPECT_TRUE(PendingPlan::compute(project.document->project(), project.path).plan.isEmpty());

    ASSERT_TRUE(tw::test::renameItem<Column>(*project.document.get(), kUsers, kEmail, QStringLiteral("mail")));
    const PendingPlan plan = PendingPlan::compute(project.document->project(), project.path);
    ASSERT_EQ(plan.plan.operations.size(), 1);
    EXPECT_TRUE(std::holds_alternative<tw::migrations::RenameColumn>(plan.plan.operations.first()));
    EXPECT_EQ(plan.sql.trimmed(), QStringLiteral("ALTER TABLE `users` RENAME COLUMN \"email\" TO \"mail\";"));
}

TEST(PendingPlan, BrokenFolderIsAnErrorNamingTheFile)
{
    GeneratedProject project;
    QFile journal(project.dir.filePath(QStringLiteral("drizzle/meta/_journal.json")));
    ASSERT_TRUE(journal.open(QIODevice::WriteOnly | QIODevice::Truncate));
    journal.write("[");
    journal.close();
    const PendingPlan plan = PendingPlan::compute(project.document->project(), project.path);
    EXPECT_TRUE(plan.error.contains(QStringLiteral("_journal.json"))) << plan.error.toStdString();
    EXPECT_TRUE(plan.plan.isEmpty());
}

TEST(PendingChangesModel, WarningsComeFirstHighlightedThenOperationsWithTheirKinds)
{
    GeneratedProject project;
    ASSERT_TRUE(SchemaEditor(project.document.get()).removeItem<Column>(kUsers, kEmail));
    const PendingPlan plan = PendingPlan::compute(project.document->project(), project.path);
    ASSERT_FALSE(plan.plan.warnings.isEmpty());

    PendingChangesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPlan(plan.plan);
    ASSERT_EQ(model.rowCount(), plan.plan.warnings.size() + plan.plan.operations.size());
    const QModelIndex first = model.index(0);
    EXPECT_TRUE(first.data(PendingChangesModel::IsWarningRole).toBool());
    EXPECT_TRUE(first.data(Qt::FontRole).value<QFont>().bold());
    EXPECT_TRUE(first.data().toString().contains(QStringLiteral("users.email")))
        << first.data().toString().toStdString();
    const QModelIndex op = model.index(int(plan.plan.warnings.size()));
    EXPECT_FALSE(op.data(PendingChangesModel::IsWarningRole).toBool());
    EXPECT_EQ(op.data(PendingChangesModel::KindRole).toString(), QStringLiteral("remove"));
    EXPECT_TRUE(op.data().toString().contains(QStringLiteral("Drop column"))) << op.data().toString().toStdString();

    model.setPlan({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(PendingPlan, WarningsCarryRowCountsFromTheConfiguredLocalDatabase)
{
    GeneratedProject project;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pending-counts"));
        db.setDatabaseName(project.dir.filePath(QStringLiteral("local.db")));
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE users (id integer PRIMARY KEY, email text)")));
        for (const char *email : {"'a@x'", "'b@x'", "NULL"})
            ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO users (email) VALUES (%1)").arg(QLatin1String(email))));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pending-counts"));
    ASSERT_TRUE(SchemaEditor(project.document.get()).removeItem<Column>(kUsers, kEmail));
    Project withDatabase = project.document->project();
    withDatabase.settings.database = QStringLiteral("local.db");
    const PendingPlan plan = PendingPlan::compute(withDatabase, project.path);
    ASSERT_EQ(plan.countedWarnings.size(), plan.plan.warnings.size());
    ASSERT_FALSE(plan.countedWarnings.isEmpty());
    EXPECT_TRUE(plan.countedWarnings.first().contains(QStringLiteral("2")))
        << plan.countedWarnings.first().toStdString();

    PendingChangesModel model;
    model.setPlan(plan.plan, plan.countedWarnings);
    EXPECT_EQ(model.index(0).data().toString(), plan.countedWarnings.first());
    // Without a database the warnings keep their own text, with the object they are about.
    const PendingPlan plain = PendingPlan::compute(project.document->project(), project.path);
    ASSERT_EQ(plain.countedWarnings.size(), plain.plan.warnings.size());
    EXPECT_EQ(plain.countedWarnings.first(),
              plain.plan.warnings.first().object + QStringLiteral(": ") + plain.plan.warnings.first().message);
}

TEST(PendingChangesModel, DescribesEveryKindOfOperation)
{
    using namespace tw::migrations;
    EXPECT_EQ(PendingChangesModel::kindOf(RenameTable{QStringLiteral("a"), QStringLiteral("b")}),
              QStringLiteral("rename"));
    EXPECT_EQ(PendingChangesModel::describe(RenameTable{QStringLiteral("a"), QStringLiteral("b")}),
              QStringLiteral("Rename table \u201ca\u201d to \u201cb\u201d"));
    EXPECT_EQ(PendingChangesModel::kindOf(RebuildTable{}), QStringLiteral("change"));
    EXPECT_EQ(PendingChangesModel::kindOf(CreateView{QStringLiteral("v"), QStringLiteral("select 1")}),
              QStringLiteral("add"));
    EXPECT_EQ(PendingChangesModel::describe(DropIndex{QStringLiteral("t"), QStringLiteral("t_idx")}),
              QStringLiteral("Drop index \u201ct_idx\u201d on \u201ct\u201d"));
}

TEST(PendingPlanWatcher, ABurstOfEditsIsComputedOnceAndFollowsTheDocument)
{
    GeneratedProject project;
    PendingPlanWatcher watcher(project.document.get());
    watcher.setDelay(50);
    watcher.refresh();
    EXPECT_TRUE(watcher.plan().plan.isEmpty());
    QSignalSpy spy(&watcher, &PendingPlanWatcher::planChanged);
    SchemaEditor editor(project.document.get());
    ASSERT_TRUE(tw::test::renameItem<Column>(*project.document, kUsers, kEmail, QStringLiteral("m"), true));
    ASSERT_TRUE(tw::test::renameItem<Column>(*project.document, kUsers, kEmail, QStringLiteral("ma"), true));
    ASSERT_TRUE(tw::test::renameItem<Column>(*project.document, kUsers, kEmail, QStringLiteral("mail"), true));
    EXPECT_EQ(spy.count(), 0);
    ASSERT_TRUE(spy.wait(2000));
    QTest::qWait(120);
    EXPECT_EQ(spy.count(), 1);
    ASSERT_EQ(watcher.plan().plan.operations.size(), 1);

    project.document->undoStack()->undo();
    ASSERT_TRUE(spy.wait(2000));
    EXPECT_TRUE(watcher.plan().plan.isEmpty());
}

// The edit delay is for typing: a project opened (reset) or saved under another path is planned at once.
TEST(PendingPlanWatcher, AnOpenedProjectIsPlannedWithoutWaitingForTheEditDelay)
{
    GeneratedProject project;
    PendingPlanWatcher watcher(project.document.get());
    watcher.setDelay(60000);
    QSignalSpy spy(&watcher, &PendingPlanWatcher::planChanged);
    ASSERT_TRUE(spy.wait(2000)) << "the new watcher plans the document it was given";
    EXPECT_EQ(spy.count(), 1);

    tw::model::Project changed = project.document->project();
    changed.schema.tables[0].columns << column(QStringLiteral("nickname"), SqlType::Text);
    project.document->resetProject(changed);
    ASSERT_TRUE(spy.wait(2000));
    EXPECT_FALSE(watcher.plan().plan.isEmpty());

    project.document->setFilePath(QStringLiteral("/elsewhere/saved-as.twproj"));
    ASSERT_TRUE(spy.wait(2000));

    ASSERT_TRUE(SchemaEditor(project.document.get()).removeItem<Column>(kUsers, kEmail));
    EXPECT_FALSE(spy.wait(300)) << "an edit still waits for the delay";
    EXPECT_EQ(spy.count(), 3);
}

// A big schema's plan is computed off the window's thread when the timer fires; the edit returns at once and the
// plan arrives through planChanged. An explicit refresh() still answers at once, and no older plan follows it.
TEST(PendingPlanWatcher, ABigSchemasPlanIsComputedInTheBackground)
{
    GeneratedProject project;
    PendingPlanWatcher watcher(project.document.get());
    watcher.setBackgroundFrom(0); // every schema counts as big
    watcher.setDelay(1);
    watcher.refresh();
    ASSERT_TRUE(watcher.plan().plan.isEmpty());
    QSignalSpy spy(&watcher, &PendingPlanWatcher::planChanged);
    ASSERT_TRUE(SchemaEditor(project.document.get()).removeItem<Column>(kUsers, kEmail));
    EXPECT_TRUE(watcher.plan().plan.isEmpty()); // the edit did not wait for the plan
    ASSERT_TRUE(spy.wait(5000));
    EXPECT_EQ(watcher.plan().plan.operations.size(), 1);

    project.document->undoStack()->undo();
    QTest::qWait(5); // the timer fires and a background plan starts
    watcher.refresh();
    EXPECT_TRUE(watcher.plan().plan.isEmpty());
    QTest::qWait(200);
    EXPECT_TRUE(watcher.plan().plan.isEmpty()) << "an older background plan replaced the newer one";
}

TEST(PendingChangesPanels, ShowTheSummaryAndTheReadOnlySql)
{
    GeneratedProject project;
    PendingPlanWatcher watcher(project.document.get());
    PendingChangesPanel changes(&watcher);
    SqlPreviewPanel preview(&watcher);
    preview.show();
    EXPECT_FALSE(changes.summary().contains(QStringLiteral("No schema changes"))); // not computed yet
    watcher.refresh();
    EXPECT_TRUE(changes.summary().contains(QStringLiteral("No schema changes"))) << changes.summary().toStdString();
    EXPECT_TRUE(preview.editor()->toPlainText().contains(QStringLiteral("No schema changes")));
    EXPECT_TRUE(preview.editor()->isReadOnly());

    ASSERT_TRUE(SchemaEditor(project.document.get()).removeItem<Column>(kUsers, kEmail));
    watcher.refresh();
    EXPECT_TRUE(changes.summary().startsWith(QStringLiteral("1 change"))) << changes.summary().toStdString();
    EXPECT_TRUE(changes.summary().contains(QStringLiteral("may lose data")));
    EXPECT_EQ(preview.editor()->toPlainText(), watcher.plan().sql);
    EXPECT_TRUE(preview.editor()->toPlainText().contains(QStringLiteral("DROP COLUMN `email`")))
        << preview.editor()->toPlainText().toStdString();
}

// A preview no one sees (its dock closed or tabbed behind Pending Changes) lays out no text: it takes the latest
// plan's text when it is shown.
TEST(PendingChangesPanels, AHiddenSqlPreviewTakesTheLatestTextWhenShown)
{
    GeneratedProject project;
    PendingPlanWatcher watcher(project.document.get());
    SqlPreviewPanel preview(&watcher);
    watcher.refresh();
    ASSERT_TRUE(SchemaEditor(project.document.get()).removeItem<Column>(kUsers, kEmail));
    watcher.refresh();
    EXPECT_EQ(preview.text(), watcher.plan().sql);
    EXPECT_TRUE(preview.editor()->toPlainText().isEmpty()) << "hidden: nothing laid out";
    preview.show();
    for (int turns = 0; preview.editor()->toPlainText() != watcher.plan().sql && turns < 1000; ++turns)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    EXPECT_EQ(preview.editor()->toPlainText(), watcher.plan().sql);
    EXPECT_TRUE(preview.editor()->toPlainText().contains(QStringLiteral("DROP COLUMN `email`")));
}

// The walkthrough's narrow Pending Changes tab cut long lines at its edge behind a sideways scroll bar: each line
// now ends in "…" inside the panel, and its tooltip holds the whole line.
TEST(PendingChangesPanels, LongLinesFitTheNarrowPanelAndTheirTooltipIsTheWholeLine)
{
    GeneratedProject project;
    PendingPlanWatcher watcher(project.document.get());
    PendingChangesPanel changes(&watcher);
    changes.resize(260, 300);
    changes.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&changes));
    const QString longName = QStringLiteral("a_table_name_long_enough_to_need_far_more_room_than_the_panel_has");
    ASSERT_TRUE(tw::test::renameTable(*project.document, kUsers, longName));
    watcher.refresh();
    QListView *list = changes.list();
    ASSERT_GT(list->model()->rowCount(), 0);
    QTest::qWait(20);
    const QModelIndex first = list->model()->index(0, 0);
    ASSERT_TRUE(first.data().toString().contains(longName));
    EXPECT_LE(list->visualRect(first).right(), list->viewport()->width());
    EXPECT_FALSE(list->horizontalScrollBar()->isVisible());

    QHelpEvent help(QEvent::ToolTip, list->visualRect(first).center(),
                    list->viewport()->mapToGlobal(list->visualRect(first).center()));
    QApplication::sendEvent(list->viewport(), &help);
    EXPECT_TRUE(QToolTip::text().contains(longName)) << QToolTip::text().toStdString();
}

} // namespace

namespace {

/// `tags` (a parent) and `post_tags` (its child, ON DELETE CASCADE): a rebuild of `tags` on D1 must keep the child's
/// rows aside, which only the d1 target's SQL does.
Project cascadeProject()
{
    Project project = usersProject();
    project.settings.target = ProjectSettings::Target::D1;
    Table tags;
    tags.id = Id(QStringLiteral("t.tags"));
    tags.name = QStringLiteral("tags");
    Column tagId = column(QStringLiteral("id"), SqlType::Integer, true);
    tagId.id = Id(QStringLiteral("c.tags.id"));
    Column label = column(QStringLiteral("label"), SqlType::Text);
    label.id = Id(QStringLiteral("c.tags.label"));
    label.notNull = true;
    tags.columns << tagId << label;
    Table postTags;
    postTags.id = Id(QStringLiteral("t.post_tags"));
    postTags.name = QStringLiteral("post_tags");
    Column childTag = column(QStringLiteral("tag_id"), SqlType::Integer, true);
    childTag.id = Id(QStringLiteral("c.post_tags.tag_id"));
    postTags.columns << childTag;
    ForeignKey key;
    key.id = Id(QStringLiteral("fk.post_tags.tag"));
    key.columns = {childTag.id};
    key.targetTable = tags.id;
    key.targetColumns = {tagId.id};
    key.onDelete = ReferentialAction::Cascade;
    postTags.foreignKeys << key;
    project.schema.tables << tags << postTags;
    return project;
}

} // namespace

TEST(PendingPlan, PreviewIsTheExactTextGenerateWritesForAD1SafeRebuild)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("app.twproj"));
    Project project = cascadeProject();
    tw::migrations::GenerateRequest request;
    request.project = project;
    request.migrationsFolder = dir.filePath(QStringLiteral("drizzle"));
    request.nowMs = 1700000000000;
    const auto first = tw::migrations::MigrationGenerator::generate(request);
    ASSERT_TRUE(first) << first.error().toStdString();
    project.baseline = first.value().baseline;
    project.schema.tables[1].columns[1].notNull = false; // tags.label: SQLite can only rebuild the parent
    QString error;
    ASSERT_TRUE(ProjectWriter::writeFile(project, path, &error)) << error.toStdString();

    const PendingPlan preview = PendingPlan::compute(project, path);
    ASSERT_TRUE(preview.error.isEmpty()) << preview.error.toStdString();
    EXPECT_TRUE(preview.sql.contains(QStringLiteral("__keep_post_tags"))) << preview.sql.toStdString();

    request.project = project;
    request.name = QStringLiteral("rebuild");
    const auto second = tw::migrations::MigrationGenerator::generate(request);
    ASSERT_TRUE(second) << second.error().toStdString();
    QFile written(second.value().sqlPath);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_EQ(preview.sql.toUtf8(), written.readAll());
}

TEST(PendingPlan, AnUnsavedV1ProjectPreviewsDrizzleKit1sDialect)
{
    Project project = usersProject();
    const PendingPlan classic = PendingPlan::compute(project, QString());
    EXPECT_TRUE(classic.sql.contains(QStringLiteral("`id` integer PRIMARY KEY NOT NULL"))) << classic.sql.toStdString();
    project.settings.migrationLayout = ProjectSettings::MigrationLayout::V1;
    const PendingPlan v1 = PendingPlan::compute(project, QString());
    EXPECT_TRUE(v1.error.isEmpty()) << v1.error.toStdString();
    EXPECT_TRUE(v1.sql.startsWith(QStringLiteral("CREATE TABLE `users` (\n\t`id` integer PRIMARY KEY,\n")))
        << v1.sql.toStdString();
}

TEST(PendingPlan, PreviewIsTheExactTextGenerateWritesInAV1Folder)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("app.twproj"));
    Project project = cascadeProject();
    project.settings.migrationLayout = ProjectSettings::MigrationLayout::V1;
    tw::migrations::GenerateRequest request;
    request.project = project;
    request.migrationsFolder = dir.filePath(QStringLiteral("drizzle"));
    const PendingPlan initial = PendingPlan::compute(project, path);
    ASSERT_TRUE(initial.error.isEmpty()) << initial.error.toStdString();
    EXPECT_FALSE(initial.note.isEmpty()) << "no migration yet";
    const auto first = tw::migrations::MigrationGenerator::generate(request);
    ASSERT_TRUE(first) << first.error().toStdString();
    EXPECT_EQ(initial.sql, first.value().sql);
    EXPECT_TRUE(first.value().sqlPath.endsWith(QStringLiteral("/migration.sql"))) << "a v1 folder";
    project.baseline = first.value().baseline;
    EXPECT_TRUE(PendingPlan::compute(project, path).plan.isEmpty());
    project.schema.tables[1].columns[1].notNull = false; // a rebuild of the parent: keep-and-restore for d1

    const PendingPlan preview = PendingPlan::compute(project, path);
    ASSERT_TRUE(preview.error.isEmpty()) << preview.error.toStdString();
    EXPECT_TRUE(preview.note.isEmpty());
    request.project = project;
    const auto second = tw::migrations::MigrationGenerator::generate(request);
    ASSERT_TRUE(second) << second.error().toStdString();
    QFile written(second.value().sqlPath);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_EQ(preview.sql.toUtf8(), written.readAll());
    EXPECT_FALSE(preview.sql.contains(QStringLiteral("ON UPDATE no action"))) << preview.sql.toStdString();
}
