// SPDX-License-Identifier: GPL-3.0-or-later
// `tablewright render --view NAME`: one diagram view on its own, and notes in what render draws.
#include "model/io/projectreader.h"
#include "model/io/projectwriter.h"
#include "tests/cli/clirunner.h"
#include "tests/support/outsidetools.h"
#include "tests/support/printers.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using tw::test::runBinary;

namespace {

const QString kExample = QStringLiteral(TW_EXAMPLES_DIR "/aperto.twproj");
const char kNoteText[] = "Prices are in cents";

/// The example with a diagram view "Accounts" of users and categories, and a note on the main diagram.
QString writeProjectWithView(const QTemporaryDir &dir)
{
    auto project = tw::model::ProjectReader::readFile(kExample);
    EXPECT_TRUE(project) << project.error().toStdString();
    tw::model::Project p = project.value();
    tw::model::SubDiagram accounts;
    accounts.name = QStringLiteral("Accounts");
    accounts.positions.insert(tw::model::Id(QStringLiteral("t.users")), QPointF(0, 0));
    accounts.positions.insert(tw::model::Id(QStringLiteral("t.categories")), QPointF(320, 0));
    p.layout.subDiagrams.insert(tw::model::Id(QStringLiteral("d.accounts")), accounts);
    tw::model::DiagramNote note;
    note.position = QPointF(900, 40);
    note.text = QString::fromLatin1(kNoteText);
    p.layout.notes.insert(tw::model::Id(QStringLiteral("n.prices")), note);
    const QString path = dir.filePath(QStringLiteral("viewed.twproj"));
    QString error;
    EXPECT_TRUE(tw::model::ProjectWriter::writeFile(p, path, &error)) << error.toStdString();
    return path;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

TEST(RenderView, DrawsOnlyTheViewsCards)
{
    QTemporaryDir dir;
    const QString project = writeProjectWithView(dir);
    const QString full = dir.filePath(QStringLiteral("full.svg"));
    const QString view = dir.filePath(QStringLiteral("view.svg"));
    ASSERT_EQ(runBinary({QStringLiteral("render"), project, QStringLiteral("-o"), full}).exitCode, 0);
    const auto run = runBinary({QStringLiteral("render"), project, QStringLiteral("-o"), view, QStringLiteral("--view"),
                                QStringLiteral("Accounts")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, view + QStringLiteral(": drew 2 tables\n"));
    const QByteArray fullSvg = readAll(full);
    const QByteArray viewSvg = readAll(view);
    EXPECT_NE(fullSvg, viewSvg);
    EXPECT_TRUE(fullSvg.contains("product_tags"));
    EXPECT_TRUE(fullSvg.contains(kNoteText));
    EXPECT_FALSE(viewSvg.contains("product_tags"));
    EXPECT_FALSE(viewSvg.contains(kNoteText)); // the note sits on the main diagram
    EXPECT_TRUE(viewSvg.contains("categories"));
}

TEST(RenderView, AnUnknownViewExitsOneNamingItAndTheViewsThereAre)
{
    QTemporaryDir dir;
    const QString project = writeProjectWithView(dir);
    const QString out = dir.filePath(QStringLiteral("x.png"));
    const auto run = runBinary({QStringLiteral("render"), project, QStringLiteral("-o"), out, QStringLiteral("--view"),
                                QStringLiteral("Billing")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("no diagram view is named \"Billing\"; its views: \"Accounts\"")))
        << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));

    const auto none = runBinary({QStringLiteral("render"), kExample, QStringLiteral("-o"), out,
                                 QStringLiteral("--view"), QStringLiteral("Billing")});
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_TRUE(none.err.contains(QStringLiteral("the project has no diagram views"))) << none.err.toStdString();
}

TEST(RenderView, PdftotextReadsANotesText)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return tw::test::missingTool("pdftotext (poppler-utils)");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("diagram.pdf"));
    const auto run = runBinary({QStringLiteral("render"), writeProjectWithView(dir), QStringLiteral("-o"), pdf});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QProcess process;
    process.start(pdftotext, {pdf, QStringLiteral("-")});
    ASSERT_TRUE(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    EXPECT_TRUE(text.contains(QLatin1String(kNoteText))) << text.toStdString();
}

} // namespace
