// SPDX-License-Identifier: GPL-3.0-or-later
// Fill from… in the Pending Changes dock: offered where a change would fail on existing rows, checked as the user
// types, stored with an undoable edit, and carried by the next migration's SQL.
#include "migrations/generate/migrationgenerator.h"
#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "model/io/projectwriter.h"
#include "views/changes/filldialog.h"
#include "views/changes/pendingchangesmodel.h"
#include "views/changes/pendingchangespanel.h"
#include "views/changes/pendingplanwatcher.h"

#include <QDialogButtonBox>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tw::model;
using namespace tw::views;

namespace {

const Id kPosts(QStringLiteral("t.posts"));

Column column(const QString &name, SqlType type, bool primaryKey = false)
{
    Column c;
    c.id = Id(QStringLiteral("c.posts.") + name);
    c.name = name;
    c.type = type;
    c.primaryKey = primaryKey;
    c.notNull = true;
    return c;
}

/// posts(id, name) generated into a temporary migrations folder, then `slug text NOT NULL` added in the designer.
class SlugDocument
{
public:
    SlugDocument()
    {
        Project project;
        Table posts;
        posts.id = kPosts;
        posts.name = QStringLiteral("posts");
        posts.columns << column(QStringLiteral("id"), SqlType::Integer, true)
                      << column(QStringLiteral("name"), SqlType::Text);
        project.schema.tables << posts;
        tw::migrations::GenerateRequest request;
        request.project = project;
        request.migrationsFolder = dir.filePath(QStringLiteral("drizzle"));
        request.nowMs = 1700000000000;
        const auto outcome = tw::migrations::MigrationGenerator::generate(request);
        EXPECT_TRUE(outcome) << (outcome ? std::string() : outcome.error().toStdString());
        project.baseline = outcome.value().baseline;
        const QString path = dir.filePath(QStringLiteral("app.twproj"));
        QString error;
        EXPECT_TRUE(ProjectWriter::writeFile(project, path, &error)) << error.toStdString();
        document = std::make_unique<SchemaDocument>(project);
        document->setFilePath(path);
        EXPECT_FALSE(
            SchemaEditor(document.get()).addItem(kPosts, column(QStringLiteral("slug"), SqlType::Text)).isNull());
    }

    QTemporaryDir dir;
    std::unique_ptr<SchemaDocument> document;
};

} // namespace

TEST(FillFrom, TheDockOffersAFillForANotNullColumnAndTheNextMigrationComputesIt)
{
    SlugDocument doc;
    PendingPlanWatcher watcher(doc.document.get());
    PendingChangesPanel panel(&watcher);
    watcher.refresh();
    ASSERT_EQ(panel.model()->warningCount(), 1);
    EXPECT_TRUE(panel.model()->index(0).data().toString().contains(QStringLiteral("fill")));
    EXPECT_FALSE(panel.fillButton()->isEnabled());
    panel.list()->setCurrentIndex(panel.model()->index(panel.model()->warningCount())); // an operation row
    EXPECT_FALSE(panel.fillButton()->isEnabled());
    panel.list()->setCurrentIndex(panel.model()->index(0));
    ASSERT_TRUE(panel.fillButton()->isEnabled());

    QStringList problems;
    bool okEnabledForTypo = true;
    panel.fillSelected([&](FillDialog &dialog) {
        dialog.editor()->setPlainText(QStringLiteral("lower(nmae)"));
        problems << dialog.problem();
        okEnabledForTypo = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
        dialog.editor()->setPlainText(QStringLiteral("lower(replace(name, ' ', '-'))"));
        problems << dialog.problem();
        return int(QDialog::Accepted);
    });
    EXPECT_TRUE(problems.value(0).contains(QStringLiteral("posts.slug")) &&
                problems.value(0).contains(QStringLiteral("no such column: nmae")))
        << problems.value(0).toStdString();
    EXPECT_FALSE(okEnabledForTypo);
    EXPECT_EQ(problems.value(1), QString());
    ASSERT_EQ(doc.document->project().fills.size(), 1);

    watcher.refresh();
    EXPECT_EQ(panel.model()->warningCount(), 0);
    EXPECT_TRUE(watcher.plan().sql.contains(QStringLiteral("\"name\", lower(replace(name, ' ', '-')) FROM `posts`")))
        << watcher.plan().sql.toStdString();
    EXPECT_TRUE(panel.model()->index(0).data().toString().contains(QStringLiteral("filled from")));

    doc.document->undoStack()->undo();
    EXPECT_TRUE(doc.document->project().fills.isEmpty());
}
