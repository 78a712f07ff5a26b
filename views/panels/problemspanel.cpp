// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/panels/problemspanel.h"

#include "model/commands/findingfix.h"
#include "model/document/schemadocument.h"
#include "model/itemmodels/problemsmodel.h"
#include "views/common/icons.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace tw::views {
namespace {

// Severity icons come from the view layer: the model is QtCore-only. The icon alone says it (the word is in the
// tooltip), leaving the narrow panel's width to the message.
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
        option->text.clear();
        if (!option->icon.isNull())
            option->features |= QStyleOptionViewItem::HasDecoration;
    }
};

} // namespace

ProblemsPanel::ProblemsPanel(model::SchemaDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new model::ProblemsModel(document, this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_fixTitle(new QLabel(this))
    , m_fixButton(new QPushButton(this))
{
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setItemDelegateForColumn(model::ProblemsModel::Severity, new SeverityDelegate(m_view));
    m_view->header()->setSectionResizeMode(model::ProblemsModel::Severity, QHeaderView::ResizeToContents);
    m_view->header()->resizeSection(model::ProblemsModel::Location, 140);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(true);

    m_summary->setObjectName(QStringLiteral("problemsSummary"));
    m_summary->setContentsMargins(4, 2, 4, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    m_fixButton->setObjectName(QStringLiteral("fixButton"));
    m_fixButton->setText(tr("Fix"));
    m_fixTitle->setObjectName(QStringLiteral("fixTitle"));
    m_fixTitle->setWordWrap(true); // the panel is narrow: the remedy wraps instead of being cut
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(6, 4, 6, 4);
    buttons->addWidget(m_fixTitle, 1);
    buttons->addWidget(m_fixButton);
    layout->addLayout(buttons);

    connect(m_model, &QAbstractItemModel::modelReset, this, &ProblemsPanel::updateSummary);
    connect(m_view, &QTreeView::clicked, this, &ProblemsPanel::activate);
    connect(m_view, &QTreeView::activated, this, &ProblemsPanel::activate);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ProblemsPanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProblemsPanel::updateFixButton);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProblemsPanel::updateFixButton);
    connect(m_fixButton, &QPushButton::clicked, this, [this] { fix(m_view->currentIndex().row()); });
    updateSummary();
    updateFixButton();
}

QString ProblemsPanel::fixTitleOf(int row) const
{
    if (row < 0 || row >= m_model->findings().size())
        return {};
    const std::optional<model::FindingFix> fix = model::fixFor(m_document->schema(), m_model->findings().at(row));
    return fix ? fix->title : QString();
}

bool ProblemsPanel::fix(int row)
{
    if (row < 0 || row >= m_model->findings().size())
        return false;
    return model::applyFix(m_document, m_model->findings().at(row));
}

void ProblemsPanel::updateFixButton()
{
    const QString title = fixTitleOf(m_view->currentIndex().row());
    const bool any = m_model->rowCount() > 0; // nothing to fix: the bar gives its room to the list
    m_fixButton->setVisible(any);
    m_fixTitle->setVisible(any);
    m_fixButton->setEnabled(!title.isEmpty());
    m_fixTitle->setEnabled(!title.isEmpty());
    if (!m_view->currentIndex().isValid())
        m_fixTitle->setText(tr("Select a finding: its fix, when it has one, shows here."));
    else
        m_fixTitle->setText(title.isEmpty() ? tr("No one-click fix: the message says what to change.") : title);
    m_fixButton->setToolTip(title.isEmpty() ? QString() : tr("%1 (one undo step)").arg(title));
}

void ProblemsPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    QMenu menu(this);
    menu.addAction(tr("Show"), this, [this, index] { activate(index); });
    if (const QString title = fixTitleOf(index.row()); !title.isEmpty())
        menu.addAction(tr("Fix: %1").arg(title), this, [this, row = index.row()] { fix(row); });
    menu.exec(m_view->viewport()->mapToGlobal(position));
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
