// SPDX-License-Identifier: GPL-3.0-or-later
// Files an earlier export wrote that the current one no longer produces: found, deleted when untouched, kept when
// edited unless forced, and nothing else (foreign files, other projects, starting points, symbolic links) touched.
#include "codegen/output/exportplan.h"
#include "codegen/output/exportstamp.h"
#include "codegen/output/obsoletefiles.h"
#include "tests/codegen/schemabuilder.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace tw;
using codegen::ExportPlan;
using Action = codegen::ExportOutcome::Action;

namespace {

const QString kSource = QStringLiteral("p.twproj");
const QStringList kOldFiles{
    QStringLiteral("src/lib/category/__tests__/operations.test.ts"), QStringLiteral("src/lib/category/operations.ts"),
    QStringLiteral("src/lib/category/procedures.ts"), QStringLiteral("src/lib/category/types.ts")};

model::Project guideProject()
{
    model::Project project;
    project.schema = test::guideSchema();
    return project;
}

/// The guide's project with `categories` renamed to `kinds`: its domain moves from `category/` to `kind/`.
model::Project renamedProject()
{
    model::Project project = guideProject();
    for (model::Table &table : project.schema.tables) {
        if (table.name == QLatin1String("categories")) {
            table.name = QStringLiteral("kinds");
            table.tsName.clear();
        }
    }
    return project;
}

ExportPlan planFor(const model::Project &project, const QTemporaryDir &dir, const QStringList &only = {})
{
    return ExportPlan::build(project, {kSource}, dir.path(), only);
}

/// Exports like the CLI without --force: everything that needs no consent.
QList<codegen::ExportOutcome> exportUnforced(const ExportPlan &plan)
{
    QList<ExportPlan::Entry> chosen;
    for (const ExportPlan::Entry &entry : plan.entries()) {
        if (entry.wouldWrite() && !entry.needsConsent())
            chosen << entry;
    }
    return plan.write(chosen);
}

QList<ExportPlan::Entry> obsoleteEntries(const ExportPlan &plan)
{
    QList<ExportPlan::Entry> obsolete;
    for (const ExportPlan::Entry &entry : plan.entries()) {
        if (entry.isObsolete())
            obsolete << entry;
    }
    return obsolete;
}

QStringList pathsOf(const QList<ExportPlan::Entry> &entries)
{
    QStringList paths;
    for (const ExportPlan::Entry &entry : entries)
        paths << entry.file.path;
    return paths;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

TEST(ObsoleteFiles, RenamingATableMakesItsOldDomainObsoleteAndExportDeletesIt)
{
    QTemporaryDir dir;
    exportUnforced(planFor(guideProject(), dir));
    for (const QString &path : kOldFiles)
        ASSERT_TRUE(QFile::exists(dir.filePath(path))) << path.toStdString();

    const ExportPlan plan = planFor(renamedProject(), dir);
    const auto obsolete = obsoleteEntries(plan);
    EXPECT_EQ(pathsOf(obsolete), kOldFiles);
    for (const ExportPlan::Entry &entry : obsolete) {
        EXPECT_EQ(entry.action, Action::Obsolete);
        EXPECT_EQ(entry.generatorId, QLatin1String(ExportPlan::kObsoleteId));
        EXPECT_TRUE(entry.wouldWrite());
        EXPECT_FALSE(entry.needsConsent());
        EXPECT_EQ(entry.onDisk, readFile(dir.filePath(entry.file.path))) << "the preview shows what is deleted";
    }
    EXPECT_EQ(ExportPlan::stateLabel(Action::Obsolete), QStringLiteral("no longer generated"));

    int deleted = 0;
    for (const codegen::ExportOutcome &outcome : exportUnforced(plan))
        deleted += outcome.action == Action::Deleted ? 1 : 0;
    EXPECT_EQ(deleted, kOldFiles.size());
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("src/lib/category")))) << "emptied folders go too";
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("src/lib/kind/operations.ts"))));
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("src/lib")))) << "still holds other domains";

    const ExportPlan again = planFor(renamedProject(), dir);
    EXPECT_TRUE(obsoleteEntries(again).isEmpty());
    for (const ExportPlan::Entry &entry : again.entries())
        EXPECT_FALSE(entry.wouldWrite()) << entry.file.path.toStdString();
}

TEST(ObsoleteFiles, AnEditedObsoleteFileIsKeptWithoutForceAndDeletedWithIt)
{
    QTemporaryDir dir;
    exportUnforced(planFor(guideProject(), dir));
    const QString operations = dir.filePath(kOldFiles[1]);
    QByteArray edited = readFile(operations);
    edited.append("// mine\n");
    writeFile(operations, edited);

    const ExportPlan plan = planFor(renamedProject(), dir);
    const auto obsolete = obsoleteEntries(plan);
    ASSERT_EQ(obsolete.size(), kOldFiles.size());
    EXPECT_EQ(obsolete[1].action, Action::ObsoleteEdited);
    EXPECT_TRUE(obsolete[1].needsConsent());
    EXPECT_EQ(obsolete[1].onDisk, edited);

    exportUnforced(plan);
    EXPECT_EQ(readFile(operations), edited) << "kept without consent";
    EXPECT_FALSE(QFile::exists(dir.filePath(kOldFiles[2])));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("src/lib/category/__tests__"))));
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("src/lib/category")))) << "not empty: kept";

    const auto unforced = codegen::ObsoleteFiles::remove(dir.path(), kOldFiles[1], kSource, false);
    EXPECT_EQ(unforced.action, Action::ObsoleteEdited);
    EXPECT_TRUE(unforced.isRefusal());
    EXPECT_TRUE(QFile::exists(operations));
    EXPECT_EQ(codegen::ObsoleteFiles::remove(dir.path(), kOldFiles[1], kSource, true).action, Action::Deleted);
    EXPECT_FALSE(QFile::exists(operations));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("src/lib/category"))));
}

TEST(ObsoleteFiles, ForeignFilesOtherProjectsAndStartingPointsAreNeverTouched)
{
    QTemporaryDir dir;
    exportUnforced(planFor(guideProject(), dir));
    const QByteArray header = "// Generated by Tablewright from p.twproj. Edit the project, not this file: exporting "
                              "rewrites it.\n";
    const QMap<QString, QByteArray> others{
        {QStringLiteral("src/lib/category/notes.ts"), "export const mine = 1;\n"},
        {QStringLiteral("src/lib/category/unstamped.ts"), header + "export const a = 1;\n"},
        {QStringLiteral("src/lib/category/other.ts"),
         codegen::ExportStamp::stamp("// Generated by Tablewright from other.twproj. Edit the project, not this "
                                     "file: exporting rewrites it.\nexport const b = 1;\n")},
        {QStringLiteral("src/lib/old/auth.ts"), readFile(dir.filePath(QStringLiteral("src/lib/auth.ts")))},
        {QStringLiteral("src/lib/category/p.ts"), codegen::ExportStamp::stamp(header.left(header.size() - 1))},
    };
    for (auto it = others.cbegin(); it != others.cend(); ++it)
        writeFile(dir.filePath(it.key()), it.value());

    const ExportPlan plan = planFor(renamedProject(), dir);
    QStringList expected = kOldFiles;
    expected << QStringLiteral("src/lib/category/p.ts"); // a stamped header-only file of this project is ours
    expected.sort();
    EXPECT_EQ(pathsOf(obsoleteEntries(plan)), expected);
    exportUnforced(plan);
    for (auto it = others.cbegin(); it != others.cend(); ++it) {
        if (!it.key().endsWith(QLatin1String("/p.ts"))) {
            EXPECT_EQ(readFile(dir.filePath(it.key())), it.value()) << it.key().toStdString();
        }
    }
    EXPECT_FALSE(QFile::exists(dir.filePath(kOldFiles[1])));
    EXPECT_EQ(
        codegen::ObsoleteFiles::remove(dir.path(), QStringLiteral("src/lib/category/notes.ts"), kSource, true).action,
        Action::RefusedForeign)
        << "even with force, a file that is not this project's is not deleted";
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("src/lib/category/notes.ts"))));
}

TEST(ObsoleteFiles, AFileEditedAfterThePlanWasMadeIsKept)
{
    QTemporaryDir dir;
    exportUnforced(planFor(guideProject(), dir));
    const ExportPlan plan = planFor(renamedProject(), dir);
    ASSERT_EQ(obsoleteEntries(plan).value(2).action, Action::Obsolete);
    const QString procedures = dir.filePath(kOldFiles[2]);
    const QByteArray edited = readFile(procedures) + "// written while the dialog was open\n";
    writeFile(procedures, edited);

    QList<codegen::ExportOutcome> outcomes = plan.write(obsoleteEntries(plan));
    ASSERT_EQ(outcomes.size(), kOldFiles.size());
    EXPECT_EQ(outcomes[2].action, Action::ObsoleteEdited) << "consent was given to delete it unedited";
    EXPECT_EQ(readFile(procedures), edited);
    EXPECT_EQ(outcomes[1].action, Action::Deleted);
}

TEST(ObsoleteFiles, OnlyAWholeExportLooksForObsoleteFiles)
{
    QTemporaryDir dir;
    exportUnforced(planFor(guideProject(), dir));
    EXPECT_TRUE(obsoleteEntries(planFor(renamedProject(), dir, {QStringLiteral("operations")})).isEmpty());
    EXPECT_EQ(obsoleteEntries(planFor(renamedProject(), dir)).size(), kOldFiles.size());
}

TEST(ObsoleteFiles, NothingIsReachedThroughASymbolicLink)
{
    QTemporaryDir dir;
    QTemporaryDir outside;
    exportUnforced(planFor(guideProject(), dir));
    // A stamped file of this project, outside the output folder, reachable through a link inside src/lib.
    const QString target = outside.filePath(QStringLiteral("operations.ts"));
    writeFile(target, readFile(dir.filePath(kOldFiles[1])));
    ASSERT_TRUE(QFile::link(outside.path(), dir.filePath(QStringLiteral("src/lib/linked"))));
    ASSERT_TRUE(QFile::link(target, dir.filePath(QStringLiteral("src/lib/kind-link.ts"))));

    const ExportPlan plan = planFor(renamedProject(), dir);
    EXPECT_EQ(pathsOf(obsoleteEntries(plan)), kOldFiles);
    for (const QString &path : {QStringLiteral("src/lib/linked/operations.ts"), QStringLiteral("src/lib/kind-link.ts"),
                                QStringLiteral("../outside.ts")}) {
        const auto outcome = codegen::ObsoleteFiles::remove(dir.path(), path, kSource, true);
        EXPECT_NE(outcome.action, Action::Deleted) << path.toStdString();
    }
    EXPECT_TRUE(QFile::exists(target));
    EXPECT_TRUE(QFileInfo(dir.filePath(QStringLiteral("src/lib/kind-link.ts"))).isSymLink());
}
