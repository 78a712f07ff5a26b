// SPDX-License-Identifier: GPL-3.0-or-later
// The export plan's in-place entries (a source-mode project's own schema files): written as they are, never stamped,
// and never over a file that changed after the plan was shown.
#include "codegen/output/exportplan.h"
#include "source/adopt/sourceexport.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using tw::codegen::ExportOutcome;
using tw::codegen::ExportPlan;

namespace {

void writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
}

QByteArray readText(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

ExportPlan emptyPlan(const QString &folder)
{
    tw::model::Project project;
    return ExportPlan::build(project, {QStringLiteral("p.twproj")}, folder, {QStringLiteral("none")});
}

} // namespace

TEST(ExportPlanInPlace, AnEditIsShownAsADiffAndWrittenAsItIs)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("src/schema.ts"));
    QDir().mkpath(dir.filePath(QStringLiteral("src")));
    writeText(file, "a\nb\n");
    ExportPlan plan = emptyPlan(dir.path());
    plan.addInPlaceEdit(file, QStringLiteral("a\nb\n"), QStringLiteral("a\nnew\nb\n"), false);
    ASSERT_EQ(plan.entries().size(), 1);
    const ExportPlan::Entry &entry = plan.entries().first();
    EXPECT_TRUE(entry.inPlace);
    EXPECT_EQ(entry.file.path, QStringLiteral("src/schema.ts"));
    EXPECT_EQ(entry.action, ExportOutcome::Action::Updated);
    EXPECT_TRUE(entry.diff.contains(QStringLiteral("+new"))) << entry.diff.toStdString();
    EXPECT_FALSE(entry.needsConsent());
    const auto outcomes = plan.write(plan.entries());
    ASSERT_EQ(outcomes.size(), 1);
    EXPECT_EQ(outcomes.first().action, ExportOutcome::Action::Updated) << outcomes.first().error.toStdString();
    EXPECT_EQ(readText(file), QByteArray("a\nnew\nb\n")) << "no stamp, no header";
    EXPECT_TRUE(tw::source::SourceExport::allInPlaceWritten(plan, outcomes));
}

TEST(ExportPlanInPlace, AFileChangedAfterThePlanIsNotWritten)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("schema.ts"));
    writeText(file, "a\n");
    ExportPlan plan = emptyPlan(dir.path());
    plan.addInPlaceEdit(file, QStringLiteral("a\n"), QStringLiteral("a\nb\n"), false);
    writeText(file, "a\n// edited meanwhile\n");
    const auto outcomes = plan.write(plan.entries());
    ASSERT_EQ(outcomes.size(), 1);
    EXPECT_EQ(outcomes.first().action, ExportOutcome::Action::Failed);
    EXPECT_TRUE(outcomes.first().error.contains(QStringLiteral("changed on disk")))
        << outcomes.first().error.toStdString();
    EXPECT_EQ(readText(file), QByteArray("a\n// edited meanwhile\n"));
    EXPECT_FALSE(tw::source::SourceExport::allInPlaceWritten(plan, outcomes));
}

TEST(ExportPlanInPlace, ANewFileIsCreatedWithItsFolders)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("src/db/new.ts"));
    ExportPlan plan = emptyPlan(dir.path());
    plan.addInPlaceEdit(file, QString(), QStringLiteral("export {};\n"), true);
    ASSERT_EQ(plan.entries().first().action, ExportOutcome::Action::Created);
    const auto outcomes = plan.write(plan.entries());
    EXPECT_EQ(outcomes.first().action, ExportOutcome::Action::Created) << outcomes.first().error.toStdString();
    EXPECT_EQ(readText(file), QByteArray("export {};\n"));
}

TEST(ExportPlanInPlace, AFailureIsAnEntryThatWritesNothing)
{
    QTemporaryDir dir;
    ExportPlan plan = emptyPlan(dir.path());
    plan.addInPlaceFailure(dir.filePath(QStringLiteral("schema.ts")), QStringLiteral("schema.ts:3: spread"));
    ASSERT_EQ(plan.entries().size(), 1);
    EXPECT_FALSE(plan.entries().first().wouldWrite());
    EXPECT_EQ(plan.entries().first().error, QStringLiteral("schema.ts:3: spread"));
    EXPECT_FALSE(tw::source::SourceExport::allInPlaceWritten(plan, {}));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("schema.ts"))));
}
