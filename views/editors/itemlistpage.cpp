// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/editors/itemlistpage.h"

#include "model/itemmodels/tableitemmodel.h"
#include "views/common/icons.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace tw::views {
namespace {

QToolButton *makeButton(const QString &iconName, const QString &text, const QKeySequence &keys, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setIcon(icons::icon(iconName));
    button->setText(text);
    button->setToolTip(QStringLiteral("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText)));
    button->setAutoRaise(true);
    button->setToolButtonStyle(button->icon().isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
    return button;
}

} // namespace

ItemListPage::ItemListPage(model::TableItemModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_add(makeButton(QStringLiteral("row-add"), tr("Add"), addKeys(), this))
    , m_remove(makeButton(QStringLiteral("row-remove"), tr("Remove"), removeKeys(), this))
    , m_up(makeButton(QStringLiteral("row-up"), tr("Move up"), QKeySequence(Qt::ALT | Qt::Key_Up), this))
    , m_down(makeButton(QStringLiteral("row-down"), tr("Move down"), QKeySequence(Qt::ALT | Qt::Key_Down), this))
{
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                            QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDragDropOverwriteMode(false);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(2);
    for (QToolButton *button : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(button);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    addShortcuts();
    connect(m_add, &QToolButton::clicked, this, &ItemListPage::addItem);
    connect(m_remove, &QToolButton::clicked, this, &ItemListPage::removeCurrent);
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ItemListPage::updateButtons);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ItemListPage::updateButtons);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ItemListPage::updateButtons);
    connect(model, &QAbstractItemModel::rowsMoved, this, &ItemListPage::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &ItemListPage::updateButtons);
    updateButtons();
}

QKeySequence ItemListPage::addKeys()
{
    return QKeySequence(Qt::CTRL | Qt::Key_Return);
}

QKeySequence ItemListPage::removeKeys()
{
    return QKeySequence(Qt::CTRL | Qt::Key_Delete);
}

// The buttons' work from the keyboard, while the list (or an editor in it) has the focus: adding starts editing the
// new item's name, so a column is Ctrl+Enter, a name, Tab to its type.
void ItemListPage::addShortcuts()
{
    const auto add = [this](const QList<QKeySequence> &keys, const std::function<void()> &work) {
        auto *action = new QAction(this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, work);
        m_view->addAction(action);
    };
    add({addKeys(), QKeySequence(Qt::CTRL | Qt::Key_Enter), QKeySequence(Qt::Key_Insert)}, [this] {
        if (m_add->isEnabled())
            addItem();
    });
    add({removeKeys()}, [this] {
        if (m_remove->isEnabled())
            removeCurrent();
    });
    add({QKeySequence(Qt::ALT | Qt::Key_Up)}, [this] { moveCurrent(-1); });
    add({QKeySequence(Qt::ALT | Qt::Key_Down)}, [this] { moveCurrent(1); });
}

int ItemListPage::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ItemListPage::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
}

void ItemListPage::addItem()
{
    const int row = m_model->addItem();
    if (row < 0)
        return;
    const QModelIndex name = m_model->index(row, 0);
    m_view->setCurrentIndex(name);
    m_view->scrollTo(name);
    m_view->edit(name);
}

void ItemListPage::removeCurrent()
{
    const int row = currentRow();
    if (row >= 0 && m_model->removeItemAt(row))
        selectRow(std::min(row, m_model->rowCount() - 1));
}

void ItemListPage::moveCurrent(int delta)
{
    const int row = currentRow();
    const int column = std::max(0, m_view->currentIndex().column());
    if (row >= 0 && m_model->moveItem(row, row + delta))
        m_view->setCurrentIndex(m_model->index(row + delta, column));
}

void ItemListPage::updateButtons()
{
    const int row = currentRow();
    const int rows = m_model->rowCount();
    m_add->setEnabled(m_model->table() != nullptr);
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < rows - 1);
}

} // namespace tw::views
