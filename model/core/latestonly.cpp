// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/core/latestonly.h"

#include <QMetaObject>
#include <QObject>

namespace tw::model {

LatestOnly::LatestOnly(QObject *context)
    : m_context(context)
{
    m_pool.setMaxThreadCount(1);
}

LatestOnly::~LatestOnly()
{
    m_pool.waitForDone();
}

void LatestOnly::run(Work work)
{
    ++m_generation;
    if (m_running)
        m_waiting = std::move(work); // replaces an older waiting request
    else
        start(std::move(work), m_generation);
}

void LatestOnly::start(Work work, int generation)
{
    m_running = true;
    m_pool.start([this, work = std::move(work), generation] {
        Delivery delivery = work();
        // Queued to the context: if it is destroyed first, Qt drops the call (and this object waited for us).
        QMetaObject::invokeMethod(
            m_context, [this, generation, delivery = std::move(delivery)] { finished(generation, delivery); },
            Qt::QueuedConnection);
    });
}

void LatestOnly::finished(int generation, const Delivery &delivery)
{
    m_running = false;
    if (m_waiting) {
        Work next = std::move(*m_waiting);
        m_waiting.reset();
        start(std::move(next), m_generation);
        return; // this result is already stale
    }
    if (generation == m_generation && delivery)
        delivery();
}

void LatestOnly::discard()
{
    ++m_generation;
    m_waiting.reset();
}

void LatestOnly::waitForIdle()
{
    m_pool.waitForDone();
}

} // namespace tw::model
