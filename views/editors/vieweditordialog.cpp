// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/editors/vieweditordialog.h"

#include "model/commands/schemaeditor.h"
#include "model/document/schemadocument.h"
#include "views/common/sqlhighlighter.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tw::views {

ViewEditorDialog::ViewEditorDialog(model::SchemaDocument *document, const model::Id &viewId, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_viewId(viewId)
    , m_name(new QLineEdit(this))
    , m_tsName(new QLineEdit(this))
    , m_definition(new QPlainTextEdit(this))
    , m_columns(new QLabel(this))
{
    const model::View *view = document->schema().view(viewId);
    build(view ? *view : model::View{});
    setWindowTitle(tr("View %1").arg(view ? view->name : QString()));
}

ViewEditorDialog::ViewEditorDialog(model::SchemaDocument *document, const model::View &draft, QPointF position,
                                   QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_isNew(true)
    , m_draft(draft)
    , m_position(position)
    , m_name(new QLineEdit(this))
    , m_tsName(new QLineEdit(this))
    , m_definition(new QPlainTextEdit(this))
    , m_columns(new QLabel(this))
{
    build(draft);
    setWindowTitle(tr("New View"));
    m_definition->setPlaceholderText(QStringLiteral("SELECT … FROM …"));
    m_ok->setText(tr("Add View"));
    connect(m_name, &QLineEdit::textChanged, this, &ViewEditorDialog::updateOk);
    connect(m_definition, &QPlainTextEdit::textChanged, this, &ViewEditorDialog::updateOk);
    updateOk();
}

void ViewEditorDialog::build(const model::View &view)
{
    m_definition->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_definition->setTabChangesFocus(true);
    new SqlHighlighter(m_definition->document(), palette().color(QPalette::Base).lightness() < 128);
    m_columns->setWordWrap(true);
    m_columns->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setText(view.name);
    m_tsName->setText(view.tsName);
    m_tsName->setPlaceholderText(view.effectiveTsName());
    m_definition->setPlainText(view.definition);
    QStringList columns;
    for (const model::Column &column : view.columns)
        columns << QStringLiteral("%1 %2").arg(column.name, column.sqlTypeText());
    m_columns->setText(columns.isEmpty() ? tr("none recorded (drizzle types the view's rows from its query)")
                                         : columns.join(QStringLiteral(", ")));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&TS name:"), m_tsName);
    form->addRow(tr("&Definition:"), m_definition);
    form->addRow(tr("Columns:"), m_columns);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);
    resize(640, 420);
}

void ViewEditorDialog::updateOk()
{
    m_ok->setEnabled(!m_name->text().trimmed().isEmpty() && !m_definition->toPlainText().trimmed().isEmpty());
}

bool ViewEditorDialog::apply()
{
    const model::View *view = m_isNew ? &m_draft : m_document->schema().view(m_viewId);
    if (!view)
        return false;
    model::View edited = *view;
    edited.name = m_name->text().trimmed();
    edited.tsName = m_tsName->text().trimmed();
    edited.definition = m_definition->toPlainText();
    if (m_isNew) {
        if (edited.name.isEmpty() || edited.definition.trimmed().isEmpty() || !m_viewId.isNull())
            return false;
        m_viewId = model::SchemaEditor(m_document).addView(edited, m_position);
        return !m_viewId.isNull();
    }
    if (edited == *view)
        return false;
    return model::SchemaEditor(m_document).changeView(edited);
}

void ViewEditorDialog::accept()
{
    apply();
    QDialog::accept();
}

} // namespace tw::views
