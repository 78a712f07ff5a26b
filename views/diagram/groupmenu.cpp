// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/diagram/groupmenu.h"

#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"

#include <QInputDialog>

#include <algorithm>

namespace tw::views {
namespace {

QString askWithDialog(QWidget *parent)
{
    return QInputDialog::getText(parent, GroupMenu::tr("New Group"),
                                 GroupMenu::tr("Group name (also the folder of its exported code):"));
}

} // namespace

GroupMenu::GroupMenu(model::SchemaDocument *document, const QList<model::Id> &tableIds, QWidget *parent,
                     NameQuestion askName)
    : QMenu(tr("&Group"), parent)
    , m_document(document)
    , m_tableIds(tableIds)
{
    const auto inGroup = [this](const QString &group) {
        return std::all_of(m_tableIds.cbegin(), m_tableIds.cend(),
                           [&](const model::Id &id) { return m_document->layout().item(id).group == group; });
    };
    for (const QString &group : document->layout().groups()) {
        QAction *action = addAction(group, this, [this, group] { assign(group); });
        action->setCheckable(true);
        action->setChecked(inGroup(group));
    }
    if (!isEmpty())
        addSeparator();
    QAction *none = addAction(tr("&No Group"), this, [this] { assign({}); });
    none->setCheckable(true);
    none->setChecked(inGroup({}));
    addAction(tr("New Group…"), this, [this, parent, ask = askName ? askName : NameQuestion(&askWithDialog)] {
        const QString name = ask(parent).trimmed();
        if (!name.isEmpty())
            assign(name);
    });
}

void GroupMenu::assign(const QString &group)
{
    model::SchemaEditor(m_document).setLayoutGroup(m_tableIds, group);
}

} // namespace tw::views
