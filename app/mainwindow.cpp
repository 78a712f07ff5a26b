// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mainwindow.h"

#include "app/aboutdialog.h"
#include "app/adoptactions.h"
#include "app/appsettings.h"
#include "app/clipboardactions.h"
#include "app/customactions.h"
#include "app/deployactions.h"
#include "app/editactions.h"
#include "app/editordocksizer.h"
#include "app/fileactions.h"
#include "app/helpactions.h"
#include "app/importactions.h"
#include "app/migrationactions.h"
#include "app/rollbackactions.h"
#include "app/sourceupdater.h"
#include "app/startpagecontroller.h"
#include "app/theme.h"
#include "app/userprompts.h"
#include "app/viewactions.h"
#include "model/document/schemadocument.h"
#include "model/itemmodels/problemsmodel.h"
#include "views/changes/pendingchangespanel.h"
#include "views/changes/pendingplanwatcher.h"
#include "views/changes/sqlpreviewpanel.h"
#include "views/common/fittingitemdelegate.h"
#include "views/common/icons.h"
#include "views/database/databasepanel.h"
#include "views/database/driftview.h"
#include "views/diagram/diagramoverview.h"
#include "views/diagram/diagramscene.h"
#include "views/diagram/diagramview.h"
#include "views/editors/tableeditor.h"
#include "views/editors/vieweditordialog.h"
#include "views/export/exportdialog.h"
#include "views/panels/problemspanel.h"
#include "views/settings/projectsettingsdialog.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>

namespace tw::app {

MainWindow::MainWindow(std::unique_ptr<UserPrompts> prompts, QWidget *parent)
    : QMainWindow(parent)
    , m_prompts(prompts ? std::move(prompts) : std::make_unique<DialogPrompts>())
    , m_document(new model::SchemaDocument(this))
    , m_diagram(new views::DiagramView(m_document, this))
    , m_tableEditor(new views::TableEditor(m_document, this))
    , m_problems(new views::ProblemsPanel(m_document, this))
    , m_pendingPlan(new views::PendingPlanWatcher(m_document, this))
    , m_pendingChanges(new views::PendingChangesPanel(m_pendingPlan, this))
    , m_sqlPreview(new views::SqlPreviewPanel(m_pendingPlan, this))
    , m_file(new FileActions(m_document, m_prompts.get(), this))
    , m_edit(new EditActions(m_document, m_diagram, this))
    , m_view(new ViewActions(m_diagram, m_prompts.get(), this))
    , m_migration(new MigrationActions(m_document, m_prompts.get(), m_file, this))
    , m_adopt(new AdoptActions(m_file, m_prompts.get(), this))
    , m_import(new ImportActions(m_file, m_prompts.get(), this))
    , m_help(new HelpActions(this))
    , m_sourceUpdater(new SourceUpdater(m_document, m_prompts.get(), this))
    , m_zoomLabel(new QLabel(this))
    , m_sourceProblem(new QLabel(this))
{
    setCentralWidget(m_diagram);
    setWindowIcon(views::icons::icon(QStringLiteral("tablewright")));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    createDocks();
    createMenus();
    createToolBar();
    statusBar()->addPermanentWidget(m_sourceProblem);
    statusBar()->addPermanentWidget(m_zoomLabel);
    connectSourceUpdater();
    // Onboarding: File ▸ Import reports what it read; no project open shows the start page over the diagram (first: an
    // opened project shows the diagram before it is fitted to the view).
    connect(m_import, &ImportActions::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    m_start = new StartPageController(this, m_document, m_file, m_adopt, m_import, m_help);

    connect(m_document, &model::SchemaDocument::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_document, &model::SchemaDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_diagram, &views::DiagramView::selectionChanged, this, [this](const QList<model::Id> &ids) {
        if (ids.size() == 1)
            m_tableEditor->setTableId(ids.first());
    });
    connect(m_diagram, &views::DiagramView::tableActivated, this, &MainWindow::showTable);
    connect(m_diagram, &views::DiagramView::columnActivated, this, &MainWindow::showItem);
    connect(m_diagram, &views::DiagramView::viewActivated, this, &MainWindow::editView);
    connect(m_diagram, &views::DiagramView::zoomChanged, this,
            [this](double zoom) { m_zoomLabel->setText(tr("%1 %").arg(qRound(zoom * 100))); });
    connect(m_edit, &EditActions::tableCreated, this, [this](const model::Id &id) {
        showTable(id);
        m_tableEditor->nameEdit()->selectAll();
    });
    connect(m_edit, &EditActions::renameRequested, this, [this](const model::Id &id) {
        showTable(id);
        m_tableEditor->nameEdit()->setFocus(Qt::ShortcutFocusReason);
        m_tableEditor->nameEdit()->selectAll();
    });
    connect(m_edit, &EditActions::tableFound, this, &MainWindow::showItem);
    connect(m_migration, &MigrationActions::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    auto *custom = new CustomActions(m_document, m_prompts.get(), m_file, m_migration->migrationMenu(), this);
    connect(custom, &CustomActions::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(custom, &CustomActions::migrationsVerified, m_problems->model(),
            &model::ProblemsModel::setMigrationFindings);
    connect(m_problems, &views::ProblemsPanel::problemActivated, this, &MainWindow::showItem);
    // The editor marks the rows the Problems panel lists, where they are edited.
    const auto markFindings = [this] {
        m_tableEditor->setFindings(m_problems->model()->findings());
    };
    connect(m_problems->model(), &QAbstractItemModel::modelReset, this, markFindings);
    markFindings();
    connect(m_file, &FileActions::projectOpened, this, [this] {
        m_tableEditor->setTableId({});
        m_sourceUpdater->restart();
        m_diagram->zoomForReading();
    });
    m_zoomLabel->setText(tr("%1 %").arg(qRound(m_diagram->zoom() * 100)));
    updateTitle();
    restoreSettings();
    // No table is shown yet: the diagram takes the editor's height, once the window has laid out its docks.
    QTimer::singleShot(0, m_editorDockSizer, &EditorDockSizer::fit);
}

MainWindow::~MainWindow()
{
    // QUndoStack's destructor emits cleanChanged, which SchemaDocument forwards as modifiedChanged while its stack
    // is half gone: nobody may listen by then.
    m_document->disconnect();
}

QDockWidget *MainWindow::addDock(const QString &title, const QString &objectName, QWidget *content,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(content);
    addDockWidget(area, dock);
    m_docks << dock;
    return dock;
}

void MainWindow::createDocks()
{
    // The table editor needs width (a dozen column fields) and height for its rows: it has the whole bottom,
    // low enough to leave the diagram most of the window. The narrow panels share the right side: the overview
    // above one tabbed dock (pending changes, their SQL, problems, history), each tab the column's full height.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea); // the right column runs the full height
    QDockWidget *editor = addDock(tr("Table"), QStringLiteral("tableDock"), m_tableEditor, Qt::BottomDockWidgetArea);
    m_editorDockSizer = new EditorDockSizer(this, editor, m_tableEditor);
    auto *overview = new views::DiagramOverview(m_diagram, this);
    QDockWidget *overviewDock =
        addDock(tr("Overview"), QStringLiteral("overviewDock"), overview, Qt::RightDockWidgetArea);
    QDockWidget *problems =
        addDock(tr("Problems"), QStringLiteral("problemsDock"), m_problems, Qt::RightDockWidgetArea);
    QDockWidget *changes =
        addDock(tr("Pending Changes"), QStringLiteral("pendingChangesDock"), m_pendingChanges, Qt::RightDockWidgetArea);
    auto *history = new QUndoView(m_document->undoStack(), this);
    history->setEmptyLabel(tr("<opened project>"));
    views::FittingItemDelegate::install(history);
    QDockWidget *historyDock = addDock(tr("History"), QStringLiteral("historyDock"), history, Qt::RightDockWidgetArea);
    QDockWidget *sql =
        addDock(tr("SQL Preview"), QStringLiteral("sqlPreviewDock"), m_sqlPreview, Qt::RightDockWidgetArea);
    splitDockWidget(overviewDock, changes, Qt::Vertical);
    tabifyDockWidget(changes, sql);
    tabifyDockWidget(sql, problems);
    tabifyDockWidget(problems, historyDock);
    changes->raise();
    // Behind a tab, the problems still show on it: "Problems (2)".
    const auto countProblems = [this, problems] {
        const int count = m_problems->model()->rowCount();
        problems->setWindowTitle(count == 0 ? tr("Problems") : tr("Problems (%1)").arg(count));
    };
    connect(m_problems->model(), &QAbstractItemModel::modelReset, problems, countProblems);
    countProblems();
    // The live database as a tab beside the table editor: the guide's `dev:query` checks, one click away.
    auto *databasePanel = new views::DatabasePanel(m_document, this);
    databasePanel->drift()->setGenerateAction(m_migration->generateAction());
    connect(databasePanel->drift(), &views::DriftView::driftByTableChanged, m_diagram->diagramScene(),
            &views::DiagramScene::showDrift);
    // Only the apply's worker thread touches the database while it runs: the panel is held until it ends.
    connect(m_migration, &MigrationActions::applyRunningChanged, databasePanel, &views::DatabasePanel::setHeld);
    connect(m_migration, &MigrationActions::applyRunningChanged, m_pendingPlan,
            &views::PendingPlanWatcher::setDatabaseHeld);
    QDockWidget *database =
        addDock(tr("Database"), QStringLiteral("databaseDock"), databasePanel, Qt::BottomDockWidgetArea);
    tabifyDockWidget(editor, database);
    editor->raise();
    resizeDocks({overviewDock}, {390}, Qt::Horizontal); // wide enough for the four tabs' titles
    resizeDocks({overviewDock, changes}, {170, 600}, Qt::Vertical);
    resizeDocks({editor}, {300}, Qt::Vertical);
}

// A source-mode project follows its schema files: their changes arrive as undo steps, a file that cannot be read is
// named in the status bar until it reads again.
void MainWindow::connectSourceUpdater()
{
    m_sourceProblem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_sourceProblem->hide();
    connect(m_sourceUpdater, &SourceUpdater::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_sourceUpdater, &SourceUpdater::problemChanged, this, [this](const QString &problem) {
        const QString text = problem.isEmpty() ? QString() : tr("Schema file not taken in: %1").arg(problem);
        m_sourceProblem->setText(fontMetrics().elidedText(text, Qt::ElideRight, width() * 2 / 3));
        m_sourceProblem->setToolTip(
            tr("%1\nThe project keeps the schema it had until the file reads again.").arg(text));
        m_sourceProblem->setVisible(!problem.isEmpty());
        if (!problem.isEmpty())
            statusBar()->clearMessage(); // the note needs the room
    });
    connect(m_document, &model::SchemaDocument::settingsChanged, m_sourceUpdater, &SourceUpdater::restart);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_file->newAction(), m_file->openAction(), m_adopt->openDrizzleAction()});
    file->addMenu(m_import->importMenu());
    file->addMenu(m_file->recentMenu());
    file->addSeparator();
    file->addActions({m_file->saveAction(), m_file->saveAsAction()});
    file->addSeparator();
    file->addAction(m_view->exportImageAction());
    file->addSeparator();
    QAction *settings = file->addAction(views::icons::icon(QStringLiteral("settings")), tr("Project Se&ttings…"));
    settings->setObjectName(QStringLiteral("projectSettingsAction"));
    settings->setStatusTip(tr("Migrations folder, SQL target, tracking table, backups, code export paths"));
    connect(settings, &QAction::triggered, this, [this] { views::ProjectSettingsDialog(m_document, this).exec(); });
    file->addSeparator();
    file->addActions({m_file->closeAction(), m_file->quitAction()});

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({m_edit->undoAction(), m_edit->redoAction()});
    edit->addSeparator();
    auto *clipboard = new ClipboardActions(m_document, m_diagram, this);
    connect(clipboard, &ClipboardActions::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    edit->addActions({clipboard->copyAction(), clipboard->pasteAction()});
    edit->addSeparator();
    edit->addActions({m_edit->newTableAction(), m_edit->newRelationshipAction(), m_edit->manyToManyAction(),
                      m_edit->newViewAction(), m_edit->deleteAction(), m_edit->duplicateAction()});
    edit->addSeparator();
    edit->addActions({m_edit->addNoteAction(), m_edit->newDiagramViewAction()});
    edit->addSeparator();
    edit->addActions({m_edit->renameAction(), m_edit->selectAllAction(), m_edit->findAction()});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(
        {m_view->zoomInAction(), m_view->zoomOutAction(), m_view->zoomToFitAction(), m_view->resetZoomAction()});
    view->addSeparator();
    view->addActions({m_view->gridAction(), m_view->snapAction()});
    view->addSeparator();
    for (QDockWidget *dock : std::as_const(m_docks))
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    QMenu *themes = view->addMenu(tr("&Theme"));
    auto *themeGroup = new QActionGroup(this);
    const AppSettings::Theme current = AppSettings().theme();
    for (auto [theme, text] :
         {std::pair{AppSettings::Theme::System, tr("&System")}, std::pair{AppSettings::Theme::Light, tr("&Light")},
          std::pair{AppSettings::Theme::Dark, tr("&Dark")}}) {
        QAction *action = themes->addAction(text);
        action->setCheckable(true);
        action->setChecked(theme == current);
        themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [theme = theme] {
            AppSettings().setTheme(theme);
            applyTheme(theme);
        });
    }

    QMenu *arrange = menuBar()->addMenu(tr("&Arrange"));
    arrange->addAction(m_view->autoLayoutAction());
    arrange->addSeparator();
    arrange->addMenu(m_view->alignMenu());
    arrange->addMenu(m_view->distributeMenu());

    menuBar()->addMenu(m_migration->migrationMenu());
    new RollbackActions(m_document, m_file, m_migration, this); // Migration ▸ Roll Back…, after Apply
    QAction *exportCode = m_migration->migrationMenu()->addAction(tr("Export &Code…"));
    exportCode->setObjectName(QStringLiteral("exportCodeAction"));
    connect(exportCode, &QAction::triggered, this, [this] {
        if (m_document->filePath().isEmpty() && !m_file->saveAs())
            return; // generated paths are relative to the project file
        views::ExportDialog dialog(m_document->project(), m_document->filePath(), this);
        connect(&dialog, &views::ExportDialog::sourceSynced, m_document, &model::SchemaDocument::setSourceState);
        dialog.exec();
    });
    new DeployActions(m_document, m_file, m_migration->migrationMenu(), this);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addActions({m_help->userGuideAction(), m_help->shortcutsAction()});
    help->addSeparator();
    QAction *about = help->addAction(views::icons::icon(QStringLiteral("help-about")), tr("&About Tablewright"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setIconSize(QSize(20, 20));
    bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    bar->addActions({m_file->newAction(), m_file->openAction(), m_file->saveAction()});
    bar->addSeparator();
    bar->addActions({m_edit->undoAction(), m_edit->redoAction()});
    bar->addSeparator();
    bar->addActions({m_edit->newTableAction(), m_edit->newRelationshipAction(), m_edit->manyToManyAction(),
                     m_edit->newViewAction(), m_edit->deleteAction(), m_edit->findAction()});
    bar->addSeparator();
    bar->addActions({m_view->zoomOutAction(), m_view->zoomInAction(), m_view->zoomToFitAction()});
    bar->addSeparator();
    bar->addAction(m_view->autoLayoutAction());
    bar->addActions(m_view->alignMenu()->actions());
    bar->addActions(m_view->distributeMenu()->actions());
    bar->addSeparator();
    bar->addAction(m_view->exportImageAction());

    m_migrationBar = addToolBar(tr("Migration"));
    m_migrationBar->setObjectName(QStringLiteral("migrationToolBar"));
    m_migrationBar->setIconSize(QSize(20, 20));
    m_migrationBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_migrationBar->addAction(m_migration->generateAction());
    showShortcutsInToolTips(bar);
    showShortcutsInToolTips(m_migrationBar);
}

// A toolbar button's tooltip names its key, "New Table (Ctrl+T)", and follows the action's text ("Undo Rename
// table orders (Ctrl+Z)").
void MainWindow::showShortcutsInToolTips(QToolBar *bar)
{
    for (QAction *action : bar->actions()) {
        const auto update = [action] {
            if (action->shortcut().isEmpty())
                return;
            QString text = action->text();
            text.remove(u'&').remove(QStringLiteral("\u2026"));
            const QString tip =
                QStringLiteral("%1 (%2)").arg(text, action->shortcut().toString(QKeySequence::NativeText));
            if (action->toolTip() != tip)
                action->setToolTip(tip);
        };
        connect(action, &QAction::changed, action, update);
        update();
    }
}

QMenu *MainWindow::migrationMenu() const
{
    return m_migration->migrationMenu();
}

void MainWindow::updateTitle()
{
    // Qt replaces [*] with '*' while the window is modified (driven by the undo stack's clean state).
    setWindowTitle(tr("%1[*] \u2014 Tablewright").arg(m_file->documentName()));
    setWindowModified(m_document->isModified());
}

bool MainWindow::openFile(const QString &filePath)
{
    return m_file->openFile(filePath);
}

void MainWindow::showTable(const model::Id &tableId)
{
    m_diagram->selectTables({tableId});
    m_diagram->centerOn(tableId);
    m_tableEditor->setTableId(tableId);
    for (QDockWidget *dock : std::as_const(m_docks)) {
        if (dock->widget() == m_tableEditor) {
            dock->show();
            dock->raise();
        }
    }
    m_tableEditor->nameEdit()->setFocus();
}

void MainWindow::showItem(const model::Id &tableId, const model::Id &itemId)
{
    if (!m_document->schema().table(tableId))
        return; // a view: nothing to select in the table editor
    m_diagram->selectTables({tableId});
    m_diagram->centerOn(tableId);
    m_tableEditor->setTableId(tableId);
    if (!itemId.isNull())
        m_tableEditor->selectItem(itemId);
}

void MainWindow::editView(const model::Id &viewId)
{
    if (!m_document->schema().view(viewId))
        return;
    views::ViewEditorDialog dialog(m_document, viewId, this);
    dialog.exec();
}

void MainWindow::restoreSettings()
{
    AppSettings settings;
    if (!restoreGeometry(settings.windowGeometry()))
        resize(1440, 900);
    restoreState(settings.windowState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_migration->settleRunningApply() || !m_file->maybeSave()) {
        event->ignore();
        return;
    }
    AppSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    event->accept();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace tw::app
