// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/database/rowsbrowser.h"

#include "views/database/tablerowsmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tw::views {

RowsBrowser::RowsBrowser(QWidget *parent)
    : QWidget(parent)
    , m_model(new TableRowsModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
{
    m_filter->setObjectName(QStringLiteral("rowsFilter"));
    m_filter->setPlaceholderText(tr("Filter: rows where any column contains…"));
    m_filter->setClearButtonEnabled(true);
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setDefaultSectionSize(140);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    // Typing pauses before the filter runs: each change is a count over the whole table.
    auto *delay = new QTimer(this);
    delay->setSingleShot(true);
    delay->setInterval(250);
    connect(m_filter, &QLineEdit::textChanged, delay, qOverload<>(&QTimer::start));
    connect(delay, &QTimer::timeout, this, [this] {
        m_model->setFilterText(m_filter->text());
        updateStatus();
    });
    connect(m_model, &TableRowsModel::errorOccurred, this,
            [this](const QString &message) { m_status->setText(message); });
    connect(m_model, &TableRowsModel::dataChanged, this, &RowsBrowser::updateStatus);
}

void RowsBrowser::setInspector(database::DatabaseInspector *inspector)
{
    m_model->setInspector(inspector);
    m_filter->clear();
    updateStatus();
}

void RowsBrowser::showTable(const QString &table)
{
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_model->setTable(table);
    m_model->setFilterText(m_filter->text());
    updateStatus();
}

void RowsBrowser::refresh()
{
    m_model->refresh();
    updateStatus();
}

QString RowsBrowser::statusText() const
{
    return m_status->text();
}

void RowsBrowser::updateStatus()
{
    if (!m_model->lastError().isEmpty()) {
        m_status->setText(m_model->lastError());
        return;
    }
    if (m_model->table().isEmpty()) {
        m_status->setText(tr("Pick a table or view to browse its rows."));
        return;
    }
    QString text = m_filter->text().isEmpty()
                       ? tr("%L1 rows in %2").arg(m_model->rowCount()).arg(m_model->table())
                       : tr("%L1 matching rows in %2").arg(m_model->rowCount()).arg(m_model->table());
    text += m_model->isEditable() ? tr(" — double-click a cell to edit (in the open transaction)") : tr(" — read-only");
    m_status->setText(text);
}

} // namespace tw::views
