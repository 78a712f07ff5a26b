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
    setWindowTitle(tr("View %1").arg(view ? view->name : QString()));
    m_definition->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_definition->setTabChangesFocus(true);
    new SqlHighlighter(m_definition->document(), palette().color(QPalette::Base).lightness() < 128);
    m_columns->setWordWrap(true);
    m_columns->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (view) {
        m_name->setText(view->name);
        m_tsName->setText(view->tsName);
        m_tsName->setPlaceholderText(view->effectiveTsName());
        m_definition->setPlainText(view->definition);
        QStringList columns;
        for (const model::Column &column : view->columns)
            columns << QStringLiteral("%1 %2").arg(column.name, column.sqlTypeText());
        m_columns->setText(columns.isEmpty() ? tr("none recorded (drizzle types the view's rows from its query)")
                                             : columns.join(QStringLiteral(", ")));
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&TS name:"), m_tsName);
    form->addRow(tr("&Definition:"), m_definition);
    form->addRow(tr("Columns:"), m_columns);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);
    resize(640, 420);
}

bool ViewEditorDialog::apply()
{
    const model::View *view = m_document->schema().view(m_viewId);
    if (!view)
        return false;
    model::View edited = *view;
    edited.name = m_name->text().trimmed();
    edited.tsName = m_tsName->text().trimmed();
    edited.definition = m_definition->toPlainText();
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
