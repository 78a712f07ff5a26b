// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/editors/relationshipdialog.h"

#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "model/schema/schema.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tw::views {
namespace {

void fillTables(QComboBox *combo, const model::Schema &schema, const model::Id &selected)
{
    for (const model::Table &table : schema.tables)
        combo->addItem(table.name, table.id.toString());
    const int row = combo->findData(selected.toString());
    combo->setCurrentIndex(row >= 0 ? row : 0);
}

QComboBox *actionCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (auto action :
         {model::ReferentialAction::NoAction, model::ReferentialAction::Restrict, model::ReferentialAction::Cascade,
          model::ReferentialAction::SetNull, model::ReferentialAction::SetDefault})
        combo->addItem(model::referentialActionName(action), QVariant::fromValue(int(action)));
    return combo;
}

model::Id currentId(const QComboBox *combo)
{
    return model::Id(combo->currentData().toString());
}

} // namespace

RelationshipDialog::RelationshipDialog(model::SchemaDocument *document, const model::Id &child, const model::Id &parent,
                                       QWidget *parentWidget)
    : QDialog(parentWidget)
    , m_document(document)
    , m_childTable(new QComboBox(this))
    , m_column(new QComboBox(this))
    , m_newColumn(new QLineEdit(this))
    , m_required(new QCheckBox(tr("Required (NOT NULL): every row must have a parent"), this))
    , m_parentTable(new QComboBox(this))
    , m_targetColumn(new QComboBox(this))
    , m_onDelete(actionCombo(this))
    , m_onUpdate(actionCombo(this))
    , m_index(new QCheckBox(tr("Index the column (lookups and ON DELETE need it on big tables)"), this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Relationship"));
    const model::Schema &schema = document->schema();
    // Unless told otherwise, two different tables: a self-reference is rarely what a new relationship means.
    model::Id childId = child;
    if (childId.isNull() && schema.tables.size() > 1)
        childId = schema.tables.at(1).id;
    model::Id parentId = parent;
    for (qsizetype i = 0; parentId.isNull() && i < schema.tables.size(); ++i) {
        if (schema.tables.at(i).id != childId || schema.tables.size() == 1)
            parentId = schema.tables.at(i).id;
    }
    fillTables(m_childTable, schema, childId);
    fillTables(m_parentTable, schema, parentId);
    m_index->setChecked(true);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Relationship"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Parent table (referenced):"), m_parentTable);
    form->addRow(tr("&Key column:"), m_targetColumn);
    form->addRow(tr("&Child table (holds the foreign key):"), m_childTable);
    form->addRow(tr("C&olumn:"), m_column);
    form->addRow(tr("New column &name:"), m_newColumn);
    form->addRow(QString(), m_required);
    form->addRow(tr("On &delete:"), m_onDelete);
    form->addRow(tr("On &update:"), m_onUpdate);
    form->addRow(QString(), m_index);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_childTable, &QComboBox::currentIndexChanged, this, [this] {
        fillColumns();
        refresh();
    });
    connect(m_parentTable, &QComboBox::currentIndexChanged, this, [this] {
        fillTargetColumns();
        suggestColumnName();
        refresh();
    });
    for (QComboBox *combo : {m_column, m_targetColumn, m_onDelete, m_onUpdate})
        connect(combo, &QComboBox::currentIndexChanged, this, &RelationshipDialog::refresh);
    connect(m_newColumn, &QLineEdit::textEdited, this, &RelationshipDialog::refresh);
    connect(m_required, &QCheckBox::toggled, this, &RelationshipDialog::refresh);
    connect(m_index, &QCheckBox::toggled, this, &RelationshipDialog::refresh);

    fillTargetColumns();
    fillColumns();
    suggestColumnName();
    refresh();
    resize(560, sizeHint().height());
}

void RelationshipDialog::fillColumns()
{
    const QSignalBlocker blocker(m_column);
    m_column->clear();
    m_column->addItem(tr("New column"), QString());
    if (const model::Table *table = m_document->schema().table(currentId(m_childTable))) {
        for (const model::Column &column : table->columns)
            m_column->addItem(QStringLiteral("%1  (%2)").arg(column.name, column.sqlTypeText()), column.id.toString());
    }
}

void RelationshipDialog::fillTargetColumns()
{
    const QSignalBlocker blocker(m_targetColumn);
    m_targetColumn->clear();
    const model::Table *table = m_document->schema().table(currentId(m_parentTable));
    if (!table)
        return;
    const model::RelationshipDraft suggested = model::RelationshipDraft::suggested(m_document->schema(), {}, table->id);
    for (const model::Column &column : table->columns) {
        if (table->isUniqueKey({column.id}))
            m_targetColumn->addItem(QStringLiteral("%1  (%2)").arg(column.name, column.sqlTypeText()),
                                    column.id.toString());
    }
    const int row = m_targetColumn->findData(suggested.targetColumn.toString());
    m_targetColumn->setCurrentIndex(row >= 0 ? row : 0);
}

void RelationshipDialog::suggestColumnName()
{
    const QString name =
        model::RelationshipDraft::suggested(m_document->schema(), {}, currentId(m_parentTable)).newColumnName;
    if (m_newColumn->text().isEmpty() || m_newColumn->text() == m_suggestedName)
        m_newColumn->setText(name);
    m_suggestedName = name;
}

model::RelationshipDraft RelationshipDialog::draft() const
{
    model::RelationshipDraft draft;
    draft.childTable = currentId(m_childTable);
    draft.column = currentId(m_column);
    draft.newColumnName = m_newColumn->text();
    draft.notNull = m_required->isChecked();
    draft.parentTable = currentId(m_parentTable);
    draft.targetColumn = currentId(m_targetColumn);
    draft.onDelete = model::ReferentialAction(m_onDelete->currentData().toInt());
    draft.onUpdate = model::ReferentialAction(m_onUpdate->currentData().toInt());
    draft.createIndex = m_index->isChecked();
    return draft;
}

void RelationshipDialog::refresh()
{
    const model::RelationshipDraft current = draft();
    const bool isNew = current.column.isNull();
    m_newColumn->setEnabled(isNew);
    m_required->setEnabled(isNew);
    const QString problem = current.problem(m_document->schema());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    QString text = current.summary(m_document->schema());
    if (problem.isEmpty() && current.addsIndex(m_document->schema()))
        text += QLatin1Char('\n') + tr("Index: %1").arg(current.indexName(m_document->schema()));
    m_summary->setText(text);
    m_summary->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("color: #c62828;"));
}

void RelationshipDialog::accept()
{
    if (!model::SchemaEditor(m_document).addRelationship(draft()))
        return; // refresh() keeps OK disabled while the draft is invalid; a stale state changes nothing
    QDialog::accept();
}

} // namespace tw::views
