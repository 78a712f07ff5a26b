// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/editors/indexpartsdelegate.h"

#include "model/itemmodels/columnlist.h"
#include "model/itemmodels/tableitemmodel.h"
#include "views/common/icons.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>

namespace tw::views {
namespace {

const char *const kPickerProperty = "columnPicker";

QStringList terms(const QString &text)
{
    QStringList result;
    for (const QString &term : model::columnlist::splitTopLevel(text)) {
        if (!term.trimmed().isEmpty())
            result << term.trimmed();
    }
    return result;
}

} // namespace

QString IndexPartsDelegate::toggled(const QString &text, const QString &name)
{
    QStringList list = terms(text);
    if (!list.removeAll(name))
        list << name;
    return list.join(QStringLiteral(", "));
}

QMenu *IndexPartsDelegate::pickerMenu(QLineEdit *editor)
{
    return editor->property(kPickerProperty).value<QMenu *>();
}

QWidget *IndexPartsDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *field = new QLineEdit(parent);
    field->setPlaceholderText(tr("columns or expressions, comma-separated"));
    auto *menu = new QMenu(field);
    auto *self = const_cast<IndexPartsDelegate *>(this);
    const QStringList columns = index.data(model::TableItemModel::ChoicesRole).toStringList();
    for (const QString &name : columns) {
        QAction *action = menu->addAction(name);
        action->setCheckable(true);
        // A pick is an edit of its own (one undo step), as a pick in the table editor's other lists is.
        connect(action, &QAction::triggered, field, [self, field, name] {
            field->setText(toggled(field->text(), name));
            Q_EMIT self->commitData(field);
        });
    }
    // The checks follow the text, typed or picked, each time the menu opens.
    connect(menu, &QMenu::aboutToShow, field, [field, menu] {
        const QStringList used = terms(field->text());
        for (QAction *action : menu->actions())
            action->setChecked(used.contains(action->text()));
    });
    QAction *pick = field->addAction(icons::icon(QStringLiteral("pick-columns")), QLineEdit::TrailingPosition);
    pick->setToolTip(tr("Pick the index's columns"));
    connect(pick, &QAction::triggered, field, [field, menu] {
        menu->popup(field->mapToGlobal(field->rect().bottomRight()) - QPoint(menu->sizeHint().width(), 0));
    });
    field->setProperty(kPickerProperty, QVariant::fromValue(menu));
    return field;
}

void IndexPartsDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<QLineEdit *>(editor)->setText(index.data(Qt::EditRole).toString());
}

void IndexPartsDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const QString text = static_cast<QLineEdit *>(editor)->text();
    if (text != index.data(Qt::EditRole).toString())
        model->setData(index, text, Qt::EditRole);
}

} // namespace tw::views
