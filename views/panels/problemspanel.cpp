// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/panels/problemspanel.h"

#include "model/itemmodels/problemsmodel.h"
#include "views/common/icons.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace tw::views {
namespace {

// Severity icons come from the view layer: the model is QtCore-only.
class SeverityDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const bool isError = index.data(model::ProblemsModel::IsErrorRole).toBool();
        option->icon = icons::icon(isError ? QStringLiteral("problem-error") : QStringLiteral("problem-warning"));
        if (!option->icon.isNull())
            option->features |= QStyleOptionViewItem::HasDecoration;
    }
};

} // namespace

ProblemsPanel::ProblemsPanel(model::SchemaDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_model(new model::ProblemsModel(document, this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
{
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setItemDelegateForColumn(model::ProblemsModel::Severity, new SeverityDelegate(m_view));
    m_view->header()->resizeSection(model::ProblemsModel::Severity, 90);
    m_view->header()->resizeSection(model::ProblemsModel::Location, 220);
    m_view->header()->setStretchLastSection(true);

    m_summary->setObjectName(QStringLiteral("problemsSummary"));
    m_summary->setContentsMargins(4, 2, 4, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &ProblemsPanel::updateSummary);
    connect(m_view, &QTreeView::clicked, this, &ProblemsPanel::activate);
    connect(m_view, &QTreeView::activated, this, &ProblemsPanel::activate);
    updateSummary();
}

void ProblemsPanel::updateSummary()
{
    const int errors = m_model->errorCount();
    const int warnings = m_model->warningCount();
    if (errors == 0 && warnings == 0)
        m_summary->setText(tr("No problems: the schema is valid."));
    else
        m_summary->setText(tr("%n error(s)", "", errors) + QStringLiteral(", ") + tr("%n warning(s)", "", warnings));
}

void ProblemsPanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const model::Id table(index.data(model::ProblemsModel::TableIdRole).toString());
    const model::Id item(index.data(model::ProblemsModel::ItemIdRole).toString());
    if (!table.isNull())
        Q_EMIT problemActivated(table, item);
}

} // namespace tw::views
