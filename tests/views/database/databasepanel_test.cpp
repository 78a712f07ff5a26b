// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/connection/databaseconnection.h"
#include "database/inspector/databaseinspector.h"
#include "model/document/schemadocument.h"
#include "model/io/projectreader.h"
#include "tests/support/databases/exampledatabase.h"
#include "tests/support/printers.h"
#include "views/database/databasepanel.h"
#include "views/database/driftview.h"
#include "views/database/resulttablemodel.h"
#include "views/database/rowsbrowser.h"
#include "views/database/sqlconsole.h"
#include "views/database/tablerowsmodel.h"
#include "views/diagram/diagramscene.h"
#include "views/diagram/tablecarditem.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace tw::views;
using tw::test::ExampleDatabase;

namespace {

qint64 countIn(const QString &database, const QString &table)
{
    auto inspector = tw::database::DatabaseInspector::open(database);
    EXPECT_TRUE(inspector.ok());
    return inspector ? inspector.value()->count(table).value() : -1;
}

/// The panel on the example's seeded database, opened as the project's database (wrangler's file beside it).
class PanelFixture
{
public:
    PanelFixture()
    {
        const QString wrangler = example.folder() + QStringLiteral("/.wrangler/state/v3/d1/miniflare-D1DatabaseObject");
        QDir().mkpath(wrangler);
        database = wrangler + QStringLiteral("/0f1e2d.sqlite");
        EXPECT_TRUE(QFile::copy(example.database(), database));
        document.resetProject(tw::model::ProjectReader::readFile(example.project()).value());
        document.setFilePath(example.project());
        panel.setAsker([this](const QString &) {
            ++questions;
            return answer;
        });
        panel.resize(1200, 700);
    }
    ExampleDatabase example;
    QString database;
    tw::model::SchemaDocument document;
    DatabasePanel panel{&document};
    int answer = QMessageBox::Cancel;
    int questions = 0;
};

} // namespace

TEST(DatabasePanel, ShowsTheProjectsDatabaseTablesStructureRowsAndHistory)
{
    PanelFixture f;
    QAbstractItemModelTester objectsTester(f.panel.objectsModel(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester rowsTester(f.panel.rows()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(f.panel.projectDatabase(), f.database);
    ASSERT_TRUE(f.panel.openDatabase(f.panel.projectDatabase())) << f.panel.statusText().toStdString();
    ASSERT_EQ(f.panel.objectsModel()->rowCount(), 6);
    EXPECT_EQ(f.panel.objectsModel()->index(0, 0).data().toString(), QStringLiteral("categories"));
    EXPECT_EQ(f.panel.objectsModel()->index(0, 2).data().toString(), QStringLiteral("3"));

    f.panel.showTable(QStringLiteral("categories"));
    EXPECT_EQ(f.panel.columnsModel()->rowCount(), 6);
    EXPECT_EQ(f.panel.columnsModel()->index(0, 0).data().toString(), QStringLiteral("id"));
    QStringList indexes;
    for (int row = 0; row < f.panel.indexesModel()->rowCount(); ++row)
        indexes << f.panel.indexesModel()->index(row, 0).data().toString();
    EXPECT_TRUE(indexes.contains(QStringLiteral("categories_created_by_user_id_idx")))
        << indexes.join(u',').toStdString();
    ASSERT_EQ(f.panel.foreignKeysModel()->rowCount(), 1);
    EXPECT_EQ(f.panel.foreignKeysModel()->index(0, 1).data().toString(), QStringLiteral("users(id)"));
    EXPECT_EQ(f.panel.rows()->model()->rowCount(), 3);
    EXPECT_EQ(f.panel.rows()->model()->index(0, 1).data().toString(), QStringLiteral("Technology"));
    ASSERT_EQ(f.panel.historyModel()->rowCount(), 1);
    EXPECT_EQ(f.panel.historyModel()->index(0, 0).data().toString(), QStringLiteral("applied"));
    EXPECT_EQ(f.panel.historyModel()->index(0, 1).data().toString(), f.example.migrationFile());
}

TEST(DatabasePanel, ConsoleIsReadOnlyUntilWritesAreAllowed)
{
    PanelFixture f;
    ASSERT_TRUE(f.panel.openDatabase(f.database));
    SqlConsole *console = f.panel.console();
    EXPECT_TRUE(console->run(QStringLiteral("SELECT * FROM categories;")));
    EXPECT_EQ(console->resultModel()->rowCount(), 3);
    EXPECT_FALSE(console->run(QStringLiteral("INSERT INTO tags (name) VALUES ('x')")));
    EXPECT_TRUE(console->statusText().startsWith(QLatin1String("refused: "))) << console->statusText().toStdString();
    EXPECT_FALSE(console->run(QStringLiteral("PRAGMA user_version = 3")));
    EXPECT_EQ(console->history().size(), 3);
    EXPECT_EQ(countIn(f.database, QStringLiteral("tags")), 2);
}

// Walkthrough bug b12: the footer kept saying "Opened read-only." while writes were allowed.
TEST(DatabasePanel, FooterSaysWhileWritesAreAllowed)
{
    PanelFixture f;
    ASSERT_TRUE(f.panel.openDatabase(f.database));
    EXPECT_EQ(f.panel.statusText(), QStringLiteral("Opened read-only."));
    ASSERT_TRUE(f.panel.console()->setWritesAllowed(true));
    EXPECT_TRUE(f.panel.statusText().startsWith(QStringLiteral("Writes allowed")))
        << f.panel.statusText().toStdString();
    ASSERT_TRUE(f.panel.console()->commit());
    EXPECT_EQ(f.panel.statusText(), QStringLiteral("Opened read-only."));
}

TEST(DatabasePanel, ConsoleCommitKeepsAndRollbackDiscards)
{
    PanelFixture f;
    ASSERT_TRUE(f.panel.openDatabase(f.database));
    SqlConsole *console = f.panel.console();
    ASSERT_TRUE(console->setWritesAllowed(true)) << console->statusText().toStdString();
    ASSERT_TRUE(console->run(QStringLiteral("INSERT INTO categories (name, description, created_by_user_id) VALUES "
                                            "('Technology 2', 'Tech-related items', 1)")));
    EXPECT_EQ(f.panel.objectsModel()->index(0, 2).data().toString(), QStringLiteral("4"))
        << "counts follow the transaction";
    EXPECT_EQ(countIn(f.database, QStringLiteral("categories")), 3) << "nothing reaches the file before Commit";
    ASSERT_TRUE(console->commit());
    EXPECT_EQ(countIn(f.database, QStringLiteral("categories")), 4);
    EXPECT_FALSE(f.panel.inspector()->isWriting());

    ASSERT_TRUE(console->setWritesAllowed(true));
    ASSERT_TRUE(console->run(QStringLiteral("DELETE FROM product_tags")));
    ASSERT_TRUE(console->rollback());
    EXPECT_EQ(countIn(f.database, QStringLiteral("product_tags")), 3);
}

TEST(DatabasePanel, ClosingWithAnOpenTransactionAsks)
{
    PanelFixture f;
    ASSERT_TRUE(f.panel.openDatabase(f.database));
    ASSERT_TRUE(f.panel.console()->setWritesAllowed(true));
    ASSERT_TRUE(f.panel.console()->run(QStringLiteral("DELETE FROM product_tags")));
    f.answer = QMessageBox::Cancel;
    EXPECT_FALSE(f.panel.closeDatabase());
    EXPECT_EQ(f.questions, 1);
    EXPECT_TRUE(f.panel.inspector()->isWriting()) << "cancel keeps the transaction open";
    f.answer = QMessageBox::Discard;
    EXPECT_TRUE(f.panel.closeDatabase());
    EXPECT_EQ(f.panel.inspector(), nullptr);
    EXPECT_EQ(countIn(f.database, QStringLiteral("product_tags")), 3);
}

TEST(DatabasePanel, ABadFileIsExplainedAndNothingIsOpened)
{
    PanelFixture f;
    QTemporaryDir dir;
    const QString notADatabase = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile file(notADatabase);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("this is not a database, just text that is long enough to have a header of its own");
    file.close();
    EXPECT_FALSE(f.panel.openDatabase(notADatabase));
    EXPECT_TRUE(f.panel.statusText().contains(QLatin1String("not a usable SQLite database")))
        << f.panel.statusText().toStdString();
    EXPECT_EQ(f.panel.inspector(), nullptr);
}

TEST(DatabasePanel, DriftShowsAnAddedColumnADroppedIndexAndAnExtraTableAndImportsThemUndoably)
{
    PanelFixture f;
    ASSERT_TRUE(f.panel.openDatabase(f.database));
    EXPECT_EQ(f.panel.drift()->model()->rowCount(), 0) << f.panel.drift()->summaryText().toStdString();
    EXPECT_TRUE(f.panel.drift()->summaryText().startsWith(QLatin1String("In sync")))
        << f.panel.drift()->summaryText().toStdString();
    ASSERT_TRUE(f.panel.closeDatabase());

    ExampleDatabase &e = f.example;
    auto edit = tw::database::DatabaseInspector::open(f.database);
    ASSERT_TRUE(edit.ok());
    ASSERT_EQ(edit.value()->beginWriting(), QString());
    ASSERT_TRUE(edit.value()
                    ->run(QStringLiteral("ALTER TABLE categories ADD COLUMN color text; "
                                         "DROP INDEX categories_created_by_user_id_idx; "
                                         "CREATE TABLE audit (id integer PRIMARY KEY, note text)"))
                    .ok());
    ASSERT_EQ(edit.value()->commit(), QString());
    edit.value().reset();
    Q_UNUSED(e);

    ASSERT_TRUE(f.panel.openDatabase(f.database));
    QStringList lines;
    const ResultTableModel *drift = f.panel.drift()->model();
    for (int row = 0; row < drift->rowCount(); ++row)
        lines << QStringLiteral("%1 %2 %3.%4")
                     .arg(drift->index(row, 0).data().toString(), drift->index(row, 1).data().toString(),
                          drift->index(row, 2).data().toString(), drift->index(row, 3).data().toString());
    EXPECT_TRUE(lines.contains(QStringLiteral("extra column categories.color"))) << lines.join(u'\n').toStdString();
    EXPECT_TRUE(lines.contains(QStringLiteral("missing index categories.categories_created_by_user_id_idx")))
        << lines.join(u'\n').toStdString();
    EXPECT_TRUE(lines.contains(QStringLiteral("extra table .audit"))) << lines.join(u'\n').toStdString();

    const int tablesBefore = int(f.document.schema().tables.size());
    ASSERT_TRUE(f.panel.drift()->importIntoProject()) << f.panel.drift()->summaryText().toStdString();
    EXPECT_EQ(f.document.schema().tables.size(), tablesBefore + 1);
    EXPECT_EQ(f.document.undoStack()->count(), 1) << "one undoable step";
    f.document.undoStack()->undo();
    EXPECT_EQ(f.document.schema().tables.size(), tablesBefore);
}

TEST(DatabasePanel, DriftIsMarkedOnTheDiagramCardsOfTheTablesItTouches)
{
    PanelFixture f;
    tw::views::DiagramScene scene(&f.document);
    QObject::connect(f.panel.drift(), &DriftView::driftByTableChanged, &scene, &tw::views::DiagramScene::showDrift);
    const auto cardNamed = [&scene](const QString &name) {
        for (tw::views::TableCardItem *card : scene.cards())
            if (card->table()->name == name)
                return card;
        return static_cast<tw::views::TableCardItem *>(nullptr);
    };
    ASSERT_NE(cardNamed(QStringLiteral("categories")), nullptr);

    auto edit = tw::database::DatabaseInspector::open(f.database);
    ASSERT_TRUE(edit.ok());
    ASSERT_EQ(edit.value()->beginWriting(), QString());
    ASSERT_TRUE(edit.value()->run(QStringLiteral("ALTER TABLE categories ADD COLUMN color text")).ok());
    ASSERT_EQ(edit.value()->commit(), QString());
    edit.value().reset();

    QSignalSpy spy(f.panel.drift(), &DriftView::driftByTableChanged);
    ASSERT_TRUE(f.panel.openDatabase(f.database));
    ASSERT_FALSE(spy.isEmpty());
    const auto lines = spy.last().at(0).value<QHash<QString, QStringList>>();
    EXPECT_EQ(lines.keys(), QList<QString>{QStringLiteral("categories")});
    const tw::views::TableCardItem *categories = cardNamed(QStringLiteral("categories"));
    ASSERT_EQ(categories->driftLines().size(), 1);
    EXPECT_TRUE(categories->driftLines().first().contains(QLatin1String("color")));
    EXPECT_TRUE(categories->toolTip().contains(QLatin1String("color"))) << categories->toolTip().toStdString();
    EXPECT_TRUE(cardNamed(QStringLiteral("users"))->driftLines().isEmpty());

    ASSERT_TRUE(f.panel.closeDatabase());
    EXPECT_TRUE(categories->driftLines().isEmpty()) << "closing the database clears the marks";
}

TEST(DatabasePanel, RendersTheSeededExampleWithRowsShown)
{
    PanelFixture f;
    ASSERT_TRUE(f.panel.openDatabase(f.panel.projectDatabase()));
    f.panel.showTable(QStringLiteral("products"));
    f.panel.tabs()->setCurrentIndex(1);
    f.panel.show();
    QApplication::processEvents();
    const QImage image = f.panel.grab().toImage();
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), f.panel.size() * image.devicePixelRatio());
    // TW_SCREENSHOT_DIR=... keeps the picture for a person to look at.
    const QString dir = qEnvironmentVariable("TW_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        image.save(dir + QStringLiteral("/database-panel-rows.png"));
        f.panel.tabs()->setCurrentIndex(0);
        f.panel.showTable(QStringLiteral("categories"));
        QApplication::processEvents();
        f.panel.grab().save(dir + QStringLiteral("/database-panel-structure.png"));
        f.panel.tabs()->setCurrentIndex(2);
        f.panel.console()->editor()->setPlainText(QStringLiteral("SELECT * FROM categories;"));
        f.panel.console()->run(QStringLiteral("SELECT * FROM categories;"));
        QApplication::processEvents();
        f.panel.grab().save(dir + QStringLiteral("/database-panel-console.png"));
        f.panel.tabs()->setCurrentIndex(3);
        QApplication::processEvents();
        f.panel.grab().save(dir + QStringLiteral("/database-panel-history.png"));
    }
}

TEST(DatabasePanel, ConsoleExportsTheWholeResultAsCsv)
{
    PanelFixture f;
    ASSERT_TRUE(f.panel.openDatabase(f.database));
    SqlConsole *console = f.panel.console();
    EXPECT_FALSE(console->exportCsv(f.example.folder() + QStringLiteral("/none.csv"))) << "nothing run yet";
    ASSERT_TRUE(console->run(QStringLiteral("SELECT id, name, description FROM categories ORDER BY id")));
    const QString path = f.example.folder() + QStringLiteral("/categories.csv");
    ASSERT_TRUE(console->exportCsv(path)) << console->statusText().toStdString();
    QFile csv(path);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_EQ(csv.readAll(), QByteArray("id,name,description\r\n1,Technology,Tech-related items\r\n"
                                        "2,Books,\"Reading, \"\"quoted\"\"\"\r\n3,Garden,\r\n"));
}

TEST(DatabasePanel, ABusyDatabaseIsExplainedWithoutHanging)
{
    PanelFixture f;
    ASSERT_TRUE(f.panel.openDatabase(f.database));
    auto other =
        tw::database::DatabaseConnection::open(f.database, tw::database::DatabaseConnection::Mode::ReadWrite, 0);
    ASSERT_TRUE(other.ok());
    ASSERT_EQ(other.value()->exec(QStringLiteral("BEGIN EXCLUSIVE")), QString());
    SqlConsole *console = f.panel.console();
    // Reading may still work (WAL) or be blocked (rollback journal); writing cannot.
    if (console->setWritesAllowed(true)) {
        EXPECT_FALSE(console->run(QStringLiteral("DELETE FROM tags")));
    }
    EXPECT_TRUE(console->statusText().contains(QLatin1String("is busy"))) << console->statusText().toStdString();
    ASSERT_EQ(other.value()->exec(QStringLiteral("ROLLBACK")), QString());
    f.answer = QMessageBox::Discard;
    EXPECT_TRUE(f.panel.closeDatabase());
    EXPECT_EQ(countIn(f.database, QStringLiteral("tags")), 2);
}
