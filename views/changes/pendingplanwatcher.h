// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/latestonly.h"
#include "views/changes/pendingplan.h"

#include <QObject>
#include <QTimer>

namespace tw::model {
class SchemaDocument;
}

namespace tw::views {

/// Keeps the pending plan of a document current: every schema, settings, baseline or fill change restarts a
/// short timer, and when it fires the plan is computed once (a burst of edits costs one diff). A project opened
/// or reset, or saved under another path, is planned at the next turn of the event loop: nobody is typing. A schema of
/// kBackgroundTables or more is planned on a worker thread (model::LatestOnly), so the window stays responsive.
class PendingPlanWatcher : public QObject
{
    Q_OBJECT

public:
    explicit PendingPlanWatcher(model::SchemaDocument *document, QObject *parent = nullptr);
    model::SchemaDocument *document() const { return m_document; }

    const PendingPlan &plan() const { return m_plan; }
    /// Whether a newer plan is due or being computed (plan() is then the previous one).
    bool isPlanning() const { return m_timer.isActive() || m_atOnce.isActive() || m_planning.busy(); }
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    /// From how many tables on the timer's computation runs off the window's thread (tests lower it).
    void setBackgroundFrom(int tables) { m_backgroundFrom = tables; }
    static constexpr int kBackgroundTables = 300;
    /// Computes now (and cancels a pending recomputation); while held, once the hold ends.
    void refresh();
    /// The plan counts data loss in the project's database: while migrations are applied to it on another thread
    /// it must not be queried, so a held watcher computes nothing until released (then at once).
    void setDatabaseHeld(bool held);

Q_SIGNALS:
    void planChanged(const tw::views::PendingPlan &plan);

private:
    void schedule();
    void scheduleAtOnce();
    void computeWhenDue();
    void show(PendingPlan plan);

    model::SchemaDocument *m_document;
    QTimer m_timer;
    QTimer m_atOnce; ///< zero-interval: the next turn of the event loop
    PendingPlan m_plan;
    bool m_held = false;
    bool m_stale = false; ///< a refresh was due while held
    int m_backgroundFrom = kBackgroundTables;
    model::LatestOnly m_planning{this};
};

} // namespace tw::views
