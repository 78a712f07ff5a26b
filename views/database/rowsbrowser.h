// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace tw::database {
class DatabaseInspector;
}

namespace tw::views {

class TableRowsModel;

/// One table's rows: a filter box (any column containing the text), a grid sorted by clicking a header, a
/// status line with the row count. All of it is SQL run a page at a time (TableRowsModel).
class RowsBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit RowsBrowser(QWidget *parent = nullptr);

    void setInspector(database::DatabaseInspector *inspector);
    void showTable(const QString &table);
    void refresh();

    TableRowsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filter() const { return m_filter; }
    QString statusText() const;

private:
    void updateStatus();

    TableRowsModel *m_model;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_status;
};

} // namespace tw::views
