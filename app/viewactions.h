// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/diagram/diagramexport.h"

#include <QKeySequence>
#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace tw::views {
class DiagramView;
}

namespace tw::app {

class UserPrompts;

/// The View and Arrange menus: zoom, grid, auto-layout, align and distribute, and exporting the diagram (PNG, SVG
/// or PDF). Grid settings are remembered in AppSettings.
class ViewActions : public QObject
{
    Q_OBJECT

public:
    ViewActions(views::DiagramView *diagram, UserPrompts *prompts, QWidget *window);

    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *zoomToFitAction() const { return m_zoomToFit; }
    QAction *resetZoomAction() const { return m_resetZoom; }
    QAction *gridAction() const { return m_grid; }
    QAction *snapAction() const { return m_snap; }
    QAction *autoLayoutAction() const { return m_autoLayout; }
    QAction *exportImageAction() const { return m_exportImage; }
    /// Align left/centre/right/top/middle/bottom.
    QMenu *alignMenu() const { return m_align; }
    QMenu *distributeMenu() const { return m_distribute; }

    /// Writes the diagram to @p path (PNG, SVG or PDF by its suffix; @p pdfLayout for a PDF) through
    /// views::exportDiagram, as `tablewright render` does; reports a failure naming the file.
    bool exportImage(const QString &path, views::PdfLayout pdfLayout = views::PdfLayout::OnePage);

private:
    /// Export Diagram: asks for the file and its kind (the PDF filters choose one page or A4 pages), then exports.
    void chooseAndExport();
    QAction *makeAction(const QString &icon, const QString &text, const QKeySequence &shortcut = {});
    void createArrangeMenus(QWidget *window);

    views::DiagramView *m_diagram;
    UserPrompts *m_prompts;
    QWidget *m_window;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_zoomToFit;
    QAction *m_resetZoom;
    QAction *m_grid;
    QAction *m_snap;
    QAction *m_autoLayout;
    QAction *m_exportImage;
    QMenu *m_align = nullptr;
    QMenu *m_distribute = nullptr;
};

} // namespace tw::app
