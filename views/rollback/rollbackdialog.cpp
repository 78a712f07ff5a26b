// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/rollback/rollbackdialog.h"

#include "views/apply/rehearsalmodel.h"
#include "views/common/sqlhighlighter.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tw::views {

namespace {

/// The combo box's data for "no migration stays applied" (an empty `to`).
const QString kNothing = QStringLiteral("\x01");

} // namespace

RollbackDialog::RollbackDialog(migrations::RollbackRequest request, QWidget *parent)
    : QDialog(parent)
    , m_request(std::move(request))
{
    setObjectName(QStringLiteral("rollbackDialog"));
    setWindowTitle(tr("Roll Back Migrations"));
    buildUi();
}

void RollbackDialog::buildUi()
{
    auto *form = new QFormLayout;
    form->addRow(tr("Database:"), new QLabel(m_request.options.databasePath, this));
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("rollbackTarget"));
    form->addRow(tr("Go back to:"), m_target);
    connect(m_target, &QComboBox::activated, this, [this] { rehearse(); });

    m_sql = new QPlainTextEdit(this);
    m_sql->setObjectName(QStringLiteral("rollbackSql"));
    m_sql->setReadOnly(true);
    m_sql->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new SqlHighlighter(m_sql->document());

    m_model = new RehearsalModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("rollbackRehearsalTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(RehearsalModel::TableColumn, QHeaderView::Stretch);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("rollbackSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_acceptLoss = new QCheckBox(tr("I have read the report and accept losing the data listed above"), this);
    m_acceptLoss->setObjectName(QStringLiteral("rollbackAcceptLoss"));
    connect(m_acceptLoss, &QCheckBox::toggled, this, &RollbackDialog::updateButtons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_rollBack = buttons->addButton(tr("&Roll Back"), QDialogButtonBox::AcceptRole);
    m_rollBack->setObjectName(QStringLiteral("rollbackButton"));
    connect(m_rollBack, &QPushButton::clicked, this, &RollbackDialog::rollBack);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Down SQL:"), this));
    layout->addWidget(m_sql, 1);
    layout->addWidget(new QLabel(tr("Rehearsal on a copy (the database is not touched):"), this));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_acceptLoss);
    layout->addWidget(buttons);
    resize(760, 620);
    updateButtons();
}

bool RollbackDialog::load()
{
    m_target->clear();
    const auto applied = migrations::RollbackPlanner::appliedMigrations(m_request);
    if (!applied || applied.value().isEmpty()) {
        m_summary->setText(applied ? tr("No migration is applied to this database: nothing to roll back.")
                                   : applied.error());
        updateButtons();
        return false;
    }
    // Every applied migration but the last can stay the last applied; or none at all.
    for (qsizetype i = applied.value().size() - 2; i >= 0; --i)
        m_target->addItem(applied.value()[i], applied.value()[i]);
    m_target->addItem(tr("(none: undo every applied migration)"), kNothing);
    m_target->setCurrentIndex(0);
    return rehearse();
}

void RollbackDialog::showProblem(const QString &problem)
{
    m_target->clear();
    m_summary->setText(problem);
    updateButtons();
}

QStringList RollbackDialog::targets() const
{
    QStringList out;
    for (int i = 0; i < m_target->count(); ++i)
        out << m_target->itemData(i).toString();
    return out;
}

bool RollbackDialog::setTarget(const QString &migration)
{
    const int index = m_target->findData(migration.isEmpty() ? kNothing : migration);
    if (index < 0)
        return false;
    m_target->setCurrentIndex(index);
    return rehearse();
}

bool RollbackDialog::rehearse()
{
    const QString chosen = m_target->currentData().toString();
    m_request.to = chosen == kNothing ? QString() : chosen;
    m_rehearsal.reset();
    m_done = false;
    m_acceptLoss->setChecked(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto rehearsal = migrations::RollbackRunner::rehearse(m_request);
    QApplication::restoreOverrideCursor();
    if (!rehearsal) {
        m_sql->clear();
        m_model->setReport({});
        m_summary->setText(rehearsal.error());
        updateButtons();
        return false;
    }
    m_rehearsal = rehearsal.value();
    m_sql->setPlainText(m_rehearsal->plan.downSql());
    m_model->setReport(m_rehearsal->report);
    m_summary->setText(m_rehearsal->plan.steps.isEmpty() ? m_rehearsal->plan.summary() : m_rehearsal->verdict());
    updateButtons();
    return m_rehearsal->succeeded();
}

bool RollbackDialog::rollBack()
{
    if (!m_rollBack->isEnabled())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto outcome = migrations::RollbackRunner::run(m_request);
    QApplication::restoreOverrideCursor();
    m_done = true;
    if (!outcome) {
        m_summary->setText(outcome.error());
        updateButtons();
        return false;
    }
    QString text = outcome.value().toText();
    if (!outcome.value().backupPath.isEmpty())
        text += tr("Backup: %1").arg(outcome.value().backupPath);
    m_summary->setText(text);
    updateButtons();
    QStringList names;
    for (const migrations::RollbackStep &step : outcome.value().plan.steps)
        names << step.name;
    Q_EMIT rolledBack(names, outcome.value().backupPath);
    return outcome.value().schemaDifference.isEmpty();
}

QString RollbackDialog::downSql() const
{
    return m_sql->toPlainText();
}

QString RollbackDialog::summary() const
{
    return m_summary->text();
}

const migrations::RehearsalReport &RollbackDialog::report() const
{
    return m_model->report();
}

void RollbackDialog::updateButtons()
{
    const bool losesData = m_rehearsal && m_rehearsal->report.losesData();
    m_acceptLoss->setVisible(losesData && !m_done);
    m_rollBack->setEnabled(!m_done && m_rehearsal && m_rehearsal->succeeded() && !m_rehearsal->plan.steps.isEmpty() &&
                           (!losesData || m_acceptLoss->isChecked()));
}

} // namespace tw::views
