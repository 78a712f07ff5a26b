// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/editors/generatedcolumneditor.h"

#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "model/schema/idlookup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace tw::views {

using model::GeneratedColumn;

GeneratedColumnEditor::GeneratedColumnEditor(model::SchemaDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_generated(new QCheckBox(tr("&Generated:"), this))
    , m_expression(new QLineEdit(this))
    , m_storage(new QComboBox(this))
{
    m_generated->setToolTip(tr("GENERATED ALWAYS AS (expression): the column's value is computed from the row"));
    m_expression->setPlaceholderText(tr("SQL expression, e.g. lower(\"email\")"));
    m_storage->addItem(tr("Virtual (computed when read)"), int(GeneratedColumn::Storage::Virtual));
    m_storage->addItem(tr("Stored (written with the row)"), int(GeneratedColumn::Storage::Stored));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_generated);
    layout->addWidget(m_expression, 1);
    layout->addWidget(m_storage);

    connect(m_generated, &QCheckBox::toggled, this, [this](bool on) {
        const model::Column *c = column();
        if (!c || on == c->generated.has_value())
            return;
        model::Column changed = *c;
        if (on)
            changed.generated =
                GeneratedColumn{m_expression->text(), GeneratedColumn::Storage(m_storage->currentData().toInt())};
        else
            changed.generated.reset();
        push(changed, false);
    });
    connect(m_expression, &QLineEdit::textEdited, this, [this](const QString &text) {
        const model::Column *c = column();
        if (!c || !c->generated)
            return;
        model::Column changed = *c;
        changed.generated->expression = text;
        push(changed, m_typing);
        m_typing = true;
    });
    connect(m_expression, &QLineEdit::editingFinished, this, [this] { m_typing = false; });
    connect(m_storage, &QComboBox::activated, this, [this] {
        const model::Column *c = column();
        if (!c || !c->generated)
            return;
        model::Column changed = *c;
        changed.generated->storage = GeneratedColumn::Storage(m_storage->currentData().toInt());
        push(changed, false);
    });
    connect(document, &model::SchemaDocument::itemChanged, this,
            [this](const model::Id &, model::TableCollection, const model::Id &id) {
                if (id == m_columnId)
                    refresh();
            });
    connect(document, &model::SchemaDocument::itemRemoved, this, &GeneratedColumnEditor::refresh);
    connect(document, &model::SchemaDocument::tableReplaced, this, &GeneratedColumnEditor::refresh);
    connect(document, &model::SchemaDocument::projectReset, this, &GeneratedColumnEditor::refresh);
    refresh();
}

void GeneratedColumnEditor::setColumn(const model::Id &tableId, const model::Id &columnId)
{
    m_tableId = tableId;
    m_columnId = columnId;
    m_typing = false;
    refresh();
}

const model::Column *GeneratedColumnEditor::column() const
{
    const model::Table *table = m_document->schema().table(m_tableId);
    return table ? model::findById(table->columns, m_columnId) : nullptr;
}

void GeneratedColumnEditor::push(const model::Column &changed, bool mergeable)
{
    model::SchemaEditor(m_document)
        .changeItem<model::Column>(m_tableId, changed, model::EditAspect::Definition, mergeable);
}

void GeneratedColumnEditor::refresh()
{
    const model::Column *c = column();
    const QSignalBlocker blockBox(m_generated);
    m_generated->setEnabled(c != nullptr);
    m_generated->setChecked(c && c->generated.has_value());
    m_expression->setEnabled(c && c->generated.has_value());
    m_storage->setEnabled(c && c->generated.has_value());
    const QString expression = c && c->generated ? c->generated->expression : QString();
    if (m_expression->text() != expression) // keeps the cursor of the one typing
        m_expression->setText(expression);
    if (c && c->generated)
        m_storage->setCurrentIndex(m_storage->findData(int(c->generated->storage)));
}

} // namespace tw::views
