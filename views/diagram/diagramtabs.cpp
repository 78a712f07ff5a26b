// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/diagram/diagramtabs.h"

#include "model/commands/diagrameditor.h"
#include "model/document/schemadocument.h"

#include <QContextMenuEvent>
#include <QInputDialog>
#include <QMenu>

#include <algorithm>

namespace tw::views {

using model::Id;

DiagramTabs::DiagramTabs(model::SchemaDocument *document, QWidget *parent)
    : QTabBar(parent)
    , m_document(document)
{
    setDocumentMode(true);
    setDrawBase(false);
    setExpanding(false);
    setElideMode(Qt::ElideRight);
    setUsesScrollButtons(true);
    connect(document, &model::SchemaDocument::projectReset, this, &DiagramTabs::sync);
    connect(document, &model::SchemaDocument::subDiagramsChanged, this, &DiagramTabs::sync);
    connect(document, &model::SchemaDocument::activeDiagramChanged, this, &DiagramTabs::sync);
    connect(this, &QTabBar::currentChanged, this, [this](int index) {
        if (!m_syncing)
            m_document->setActiveDiagram(diagramAt(index));
    });
    sync();
}

Id DiagramTabs::diagramAt(int index) const
{
    return index < 0 ? Id() : Id(tabData(index).toString());
}

void DiagramTabs::sync()
{
    m_syncing = true;
    const auto &subDiagrams = m_document->layout().subDiagrams;
    QList<Id> ids = subDiagrams.keys();
    std::sort(ids.begin(), ids.end(), [&subDiagrams](const Id &a, const Id &b) {
        const int order = subDiagrams.value(a).name.compare(subDiagrams.value(b).name, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a < b;
    });
    while (count() > 0)
        removeTab(count() - 1);
    addTab(QStringLiteral("All tables"));
    setTabData(0, QString());
    setTabToolTip(0, QStringLiteral("Every table of the project"));
    for (const Id &id : std::as_const(ids)) {
        const model::SubDiagram &sub = subDiagrams.value(id);
        const int index = addTab(sub.name);
        setTabData(index, id.toString());
        const auto shown = std::count_if(sub.positions.keyBegin(), sub.positions.keyEnd(), [this](const Id &card) {
            return m_document->schema().table(card) || m_document->schema().view(card); // not tables removed since
        });
        setTabToolTip(
            index, QStringLiteral("%1: %2 cards. Right-click to rename or delete the view.").arg(sub.name).arg(shown));
    }
    const int active = std::max(0, int(ids.indexOf(m_document->activeDiagram())) + 1);
    setCurrentIndex(m_document->activeDiagram().isNull() ? 0 : active);
    m_syncing = false;
    const bool shown = !ids.isEmpty();
    if (shown != isVisibleTo(parentWidget())) {
        setVisible(shown);
        Q_EMIT shownChanged(shown);
    }
}

void DiagramTabs::rename(const Id &diagram)
{
    const QString current = m_document->layout().subDiagrams.value(diagram).name;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, QStringLiteral("Rename Diagram View"), QStringLiteral("Name of the diagram view:"),
                              QLineEdit::Normal, current, &ok)
            .trimmed();
    if (ok && !name.isEmpty())
        model::DiagramEditor(m_document).renameSubDiagram(diagram, name);
}

void DiagramTabs::contextMenuEvent(QContextMenuEvent *event)
{
    const Id diagram = diagramAt(tabAt(event->pos()));
    if (diagram.isNull())
        return;
    QMenu menu(this);
    menu.addAction(QStringLiteral("Rename View…"), this, [this, diagram] { rename(diagram); });
    menu.addAction(QStringLiteral("Delete View"), this,
                   [this, diagram] { model::DiagramEditor(m_document).removeSubDiagram(diagram); });
    menu.exec(event->globalPos());
}

void DiagramTabs::mouseDoubleClickEvent(QMouseEvent *event)
{
    const Id diagram = diagramAt(tabAt(event->pos()));
    if (!diagram.isNull())
        rename(diagram);
    QTabBar::mouseDoubleClickEvent(event);
}

} // namespace tw::views
