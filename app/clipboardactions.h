// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;

namespace tw::model {
class SchemaDocument;
}
namespace tw::views {
class DiagramView;
}

namespace tw::app {

/// Edit ▸ Copy Tables and Paste Tables (Ctrl+C, Ctrl+V on the diagram): the selected tables go to the system
/// clipboard (model::tableclipboard), so they can be pasted into this project or another window's, with their
/// foreign keys following the tables of the same name there. A paste is one undo step and selects what it added.
class ClipboardActions : public QObject
{
    Q_OBJECT

public:
    ClipboardActions(model::SchemaDocument *document, views::DiagramView *diagram, QObject *parent = nullptr);

    QAction *copyAction() const { return m_copy; }
    QAction *pasteAction() const { return m_paste; }

    /// Copies the diagram's selected tables; false when none is selected.
    bool copySelected();
    /// Pastes the clipboard's tables at the middle of the view; false (with a status message) when it has none.
    bool paste();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void updateActions();

    model::SchemaDocument *m_document;
    views::DiagramView *m_diagram;
    QAction *m_copy;
    QAction *m_paste;
};

} // namespace tw::app
