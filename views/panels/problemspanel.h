// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/id.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace tw::model {
class ProblemsModel;
class SchemaDocument;
} // namespace tw::model

namespace tw::views {

/// The validation findings of the document (errors first in the validator's order), with a summary line.
/// Clicking a finding asks for its culprit to be shown: the window selects the table and the item. A finding
/// whose message names its remedy (model::fixFor) gets it in one click: the Fix button under the list, or the
/// finding's context menu; the fix is one undo step.
class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(model::SchemaDocument *document, QWidget *parent = nullptr);

    model::ProblemsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QPushButton *fixButton() const { return m_fixButton; }
    /// What the Fix button will do for the selected finding (or why it cannot).
    QLabel *fixTitle() const { return m_fixTitle; }
    /// Applies the fix of the finding in @p row; false when it has none.
    bool fix(int row);

Q_SIGNALS:
    /// A finding was clicked: its table (or view) and, if it names one, its column/index/constraint.
    void problemActivated(const tw::model::Id &tableId, const tw::model::Id &itemId);

private:
    void updateSummary();
    void updateFixButton();
    void activate(const QModelIndex &index);
    void showContextMenu(const QPoint &position);
    /// The fix's title for the finding in @p row, empty when it has none.
    QString fixTitleOf(int row) const;

    model::SchemaDocument *m_document;
    model::ProblemsModel *m_model;
    QTreeView *m_view;
    QLabel *m_summary;
    QLabel *m_fixTitle;
    QPushButton *m_fixButton;
};

} // namespace tw::views
