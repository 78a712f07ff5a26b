// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsScene>
#include <QGraphicsView>
#include <QPixmap>
#include <QPointer>
#include <QTimer>

namespace tw::views {

class DiagramView;

/// A minimap of a DiagramView for large schemas: the same scene, scaled to fit, with the main view's visible
/// area drawn on top. Click or drag in it to move the main view there. Read-only: it never selects or edits.
/// From kSketchFromCards cards on it shows a sketch of the diagram instead (paintOverviewSketch), drawn again at
/// most every kSketchRefreshMs while the diagram changes: painting two thousand cards and lines for every frame of
/// a drag would hold the window longer than the frame.
class DiagramOverview : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DiagramOverview(DiagramView *view, QWidget *parent = nullptr);

    /// The part of the scene the main view shows, in scene coordinates.
    QRectF visibleSceneRect() const;
    QSize sizeHint() const override { return {240, 180}; }

    static constexpr int kSketchFromCards = 300;
    static constexpr int kSketchRefreshMs = 250;
    void setSketchFromCards(int cards) { m_sketchFromCards = cards; }
    /// Whether it shows the sketch rather than the scene's items.
    bool isSketching() const { return m_sketching; }

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitDiagram();
    void onSceneChanged();
    void navigate(const QPoint &viewportPos);

    QPointer<DiagramView> m_view;
    bool m_dragging = false;
    int m_sketchFromCards = kSketchFromCards;
    bool m_sketching = false;
    QGraphicsScene m_canvas; ///< shown while sketching: no items, only the diagram's extent
    QPixmap m_sketch;        ///< the sketch as last drawn, in viewport pixels
    QTimer m_refresh;        ///< draws the sketch again after the diagram changed
};

} // namespace tw::views
