// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/editors/tableeditor.h"

#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "model/document/tableattributes.h"
#include "model/itemmodels/checkconstraintsmodel.h"
#include "model/itemmodels/columnsmodel.h"
#include "model/itemmodels/foreignkeysmodel.h"
#include "model/itemmodels/indexesmodel.h"
#include "model/itemmodels/uniqueconstraintsmodel.h"
#include "views/editors/choicedelegate.h"
#include "views/editors/columnlistdelegate.h"
#include "views/editors/defaultvaluedelegate.h"
#include "views/editors/generatedcolumneditor.h"
#include "views/editors/indexpartsdelegate.h"
#include "views/editors/itemlistpage.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tw::views {

using model::EditAspect;

TableEditor::TableEditor(model::SchemaDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_stack(new QStackedWidget(this))
    , m_hint(new QLabel(tr("Select a table in the diagram to edit it."), this))
    , m_name(new QLineEdit(this))
    , m_tsName(new QLineEdit(this))
    , m_comment(new QLineEdit(this))
    , m_group(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_generatedEditor(new GeneratedColumnEditor(document, this))
{
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false);
    auto *editorPage = new QWidget(this);
    buildHeader(editorPage);
    m_stack->addWidget(m_hint);
    m_stack->addWidget(editorPage);
    editorPage->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored); // the hint shows first
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    auto *columns = new model::ColumnsModel(document, this);
    addPage(columns, tr("Columns"));
    QTableView *columnView = page(ColumnsTab)->view();
    // One delegate per view: a view hears every commitData/closeEditor its delegates emit, so a delegate shared
    // with another tab made that tab warn about an editor that does not belong to it (the Type combo's warnings).
    auto *choices = new ChoiceDelegate(columnView);
    columnView->setItemDelegateForColumn(model::ColumnsModel::Type, choices);
    columnView->setItemDelegateForColumn(model::ColumnsModel::Mode, choices);
    columnView->setItemDelegateForColumn(model::ColumnsModel::Default, new DefaultValueDelegate(this));
    for (int field : {model::ColumnsModel::NotNull, model::ColumnsModel::PrimaryKey, model::ColumnsModel::Unique,
                      model::ColumnsModel::Autoincrement, model::ColumnsModel::Length}) {
        columnView->horizontalHeader()->resizeSection(field, 64);
    }
    columnView->horizontalHeader()->resizeSection(model::ColumnsModel::Name, 140);
    columnView->horizontalHeader()->resizeSection(model::ColumnsModel::Default, 150);
    connect(columnView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TableEditor::followCurrentColumn);
    connect(columns, &QAbstractItemModel::modelReset, this, &TableEditor::followCurrentColumn);
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this](int tab) { m_generatedEditor->setVisible(tab == ColumnsTab); });

    addPage(new model::IndexesModel(document, this), tr("Indexes"));
    page(IndexesTab)->view()->horizontalHeader()->resizeSection(model::IndexesModel::Name, 180);
    page(IndexesTab)->view()->horizontalHeader()->resizeSection(model::IndexesModel::Parts, 200);
    page(IndexesTab)
        ->view()
        ->setItemDelegateForColumn(model::IndexesModel::Parts, new IndexPartsDelegate(page(IndexesTab)->view()));

    addPage(new model::ForeignKeysModel(document, this), tr("Foreign keys"));
    QTableView *keyView = page(ForeignKeysTab)->view();
    auto *columnLists = new ColumnListDelegate(keyView);
    keyView->setItemDelegateForColumn(model::ForeignKeysModel::Columns, columnLists);
    keyView->setItemDelegateForColumn(model::ForeignKeysModel::TargetColumns, columnLists);
    auto *keyChoices = new ChoiceDelegate(keyView);
    for (int field :
         {model::ForeignKeysModel::TargetTable, model::ForeignKeysModel::OnDelete, model::ForeignKeysModel::OnUpdate}) {
        keyView->setItemDelegateForColumn(field, keyChoices);
    }

    addPage(new model::UniqueConstraintsModel(document, this), tr("Unique"));
    page(UniqueTab)->view()->setItemDelegateForColumn(model::UniqueConstraintsModel::Columns,
                                                      new ColumnListDelegate(page(UniqueTab)->view()));
    page(UniqueTab)->view()->horizontalHeader()->resizeSection(model::UniqueConstraintsModel::Name, 200);

    addPage(new model::CheckConstraintsModel(document, this), tr("Checks"));
    page(ChecksTab)->view()->horizontalHeader()->resizeSection(model::CheckConstraintsModel::Name, 200);

    connect(document, &model::SchemaDocument::tableChanged, this, [this](const model::Id &id) {
        if (id == m_tableId)
            refresh();
    });
    connect(document, &model::SchemaDocument::tableReplaced, this, &TableEditor::refresh);
    connect(document, &model::SchemaDocument::tableRemoved, this, &TableEditor::refresh);
    connect(document, &model::SchemaDocument::tableInserted, this, &TableEditor::refresh);
    connect(document, &model::SchemaDocument::projectReset, this, [this] { setTableId(m_tableId); });
    connect(document, &model::SchemaDocument::layoutChanged, this, &TableEditor::refreshGroup);
    refresh();
}

void TableEditor::buildHeader(QWidget *page)
{
    m_name->setPlaceholderText(tr("snake_case SQL name"));
    m_tsName->setPlaceholderText(tr("derived from the name"));
    m_comment->setPlaceholderText(tr("what a row of this table is"));
    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    const auto label = [page](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, page);
        l->setBuddy(buddy);
        return l;
    };
    grid->addWidget(label(tr("&Name:"), m_name), 0, 0);
    grid->addWidget(m_name, 0, 1);
    grid->addWidget(label(tr("&TS name:"), m_tsName), 0, 2);
    grid->addWidget(m_tsName, 0, 3);
    // One row for the three fields: every pixel of height goes to the column rows.
    grid->addWidget(label(tr("C&omment:"), m_comment), 0, 4);
    grid->addWidget(m_comment, 0, 5);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 2);
    grid->addWidget(label(tr("&Group:"), m_group), 0, 6);
    grid->addWidget(m_group, 0, 7);
    grid->setColumnStretch(5, 4);
    grid->setColumnStretch(7, 2);
    m_group->setEditable(true);
    m_group->setInsertPolicy(QComboBox::NoInsert);
    m_group->lineEdit()->setPlaceholderText(tr("none"));
    m_group->setToolTip(tr("Tables of one group share a colour on the diagram and one folder in exported code "
                           "(src/lib/<group>/)"));
    connect(m_group->lineEdit(), &QLineEdit::editingFinished, this, &TableEditor::applyGroup);
    connect(m_group, &QComboBox::activated, this, &TableEditor::applyGroup);
    connectField(m_name, EditAspect::Name);
    connectField(m_tsName, EditAspect::TsName);
    connectField(m_comment, EditAspect::Comment);

    m_tabs->setDocumentMode(true);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 4);
    layout->setSpacing(6);
    layout->addLayout(grid);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_generatedEditor);
}

void TableEditor::addPage(model::TableItemModel *model, const QString &title)
{
    auto *page = new ItemListPage(model, m_tabs);
    m_pages << page;
    m_titles << title;
    m_tabs->addTab(page, title);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &TableEditor::updateTabTitles);
    connect(model, &QAbstractItemModel::modelReset, this, &TableEditor::updateTabTitles);
}

ItemListPage *TableEditor::page(Tab tab) const
{
    return m_pages.value(tab);
}

void TableEditor::connectField(QLineEdit *field, EditAspect aspect)
{
    connect(field, &QLineEdit::textEdited, this, [this, aspect](const QString &text) { editField(aspect, text); });
    connect(field, &QLineEdit::editingFinished, this, [this] { m_typing.reset(); });
}

void TableEditor::editField(EditAspect aspect, const QString &text)
{
    const model::Table *table = m_document->schema().table(m_tableId);
    if (!table)
        return;
    model::TableAttributes attributes = model::TableAttributes::of(*table);
    (aspect == EditAspect::Name     ? attributes.name
     : aspect == EditAspect::TsName ? attributes.tsName
                                    : attributes.comment) = text;
    // The first keystroke starts an undo step; the following ones of the same field merge into it.
    const bool mergeable = m_typing == aspect;
    m_typing = aspect;
    model::SchemaEditor(m_document).changeTableAttributes(m_tableId, attributes, aspect, mergeable);
}

void TableEditor::setTableId(const model::Id &tableId)
{
    m_tableId = tableId;
    m_typing.reset();
    for (ItemListPage *page : std::as_const(m_pages))
        page->model()->setTableId(tableId);
    refresh();
}

void TableEditor::setFindings(const model::Findings &findings)
{
    for (ItemListPage *page : std::as_const(m_pages))
        page->model()->setFindings(findings);
}

bool TableEditor::showsTable() const
{
    return m_stack->currentIndex() == 1;
}

bool TableEditor::selectItem(const model::Id &itemId)
{
    for (int tab = 0; tab < m_pages.size(); ++tab) {
        const int row = m_pages[tab]->model()->rowOf(itemId);
        if (row >= 0) {
            m_tabs->setCurrentIndex(tab);
            m_pages[tab]->selectRow(row);
            return true;
        }
    }
    return false;
}

void TableEditor::refresh()
{
    const model::Table *table = m_document->schema().table(m_tableId);
    if (const int page = table ? 1 : 0; page != m_stack->currentIndex()) {
        m_stack->setCurrentIndex(page);
        // The hidden page's minimum size must not hold the dock open (the fields and lists need ~250 px).
        for (int i = 0; i < m_stack->count(); ++i) {
            const auto policy = i == page ? QSizePolicy::Preferred : QSizePolicy::Ignored;
            m_stack->widget(i)->setSizePolicy(policy, policy);
        }
        Q_EMIT showsTableChanged(table != nullptr);
    }
    if (!table)
        return;
    // Only differing text is set: setText() would move the cursor of the field being typed in.
    const auto show = [](QLineEdit *field, const QString &text) {
        if (field->text() != text)
            field->setText(text);
    };
    show(m_name, table->name);
    show(m_tsName, table->tsName);
    show(m_comment, table->comment);
    m_tsName->setPlaceholderText(table->effectiveTsName());
    refreshGroup();
    updateTabTitles();
}

void TableEditor::refreshGroup()
{
    if (!m_document->schema().table(m_tableId))
        return;
    const QStringList groups = m_document->layout().groups();
    const QSignalBlocker blocker(m_group);
    const QString current = m_document->layout().item(m_tableId).group;
    QStringList shown;
    for (int i = 0; i < m_group->count(); ++i)
        shown << m_group->itemText(i);
    if (shown != groups) {
        m_group->clear();
        m_group->addItems(groups);
    }
    m_group->setCurrentIndex(m_group->findText(current));
    if (m_group->currentText() != current)
        m_group->setEditText(current);
}

void TableEditor::applyGroup()
{
    const QString group = m_group->currentText().trimmed();
    if (!m_document->schema().table(m_tableId) || group == m_document->layout().item(m_tableId).group)
        return;
    model::SchemaEditor(m_document).setLayoutGroup({m_tableId}, group);
}

void TableEditor::followCurrentColumn()
{
    const ItemListPage *columns = page(ColumnsTab);
    const QModelIndex current = columns->view()->selectionModel()->currentIndex();
    m_generatedEditor->setColumn(m_tableId, current.isValid() ? columns->model()->itemId(current.row()) : model::Id());
}

void TableEditor::updateTabTitles()
{
    for (int tab = 0; tab < m_pages.size(); ++tab) {
        const int rows = m_pages[tab]->model()->rowCount();
        m_tabs->setTabText(tab, rows > 0 ? QStringLiteral("%1 (%2)").arg(m_titles[tab]).arg(rows) : m_titles[tab]);
    }
}

} // namespace tw::views
