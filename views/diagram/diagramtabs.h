// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/id.h"

#include <QTabBar>

namespace tw::model {
class SchemaDocument;
} // namespace tw::model

namespace tw::views {

/// The tab bar above the diagram: "All tables" and one tab per diagram view (model::SubDiagram), sorted by name.
/// Choosing a tab shows that diagram (SchemaDocument::setActiveDiagram); a tab's context menu renames or deletes
/// its view (one undo step each), and a double-click renames. Hidden while the project has no diagram views, so
/// a project without them keeps all of its room for the diagram.
class DiagramTabs : public QTabBar
{
    Q_OBJECT

public:
    explicit DiagramTabs(model::SchemaDocument *document, QWidget *parent = nullptr);

    /// The diagram of tab @p index: a SubDiagram id, null for "All tables".
    model::Id diagramAt(int index) const;

Q_SIGNALS:
    /// The bar was shown or hidden: the diagram makes room for it or takes the room back.
    void shownChanged(bool shown);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    void sync();
    void rename(const model::Id &diagram);

    model::SchemaDocument *m_document;
    bool m_syncing = false;
};

} // namespace tw::views
