// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Export Diagram: the file dialog's filters choose PNG, SVG, a one-page PDF or A4 pages for printing.
#include "app/viewactions.h"
#include "tests/app/windowfixture.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QRegularExpression>

namespace tw::test {
namespace {

using ExportDiagram = ShopWindowTest;

int pdfPages(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    static const QRegularExpression page(QStringLiteral("/Type /Page\\b"));
    return int(QString::fromLatin1(file.readAll()).count(page));
}

TEST_F(ExportDiagram, OffersPdfBesidePngAndSvg)
{
    ASSERT_TRUE(window->openFile(projectPath));
    script.saveFile = dir.filePath(QStringLiteral("shop.pdf"));
    script.saveFilter = QStringLiteral("PDF document (*.pdf)");
    window->viewActions()->exportImageAction()->trigger();
    ASSERT_EQ(script.saveFilters.size(), 1);
    const QStringList filters = script.saveFilters[0].split(QStringLiteral(";;"));
    EXPECT_TRUE(filters.contains(QStringLiteral("PNG image (*.png)")));
    EXPECT_TRUE(filters.contains(QStringLiteral("SVG drawing (*.svg)")));
    EXPECT_TRUE(filters.contains(QStringLiteral("PDF document (*.pdf)")));
    EXPECT_TRUE(filters.contains(QStringLiteral("PDF document, A4 pages for printing (*.pdf)")));
    EXPECT_EQ(pdfPages(script.saveFile), 1);
    EXPECT_TRUE(script.errors.isEmpty()) << script.errors.join(QLatin1Char('\n')).toStdString();
}

TEST_F(ExportDiagram, TheA4FilterWritesPagesForPrintingAndANameWithoutSuffixGetsTheFilters)
{
    ASSERT_TRUE(window->openFile(projectPath));
    script.saveFile = dir.filePath(QStringLiteral("printout"));
    script.saveFilter = QStringLiteral("PDF document, A4 pages for printing (*.pdf)");
    window->viewActions()->exportImageAction()->trigger();
    const QString written = dir.filePath(QStringLiteral("printout.pdf"));
    ASSERT_TRUE(QFile::exists(written));
    QFile file(written);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("/MediaBox [0 0 842.000000 595.000000]")); // A4 landscape
    EXPECT_GE(pdfPages(written), 1);
}

TEST_F(ExportDiagram, PngStaysTheDefaultForANameWithoutSuffix)
{
    ASSERT_TRUE(window->openFile(projectPath));
    script.saveFile = dir.filePath(QStringLiteral("picture"));
    window->viewActions()->exportImageAction()->trigger();
    EXPECT_FALSE(QImage(dir.filePath(QStringLiteral("picture.png"))).isNull());
}

} // namespace
} // namespace tw::test
