// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/deploy/toolprocess.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace tw::views {

/// One deploy or chore step run on a worker thread, so the dialog stays responsive while wrangler works: the tool's
/// lines arrive through line() as they are printed, Cancel sets a flag the tool runner polls (it kills the tool),
/// and finished() brings the work's text back to the UI thread.
class ToolJob : public QObject
{
    Q_OBJECT
public:
    /// The work: receives the line sink and the cancel flag; returns the text finished() carries.
    using Work =
        std::function<QString(const migrations::deploy::ToolOutput &, const migrations::deploy::ToolCancelled &)>;

    explicit ToolJob(QObject *parent = nullptr);
    ~ToolJob() override;
    /// False when a job is running already.
    bool start(const Work &work);
    bool isRunning() const { return m_thread != nullptr; }
    void cancel();

Q_SIGNALS:
    void line(const QString &text);
    void finished(const QString &result, bool cancelled);

private:
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<QString> m_result;
};

} // namespace tw::views
