// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/id.h"
#include "views/diagram/diagramexport.h"

#include <QGraphicsView>
#include <QList>

namespace tw::model {
class SchemaDocument;
struct Table;
} // namespace tw::model

namespace tw::views {

class DiagramScene;
class DiagramTabs;

/// The ER diagram widget the main window embeds: a view on a DiagramScene of @p document.
///
/// Mouse: drag a card's header to move it (the whole selection moves, one undo step), drag from a column row
/// onto another card to add a foreign key, drag on the canvas for rubber-band selection, Ctrl+wheel zooms,
/// wheel scrolls, middle-drag or Space+drag pans, double-click activates a table, right-click opens the card
/// menu (edit, delete, colour, many-to-many). Keys: arrows nudge the selection (Shift: by one pixel), and
/// consecutive nudges are one undo step.
class DiagramView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DiagramView(model::SchemaDocument *document, QWidget *parent = nullptr);
    ~DiagramView() override;

    DiagramScene *diagramScene() const { return m_scene; }
    /// The tab bar of diagram views above the canvas (hidden while there are none).
    DiagramTabs *diagramTabs() const { return m_tabs; }
    /// The current scale (1.0: 100 %).
    double zoom() const;
    bool isGridVisible() const { return m_gridVisible; }
    bool snapToGrid() const;
    QList<model::Id> selectedTableIds() const;
    QList<model::Id> selectedViewIds() const;

    /// Where a new card for @p table goes: in free space (no card or line under it, with room for a few more
    /// columns) next to the single selected card, or else nearest the middle of the view.
    QPointF placeForNewTable(const model::Table &table) const;

    /// Writes the whole diagram (not just the visible part) to @p path: PDF, SVG or a raster image by its suffix
    /// (exportDiagram, which this forwards to). False, with nothing written, when the diagram is empty or the file
    /// cannot be written.
    bool renderToImage(const QString &path, PdfLayout pdfLayout = PdfLayout::OnePage);

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    /// Fits every card into the view (never above 100 %).
    void zoomToFit();
    /// How a project opens: fitted, but never below kReadableZoom (75 %, where column names stay legible) nor above
    /// 100 %, centred on the cards. Until the user zooms, scrolls or clicks, a resize of the view (the window
    /// settling its docks after opening) fits and centres again.
    void zoomForReading();
    void resetZoom();
    void setZoom(double zoom);
    /// Selects exactly these tables (and emits selectionChanged).
    void selectTables(const QList<tw::model::Id> &tableIds);
    /// Scrolls so that the table's card is in the middle.
    void centerOn(const tw::model::Id &tableId);
    /// Lays out every table (model::autoLayout) as one undoable command.
    void autoLayout();
    /// Qt::AlignLeft/Right/HCenter/Top/Bottom/VCenter on the selected cards: one undoable command.
    void alignSelected(Qt::Alignment alignment);
    /// Equal gaps between three or more selected cards: one undoable command.
    void distributeSelected(Qt::Orientation orientation);
    void setGridVisible(bool visible);
    void setSnapToGrid(bool snap);
    /// Junction table between the two selected tables (one undo step). False unless exactly two are selected.
    bool createManyToMany();
    /// Removes the selected tables and what refers to them (one undo step).
    bool deleteSelected();
    /// A note in the middle of the visible canvas, opened for typing (one undo step).
    void addNote();
    /// Asks a name and makes a diagram view of the selected cards, then shows it. False when nothing is selected
    /// or the user cancels.
    bool newViewFromSelection();

Q_SIGNALS:
    void selectionChanged(const QList<tw::model::Id> &tableIds);
    /// A card was double-clicked or "Edit table…" chosen.
    void tableActivated(const tw::model::Id &tableId);
    /// A column's row was double-clicked: the window opens the table with that column selected.
    void columnActivated(const tw::model::Id &tableId, const tw::model::Id &columnId);
    void viewActivated(const tw::model::Id &viewId);
    void zoomChanged(double zoom);
    /// The visible part of the scene moved or was scaled (for DiagramOverview).
    void viewportChanged();

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void changeEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateSceneRect();
    void placeTabs();
    bool startPan(QMouseEvent *event);
    void fitForReading();

    DiagramScene *m_scene;
    DiagramTabs *m_tabs;
    bool m_gridVisible = true;
    bool m_spaceHeld = false;
    bool m_panning = false;
    bool m_refitOnResize = false; ///< see zoomForReading()
    QPoint m_panOrigin;
};

} // namespace tw::views
