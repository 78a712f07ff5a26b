// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/changes/pendingchangespanel.h"

#include "views/common/fittingitemdelegate.h"

#include "migrations/fill/columnfills.h"
#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "model/project/projectpaths.h"
#include "views/changes/filldialog.h"
#include "views/changes/pendingchangesmodel.h"
#include "views/changes/pendingplanwatcher.h"
#include "views/common/fittingitemdelegate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace tw::views {

PendingChangesPanel::PendingChangesPanel(PendingPlanWatcher *watcher, QWidget *parent)
    : QWidget(parent)
    , m_watcher(watcher)
    , m_model(new PendingChangesModel(this))
    , m_summary(new QLabel(this))
    , m_list(new QListView(this))
    , m_fill(new QPushButton(tr("Fill from\u2026"), this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setContentsMargins(6, 4, 6, 4);
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setFrameShape(QFrame::NoFrame);
    FittingItemDelegate::install(m_list);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(6, 4, 6, 4);
    buttons->addStretch(1);
    buttons->addWidget(m_fill);
    layout->addLayout(buttons);
    m_fill->setToolTip(tr("Give the selected change a data migration: SQL that computes the column from the old "
                          "row"));
    connect(m_fill, &QPushButton::clicked, this, [this] { fillSelected(); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PendingChangesPanel::updateFillButton);
    connect(m_list, &QListView::activated, this, [this] {
        if (m_fill->isEnabled())
            fillSelected();
    });
    connect(watcher, &PendingPlanWatcher::planChanged, this, &PendingChangesPanel::showPlan);
    showPlan(watcher->plan());
}

QString PendingChangesPanel::summary() const
{
    return m_summary->text();
}

void PendingChangesPanel::showPlan(const PendingPlan &plan)
{
    m_model->setPlan(plan.plan, plan.countedWarnings);
    QString text;
    if (!plan.computed) {
        text = tr("Comparing with the last migration\u2026");
    } else if (!plan.error.isEmpty()) {
        text = tr("No plan: %1").arg(plan.error);
    } else if (plan.plan.isEmpty()) {
        text = tr("No schema changes since the last migration.");
    } else {
        text = tr("%n change(s) for the next migration", nullptr, m_model->operationCount());
        if (m_model->warningCount() > 0)
            text += tr("; %n may lose data or fail", nullptr, m_model->warningCount());
        text += QLatin1Char('.');
    }
    if (!plan.note.isEmpty() && plan.error.isEmpty())
        text += QLatin1Char(' ') + plan.note;
    m_summary->setText(text);
    m_summary->setToolTip(text);
    updateFillButton();
}

QString PendingChangesPanel::fillableSelection() const
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || current.row() >= m_model->warningCount() || m_watcher->document()->filePath().isEmpty())
        return {};
    using Kind = migrations::MigrationWarning::Kind;
    const migrations::MigrationWarning &warning = m_model->plan().warnings.at(current.row());
    if (warning.kind != Kind::NotNullColumnWithoutDefault && warning.kind != Kind::NotNullAdded &&
        warning.kind != Kind::TypeChange)
        return {};
    return migrations::ColumnFills::resolve(m_watcher->document()->project(), warning.object) ? warning.object
                                                                                              : QString();
}

void PendingChangesPanel::updateFillButton()
{
    m_fill->setEnabled(!fillableSelection().isEmpty());
}

void PendingChangesPanel::fillSelected(const std::function<int(FillDialog &)> &run)
{
    const QString object = fillableSelection();
    if (object.isEmpty())
        return;
    model::SchemaDocument &document = *m_watcher->document();
    const auto target = migrations::ColumnFills::resolve(document.project(), object);
    const QString folder = model::ProjectPaths(document.filePath(), document.settings()).migrationsFolder();
    FillDialog dialog(document.project(), folder, target.value(), this);
    const int result = run ? run(dialog) : dialog.exec();
    if (result == QDialog::Accepted && dialog.problem().isEmpty())
        model::SchemaEditor(&document).setFills(dialog.fills());
}

} // namespace tw::views
