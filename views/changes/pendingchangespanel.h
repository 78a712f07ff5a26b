// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListView;

namespace tw::views {

class PendingChangesModel;
class PendingPlanWatcher;
struct PendingPlan;

/// The Pending changes dock: what the next migration would do since the last one, its data-loss warnings
/// first, with a one-line summary above (or why no plan can be computed).
class PendingChangesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PendingChangesPanel(PendingPlanWatcher *watcher, QWidget *parent = nullptr);

    PendingChangesModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    QString summary() const;

private:
    void showPlan(const PendingPlan &plan);

    PendingChangesModel *m_model;
    QLabel *m_summary;
    QListView *m_list;
};

} // namespace tw::views
