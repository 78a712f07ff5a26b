// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/deploy/deploydialog.h"

#include "views/deploy/tooljob.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace tw::views {

using namespace migrations::deploy;

DeployDialog::DeployDialog(const QString &projectFile, bool local, QWidget *parent)
    : QDialog(parent)
    , m_projectFile(projectFile)
    , m_local(new QCheckBox(tr("&Local: wrangler's local D1 (--local) instead of production"), this))
    , m_plan(new QPlainTextEdit(this))
    , m_log(new QPlainTextEdit(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_deploy(new QPushButton(tr("&Deploy"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_job(new ToolJob(this))
    , m_planned(std::make_shared<std::optional<DeployPlan>>())
{
    setWindowTitle(tr("Deploy Migrations"));
    setObjectName(QStringLiteral("deployDialog"));
    m_local->setChecked(local);
    for (QPlainTextEdit *view : {m_plan, m_log}) {
        view->setReadOnly(true);
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
        view->setFont(QFont(QStringLiteral("monospace")));
    }
    m_plan->setObjectName(QStringLiteral("deployPlan"));
    m_log->setObjectName(QStringLiteral("deployLog"));
    m_log->setMaximumBlockCount(5000);
    m_deploy->setObjectName(QStringLiteral("deployButton"));
    m_deploy->setEnabled(false);
    m_cancel->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_deploy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_local);
    layout->addWidget(new QLabel(tr("Plan:"), this));
    layout->addWidget(m_plan, 2);
    layout->addWidget(new QLabel(tr("wrangler's output:"), this));
    layout->addWidget(m_log, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(860, 640);

    connect(m_local, &QCheckBox::toggled, this, &DeployDialog::refreshPlan);
    connect(m_deploy, &QPushButton::clicked, this, &DeployDialog::deploy);
    connect(m_cancel, &QPushButton::clicked, m_job, &ToolJob::cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_job, &ToolJob::line, this, &DeployDialog::showLine);
    refreshPlan();
}

DeployDialog::~DeployDialog() = default;

bool DeployDialog::isRunning() const
{
    return m_job->isRunning();
}

void DeployDialog::setRunning(bool running)
{
    m_local->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_deploy->setEnabled(!running && m_planned->has_value() && !(*m_planned)->pending.isEmpty());
    if (running)
        m_progress->setValue(0);
}

void DeployDialog::refreshPlan()
{
    if (m_job->isRunning())
        return;
    m_planned->reset();
    m_plan->setPlainText(tr("Asking wrangler for the pending migrations…"));
    m_status->clear();
    DeployOptions options;
    options.projectFile = m_projectFile;
    options.local = m_local->isChecked();
    m_progress->setRange(0, 0);
    setRunning(true);
    disconnect(m_job, &ToolJob::finished, this, nullptr);
    connect(m_job, &ToolJob::finished, this, [this](const QString &text) {
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        m_plan->setPlainText(text);
        setRunning(false);
        Q_EMIT done(text);
    });
    m_job->start([options, planned = m_planned](const ToolOutput &log, const ToolCancelled &cancelled) {
        const auto target = DeployTarget::resolve(options);
        if (!target)
            return target.error();
        const auto plan = DeployFlow::plan(target.value(), log, cancelled);
        if (!plan)
            return plan.error();
        *planned = plan.value();
        return plan.value().text();
    });
}

void DeployDialog::deploy()
{
    if (!m_planned->has_value() || m_job->isRunning())
        return;
    const DeployPlan plan = **m_planned;
    m_progress->setRange(0, int(plan.steps.size()) + 1);
    setRunning(true);
    m_status->setText(tr("Deploying…"));
    disconnect(m_job, &ToolJob::finished, this, nullptr);
    connect(m_job, &ToolJob::finished, this, [this](const QString &text, bool cancelled) {
        m_progress->setValue(m_progress->maximum());
        m_plan->setPlainText(text);
        m_status->setText(cancelled ? tr("Cancelled.") : text.section(u'\n', 0, 0));
        m_planned->reset(); // the database changed: plan again before another deploy
        setRunning(false);
        Q_EMIT done(text);
    });
    const QString backups = QDir(QFileInfo(m_projectFile).absolutePath()).absoluteFilePath(QStringLiteral("backups"));
    m_job->start([plan, backups](const ToolOutput &log, const ToolCancelled &cancelled) {
        return DeployFlow::run(plan, backups, log, cancelled).text();
    });
}

void DeployDialog::showLine(const QString &line)
{
    m_log->appendPlainText(line);
    if (line.startsWith(QLatin1String("== "))) { // DeployFlow starts each step so
        m_progress->setValue(qMin(m_progress->value() + 1, m_progress->maximum()));
        m_status->setText(line.mid(3));
    }
}

} // namespace tw::views
