// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/changes/pendingchangespanel.h"

#include "views/changes/pendingchangesmodel.h"
#include "views/changes/pendingplanwatcher.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace tw::views {

PendingChangesPanel::PendingChangesPanel(PendingPlanWatcher *watcher, QWidget *parent)
    : QWidget(parent)
    , m_model(new PendingChangesModel(this))
    , m_summary(new QLabel(this))
    , m_list(new QListView(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setContentsMargins(6, 4, 6, 4);
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    connect(watcher, &PendingPlanWatcher::planChanged, this, &PendingChangesPanel::showPlan);
    showPlan(watcher->plan());
}

QString PendingChangesPanel::summary() const
{
    return m_summary->text();
}

void PendingChangesPanel::showPlan(const PendingPlan &plan)
{
    m_model->setPlan(plan.plan, plan.countedWarnings);
    QString text;
    if (!plan.computed) {
        text = tr("Comparing with the last migration\u2026");
    } else if (!plan.error.isEmpty()) {
        text = tr("No plan: %1").arg(plan.error);
    } else if (plan.plan.isEmpty()) {
        text = tr("No schema changes since the last migration.");
    } else {
        text = tr("%n change(s) for the next migration", nullptr, m_model->operationCount());
        if (m_model->warningCount() > 0)
            text += tr("; %n may lose data or fail", nullptr, m_model->warningCount());
        text += QLatin1Char('.');
    }
    if (!plan.note.isEmpty() && plan.error.isEmpty())
        text += QLatin1Char(' ') + plan.note;
    m_summary->setText(text);
    m_summary->setToolTip(text);
}

} // namespace tw::views
