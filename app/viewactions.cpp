// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/viewactions.h"

#include "app/appsettings.h"
#include "app/userprompts.h"
#include "views/common/icons.h"
#include "views/diagram/diagramview.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>

#include <tuple>

namespace tw::app {

ViewActions::ViewActions(views::DiagramView *diagram, UserPrompts *prompts, QWidget *window)
    : QObject(window)
    , m_diagram(diagram)
    , m_prompts(prompts)
    , m_window(window)
{
    m_zoomIn = makeAction(QStringLiteral("zoom-in"), tr("Zoom &In"), QKeySequence::ZoomIn);
    connect(m_zoomIn, &QAction::triggered, diagram, &views::DiagramView::zoomIn);
    m_zoomOut = makeAction(QStringLiteral("zoom-out"), tr("Zoom &Out"), QKeySequence::ZoomOut);
    connect(m_zoomOut, &QAction::triggered, diagram, &views::DiagramView::zoomOut);
    m_zoomToFit = makeAction(QStringLiteral("zoom-fit"), tr("Zoom to &Fit"), QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoomToFit, &QAction::triggered, diagram, &views::DiagramView::zoomToFit);
    m_resetZoom = makeAction(QStringLiteral("zoom-reset"), tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_resetZoom, &QAction::triggered, diagram, &views::DiagramView::resetZoom);

    AppSettings settings;
    m_grid = makeAction(QStringLiteral("grid"), tr("Show &Grid"));
    m_grid->setCheckable(true);
    m_grid->setChecked(settings.gridVisible());
    diagram->setGridVisible(settings.gridVisible());
    connect(m_grid, &QAction::toggled, this, [this](bool on) {
        m_diagram->setGridVisible(on);
        AppSettings().setGridVisible(on);
    });
    m_snap = makeAction(QString(), tr("&Snap to Grid"));
    m_snap->setCheckable(true);
    m_snap->setChecked(settings.snapToGrid());
    diagram->setSnapToGrid(settings.snapToGrid());
    connect(m_snap, &QAction::toggled, this, [this](bool on) {
        m_diagram->setSnapToGrid(on);
        AppSettings().setSnapToGrid(on);
    });

    m_autoLayout = makeAction(QStringLiteral("auto-layout"), tr("Auto-&Layout"), QKeySequence(Qt::CTRL | Qt::Key_L));
    m_autoLayout->setStatusTip(tr("Arrange every table by its relationships (one undo step)"));
    connect(m_autoLayout, &QAction::triggered, diagram, &views::DiagramView::autoLayout);

    m_exportImage = makeAction(QStringLiteral("export-image"), tr("Export &Diagram…"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportImage->setStatusTip(tr("Save the whole diagram as a PNG image, an SVG drawing or a PDF document"));
    connect(m_exportImage, &QAction::triggered, this, &ViewActions::chooseAndExport);
    createArrangeMenus(window);
}

QAction *ViewActions::makeAction(const QString &icon, const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(icon.isEmpty() ? QIcon() : views::icons::icon(icon), text, this);
    action->setShortcut(shortcut);
    return action;
}

void ViewActions::createArrangeMenus(QWidget *window)
{
    m_align = new QMenu(tr("&Align"), window);
    const QList<std::tuple<QString, QString, Qt::Alignment>> alignments = {
        {QStringLiteral("align-left"), tr("&Left Edges"), Qt::AlignLeft},
        {QStringLiteral("align-hcenter"), tr("Horizontal &Centres"), Qt::AlignHCenter},
        {QStringLiteral("align-right"), tr("&Right Edges"), Qt::AlignRight},
        {QStringLiteral("align-top"), tr("&Top Edges"), Qt::AlignTop},
        {QStringLiteral("align-vcenter"), tr("&Vertical Centres"), Qt::AlignVCenter},
        {QStringLiteral("align-bottom"), tr("&Bottom Edges"), Qt::AlignBottom},
    };
    for (const auto &[icon, text, alignment] : alignments) {
        QAction *action = m_align->addAction(views::icons::icon(icon), text);
        const Qt::Alignment a = alignment;
        connect(action, &QAction::triggered, m_diagram, [this, a] { m_diagram->alignSelected(a); });
    }
    m_distribute = new QMenu(tr("&Distribute"), window);
    QAction *horizontal =
        m_distribute->addAction(views::icons::icon(QStringLiteral("distribute-horizontal")), tr("&Horizontally"));
    connect(horizontal, &QAction::triggered, m_diagram, [this] { m_diagram->distributeSelected(Qt::Horizontal); });
    QAction *vertical =
        m_distribute->addAction(views::icons::icon(QStringLiteral("distribute-vertical")), tr("&Vertically"));
    connect(vertical, &QAction::triggered, m_diagram, [this] { m_diagram->distributeSelected(Qt::Vertical); });
}

void ViewActions::chooseAndExport()
{
    const QString png = tr("PNG image (*.png)");
    const QString pdfPages = tr("PDF document, A4 pages for printing (*.pdf)");
    const QStringList filters = {png, tr("SVG drawing (*.svg)"), tr("PDF document (*.pdf)"), pdfPages};
    QString chosen;
    QString path = m_prompts->chooseSaveFile(m_window, QDir::home().filePath(QStringLiteral("diagram.png")),
                                             filters.join(QStringLiteral(";;")), &chosen);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty()) { // the suffix of the chosen filter: "(*.svg)" gives ".svg"
        const QString filter = chosen.isEmpty() ? png : chosen;
        path += filter.mid(filter.lastIndexOf(QLatin1Char('.'))).chopped(1);
    }
    exportImage(path, chosen == pdfPages ? views::PdfLayout::A4Pages : views::PdfLayout::OnePage);
}

bool ViewActions::exportImage(const QString &path, views::PdfLayout pdfLayout)
{
    if (m_diagram->renderToImage(path, pdfLayout))
        return true;
    m_prompts->showError(m_window, tr("Export failed"),
                         tr("Could not write the diagram to %1. Is the diagram empty, or the folder read-only?")
                             .arg(QDir::toNativeSeparators(path)));
    return false;
}

} // namespace tw::app
