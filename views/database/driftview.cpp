// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/database/driftview.h"

#include "database/introspection/driftdetector.h"
#include "database/introspection/schemaintrospector.h"
#include "migrations/folder/migrationsfolder.h"
#include "migrations/generate/baselinemapper.h"
#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "model/project/projectpaths.h"
#include "model/schema/importedschema.h"
#include "views/database/resulttablemodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace tw::views {
namespace {

// The database lists its tables in its own order; the project's order (which schema.ts follows) is the user's.
// Tables and views the project has keep their rows, new ones go after them.
template<typename T>
void sortLike(QList<T> &elements, const QList<T> &order)
{
    const auto rank = [&order](const T &element) {
        for (qsizetype i = 0; i < order.size(); ++i) {
            if (order[i].id == element.id)
                return i;
        }
        return order.size();
    };
    std::stable_sort(elements.begin(), elements.end(), [&rank](const T &a, const T &b) { return rank(a) < rank(b); });
}

void keepProjectOrder(model::Schema &schema, const model::Schema &project)
{
    sortLike(schema.tables, project.tables);
    sortLike(schema.views, project.views);
}

} // namespace

DriftView::DriftView(model::SchemaDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new ResultTableModel(this))
    , m_summary(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_checkButton(new QPushButton(tr("Check Again"), this))
    , m_importButton(new QPushButton(tr("Import into Project"), this))
    , m_generateButton(new QPushButton(tr("Generate Migration"), this))
{
    m_importButton->setToolTip(tr("Make the project's schema the database's (undoable)"));
    m_generateButton->setToolTip(tr("Write the migration that brings the database to the project's schema"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *view = new QTableView(this);
    view->setModel(m_model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(m_model, &QAbstractItemModel::modelReset, view, [view] { view->resizeColumnsToContents(); });
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_checkButton);
    bar->addWidget(m_importButton);
    bar->addWidget(m_generateButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(view, 1);
    layout->addWidget(m_notes);
    connect(m_checkButton, &QPushButton::clicked, this, &DriftView::check);
    connect(m_importButton, &QPushButton::clicked, this, &DriftView::importIntoProject);
    connect(m_generateButton, &QPushButton::clicked, this, [this] {
        if (m_generateAction)
            m_generateAction->trigger();
    });
    m_generateButton->hide();
    setDatabase({});
}

void DriftView::setGenerateAction(QAction *action)
{
    m_generateAction = action;
    m_generateButton->setVisible(action != nullptr);
}

QString DriftView::summaryText() const
{
    return m_summary->text();
}

void DriftView::setDatabase(const QString &path)
{
    m_database = path;
    m_model->clear();
    m_notes->clear();
    m_summary->setText(path.isEmpty() ? tr("Open a database to compare it with the project's migrations.") : QString());
    m_checkButton->setEnabled(!path.isEmpty());
    m_importButton->setEnabled(false);
    m_generateButton->setEnabled(false);
    Q_EMIT driftByTableChanged({});
}

bool DriftView::check()
{
    m_model->clear();
    Q_EMIT driftByTableChanged({});
    m_importButton->setEnabled(false);
    m_generateButton->setEnabled(false);
    if (m_database.isEmpty())
        return false;
    if (m_document->filePath().isEmpty()) {
        m_summary->setText(tr("Save the project first: drift is measured against its migrations folder."));
        return false;
    }
    const model::ProjectPaths paths(m_document->filePath(), m_document->settings());
    const auto report =
        database::DriftDetector::check(paths.migrationsFolder(), m_database, m_document->settings().tracking);
    if (!report) {
        m_summary->setText(report.error());
        m_notes->clear();
        return false;
    }
    database::QueryResult rows;
    rows.columns = {tr("Change"), tr("Kind"), tr("Table"), tr("Name"), tr("How")};
    for (const database::DriftEntry &e : report.value().entries)
        rows.rows << QVariantList{database::driftChangeName(e.change), database::driftObjectKindName(e.kind), e.table,
                                  e.name, e.differences.join(QLatin1String("; "))};
    m_model->setResult(rows);
    QHash<QString, QStringList> byTable;
    for (const database::DriftEntry &e : report.value().entries)
        byTable[(e.table.isEmpty() ? e.name : e.table).toLower()] << e.text();
    Q_EMIT driftByTableChanged(byTable);
    const qsizetype count = report.value().entries.size();
    m_summary->setText(
        count == 0 ? tr("In sync: the database matches its applied migrations.")
                   : tr("%n difference(s) between the database and its applied migrations.", nullptr, int(count)));
    m_notes->setText(report.value().notes.join(u'\n'));
    m_importButton->setEnabled(count > 0);
    m_generateButton->setEnabled(count > 0);
    return true;
}

bool DriftView::importIntoProject()
{
    auto read = database::SchemaIntrospector::read(m_database);
    if (!read) {
        m_summary->setText(read.error());
        return false;
    }
    model::Schema schema = read.value().schema;
    model::prepareImportedSchema(schema);
    // The baseline's ids on what the last migration knew, so tables stay where they are on the diagram and the
    // next migration sees changes, not drops and re-creations.
    schema = migrations::BaselineMapper::withProjectIds(std::move(schema), m_document->baseline());
    keepProjectOrder(schema, m_document->schema());
    model::SchemaEditor(m_document).replaceSchema(schema, tr("Import schema from the database"));
    m_summary->setText(tr("Imported %n table(s) from the database (Undo restores the project's schema).", nullptr,
                          int(schema.tables.size())));
    m_notes->setText(read.value().warnings.join(u'\n'));
    return true;
}

} // namespace tw::views
