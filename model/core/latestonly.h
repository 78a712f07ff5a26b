// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThreadPool>

#include <functional>
#include <optional>

class QObject;

namespace tw::model {

/// Runs the newest of a stream of computations on a worker thread, one at a time, so that a big schema's
/// validation or pending plan never blocks the window: a request made while one runs replaces any request still
/// waiting (a burst of edits costs at most two computations), and only the newest request's result is delivered,
/// on the thread of @p context. The work gets its inputs by value (a Schema copy is cheap: implicitly shared) and
/// returns the closure that delivers its result. The destructor waits for a running computation.
class LatestOnly
{
public:
    using Delivery = std::function<void()>;
    using Work = std::function<Delivery()>;

    explicit LatestOnly(QObject *context);
    ~LatestOnly();
    LatestOnly(const LatestOnly &) = delete;
    LatestOnly &operator=(const LatestOnly &) = delete;

    void run(Work work);
    /// True while a computation runs or waits.
    bool busy() const { return m_running || m_waiting.has_value(); }
    /// Blocks until no computation runs (its delivery still comes through the event loop).
    void waitForIdle();
    /// Drops the waiting request and the running one's result: the caller has computed something newer itself.
    void discard();

private:
    void start(Work work, int generation);
    void finished(int generation, const Delivery &delivery);

    QObject *m_context;
    QThreadPool m_pool;
    int m_generation = 0;
    bool m_running = false;
    std::optional<Work> m_waiting;
};

} // namespace tw::model
