// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/deploy/tooljob.h"

#include <QThread>

namespace tw::views {

ToolJob::ToolJob(QObject *parent)
    : QObject(parent)
{
}

ToolJob::~ToolJob()
{
    blockSignals(true);
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

bool ToolJob::start(const Work &work)
{
    if (m_thread)
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_result = std::make_shared<QString>();
    m_thread = QThread::create([this, work, cancel = m_cancel, result = m_result] {
        const migrations::deploy::ToolOutput output = [this](const QString &text) {
            Q_EMIT line(text); // queued: the dialog lives on the UI thread
        };
        *result = work(output, [cancel] { return cancel->load(); });
    });
    connect(
        m_thread, &QThread::finished, this,
        [this] {
            m_thread->deleteLater();
            m_thread = nullptr;
            Q_EMIT finished(*m_result, m_cancel->load());
        },
        Qt::QueuedConnection);
    m_thread->start();
    return true;
}

void ToolJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace tw::views
