// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/apply/applydialog.h"

#include "views/apply/rehearsalmodel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace tw::views {

ApplyDialog::ApplyDialog(const migrations::ApplyTarget &target, QWidget *parent)
    : QDialog(parent)
    , m_target(target)
    , m_run(new ApplyRun(this))
{
    connect(m_run, &ApplyRun::progressed, this, &ApplyDialog::showProgress);
    connect(m_run, &ApplyRun::finished, this, &ApplyDialog::runEnded);
    setWindowTitle(tr("Apply to Local Database"));
    setObjectName(QStringLiteral("applyDialog"));
    buildUi();
    if (!m_target.problem.isEmpty())
        showOutcome(tr("Choose the database to apply to."), m_target.problem, true);
    updateButtons();
}

void ApplyDialog::buildUi()
{
    auto *form = new QFormLayout;
    m_database = new QLineEdit(QDir::toNativeSeparators(m_target.options.databasePath), this);
    m_database->setObjectName(QStringLiteral("databasePath"));
    m_database->setReadOnly(true);
    m_database->setPlaceholderText(tr("No local database found: choose one"));
    m_choose = new QPushButton(tr("Choose\u2026"), this);
    m_choose->setObjectName(QStringLiteral("chooseDatabase"));
    connect(m_choose, &QPushButton::clicked, this, &ApplyDialog::chooseDatabase);
    auto *databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_database, 1);
    databaseRow->addWidget(m_choose);
    form->addRow(tr("Database:"), databaseRow);
    m_folder = new QLabel(QDir::toNativeSeparators(m_target.migrationsFolder), this);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Migrations:"), m_folder);
    if (const QString requirement = m_target.wranglerRequirement(); !requirement.isEmpty()) {
        auto *wrangler = new QLabel(requirement, this);
        wrangler->setObjectName(QStringLiteral("wranglerRequirement"));
        wrangler->setTextFormat(Qt::PlainText);
        wrangler->setWordWrap(true);
        wrangler->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(tr("wrangler:"), wrangler);
    }

    m_pendingModel = new QStringListModel(this);
    m_pending = new QListView(this);
    m_pending->setObjectName(QStringLiteral("pendingMigrations"));
    m_pending->setModel(m_pendingModel);
    m_pending->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pending->setMaximumHeight(fontMetrics().height() * 5);
    form->addRow(tr("Pending:"), m_pending);

    m_model = new RehearsalModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("rehearsalTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(RehearsalModel::TableColumn, QHeaderView::Stretch);
    for (int c = RehearsalModel::RowsBeforeColumn; c < RehearsalModel::ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    m_destructive = new QLabel(this);
    m_destructive->setObjectName(QStringLiteral("destructiveSteps"));
    m_destructive->setWordWrap(true);
    m_destructive->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c1a1a; border: 1px solid "
                                                "#e0b252; border-radius: 3px; padding: 6px; }"));
    m_destructive->hide();
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setMaximumHeight(fontMetrics().height() * 9);
    m_details->hide();
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->hide();
    m_acceptLoss = new QCheckBox(tr("I have read the report and accept losing the data listed above"), this);
    m_acceptLoss->setObjectName(QStringLiteral("acceptLoss"));
    m_acceptLoss->hide();
    connect(m_acceptLoss, &QCheckBox::toggled, this, &ApplyDialog::updateButtons);

    auto *buttons = new QDialogButtonBox(this);
    m_rehearseButton = buttons->addButton(tr("&Rehearse"), QDialogButtonBox::ActionRole);
    m_rehearseButton->setObjectName(QStringLiteral("rehearseButton"));
    m_applyButton = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_generateButton = buttons->addButton(tr("&Generate Migration"), QDialogButtonBox::ActionRole);
    m_generateButton->setObjectName(QStringLiteral("generateButton"));
    m_generateButton->hide();
    connect(m_generateButton, &QPushButton::clicked, this, &ApplyDialog::generateRequested);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    connect(m_rehearseButton, &QPushButton::clicked, this, &ApplyDialog::rehearse);
    connect(m_applyButton, &QPushButton::clicked, this, &ApplyDialog::applyNow);
    connect(m_closeButton, &QPushButton::clicked, this, &ApplyDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(
        new QLabel(tr("Rehearsal on a copy of the database (the database itself is not touched):"), this));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_destructive);
    layout->addWidget(m_summary);
    layout->addWidget(m_details);
    layout->addWidget(m_progress);
    layout->addWidget(m_acceptLoss);
    layout->addWidget(buttons);
    resize(760, 560);
}

ApplyDialog::~ApplyDialog()
{
    delete m_run; // waits for a run still going (cancelled), before the widgets it reports to are gone
}

const migrations::RehearsalReport &ApplyDialog::report() const
{
    return m_model->report();
}

QString ApplyDialog::summary() const
{
    return m_summary->text();
}

QString ApplyDialog::details() const
{
    return m_details->isHidden() ? QString() : m_details->toPlainText();
}

void ApplyDialog::setDatabasePath(const QString &path)
{
    if (isRunning())
        return;
    m_target.useDatabase(path);
    m_database->setText(QDir::toNativeSeparators(path));
    m_done = false;
    rehearse();
}

void ApplyDialog::chooseDatabase()
{
    const QString start = m_target.options.databasePath.isEmpty() ? QFileInfo(m_target.migrationsFolder).absolutePath()
                                                                  : m_target.options.databasePath;
    const QString path = QFileDialog::getOpenFileName(this, tr("Database to Apply To"), start,
                                                      tr("SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)"));
    if (!path.isEmpty())
        useChosenDatabase(path);
}

void ApplyDialog::useChosenDatabase(const QString &path)
{
    if (isRunning())
        return;
    Q_EMIT databaseChosen(path);
    setDatabasePath(path);
}

bool ApplyDialog::isRunning() const
{
    return m_run->isRunning();
}

bool ApplyDialog::rehearse()
{
    if (m_target.options.databasePath.isEmpty() || isRunning())
        return false;
    m_rehearsed = false;
    m_acceptLoss->setChecked(false);
    showOutcome(tr("Rehearsing on a copy\u2026"), {}, false);
    startRun(ApplyRun::Kind::Rehearse);
    return true;
}

void ApplyDialog::startRun(ApplyRun::Kind kind)
{
    m_run->start(kind, m_target);
    m_progress->setRange(0, 0); // busy until the first migration reports
    m_progress->show();
    updateButtons();
    Q_EMIT runningChanged(true);
}

bool ApplyDialog::showRehearsal(const model::Result<migrations::RehearsalReport> &result)
{
    if (!result) {
        m_model->setReport({});
        m_pendingModel->setStringList({});
        m_destructive->hide();
        showOutcome(m_run->cancelRequested() ? tr("The rehearsal was cancelled; the database was only read.")
                                             : tr("The rehearsal could not run."),
                    result.error(), !m_run->cancelRequested());
        return false;
    }
    m_model->setReport(result.value());
    m_rehearsed = true;
    showReport();
    return result.value().succeeded();
}

void ApplyDialog::showReport()
{
    const migrations::RehearsalReport &r = report();
    const QString none = m_ungenerated > 0 ? tr("(none generated: %n change(s) in the project are not generated yet)",
                                                nullptr, m_ungenerated)
                                           : tr("(none: the database is up to date)");
    m_pendingModel->setStringList(r.pending.isEmpty() ? QStringList{none} : r.pending);
    QStringList steps;
    for (const migrations::DestructiveStep &step : r.destructive)
        steps << QStringLiteral("\u26a0 %1").arg(step.text().toHtmlEscaped());
    QStringList samples; // what a data migration computed, on a few real rows
    for (const migrations::TableRehearsal &t : r.tables) {
        for (const QString &sample : t.samples)
            samples
                << QStringLiteral("%1.%2").arg(t.renamedTo.isEmpty() ? t.table : t.renamedTo, sample).toHtmlEscaped();
    }
    QStringList sections;
    if (!steps.isEmpty())
        sections << tr("<b>Destructive steps</b><br>%1").arg(steps.join(QStringLiteral("<br>")));
    if (!samples.isEmpty())
        sections << tr("<b>Values computed or converted</b> (sample rows, before \u2192 after)<br>%1")
                        .arg(samples.join(QStringLiteral("<br>")));
    m_destructive->setText(sections.join(QStringLiteral("<br>")));
    m_destructive->setVisible(!sections.isEmpty());
    m_acceptLoss->setVisible(r.losesData() && r.succeeded());
    if (r.pending.isEmpty() && m_ungenerated > 0)
        return showOutcome(tr("Nothing to apply yet: %n change(s) in the project are not generated. Generate a "
                              "migration first, then it can be rehearsed and applied here.",
                              nullptr, m_ungenerated),
                           {}, false);
    if (r.pending.isEmpty())
        return showOutcome(tr("Nothing to apply: every migration is already in the database."), {}, false);
    if (!r.applyError.isEmpty())
        return showOutcome(tr("The migrations fail on the copy, so applying them would fail the same way. Fix the "
                              "migration or the data first."),
                           r.applyError, true);
    if (r.violationCount() > 0)
        return showOutcome(tr("The migrations leave %n row(s) referencing missing rows: applying is refused until "
                              "they are fixed.",
                              nullptr, int(r.violationCount())),
                           {}, true);
    if (r.integrity != QLatin1String("ok"))
        return showOutcome(tr("The copy fails its integrity check afterwards."), r.integrity, true);
    showOutcome(
        r.losesData()
            ? tr("%n migration(s) apply cleanly, but lose the data listed above.", nullptr, int(r.pending.size()))
            : tr("%n migration(s) apply cleanly; no row or value is lost.", nullptr, int(r.pending.size())),
        {}, false);
}

void ApplyDialog::setUngeneratedChanges(int count)
{
    m_ungenerated = std::max(count, 0);
    if (m_rehearsed && !m_done && !isRunning())
        showReport();
    updateButtons();
}

QStringList ApplyDialog::pendingLines() const
{
    return m_pendingModel->stringList();
}

void ApplyDialog::showOutcome(const QString &summary, const QString &details, bool error)
{
    m_summary->setText(summary);
    m_summary->setStyleSheet(error ? QStringLiteral("QLabel { color: #b00020; font-weight: bold; }") : QString());
    m_details->setPlainText(details);
    m_details->setVisible(!details.isEmpty());
}

void ApplyDialog::updateButtons()
{
    const migrations::RehearsalReport &r = report();
    const bool ready = m_rehearsed && !m_done && !r.pending.isEmpty() && r.succeeded() &&
                       (!r.losesData() || m_acceptLoss->isChecked());
    const bool running = isRunning();
    m_applyButton->setEnabled(ready && !running);
    m_rehearseButton->setEnabled(!running && !m_target.options.databasePath.isEmpty());
    m_choose->setEnabled(!running);
    m_generateButton->setVisible(m_ungenerated > 0);
    m_generateButton->setEnabled(!running);
    m_closeButton->setText(running ? tr("Cancel") : tr("Close"));
}

void ApplyDialog::showProgress(int done, int total, const QString &file)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setFormat(file.isEmpty() ? tr("Done") : tr("%1 (%2 of %3)").arg(file).arg(done + 1).arg(total));
}

bool ApplyDialog::applyNow()
{
    if (!m_applyButton->isEnabled() || isRunning())
        return false;
    startRun(ApplyRun::Kind::Apply);
    return true;
}

void ApplyDialog::runEnded()
{
    m_progress->hide();
    const bool ok =
        m_run->kind() == ApplyRun::Kind::Rehearse ? showRehearsal(*m_run->rehearsal()) : showApplied(*m_run->applied());
    updateButtons();
    Q_EMIT runningChanged(false);
    Q_EMIT runFinished(ok);
    if (ok && m_run->kind() == ApplyRun::Kind::Apply)
        Q_EMIT applied(m_run->applied()->value().applied, m_run->applied()->value().backupPath);
}

bool ApplyDialog::showApplied(const model::Result<migrations::ApplyReport> &result)
{
    if (!result) {
        showOutcome(m_run->cancelRequested() ? tr("Cancelled: nothing was applied; the database is exactly as it was.")
                                             : tr("Nothing was applied: the database is exactly as it was."),
                    result.error(), true);
        return false;
    }
    m_done = true;
    m_acceptLoss->hide();
    m_pendingModel->setStringList({tr("(none: every migration is applied)")});
    const QString backup = result.value().backupPath;
    QString details = result.value().applied.join(u'\n');
    if (!result.value().notes.isEmpty())
        details += u'\n' + result.value().notes.join(u'\n');
    QString summary = backup.isEmpty() ? tr("Applied %n migration(s).", nullptr, int(result.value().applied.size()))
                                       : tr("Applied %n migration(s). The database as it was is kept in %1", nullptr,
                                            int(result.value().applied.size()))
                                             .arg(QDir::toNativeSeparators(backup));
    if (m_run->cancelRequested())
        summary += u' ' + tr("(Cancel came after the migrations were committed.)");
    showOutcome(summary, details, false);
    return true;
}

void ApplyDialog::cancelRun()
{
    if (!isRunning())
        return;
    m_run->cancel();
    showOutcome(tr("Cancelling: stopping at the next statement and rolling back\u2026"), {}, false);
}

void ApplyDialog::cancelRunAndWait()
{
    m_run->cancelAndWait();
}

void ApplyDialog::reject()
{
    if (isRunning()) {
        cancelRun(); // the run rolls back; the dialog stays open to show that
        return;
    }
    QDialog::reject();
}

} // namespace tw::views
