// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/id.h"

#include <QMenu>

#include <functional>

namespace tw::model {
class SchemaDocument;
}

namespace tw::views {

/// The diagram's "Group" menu for the selected tables: each group the project uses (checked when every selected
/// table is in it), No Group, and New Group… Each choice is one undo step. A group is a colour on the diagram and
/// a folder of exported code (see docs/code-export.md, Domains).
class GroupMenu : public QMenu
{
    Q_OBJECT

public:
    /// Asks for a new group's name; an empty answer cancels.
    using NameQuestion = std::function<QString(QWidget *parent)>;

    GroupMenu(model::SchemaDocument *document, const QList<model::Id> &tableIds, QWidget *parent = nullptr,
              NameQuestion askName = {});

private:
    void assign(const QString &group);

    model::SchemaDocument *m_document;
    QList<model::Id> m_tableIds;
};

} // namespace tw::views
