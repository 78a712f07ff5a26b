// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/help/shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tw::views {

ShortcutsDialog::ShortcutsDialog(const QList<ShortcutGroup> &groups, QWidget *parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_search->setPlaceholderText(tr("Search an action or a key (\u201ctable\u201d, \u201cctrl+d\u201d)"));
    m_search->setClearButtonEnabled(true);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Keys")});
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setFocusPolicy(Qt::NoFocus);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    for (const ShortcutGroup &group : groups) {
        auto *heading = new QTreeWidgetItem(m_tree, {group.title});
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        heading->setFirstColumnSpanned(true);
        heading->setFlags(Qt::ItemIsEnabled);
        for (const Shortcut &shortcut : group.shortcuts)
            new QTreeWidgetItem(heading, {shortcut.action, shortcut.keys});
    }
    m_tree->expandAll();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(660, 700);
}

void ShortcutsDialog::filter(const QString &text)
{
    const QString wanted = text.trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        const bool groupMatches = group->text(0).contains(wanted, Qt::CaseInsensitive);
        bool any = false;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *row = group->child(i);
            const bool match = groupMatches || row->text(0).contains(wanted, Qt::CaseInsensitive) ||
                               row->text(1).contains(wanted, Qt::CaseInsensitive);
            row->setHidden(!match);
            any = any || match;
        }
        group->setHidden(!any);
    }
}

} // namespace tw::views
