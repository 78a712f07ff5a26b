// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/deploy/deployflow.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace tw::views {

class ToolJob;

/// Migration ▸ Deploy…: the guide's production checklist in one window. It asks wrangler for the pending migrations
/// and shows the plan (their SQL, the backup export, the rehearsal, Time Travel's bookmark, the apply, the check);
/// Deploy runs DeployFlow on a worker thread with wrangler's output streamed into the log, a progress bar by step
/// and Cancel (which stops wrangler). The same flow as `tablewright deploy`; the local/production choice starts
/// from the project's setting.
class DeployDialog : public QDialog
{
    Q_OBJECT
public:
    DeployDialog(const QString &projectFile, bool local, QWidget *parent = nullptr);
    ~DeployDialog() override;

    /// Asks wrangler for the plan again (also done when the dialog opens and when Local is toggled).
    void refreshPlan();
    QPushButton *deployButton() const { return m_deploy; }
    QPlainTextEdit *planView() const { return m_plan; }
    QPlainTextEdit *logView() const { return m_log; }
    bool isRunning() const;

Q_SIGNALS:
    /// A plan was shown or a deploy ended; @p text is what the dialog shows.
    void done(const QString &text);

private:
    void deploy();
    void showLine(const QString &line);
    void setRunning(bool running);

    QString m_projectFile;
    QCheckBox *m_local;
    QPlainTextEdit *m_plan;
    QPlainTextEdit *m_log;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_deploy;
    QPushButton *m_cancel;
    ToolJob *m_job;
    std::shared_ptr<std::optional<migrations::deploy::DeployPlan>> m_planned;
};

} // namespace tw::views
