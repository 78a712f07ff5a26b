// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/runner/applyoptions.h"
#include "migrations/runner/applytarget.h"
#include "migrations/runner/rehearsalreport.h"
#include "model/core/result.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace tw::views {

/// One rehearsal or apply of an ApplyTarget on a worker thread, so the window stays responsive however long the
/// migrations take. The worker scans the folder and opens its own database connections (a Qt database connection
/// belongs to the thread that made it), reports progress through queued signals, and stops at the next statement when
/// cancelled (the applier then rolls the transaction back). The UI thread never touches the database meanwhile.
class ApplyRun : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Rehearse, Apply };

    explicit ApplyRun(QObject *parent = nullptr);
    /// A run still going is cancelled and waited for (without signals): the database is left as it was.
    ~ApplyRun() override;

    /// Starts @p kind on @p target; false when a run is going already.
    bool start(Kind kind, const migrations::ApplyTarget &target);
    /// Asks the run to stop before its next statement (callable at any time, returns at once); finished() follows.
    void cancel();
    /// Cancels and blocks until the worker has rolled back and ended (closing the window during an apply).
    void cancelAndWait();

    bool isRunning() const { return m_thread != nullptr; }
    Kind kind() const { return m_kind; }
    /// Whether Cancel was asked during the last run (it may have come too late, after COMMIT).
    bool cancelRequested() const;
    /// The outcome of the last Rehearse run (set when finished() is emitted).
    const std::optional<model::Result<migrations::RehearsalReport>> &rehearsal() const { return m_rehearsal; }
    /// The outcome of the last Apply run (set when finished() is emitted).
    const std::optional<model::Result<migrations::ApplyReport>> &applied() const { return m_applied; }

Q_SIGNALS:
    /// Before each migration: @p done of @p total are through, @p file runs next; at the end (total, total, {}).
    void progressed(int done, int total, const QString &file);
    /// The run ended (success, failure or cancel); the outcome is in rehearsal() or applied().
    void finished();

private:
    struct Outcome;
    void collect();

    Kind m_kind = Kind::Rehearse;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<Outcome> m_outcome;
    std::optional<model::Result<migrations::RehearsalReport>> m_rehearsal;
    std::optional<model::Result<migrations::ApplyReport>> m_applied;
};

} // namespace tw::views
