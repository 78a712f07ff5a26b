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
    connect(&m_timer, &QTimer::timeout, this, &PendingPlanWatcher::refresh);
    using model::SchemaDocument;
    connect(document, &SchemaDocument::schemaChanged, this, &PendingPlanWatcher::schedule);
    connect(document, &SchemaDocument::settingsChanged, this, &PendingPlanWatcher::schedule);
    connect(document, &SchemaDocument::baselineChanged, this, &PendingPlanWatcher::schedule);
    connect(document, &SchemaDocument::fillsChanged, this, &PendingPlanWatcher::schedule);
    connect(document, &SchemaDocument::projectReset, this, &PendingPlanWatcher::schedule);
    connect(document, &SchemaDocument::filePathChanged, this, &PendingPlanWatcher::schedule);
    schedule();
}

void PendingPlanWatcher::schedule()
{
    m_timer.start();
}

void PendingPlanWatcher::refresh()
{
    m_timer.stop();
    m_stale = m_held;
    if (m_held)
        return;
    m_plan = PendingPlan::compute(m_document->project(), m_document->filePath());
    Q_EMIT planChanged(m_plan);
}

void PendingPlanWatcher::setDatabaseHeld(bool held)
{
    m_held = held;
    if (!held && m_stale)
        refresh();
}

} // namespace tw::views
