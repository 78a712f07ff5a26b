// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/autosaver.h"
#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "model/io/projectreader.h"
#include "tests/app/windowfixture.h"
#include "tests/support/printers.h"
#include "tests/support/schemaedits.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace tw::model;
using tw::app::Autosaver;

namespace {

class AutosaverTest : public ::testing::Test
{
protected:
    AutosaverTest() { document.setFilePath(dir.filePath(QStringLiteral("shop.twproj"))); }

    void modify()
    {
        ASSERT_TRUE(tw::test::renameTable(document, Id(QStringLiteral("t.orders")), QStringLiteral("purchases")));
    }

    QTemporaryDir dir;
    SchemaDocument document{tw::test::shopProject()};
    Autosaver autosaver{&document};
};

TEST_F(AutosaverTest, CopyGoesNextToTheProject)
{
    EXPECT_EQ(autosaver.autosavePath(), dir.filePath(QStringLiteral("shop.twproj.autosave")));
}

TEST_F(AutosaverTest, CleanDocumentWritesNoCopy)
{
    ASSERT_TRUE(autosaver.autosaveNow());
    EXPECT_FALSE(QFile::exists(autosaver.autosavePath()));
}

TEST_F(AutosaverTest, ModifiedDocumentIsWrittenAndReadsBackEqual)
{
    modify();
    ASSERT_TRUE(autosaver.autosaveNow());
    const Result<Project> copy = ProjectReader::readFile(autosaver.autosavePath());
    ASSERT_TRUE(copy.ok()) << copy.error().toStdString();
    EXPECT_EQ(copy.value(), document.project());
}

TEST_F(AutosaverTest, TheIntervalsCopyIsWrittenOnAWorkerFromTheDocumentAsItWasThen)
{
    modify();
    const Project then = document.project();
    QSignalSpy written(&autosaver, &Autosaver::autosaved);
    autosaver.autosaveInBackground();
    // An edit made while the copy is written is not in it.
    ASSERT_TRUE(tw::test::renameTable(document, Id(QStringLiteral("t.customers")), QStringLiteral("buyers")));
    ASSERT_TRUE(written.wait(10'000));
    EXPECT_EQ(written.first().first().toString(), autosaver.autosavePath());
    const Result<Project> copy = ProjectReader::readFile(autosaver.autosavePath());
    ASSERT_TRUE(copy.ok()) << copy.error().toStdString();
    EXPECT_EQ(copy.value(), then);
}

TEST_F(AutosaverTest, ACopyBeingWrittenWhenTheChangesAreSavedOrDiscardedDoesNotOutliveThem)
{
    modify();
    QSignalSpy written(&autosaver, &Autosaver::autosaved);
    autosaver.autosaveInBackground();
    autosaver.autosaveInBackground(); // one running, one waiting
    autosaver.discard();
    EXPECT_FALSE(QFile::exists(autosaver.autosavePath()));
    QTest::qWait(200); // what the worker delivers after the discard
    EXPECT_FALSE(QFile::exists(autosaver.autosavePath()));
    EXPECT_EQ(written.count(), 0);
}

TEST_F(AutosaverTest, UndoingBackToCleanRemovesTheCopy)
{
    modify();
    ASSERT_TRUE(autosaver.autosaveNow());
    document.undoStack()->undo();
    ASSERT_TRUE(autosaver.autosaveNow());
    EXPECT_FALSE(QFile::exists(autosaver.autosavePath()));
}

TEST_F(AutosaverTest, NewerCopyIsReportedOnlyWhenNewerThanTheProject)
{
    const QString project = document.filePath();
    tw::test::writeProject(document.project(), project);
    EXPECT_FALSE(Autosaver::newerAutosaveTime(project).isValid());
    modify();
    ASSERT_TRUE(autosaver.autosaveNow());
    QFile copy(autosaver.autosavePath());
    ASSERT_TRUE(copy.open(QIODevice::ReadWrite));
    const QDateTime later = QFileInfo(project).lastModified().addSecs(30);
    ASSERT_TRUE(copy.setFileTime(later, QFileDevice::FileModificationTime));
    copy.close();
    EXPECT_EQ(Autosaver::newerAutosaveTime(project), later);
    QFile projectFile(project);
    ASSERT_TRUE(projectFile.open(QIODevice::ReadWrite));
    ASSERT_TRUE(projectFile.setFileTime(later.addSecs(30), QFileDevice::FileModificationTime));
    projectFile.close();
    EXPECT_FALSE(Autosaver::newerAutosaveTime(project).isValid());
}

TEST_F(AutosaverTest, UnsavedProjectGoesToTheApplicationDataFolder)
{
    SchemaDocument untitled;
    Autosaver untitledSaver(&untitled);
    EXPECT_TRUE(untitledSaver.autosavePath().endsWith(QStringLiteral(".twproj.autosave")));
    EXPECT_TRUE(untitledSaver.autosavePath().contains(QStringLiteral("/autosave/untitled-")));
    ASSERT_FALSE(SchemaEditor(&untitled).addTable(tw::test::shopProject().schema.tables.first()).isNull());
    ASSERT_TRUE(untitledSaver.autosaveNow());
    EXPECT_TRUE(QFile::exists(untitledSaver.autosavePath()));
    untitledSaver.discard();
    EXPECT_FALSE(QFile::exists(untitledSaver.autosavePath()));
}

TEST_F(AutosaverTest, TimerWritesTheCopy)
{
    modify();
    autosaver.setIntervalSeconds(1);
    EXPECT_EQ(autosaver.intervalSeconds(), 1);
    EXPECT_TRUE(QTest::qWaitFor([&] { return QFile::exists(autosaver.autosavePath()); }, 3000));
    autosaver.setIntervalSeconds(0);
    EXPECT_EQ(autosaver.intervalSeconds(), 0);
}

} // namespace
