// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QListView;
class QPushButton;

namespace tw::views {

class PendingChangesModel;
class PendingPlanWatcher;
struct PendingPlan;
class FillDialog;

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
    /// Fill from…: enabled on a warning a data migration answers (a NOT NULL column without default on a table
    /// with rows, a type change, NOT NULL added) once the project is saved.
    QPushButton *fillButton() const { return m_fill; }
    /// Opens Fill from… for the selected warning; @p run shows the dialog (exec() unless a test answers it).
    void fillSelected(const std::function<int(FillDialog &)> &run = {});

private:
    void showPlan(const PendingPlan &plan);
    void updateFillButton();
    /// `table.column` of the selected warning when a fill can answer it, else empty.
    QString fillableSelection() const;

    PendingPlanWatcher *m_watcher;
    PendingChangesModel *m_model;
    QLabel *m_summary;
    QListView *m_list;
    QPushButton *m_fill;
};

} // namespace tw::views
