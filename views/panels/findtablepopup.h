// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/id.h"

#include <QFrame>

class QLineEdit;
class QListWidget;

namespace tw::model {
class SchemaDocument;
}

namespace tw::views {

/// Ctrl+F: a small popup with a filter field over the table names and, once something is typed, the columns whose
/// name matches (`users.email`). Enter (or a click) picks the highlighted entry; the window then selects its table,
/// centres the diagram on it and, for a column, selects the column in the table editor. Escape closes.
class FindTablePopup : public QFrame
{
    Q_OBJECT

public:
    explicit FindTablePopup(model::SchemaDocument *document, QWidget *parent = nullptr);

    /// Fills the list from the document's current tables and shows the popup centred near the top of @p over.
    void popup(QWidget *over);
    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    /// @p columnId is null when a table was picked.
    void tableChosen(const tw::model::Id &tableId, const tw::model::Id &columnId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fill();
    void applyFilter(const QString &text);
    void chooseCurrent();

    model::SchemaDocument *m_document;
    QLineEdit *m_filter;
    QListWidget *m_list;
};

} // namespace tw::views
