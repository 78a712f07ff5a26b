// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/diagram/diagramexport.h"

#include "model/document/schemadocument.h"
#include "model/io/atomicfile.h"
#include "views/diagram/diagramscene.h"
#include "views/diagram/diagramtheme.h"

#include <QDir>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QScreen>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <utility>

namespace tw::views {
namespace {

/// PNG exports are drawn at twice the scene's size, but no side longer than this and no more pixels than that: a
/// 1,000-table diagram would otherwise need gigabytes of memory (1.9 GB measured) and most image viewers refuse
/// such files. 48 megapixels of 4 bytes keep the export under 400 MB with the encoder's buffers; SVG and PDF stay
/// vector for a larger picture.
constexpr double kMaxImageSide = 16384;
constexpr double kMaxImagePixels = 48e6;
/// zlib's level for PNG (Qt maps quality 0..100 to levels 9..0): level 3 writes a diagram's flat colours nearly as
/// small as the default level 6, in a fraction of the time.
constexpr int kPngQuality = 70;
/// The largest PDF page side (200 inches) every reader opens, Acrobat included: a one-page PDF of a larger diagram
/// is scaled down to it (still vector, so a reader zooms back in without loss).
constexpr double kMaxPdfPagePoints = 14400;
/// A4 pages: the paper's margin, the strip that repeats on the next page (so that taped pages line up) and the
/// footer with the page number below the drawing (both in scene units, that is at 100 %).
constexpr double kPageMarginMm = 10;
constexpr double kPageOverlap = 24;
constexpr double kFooterHeight = 24;

/// The scene as it should be exported, for the object's lifetime: no selection (exports never show one) and no item
/// caches (a cached card would reach an SVG or a PDF as a bitmap instead of shapes and text).
class ExportState
{
public:
    explicit ExportState(DiagramScene &scene)
        : m_scene(scene)
        , m_selection(scene.selectedTableIds())
    {
        m_scene.selectTables({});
        const QList<QGraphicsItem *> items = m_scene.items();
        for (QGraphicsItem *item : items) {
            if (item->cacheMode() == QGraphicsItem::NoCache)
                continue;
            m_cached.append({item, item->cacheMode()});
            item->setCacheMode(QGraphicsItem::NoCache);
        }
    }
    ~ExportState()
    {
        for (const auto &[item, mode] : std::as_const(m_cached))
            item->setCacheMode(mode);
        m_scene.selectTables(m_selection);
    }
    ExportState(const ExportState &) = delete;
    ExportState &operator=(const ExportState &) = delete;

private:
    DiagramScene &m_scene;
    QList<model::Id> m_selection;
    QList<std::pair<QGraphicsItem *, QGraphicsItem::CacheMode>> m_cached;
};

/// The PDF's title: the project file's name, or "Diagram" for a project never saved.
QString diagramTitle(const DiagramScene &scene)
{
    const QString file = scene.document() ? scene.document()->filePath() : QString();
    const QString name = QFileInfo(QDir::cleanPath(file)).completeBaseName();
    return name.isEmpty() ? QStringLiteral("Diagram") : name;
}

/// Dots per inch at which the cards measured their text (their fonts have point sizes): a PDF drawn at this
/// resolution puts every word exactly where the card made room for it, and one scene unit is one CSS pixel.
int sceneDotsPerInch()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    return screen ? qRound(screen->logicalDotsPerInchY()) : 96;
}

/// Draws @p source of the scene at 100 % with its top-left corner at the painter's origin, on the canvas colour.
void drawDiagram(QPainter &painter, DiagramScene &scene, const QRectF &source)
{
    const QRectF target(QPointF(0, 0), source.size());
    painter.fillRect(target, diagramtheme::canvasColor());
    scene.render(&painter, target, source);
}

QString writeSvg(QIODevice &device, DiagramScene &scene, const QRectF &source)
{
    QSvgGenerator generator;
    generator.setOutputDevice(&device);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    generator.setTitle(diagramTitle(scene));
    QPainter painter;
    if (!painter.begin(&generator))
        return QStringLiteral("cannot draw the SVG");
    drawDiagram(painter, scene, source);
    return painter.end() ? QString() : QStringLiteral("cannot finish the SVG");
}

QString writeImage(QIODevice &device, DiagramScene &scene, const QRectF &source, const QByteArray &format)
{
    const double scale = std::min({2.0, kMaxImageSide / std::max(source.width(), source.height()),
                                   std::sqrt(kMaxImagePixels / (source.width() * source.height()))});
    const QSize size(int(std::floor(source.width() * scale)), int(std::floor(source.height() * scale)));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(diagramtheme::canvasColor());
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(image.rect()), source);
    painter.end();
    const int quality = format.compare("png", Qt::CaseInsensitive) == 0 ? kPngQuality : -1;
    return image.save(&device, format.constData(), quality) ? QString() : QStringLiteral("cannot encode the image");
}

/// One page the size of the diagram (scaled down only beyond kMaxPdfPagePoints).
QString writeOnePagePdf(QPdfWriter &writer, DiagramScene &scene, const QRectF &source)
{
    const double pointsPerUnit = 72.0 / writer.resolution();
    const double scale = std::min(1.0, kMaxPdfPagePoints / (std::max(source.width(), source.height()) * pointsPerUnit));
    const QSizeF page = source.size() * pointsPerUnit * scale;
    writer.setPageLayout(QPageLayout(QPageSize(page, QPageSize::Point, QString(), QPageSize::ExactMatch),
                                     QPageLayout::Portrait, QMarginsF()));
    QPainter painter;
    if (!painter.begin(&writer))
        return QStringLiteral("cannot draw the PDF");
    painter.scale(scale, scale);
    drawDiagram(painter, scene, source);
    return painter.end() ? QString() : QStringLiteral("cannot finish the PDF");
}

/// One A4 page's part of the diagram and where it sits in the grid of pages (from 1), for its footer.
struct PageTile
{
    QRectF source;
    int row = 0;
    int column = 0;
};

/// Row by row, the parts of @p source that go on pages whose drawing area is @p tile, each sharing kPageOverlap
/// with its neighbours. Parts with nothing on them are left out (a tall diagram would otherwise print mostly blank
/// paper); the others keep their row and column, so that the printed pages still fit together.
QList<PageTile> pageTiles(const DiagramScene &scene, const QRectF &source, const QSizeF &tile)
{
    const double stepX = tile.width() - kPageOverlap;
    const double stepY = tile.height() - kPageOverlap;
    const int columns = std::max(1, int(std::ceil((source.width() - kPageOverlap) / stepX)));
    const int rows = std::max(1, int(std::ceil((source.height() - kPageOverlap) / stepY)));
    QList<PageTile> tiles;
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            const QRectF part(source.left() + column * stepX, source.top() + row * stepY, tile.width(), tile.height());
            if (!scene.items(part, Qt::IntersectsItemShape).isEmpty())
                tiles.append({part.intersected(source), row + 1, column + 1});
        }
    }
    return tiles;
}

/// A4 landscape pages at 100 %, left to right then top to bottom, each numbered in its footer.
QString writeA4Pdf(QPdfWriter &writer, DiagramScene &scene, const QRectF &source)
{
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(kPageMarginMm, kPageMarginMm, kPageMarginMm, kPageMarginMm),
                                     QPageLayout::Millimeter));
    const QSizeF paper = writer.pageLayout().paintRectPixels(writer.resolution()).size();
    const QSizeF tile(paper.width(), paper.height() - kFooterHeight);
    const QList<PageTile> tiles = pageTiles(scene, source, tile);
    const QString title = diagramTitle(scene);
    QPainter painter;
    if (!painter.begin(&writer))
        return QStringLiteral("cannot draw the PDF");
    for (int i = 0; i < tiles.size(); ++i) {
        if (i > 0 && !writer.newPage())
            return QStringLiteral("cannot start page %1").arg(i + 1);
        painter.save();
        painter.setClipRect(QRectF(QPointF(0, 0), tiles[i].source.size()));
        drawDiagram(painter, scene, tiles[i].source);
        painter.restore();
        painter.setFont(diagramtheme::typeFont());
        painter.setPen(Qt::darkGray);
        const QString footer = QStringLiteral("%1 — page %2 of %3 (row %4, column %5)")
                                   .arg(title)
                                   .arg(i + 1)
                                   .arg(tiles.size())
                                   .arg(tiles[i].row)
                                   .arg(tiles[i].column);
        painter.drawText(QRectF(0, tile.height(), paper.width(), kFooterHeight), Qt::AlignRight | Qt::AlignBottom,
                         footer);
    }
    return painter.end() ? QString() : QStringLiteral("cannot finish the PDF");
}

QString writePdf(QIODevice &device, DiagramScene &scene, const QRectF &source, PdfLayout layout)
{
    QPdfWriter writer(&device);
    writer.setResolution(sceneDotsPerInch());
    writer.setTitle(diagramTitle(scene));
    writer.setCreator(QStringLiteral("Tablewright"));
    return layout == PdfLayout::A4Pages ? writeA4Pdf(writer, scene, source) : writeOnePagePdf(writer, scene, source);
}

} // namespace

bool exportDiagram(DiagramScene &scene, const QString &path, PdfLayout pdfLayout)
{
    scene.settleLanes();
    const QRectF bounds = scene.cardsBoundingRect();
    if (bounds.isEmpty())
        return false;
    const QRectF source = bounds.adjusted(-kRenderMargin, -kRenderMargin, kRenderMargin, kRenderMargin);
    const QString suffix = QFileInfo(path).suffix().toLower();
    const ExportState exporting(scene);
    QString error;
    return model::AtomicFile::write(
        path,
        [&](QIODevice &device) {
            if (suffix == QLatin1String("pdf"))
                return writePdf(device, scene, source, pdfLayout);
            if (suffix == QLatin1String("svg"))
                return writeSvg(device, scene, source);
            return writeImage(device, scene, source, suffix.isEmpty() ? QByteArray("png") : suffix.toLatin1());
        },
        &error);
}

} // namespace tw::views
