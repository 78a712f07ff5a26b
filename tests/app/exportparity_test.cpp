// SPDX-License-Identifier: GPL-3.0-or-later
// `tablewright export` and the Export Code dialog go through one ExportPlan: for the same project and selection they
// write the same files, keep the same edited ones and delete the same obsolete ones.
#include "app/cli/commandlineinterface.h"
#include "codegen/output/exportplan.h"
#include "model/io/projectwriter.h"
#include "tests/app/windowfixture.h"
#include "tests/support/printers.h"
#include "views/export/exportdialog.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTextStream>

#include <gtest/gtest.h>

using namespace tw;

namespace {

const QString kProjectName = QStringLiteral("shop.twproj");

int runCli(const QStringList &arguments)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    cli::CliContext context{outStream, errStream};
    return cli::CommandLineInterface().run(arguments, context);
}

/// Every file under @p folder but the project file: relative path -> bytes.
QMap<QString, QByteArray> filesIn(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(folder).relativeFilePath(path);
        if (relative == kProjectName)
            continue;
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        files.insert(relative, file.readAll());
    }
    return files;
}

void append(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::Append)) << path.toStdString();
    file.write(bytes);
}

/// The same project in two folders: `cli` is exported by `tablewright export`, `dialog` by the Export Code dialog.
class ExportParityTest : public ::testing::Test
{
protected:
    ExportParityTest() { write(test::shopProject()); }

    QString cliProject() const { return m_cli.filePath(kProjectName); }
    QString dialogProject() const { return m_dialog.filePath(kProjectName); }
    void write(const model::Project &project)
    {
        m_project = project;
        test::writeProject(project, cliProject());
        test::writeProject(project, dialogProject());
    }
    /// The dialog's export with only the files of @p generatorIds checked (all generators when empty), the others
    /// as the dialog proposes them.
    void exportWithDialog(const QStringList &generatorIds = {})
    {
        views::ExportDialog dialog(m_project, dialogProject());
        for (const codegen::ExportPlan::Entry &entry : dialog.plan().entries()) {
            if (!generatorIds.isEmpty() && !generatorIds.contains(entry.generatorId))
                dialog.setChecked(entry.file.path, false);
        }
        dialog.exportChecked();
    }
    QMap<QString, QByteArray> cliFiles() const { return filesIn(m_cli.path()); }
    QMap<QString, QByteArray> dialogFiles() const { return filesIn(m_dialog.path()); }

    QTemporaryDir m_cli;
    QTemporaryDir m_dialog;
    model::Project m_project;
};

} // namespace

TEST_F(ExportParityTest, AWholeExportWritesTheSameFiles)
{
    EXPECT_EQ(runCli({QStringLiteral("export"), cliProject()}), 0);
    exportWithDialog();
    EXPECT_GT(cliFiles().size(), 3);
    EXPECT_EQ(cliFiles(), dialogFiles());
}

TEST_F(ExportParityTest, ASelectionOfGeneratorsWritesTheSameFiles)
{
    EXPECT_EQ(
        runCli({QStringLiteral("export"), cliProject(), QStringLiteral("--only"), QStringLiteral("types,schema")}), 0);
    exportWithDialog({QStringLiteral("types"), QStringLiteral("schema")});
    EXPECT_FALSE(cliFiles().isEmpty());
    EXPECT_EQ(cliFiles(), dialogFiles());
}

TEST_F(ExportParityTest, AReExportKeepsTheSameEditedFilesAndDeletesTheSameObsoleteOnes)
{
    EXPECT_EQ(runCli({QStringLiteral("export"), cliProject()}), 0);
    exportWithDialog();
    // A person edits one generated file, then the schema loses a table: its files are no longer generated.
    QString edited;
    for (const QString &path : cliFiles().keys()) {
        if (path.endsWith(QLatin1String("operations.ts")) && !path.contains(QLatin1String("__tests__")))
            edited = path;
    }
    ASSERT_FALSE(edited.isEmpty());
    append(m_cli.filePath(edited), "// mine\n");
    append(m_dialog.filePath(edited), "// mine\n");
    model::Project smaller = test::shopProject();
    smaller.schema.tables.removeLast();
    write(smaller);
    const auto before = cliFiles();

    EXPECT_EQ(runCli({QStringLiteral("export"), cliProject()}), 1) << "the edited file is kept without --force";
    exportWithDialog();
    EXPECT_EQ(cliFiles(), dialogFiles());
    QStringList deleted;
    for (const QString &path : before.keys()) {
        if (!cliFiles().contains(path))
            deleted << path;
    }
    EXPECT_FALSE(deleted.isEmpty()) << "the products files are no longer generated";
    EXPECT_TRUE(cliFiles().value(edited).endsWith("// mine\n")) << edited.toStdString();
}
