// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/apply/applyrun.h"

#include "database/tracking/runnablemigrations.h"
#include "migrations/runner/migrationapplier.h"
#include "migrations/runner/migrationrehearsal.h"

#include <QThread>

namespace tw::views {

/// What the worker hands back; written on the worker thread, read on the UI thread after it ended.
struct ApplyRun::Outcome
{
    std::optional<model::Result<migrations::RehearsalReport>> rehearsal;
    std::optional<model::Result<migrations::ApplyReport>> applied;
};

ApplyRun::ApplyRun(QObject *parent)
    : QObject(parent)
{
}

ApplyRun::~ApplyRun()
{
    blockSignals(true); // the receivers may be half destroyed already
    cancelAndWait();
}

bool ApplyRun::start(Kind kind, const migrations::ApplyTarget &target)
{
    if (m_thread)
        return false;
    m_kind = kind;
    m_rehearsal.reset();
    m_applied.reset();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_outcome = std::make_shared<Outcome>();
    // Everything the worker uses is its own copy: the target, the flag and the outcome (shared, never the dialog).
    m_thread = QThread::create([this, kind, target, cancel = m_cancel, outcome = m_outcome] {
        const migrations::ApplyCancelled cancelled = [cancel] {
            return cancel->load();
        };
        const migrations::ApplyProgress progress = [this, cancel](int done, int total, const QString &file) {
            Q_EMIT progressed(done, total, file); // queued: the receivers live on the UI thread
            return !cancel->load();
        };
        const auto folder = database::RunnableMigrations::scan(target.migrationsFolder);
        if (!folder && kind == Kind::Rehearse)
            outcome->rehearsal = model::Result<migrations::RehearsalReport>::failure(folder.error());
        else if (!folder)
            outcome->applied = model::Result<migrations::ApplyReport>::failure(folder.error());
        else if (kind == Kind::Rehearse)
            outcome->rehearsal =
                migrations::MigrationRehearsal::rehearse(folder.value(), target.options, progress, cancelled);
        else
            outcome->applied = migrations::MigrationApplier::apply(folder.value(), target.options, progress, cancelled);
    });
    m_thread->setObjectName(QStringLiteral("tablewright-apply"));
    connect(m_thread, &QThread::finished, this, &ApplyRun::collect, Qt::QueuedConnection);
    m_thread->start();
    return true;
}

void ApplyRun::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool ApplyRun::cancelRequested() const
{
    return m_cancel && m_cancel->load();
}

void ApplyRun::cancelAndWait()
{
    if (!m_thread)
        return;
    cancel();
    m_thread->wait();
    collect();
}

void ApplyRun::collect()
{
    if (!m_thread)
        return; // cancelAndWait() collected already; this is the queued finished() arriving afterwards
    if (!m_thread->isFinished())
        return;
    delete m_thread;
    m_thread = nullptr;
    m_rehearsal = std::move(m_outcome->rehearsal);
    m_applied = std::move(m_outcome->applied);
    m_outcome.reset();
    Q_EMIT finished();
}

} // namespace tw::views
