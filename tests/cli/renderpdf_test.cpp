// SPDX-License-Identifier: GPL-3.0-or-later
// `tablewright render -o FILE.pdf [--paged]`: a vector PDF of the diagram, read back with poppler's pdftotext.
#include "tests/cli/clirunner.h"
#include "tests/support/outsidetools.h"
#include "tests/support/printers.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using tw::test::runBinary;

namespace {

const QString kExample = QStringLiteral(TW_EXAMPLES_DIR "/aperto.twproj");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The page objects of a PDF (`/Type /Page`, not the `/Type /Pages` tree that holds them).
int pageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![A-Za-z])"));
    return int(QString::fromLatin1(pdf).count(page));
}

/// A PDF text string as Qt writes it: UTF-16BE with its byte order mark.
QByteArray pdfTextString(const QString &text)
{
    QByteArray bytes("\xfe\xff");
    for (const QChar c : text) {
        bytes.append(char(c.unicode() >> 8));
        bytes.append(char(c.unicode() & 0xff));
    }
    return bytes;
}

/// Renders the example to @p pdf (with --paged when asked); fails the test on a non-zero exit.
QByteArray renderPdf(const QString &pdf, bool paged = false)
{
    QStringList arguments{QStringLiteral("render"), kExample, QStringLiteral("-o"), pdf};
    if (paged)
        arguments << QStringLiteral("--paged");
    const auto run = runBinary(arguments);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, pdf + QStringLiteral(": drew 5 tables\n"));
    return readAll(pdf);
}

TEST(RenderPdf, DrawsTheExampleOnOnePageTitledAfterTheProject)
{
    QTemporaryDir dir;
    const QByteArray pdf = renderPdf(dir.filePath(QStringLiteral("diagram.pdf")));
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_TRUE(pdf.trimmed().endsWith("%%EOF"));
    EXPECT_EQ(pageCount(pdf), 1);
    EXPECT_TRUE(pdf.contains("/Title (" + pdfTextString(QStringLiteral("aperto")) + ')'));
    EXPECT_TRUE(pdf.contains("/Creator (" + pdfTextString(QStringLiteral("Tablewright")) + ')'));
}

TEST(RenderPdf, IsVectorTheCardsAreShapesAndFontsNotPictures)
{
    QTemporaryDir dir;
    const QByteArray pdf = renderPdf(dir.filePath(QStringLiteral("diagram.pdf")));
    // Nothing on the diagram is a picture (no icons either): a cached card would arrive as an image XObject.
    EXPECT_FALSE(pdf.contains("/Subtype /Image"));
    EXPECT_TRUE(pdf.contains("/Type /Font"));
}

TEST(RenderPdf, PagedSpreadsTheExampleOverSeveralA4LandscapePages)
{
    QTemporaryDir dir;
    const QByteArray pdf = renderPdf(dir.filePath(QStringLiteral("paged.pdf")), true);
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_GT(pageCount(pdf), 1);
    // A4 landscape in points: 297 x 210 mm, rounded as Qt writes it.
    static const QRegularExpression mediaBox(QStringLiteral("/MediaBox \\[0 0 (\\d+)\\S* (\\d+)\\S*\\]"));
    auto boxes = mediaBox.globalMatch(QString::fromLatin1(pdf));
    int pages = 0;
    while (boxes.hasNext()) {
        const auto box = boxes.next();
        EXPECT_EQ(box.captured(1), QStringLiteral("842"));
        EXPECT_EQ(box.captured(2), QStringLiteral("595"));
        ++pages;
    }
    EXPECT_EQ(pages, pageCount(pdf));
}

TEST(RenderPdf, PdftotextReadsTheTableNamesAndThePageNumbers)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return tw::test::missingTool("pdftotext (poppler-utils)");
    QTemporaryDir dir;
    for (const bool paged : {false, true}) {
        const QString pdf = dir.filePath(paged ? QStringLiteral("paged.pdf") : QStringLiteral("one.pdf"));
        renderPdf(pdf, paged);
        QProcess process;
        process.start(pdftotext, {pdf, QStringLiteral("-")});
        ASSERT_TRUE(process.waitForFinished(30000));
        ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        for (const char *table : {"users", "categories", "products", "tags", "product_tags", "created_by_user_id"})
            EXPECT_TRUE(text.contains(QLatin1String(table)))
                << table << " missing from pdftotext's output (paged " << paged << "):\n"
                << text.toStdString();
        EXPECT_EQ(text.contains(QStringLiteral("aperto — page 1 of ")), paged) << text.toStdString();
    }
}

TEST(RenderPdf, PagedIsOnlyForPdf)
{
    QTemporaryDir dir;
    const auto run = runBinary({QStringLiteral("render"), kExample, QStringLiteral("-o"),
                                dir.filePath(QStringLiteral("x.png")), QStringLiteral("--paged")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--paged is for PDF"))) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.png"))));
}

} // namespace
