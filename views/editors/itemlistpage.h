// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QWidget>

class QTableView;
class QToolButton;

namespace tw::model {
class TableItemModel;
}

namespace tw::views {

/// One tab of the table editor: a table view over a TableItemModel with Add, Remove, Move up and Move down
/// buttons, each also a key while the list has the focus (Ctrl+Enter or Insert, Ctrl+Delete, Alt+Up, Alt+Down;
/// the buttons' tooltips say so). Rows also reorder by drag and drop. Every button is one command on the
/// document's stack.
class ItemListPage : public QWidget
{
    Q_OBJECT

public:
    explicit ItemListPage(model::TableItemModel *model, QWidget *parent = nullptr);

    model::TableItemModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// Selects and shows @p row (e.g. the culprit of a problem).
    void selectRow(int row);

    /// Adds an item and starts editing its name.
    void addItem();
    void removeCurrent();
    void moveCurrent(int delta);

    static QKeySequence addKeys();
    static QKeySequence removeKeys();

private:
    void addShortcuts();
    int currentRow() const;
    void updateButtons();

    model::TableItemModel *m_model;
    QTableView *m_view;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
};

} // namespace tw::views
