// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/deploy/localdbdialog.h"

#include "migrations/deploy/localdbchores.h"
#include "views/deploy/tooljob.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tw::views {

using namespace migrations::deploy;

LocalDbDialog::LocalDbDialog(const QString &projectFile, Chore chore, QWidget *parent)
    : QDialog(parent)
    , m_projectFile(projectFile)
    , m_chore(chore)
    , m_seed(new QLineEdit(this))
    , m_log(new QPlainTextEdit(this))
    , m_run(new QPushButton(chore == Chore::Reset ? tr("Back Up and &Reset") : tr("&Set Up"), this))
    , m_job(new ToolJob(this))
{
    setWindowTitle(chore == Chore::Reset ? tr("Reset Local Database") : tr("Set Up Local Database"));
    setObjectName(QStringLiteral("localDbDialog"));
    auto *intro = new QLabel(chore == Chore::Reset
                                 ? tr("Backs up wrangler's local D1 database under backups/, deletes it, applies "
                                      "every migration and runs the seed file.")
                                 : tr("Applies every pending migration to wrangler's local D1 database (created if "
                                      "missing) and runs the seed file."),
                             this);
    intro->setWordWrap(true);
    m_seed->setPlaceholderText(tr("optional: an SQL file run after the migrations"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *seedRow = new QHBoxLayout;
    seedRow->addWidget(m_seed, 1);
    seedRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("S&eed file:"), seedRow);
    m_log->setReadOnly(true);
    m_log->setFont(QFont(QStringLiteral("monospace")));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_run, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_log, 1);
    layout->addWidget(buttons);
    resize(720, 420);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Seed File"), QFileInfo(m_projectFile).absolutePath(), tr("SQL files (*.sql)"));
        if (!file.isEmpty())
            m_seed->setText(file);
    });
    connect(m_run, &QPushButton::clicked, this, &LocalDbDialog::run);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_job, &ToolJob::line, m_log, &QPlainTextEdit::appendPlainText);
    connect(m_job, &ToolJob::finished, this, [this](const QString &text) {
        m_log->appendPlainText(text);
        m_run->setEnabled(true);
        Q_EMIT done(text, !text.startsWith(QLatin1String("error: ")));
    });
}

LocalDbDialog::~LocalDbDialog() = default;

void LocalDbDialog::run()
{
    DeployOptions options;
    options.projectFile = m_projectFile;
    options.local = true;
    LocalDbOptions chores;
    chores.seedFile = m_seed->text().trimmed();
    chores.backupsFolder = QDir(QFileInfo(m_projectFile).absolutePath()).absoluteFilePath(QStringLiteral("backups"));
    m_run->setEnabled(false);
    const bool reset = m_chore == Chore::Reset;
    m_job->start([options, chores, reset](const ToolOutput &log, const ToolCancelled &) {
        const auto target = DeployTarget::resolve(options);
        if (!target)
            return QStringLiteral("error: ") + target.error();
        const auto report = reset ? LocalDbChores::reset(target.value(), chores, log)
                                  : LocalDbChores::setUp(target.value(), chores, log);
        return report ? report.value().text() : QStringLiteral("error: ") + report.error();
    });
}

} // namespace tw::views
