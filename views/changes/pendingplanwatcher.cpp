// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/changes/pendingplanwatcher.h"

#include "model/document/schemadocument.h"

namespace tw::views {

PendingPlanWatcher::PendingPlanWatcher(model::SchemaDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(300);
    connect(&m_timer, &QTimer::timeout, this, &PendingPlanWatcher::computeWhenDue);
    m_atOnce.setSingleShot(true);
    m_atOnce.setInterval(0);
    connect(&m_atOnce, &QTimer::timeout, this, &PendingPlanWatcher::computeWhenDue);
    using model::SchemaDocument;
    connect(document, &SchemaDocument::schemaChanged, this, &PendingPlanWatcher::schedule);
    connect(document, &SchemaDocument::settingsChanged, this, &PendingPlanWatcher::schedule);
    connect(document, &SchemaDocument::baselineChanged, this, &PendingPlanWatcher::schedule);
    connect(document, &SchemaDocument::fillsChanged, this, &PendingPlanWatcher::schedule);
    connect(document, &SchemaDocument::projectReset, this, &PendingPlanWatcher::scheduleAtOnce);
    connect(document, &SchemaDocument::filePathChanged, this, &PendingPlanWatcher::scheduleAtOnce);
    scheduleAtOnce();
}

void PendingPlanWatcher::schedule()
{
    m_timer.start();
}

void PendingPlanWatcher::scheduleAtOnce()
{
    m_atOnce.start();
}

void PendingPlanWatcher::refresh()
{
    m_timer.stop();
    m_atOnce.stop();
    m_stale = m_held;
    if (m_held)
        return;
    m_planning.discard(); // a background plan of an older schema must not arrive after this one
    show(PendingPlan::compute(m_document->project(), m_document->filePath()));
}

void PendingPlanWatcher::computeWhenDue()
{
    // One computation for whatever was due: an edit's timer and an opening's turn may both be pending.
    m_timer.stop();
    m_atOnce.stop();
    if (m_document->schema().tables.size() < m_backgroundFrom && !m_planning.busy()) {
        refresh();
        return;
    }
    m_stale = m_held;
    if (m_held)
        return;
    m_planning.run([this, project = m_document->project(), file = m_document->filePath()] {
        PendingPlan plan = PendingPlan::compute(project, file);
        return model::LatestOnly::Delivery([this, plan = std::move(plan)] {
            if (m_held)
                m_stale = true; // computed before the hold began: planned again when it ends
            else
                show(plan);
        });
    });
}

void PendingPlanWatcher::show(PendingPlan plan)
{
    m_plan = std::move(plan);
    Q_EMIT planChanged(m_plan);
}

void PendingPlanWatcher::setDatabaseHeld(bool held)
{
    if (held)
        m_planning.waitForIdle(); // the plan counts rows in the database: done before migrations write to it
    m_held = held;
    if (!held && m_stale)
        refresh();
}

} // namespace tw::views
