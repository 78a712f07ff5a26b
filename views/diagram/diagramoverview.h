// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>
#include <QPointer>

namespace tw::views {

class DiagramView;

/// A minimap of a DiagramView for large schemas: the same scene, scaled to fit, with the main view's visible
/// area drawn on top. Click or drag in it to move the main view there. Read-only: it never selects or edits.
class DiagramOverview : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DiagramOverview(DiagramView *view, QWidget *parent = nullptr);

    /// The part of the scene the main view shows, in scene coordinates.
    QRectF visibleSceneRect() const;
    QSize sizeHint() const override { return {240, 180}; }

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
    void navigate(const QPoint &viewportPos);

    QPointer<DiagramView> m_view;
    bool m_dragging = false;
};

} // namespace tw::views
