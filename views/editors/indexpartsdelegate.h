// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class QLineEdit;
class QMenu;

namespace tw::views {

/// Edits an index's columns and expressions: a text field (`email, lower("name")`, as CREATE INDEX lists them)
/// with a column picker at its end. The picker's menu lists the table's columns, checked when the index uses
/// them; choosing one adds it to the end of the list or takes it out, expressions stay as typed.
class IndexPartsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// The picker of @p editor (for tests: its actions are the columns).
    static QMenu *pickerMenu(QLineEdit *editor);
    /// @p text with the column @p name added at the end, or removed when it is there.
    static QString toggled(const QString &text, const QString &name);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace tw::views
