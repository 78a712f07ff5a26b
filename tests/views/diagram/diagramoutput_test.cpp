// SPDX-License-Identifier: GPL-3.0-or-later
// Export, overview and arrange: what the window's menus and docks call.
#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "tests/support/outsidetools.h"
#include "tests/support/printers.h"
#include "tests/views/diagram/diagramfixture.h"
#include "views/diagram/diagramarrange.h"
#include "views/diagram/diagramoverview.h"
#include "views/diagram/diagramscene.h"
#include "views/diagram/diagramtheme.h"
#include "views/diagram/diagramview.h"
#include "views/diagram/tablecarditem.h"

#include <QApplication>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QLineF>
#include <QProcess>
#include <QRegularExpression>
#include <QScreen>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <cmath>

using namespace tw::model;
using namespace tw::views;

namespace {

Id id(const char *token)
{
    return Id(QString::fromLatin1(token));
}

} // namespace

TEST(DiagramExport, PngCoversTheWholeDiagramAtTwiceTheSceneSize)
{
    SchemaDocument document(tw::test::diagramProject());
    DiagramView view(&document);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diagram.png"));
    ASSERT_TRUE(view.renderToImage(path));
    const QImage image(path);
    const QRectF cards = view.diagramScene()->cardsBoundingRect();
    EXPECT_EQ(image.width(), int((cards.width() + 80) * 2));
    EXPECT_EQ(image.height(), int((cards.height() + 80) * 2));
}

TEST(DiagramExport, PngOfAHugeDiagramIsScaledDownToAtMost16384PixelsASide)
{
    Project project = tw::test::diagramProject();
    project.layout.items[id("tags")].position = QPointF(30000, 300);
    SchemaDocument document(project);
    DiagramView view(&document);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.png"));
    ASSERT_TRUE(view.renderToImage(path));
    const QImage image(path);
    const QRectF cards = view.diagramScene()->cardsBoundingRect();
    ASSERT_GT((cards.width() + 80) * 2, 16384.0) << "the diagram must be wider than the cap for this test";
    EXPECT_EQ(image.width(), 16384);
    EXPECT_NEAR(image.height(), (cards.height() + 80) * 16384 / (cards.width() + 80), 1.0);
}

TEST(DiagramExport, SvgHoldsTheTableNamesAsText)
{
    SchemaDocument document(tw::test::diagramProject());
    DiagramView view(&document);
    view.selectTables({id("posts")});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diagram.svg"));
    ASSERT_TRUE(view.renderToImage(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    EXPECT_TRUE(svg.contains("<svg"));
    EXPECT_TRUE(svg.contains("profiles"));
    EXPECT_EQ(view.selectedTableIds(), QList<Id>{id("posts")}); // the selection survives the export
}

namespace {

/// The pages of a PDF with their MediaBox sizes in points, in file order.
QList<QSizeF> pdfPageSizes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression box(QStringLiteral("/Type /Page\\b[^>]*?/MediaBox \\[0 0 (\\S+) (\\S+)\\]"));
    QList<QSizeF> sizes;
    auto pages = box.globalMatch(QString::fromLatin1(file.readAll()));
    while (pages.hasNext()) {
        const auto page = pages.next();
        sizes << QSizeF(page.captured(1).toDouble(), page.captured(2).toDouble());
    }
    return sizes;
}

/// Points per scene unit in an exported PDF: the cards' text is measured at the screen's logical resolution.
double pointsPerSceneUnit()
{
    return 72.0 / qRound(QGuiApplication::primaryScreen()->logicalDotsPerInchY());
}

} // namespace

TEST(DiagramExport, PdfIsOnePageTheSizeOfTheDiagramAt100Percent)
{
    SchemaDocument document(tw::test::diagramProject());
    DiagramView view(&document);
    view.selectTables({id("posts")});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diagram.pdf"));
    ASSERT_TRUE(view.renderToImage(path));
    const QRectF cards = view.diagramScene()->cardsBoundingRect();
    const QList<QSizeF> pages = pdfPageSizes(path);
    ASSERT_EQ(pages.size(), 1);
    EXPECT_NEAR(pages[0].width(), (cards.width() + 80) * pointsPerSceneUnit(), 0.01);
    EXPECT_NEAR(pages[0].height(), (cards.height() + 80) * pointsPerSceneUnit(), 0.01);
    EXPECT_EQ(view.selectedTableIds(), QList<Id>{id("posts")}); // the selection survives the export
}

TEST(DiagramExport, PdfOfAHugeDiagramStaysWithin14400PointsASideAndKeepsEveryRow)
{
    Project project = tw::test::diagramProject();
    project.layout.items[id("tags")].position = QPointF(60000, 300); // the page shrinks the drawing below 40 %
    SchemaDocument document(project);
    DiagramView view(&document);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.pdf"));
    ASSERT_TRUE(view.renderToImage(path));
    const QList<QSizeF> pages = pdfPageSizes(path);
    ASSERT_EQ(pages.size(), 1);
    EXPECT_NEAR(pages[0].width(), 14400, 0.01);
    // A view that small would draw the cards' titles only; a PDF is zoomed into, so it keeps the columns.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return tw::test::missingTool("pdftotext (poppler-utils)");
    QProcess process;
    process.start(pdftotext, {path, QStringLiteral("-")});
    ASSERT_TRUE(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    for (const char *column : {"manager_id", "author_id", "user_id", "label"})
        EXPECT_TRUE(text.contains(QLatin1String(column))) << column << " missing:\n" << text.toStdString();
}

TEST(DiagramExport, PdfOnA4PagesTilesTheDiagramAt100PercentLeavingOutBlankPages)
{
    Project project = tw::test::diagramProject();
    project.layout.items[id("tags")].position = QPointF(3000, 1500); // far from the others, with no line to them
    SchemaDocument document(project);
    DiagramView view(&document);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("paged.pdf"));
    ASSERT_TRUE(view.renderToImage(path, PdfLayout::A4Pages));
    const QList<QSizeF> pages = pdfPageSizes(path);
    // A4 landscape less 10 mm margins holds at most 277 x 190 mm of the diagram at 100 %: the whole needs a grid of
    // at least 4 x 3 pages, of which only those with the cards (or their lines) are printed.
    const QSizeF diagram = (view.diagramScene()->cardsBoundingRect().size() + QSizeF(80, 80)) * pointsPerSceneUnit();
    const double grid =
        std::ceil(diagram.width() / (277 / 25.4 * 72)) * std::ceil(diagram.height() / (190 / 25.4 * 72));
    ASSERT_GE(grid, 12);
    EXPECT_GE(pages.size(), 2); // the cards near the origin, and tags
    EXPECT_LT(pages.size(), grid);
    for (const QSizeF &page : pages)
        EXPECT_EQ(page.toSize(), QSize(842, 595));
}

TEST(DiagramExport, EmptyDiagramWritesNothing)
{
    SchemaDocument document;
    DiagramView view(&document);
    QTemporaryDir dir;
    EXPECT_FALSE(view.renderToImage(dir.filePath(QStringLiteral("empty.png"))));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("empty.png"))));
}

TEST(DiagramOverview, ShowsTheWholeDiagramAndTracksTheMainView)
{
    SchemaDocument document(tw::test::diagramProject());
    DiagramView view(&document);
    view.resize(400, 300);
    view.show();
    DiagramOverview overview(&view);
    overview.resize(240, 180);
    overview.show();
    const QRectF shown = overview.mapToScene(overview.viewport()->rect()).boundingRect();
    EXPECT_TRUE(shown.contains(view.diagramScene()->cardsBoundingRect()));
    EXPECT_EQ(overview.visibleSceneRect(), view.mapToScene(view.viewport()->rect()).boundingRect());
}

TEST(DiagramOverview, ClickCentresTheMainViewThere)
{
    SchemaDocument document(tw::test::diagramProject());
    DiagramView view(&document);
    view.resize(300, 200);
    view.show();
    DiagramOverview overview(&view);
    overview.resize(240, 180);
    overview.show();
    const QPointF target = view.diagramScene()->card(id("tags"))->sceneCardRect().center();
    QTest::mouseClick(overview.viewport(), Qt::LeftButton, {}, overview.mapFromScene(target));
    EXPECT_LT(QLineF(overview.visibleSceneRect().center(), target).length(), 6);
}

TEST(DiagramOverview, ABigDiagramIsSketchedAndDrawnAgainAfterAPause)
{
    SchemaDocument document(tw::test::diagramProject());
    DiagramView view(&document);
    view.resize(400, 300);
    view.show();
    DiagramOverview overview(&view);
    overview.setSketchFromCards(1); // as a diagram of kSketchFromCards cards is
    overview.resize(240, 180);
    overview.show();
    document.undoStack()->push(new QUndoCommand); // any change makes the overview look at the diagram again
    QTest::qWait(DiagramOverview::kSketchRefreshMs + 100);
    ASSERT_TRUE(overview.isSketching());
    const QRectF shown = overview.mapToScene(overview.viewport()->rect()).boundingRect();
    EXPECT_TRUE(shown.contains(view.diagramScene()->cardsBoundingRect()));
    // A card is its header strip in its header colour (under the overview's tint of what the main view shows).
    const auto tinted = [](const QColor &pixel, const QColor &colour) {
        return std::abs(pixel.hsvHue() - colour.hsvHue()) <= 8 && pixel.hsvSaturation() > 80;
    };
    const auto headerPixel = [&](const char *table) {
        const QRectF card = view.diagramScene()->card(id(table))->sceneCardRect();
        const QPoint at = overview.mapFromScene(QPointF(card.center().x(), card.top() + 4));
        return overview.viewport()->grab().toImage().pixelColor(at);
    };
    const QColor users = diagramtheme::headerColor(document.layout().item(id("users")).color, QStringLiteral("users"));
    EXPECT_TRUE(tinted(headerPixel("users"), users)) << headerPixel("users").name().toStdString();

    // Moved, the card shows at its new place once the refresh has come, not for every frame before.
    ASSERT_TRUE(SchemaEditor(&document).moveLayoutItems({{id("users"), QPointF(900, 700)}}));
    const QRectF moved = view.diagramScene()->card(id("users"))->sceneCardRect();
    const QPoint at = overview.mapFromScene(QPointF(moved.center().x(), moved.top() + 4));
    QApplication::processEvents();
    EXPECT_FALSE(tinted(overview.viewport()->grab().toImage().pixelColor(at), users));
    QTest::qWait(DiagramOverview::kSketchRefreshMs + 100);
    EXPECT_TRUE(tinted(headerPixel("users"), users)) << headerPixel("users").name().toStdString();
}

TEST(DiagramArrange, AlignLeftMovesEveryCardToTheLeftmostEdge)
{
    const QMap<Id, QRectF> cards{{id("a"), QRectF(10, 0, 100, 50)}, {id("b"), QRectF(50, 100, 80, 50)}};
    const auto p = diagramarrange::align(cards, Qt::AlignLeft);
    EXPECT_EQ(p.value(id("a")), QPointF(10, 0));
    EXPECT_EQ(p.value(id("b")), QPointF(10, 100));
    const auto bottom = diagramarrange::align(cards, Qt::AlignBottom);
    EXPECT_EQ(bottom.value(id("a")), QPointF(10, 100));
}

TEST(DiagramArrange, DistributeLeavesEqualGapsAndKeepsTheOuterCards)
{
    const QMap<Id, QRectF> cards{
        {id("a"), QRectF(0, 0, 100, 50)}, {id("b"), QRectF(130, 0, 50, 50)}, {id("c"), QRectF(400, 0, 100, 50)}};
    const auto p = diagramarrange::distribute(cards, Qt::Horizontal);
    EXPECT_EQ(p.value(id("a")), QPointF(0, 0));
    EXPECT_EQ(p.value(id("b")), QPointF(225, 0)); // gaps of 125 on both sides
    EXPECT_EQ(p.value(id("c")), QPointF(400, 0));
}

TEST(DiagramArrange, ViewAlignsTheSelectionInOneUndoStep)
{
    SchemaDocument document(tw::test::diagramProject());
    DiagramView view(&document);
    view.selectTables({id("users"), id("posts")});
    view.alignSelected(Qt::AlignTop);
    EXPECT_EQ(document.undoStack()->count(), 0); // both already at y = 0: nothing to push
    view.selectTables({id("posts"), id("tags")});
    view.alignSelected(Qt::AlignLeft | Qt::AlignTop);
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.layout().item(id("tags")).position, QPointF(400, 0));
}
