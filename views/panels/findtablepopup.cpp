// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/panels/findtablepopup.h"

#include "model/document/schemadocument.h"
#include "views/common/icons.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace tw::views {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kColumnIdRole = Qt::UserRole + 2; ///< set on a column's entry
constexpr int kMatchRole = Qt::UserRole + 3;    ///< what the filter matches: the table's or the column's name

} // namespace

FindTablePopup::FindTablePopup(model::SchemaDocument *document, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_document(document)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_filter->setPlaceholderText(tr("Find table or column…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(icons::icon(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    m_filter->installEventFilter(this);
    m_list->setUniformItemSizes(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    resize(320, 300);
    connect(m_filter, &QLineEdit::textChanged, this, &FindTablePopup::applyFilter);
    connect(m_filter, &QLineEdit::returnPressed, this, &FindTablePopup::chooseCurrent);
    connect(m_list, &QListWidget::itemActivated, this, &FindTablePopup::chooseCurrent);
    connect(m_list, &QListWidget::itemClicked, this, &FindTablePopup::chooseCurrent);
}

void FindTablePopup::popup(QWidget *over)
{
    fill();
    m_filter->clear();
    applyFilter(QString());
    if (over) {
        const QPoint topCentre = over->mapToGlobal(QPoint(over->width() / 2, 0));
        move(topCentre.x() - width() / 2, topCentre.y() + 12);
    }
    show();
    m_filter->setFocus();
}

void FindTablePopup::fill()
{
    m_list->clear();
    for (const model::Table &table : m_document->schema().tables) {
        auto *item = new QListWidgetItem(table.name, m_list);
        item->setData(kIdRole, table.id.toString());
        item->setData(kMatchRole, table.name);
        if (!table.comment.isEmpty())
            item->setToolTip(table.comment);
    }
    // The columns after every table, so a table whose name matches comes first.
    for (const model::Table &table : m_document->schema().tables) {
        for (const model::Column &column : table.columns) {
            auto *item = new QListWidgetItem(QStringLiteral("%1.%2").arg(table.name, column.name), m_list);
            item->setData(kIdRole, table.id.toString());
            item->setData(kColumnIdRole, column.id.toString());
            item->setData(kMatchRole, column.name);
            item->setToolTip(tr("Column %1 of %2").arg(column.name, table.name));
        }
    }
}

void FindTablePopup::applyFilter(const QString &text)
{
    QListWidgetItem *first = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool column = item->data(kColumnIdRole).isValid();
        // An empty filter lists the tables only: every column of a big schema would bury them.
        const bool shown = (!column || !text.trimmed().isEmpty()) &&
                           item->data(kMatchRole).toString().contains(text.trimmed(), Qt::CaseInsensitive);
        item->setHidden(!shown);
        if (shown && !first)
            first = item;
    }
    m_list->setCurrentItem(first);
}

void FindTablePopup::chooseCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden())
        return;
    const model::Id id(item->data(kIdRole).toString());
    const model::Id column(item->data(kColumnIdRole).toString());
    hide();
    Q_EMIT tableChosen(id, column);
}

// Up and Down in the filter field move through the list, so the hands stay on the keyboard.
bool FindTablePopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace tw::views
