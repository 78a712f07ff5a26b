// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/database/databasepanel.h"

#include "database/connection/projectdatabase.h"
#include "database/inspector/databaseinspector.h"
#include "database/tracking/runnablemigrations.h"
#include "model/document/schemadocument.h"
#include "model/project/projectpaths.h"
#include "views/database/driftview.h"
#include "views/database/liveresults.h"
#include "views/database/resulttablemodel.h"
#include "views/database/rowsbrowser.h"
#include "views/database/sqlconsole.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <array>

namespace tw::views {
namespace {

QTableView *gridFor(ResultTableModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    // A header and two rows at least: lower than QTableView's own minimum, so the panel fits a low dock.
    view->setMinimumHeight(3 * (view->fontMetrics().height() + 6) + 4);
    QObject::connect(model, &QAbstractItemModel::modelReset, view, [view] { view->resizeColumnsToContents(); });
    return view;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

DatabasePanel::DatabasePanel(model::SchemaDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_path(new QLabel(this))
    , m_projectButton(new QPushButton(tr("Project Database"), this))
    , m_openButton(new QPushButton(tr("Open SQLite File…"), this))
    , m_refreshButton(new QPushButton(tr("Refresh"), this))
    , m_objectsView(new QTreeView(this))
    , m_objects(new ResultTableModel(this))
    , m_tabs(new QTabWidget(this))
    , m_tableTitle(new QLabel(this))
    , m_columns(new ResultTableModel(this))
    , m_indexes(new ResultTableModel(this))
    , m_foreignKeys(new ResultTableModel(this))
    , m_rows(new RowsBrowser(this))
    , m_history(new ResultTableModel(this))
    , m_historySummary(new QLabel(this))
    , m_console(new SqlConsole(this))
    , m_drift(new DriftView(document, this))
    , m_status(new QLabel(this))
{
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_projectButton->setToolTip(tr("The database the project names, or wrangler's local D1 file beside it"));
    m_objectsView->setObjectName(QStringLiteral("databaseObjects"));
    m_objectsView->setModel(m_objects);
    m_objectsView->setRootIsDecorated(false);
    m_objectsView->setAlternatingRowColors(true);
    m_objectsView->header()->setStretchLastSection(false);
    m_objectsView->setMinimumWidth(
        m_objectsView->fontMetrics().horizontalAdvance(QStringLiteral("product_tags  table  1,000,000")));
    connect(m_objects, &QAbstractItemModel::modelReset, m_objectsView, [this] {
        if (m_objects->columnCount() == 0)
            return;
        m_objectsView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        for (int c = 1; c < m_objects->columnCount(); ++c)
            m_objectsView->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    });

    auto *historyTab = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyTab);
    historyLayout->addWidget(m_historySummary);
    historyLayout->addWidget(gridFor(m_history, historyTab), 1);

    m_tabs->addTab(createStructureTab(), tr("Structure"));
    m_tabs->addTab(m_rows, tr("Rows"));
    m_tabs->addTab(m_console, tr("SQL Console"));
    m_tabs->addTab(historyTab, tr("Migrations"));
    m_tabs->addTab(m_drift, tr("Drift"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_projectButton);
    bar->addWidget(m_openButton);
    bar->addWidget(m_refreshButton);
    bar->addWidget(m_path, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_objectsView);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 4);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({260, 900});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_projectButton, &QPushButton::clicked, this, &DatabasePanel::openProjectDatabase);
    connect(m_openButton, &QPushButton::clicked, this, &DatabasePanel::openFileWithDialog);
    connect(m_refreshButton, &QPushButton::clicked, this, &DatabasePanel::refresh);
    connect(m_objectsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DatabasePanel::showSelectedTable);
    connect(m_console, &SqlConsole::databaseChanged, this, &DatabasePanel::refresh);
    connect(m_console, &SqlConsole::writingChanged, m_rows, &RowsBrowser::refresh);
    connect(m_console, &SqlConsole::writingChanged, this, [this](bool writing) {
        m_status->setText(writing ? tr("Writes allowed: changes wait for Commit or Roll back in the SQL Console.")
                                  : tr("Opened read-only."));
    });
    if (parent)
        parent->window()->installEventFilter(this);
    connect(m_document, &model::SchemaDocument::filePathChanged, this, &DatabasePanel::refreshHistory);
    connect(m_document, &model::SchemaDocument::settingsChanged, this, &DatabasePanel::refreshHistory);
    m_refreshButton->setEnabled(false);
    m_path->setText(tr("No database open"));
}

DatabasePanel::~DatabasePanel() = default;

QWidget *DatabasePanel::createStructureTab()
{
    // Columns, indexes and foreign keys side by side: low enough for a dock under the diagram.
    auto *tab = new QWidget(this);
    auto *split = new QSplitter(Qt::Horizontal, tab);
    for (auto [title, model] : {std::pair{tr("Columns"), m_columns}, std::pair{tr("Indexes"), m_indexes},
                                std::pair{tr("Foreign keys"), m_foreignKeys}}) {
        auto *part = new QWidget(split);
        auto *partLayout = new QVBoxLayout(part);
        partLayout->setContentsMargins(0, 0, 0, 0);
        partLayout->addWidget(heading(title, part));
        partLayout->addWidget(gridFor(model, part), 1);
        split->addWidget(part);
    }
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 2);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_tableTitle);
    layout->addWidget(split, 1);
    QFont font = m_tableTitle->font();
    font.setBold(true);
    m_tableTitle->setFont(font);
    return tab;
}

bool DatabasePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Close && watched == window() && m_inspector && !m_console->settleTransaction()) {
        event->ignore();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void DatabasePanel::setAsker(std::function<int(const QString &)> asker)
{
    m_console->setAsker(std::move(asker));
}

QString DatabasePanel::statusText() const
{
    return m_status->text();
}

QString DatabasePanel::projectDatabase(QString *error) const
{
    if (m_document->filePath().isEmpty()) {
        if (error)
            *error = tr("Save the project first: its database is found beside the project file.");
        return {};
    }
    const auto located = database::ProjectDatabase::locate(m_document->filePath(), m_document->settings());
    if (!located && error) // the library's message names no remedy: the window's are its dialogs
        *error = located.error() + tr("\nChoose it in Migration \u25b8 Apply to Local Database (it becomes the "
                                      "project's database), or open a file with Open SQLite File\u2026.");
    return located ? located.value() : QString();
}

void DatabasePanel::openProjectDatabase()
{
    QString error;
    const QString path = projectDatabase(&error);
    if (path.isEmpty())
        m_status->setText(error);
    else
        openDatabase(path);
}

void DatabasePanel::openFileWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open SQLite Database"), QString(),
                                                      tr("SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

bool DatabasePanel::openDatabase(const QString &path)
{
    if (m_held || !closeDatabase())
        return false;
    auto opened = database::DatabaseInspector::open(path);
    if (!opened) {
        m_status->setText(opened.error());
        return false;
    }
    m_inspector = std::move(opened.value());
    m_path->setText(QDir::toNativeSeparators(path));
    m_path->setToolTip(path);
    m_refreshButton->setEnabled(true);
    m_console->setInspector(m_inspector.get());
    m_rows->setInspector(m_inspector.get());
    m_status->setText(tr("Opened read-only."));
    m_drift->setDatabase(path);
    refresh();
    Q_EMIT databaseChanged(path);
    return true;
}

bool DatabasePanel::closeDatabase()
{
    if (!m_inspector)
        return true;
    if (!m_console->settleTransaction())
        return false;
    m_console->setInspector(nullptr);
    m_rows->setInspector(nullptr);
    m_inspector.reset();
    m_currentTable.clear();
    m_objects->clear();
    m_columns->clear();
    m_indexes->clear();
    m_foreignKeys->clear();
    m_history->clear();
    m_drift->setDatabase({});
    m_tableTitle->clear();
    m_historySummary->clear();
    m_path->setText(tr("No database open"));
    m_refreshButton->setEnabled(false);
    Q_EMIT databaseChanged(QString());
    return true;
}

void DatabasePanel::setHeld(bool held)
{
    if (held == m_held)
        return;
    m_held = held;
    setEnabled(!held);
    m_status->setText(held ? tr("Migrations are being applied: the panel waits until they are done.") : QString());
    if (!m_inspector)
        return;
    m_rows->setInspector(held ? nullptr : m_inspector.get());
    if (!held)
        refresh(); // shows the current table again, rows included
}

void DatabasePanel::refresh()
{
    if (!m_inspector || m_held)
        return;
    const auto objects = m_inspector->objects();
    if (!objects) {
        m_status->setText(objects.error());
        return;
    }
    const QString keep = m_currentTable;
    m_objects->setResult(liveresults::objects(objects.value()));
    refreshHistory();
    if (!m_inspector->isWriting())
        m_drift->check();
    m_currentTable.clear();
    // Something to look at straight away: the table shown before, else the first one.
    if (keep.isEmpty() && m_objects->rowCount() > 0)
        showTable(m_objects->result().rows.first().value(0).toString());
    else if (!keep.isEmpty())
        showTable(keep);
}

void DatabasePanel::showTable(const QString &table)
{
    for (int row = 0; row < m_objects->rowCount(); ++row) {
        if (m_objects->result().rows.at(row).value(0).toString() == table) {
            m_objectsView->setCurrentIndex(m_objects->index(row, 0));
            showSelectedTable();
            return;
        }
    }
}

void DatabasePanel::showSelectedTable()
{
    if (m_held)
        return;
    const QModelIndex current = m_objectsView->currentIndex();
    const QString table =
        current.isValid() ? m_objects->result().rows.value(current.row()).value(0).toString() : QString();
    if (!m_inspector || table.isEmpty() || table == m_currentTable)
        return;
    const auto described = m_inspector->describe(table);
    if (!described) {
        m_status->setText(described.error());
        return;
    }
    m_currentTable = table;
    m_tableTitle->setText((described.value().isView ? tr("View %1") : tr("Table %1")).arg(table));
    m_columns->setResult(liveresults::columns(described.value()));
    m_indexes->setResult(liveresults::indexes(described.value()));
    m_foreignKeys->setResult(liveresults::foreignKeys(described.value()));
    m_rows->showTable(table);
}

void DatabasePanel::refreshHistory()
{
    if (!m_inspector || m_held)
        return;
    if (m_document->filePath().isEmpty()) {
        m_history->clear();
        m_historySummary->setText(tr("Open a project to compare this database with its migrations folder."));
        return;
    }
    const model::ProjectPaths paths(m_document->filePath(), m_document->settings());
    const auto folder = database::RunnableMigrations::scan(paths.migrationsFolder());
    const auto entries = folder ? m_inspector->history(folder.value(), m_document->settings().tracking)
                                : model::Result<QList<database::HistoryEntry>>::failure(folder.error());
    if (!entries) {
        m_history->clear();
        m_historySummary->setText(entries.error());
        return;
    }
    m_history->setResult(liveresults::history(entries.value()));
    using State = database::HistoryEntry::State;
    std::array<int, 4> byState{};
    for (const database::HistoryEntry &e : entries.value())
        ++byState[size_t(e.state)];
    const auto count = [&byState](State state) {
        return byState[size_t(state)];
    };
    QString summary = tr("%1 applied, %2 pending").arg(count(State::Applied)).arg(count(State::Pending));
    if (count(State::Skipped) > 0)
        summary += tr(", %1 skipped").arg(count(State::Skipped));
    if (count(State::Unknown) > 0)
        summary += tr(", %1 unknown").arg(count(State::Unknown));
    m_historySummary->setText(tr("%1 — %2").arg(summary, QDir::toNativeSeparators(paths.migrationsFolder())));
}

} // namespace tw::views
