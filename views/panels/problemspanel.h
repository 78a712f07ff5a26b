// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/schema/id.h"

#include <QWidget>

class QLabel;
class QTreeView;

namespace tw::model {
class ProblemsModel;
class SchemaDocument;
} // namespace tw::model

namespace tw::views {

/// The validation findings of the document (errors first in the validator's order), with a summary line.
/// Clicking a finding asks for its culprit to be shown: the window selects the table and the item.
class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(model::SchemaDocument *document, QWidget *parent = nullptr);

    model::ProblemsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    /// A finding was clicked: its table (or view) and, if it names one, its column/index/constraint.
    void problemActivated(const tw::model::Id &tableId, const tw::model::Id &itemId);

private:
    void updateSummary();
    void activate(const QModelIndex &index);

    model::ProblemsModel *m_model;
    QTreeView *m_view;
    QLabel *m_summary;
};

} // namespace tw::views
