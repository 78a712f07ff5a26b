// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clipboardactions.h"

#include "model/commands/schemaeditor.h"
#include "model/commands/tableclipboard.h"
#include "model/document/schemadocument.h"
#include "views/diagram/diagramview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMimeData>

namespace tw::app {

ClipboardActions::ClipboardActions(model::SchemaDocument *document, views::DiagramView *diagram, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_diagram(diagram)
    , m_copy(new QAction(tr("&Copy Tables"), this))
    , m_paste(new QAction(tr("&Paste Tables"), this))
{
    // Only while the diagram has focus: Ctrl+C and Ctrl+V in a text field stay the field's.
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copy->setStatusTip(tr("Put the selected tables on the clipboard, to paste here or in another project"));
    diagram->addAction(m_copy);
    connect(m_copy, &QAction::triggered, this, &ClipboardActions::copySelected);
    m_paste->setShortcut(QKeySequence::Paste);
    m_paste->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_paste->setStatusTip(tr("Add the copied tables; their foreign keys follow the tables of the same name here"));
    diagram->addAction(m_paste);
    connect(m_paste, &QAction::triggered, this, &ClipboardActions::paste);
    connect(diagram, &views::DiagramView::selectionChanged, this, &ClipboardActions::updateActions);
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this, &ClipboardActions::updateActions);
    updateActions();
}

void ClipboardActions::updateActions()
{
    m_copy->setEnabled(!m_diagram->selectedTableIds().isEmpty());
    const QMimeData *data = QApplication::clipboard()->mimeData();
    m_paste->setEnabled(data && data->hasFormat(QLatin1String(model::tableclipboard::kMimeType)));
}

bool ClipboardActions::copySelected()
{
    const QList<model::Id> ids = m_diagram->selectedTableIds();
    const QByteArray bytes = model::tableclipboard::copy(m_document->project(), ids);
    if (bytes.isEmpty())
        return false;
    auto *data = new QMimeData;
    data->setData(QLatin1String(model::tableclipboard::kMimeType), bytes);
    data->setText(QString::fromUtf8(bytes)); // readable where only text is pasted
    QApplication::clipboard()->setMimeData(data);
    Q_EMIT statusMessage(tr("Copied %n table(s)", "", int(ids.size())));
    return true;
}

bool ClipboardActions::paste()
{
    const QMimeData *data = QApplication::clipboard()->mimeData();
    if (!data || !data->hasFormat(QLatin1String(model::tableclipboard::kMimeType))) {
        Q_EMIT statusMessage(tr("The clipboard holds no copied tables"));
        return false;
    }
    const QPointF at = m_diagram->mapToScene(m_diagram->viewport()->rect().center()) - QPointF(120, 80);
    const auto pasted = model::tableclipboard::paste(data->data(QLatin1String(model::tableclipboard::kMimeType)),
                                                     m_document->schema(), at);
    if (!pasted) {
        Q_EMIT statusMessage(pasted.error());
        return false;
    }
    const QList<model::Id> ids =
        model::SchemaEditor(m_document).pasteTables(pasted.value().tables, pasted.value().layout);
    if (ids.isEmpty())
        return false;
    m_diagram->selectTables(ids);
    const QStringList &dropped = pasted.value().droppedKeys;
    Q_EMIT statusMessage(
        dropped.isEmpty()
            ? tr("Pasted %n table(s)", "", int(ids.size()))
            : tr("Pasted %n table(s); left out foreign keys to tables this project lacks: %1", "", int(ids.size()))
                  .arg(dropped.join(QStringLiteral(", "))));
    return true;
}

} // namespace tw::app
