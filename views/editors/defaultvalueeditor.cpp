// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/editors/defaultvalueeditor.h"

#include "model/schema/columndefault.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace tw::views {
namespace {

QString kindName(model::ColumnDefault::Kind kind)
{
    return model::columnDefaultKindName(kind);
}

} // namespace

DefaultValueEditor::DefaultValueEditor(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_boolean(new QComboBox(this))
    , m_now(new QToolButton(this))
{
    m_now->setText(tr("Now"));
    m_now->setObjectName(QStringLiteral("defaultNowButton"));
    m_now->setVisible(false);
    connect(m_now, &QToolButton::clicked, this, [this] {
        m_kind->setCurrentIndex(std::max(0, m_kind->findText(kindName(model::ColumnDefault::Kind::Expression))));
        m_text->setText(m_nowExpression);
        updateFields();
    });
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_kind);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_boolean, 1);
    layout->addWidget(m_now);
    m_boolean->addItems({QStringLiteral("true"), QStringLiteral("false")});
    setFocusProxy(m_kind);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DefaultValueEditor::updateFields);
    updateFields();
}

void DefaultValueEditor::setKinds(const QStringList &kinds)
{
    m_kind->clear();
    m_kind->addItems(kinds);
}

void DefaultValueEditor::setNowExpression(const QString &expression)
{
    m_nowExpression = expression;
    m_now->setVisible(!expression.isEmpty());
    m_now->setToolTip(tr("The time of the insert, stored as this column stores time: %1").arg(expression));
}

void DefaultValueEditor::setValue(const QStringList &kindAndText)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findText(kindAndText.value(0))));
    const QString text = kindAndText.value(1);
    m_text->setText(text);
    m_boolean->setCurrentIndex(text == QLatin1String("false") ? 1 : 0);
    updateFields();
}

QStringList DefaultValueEditor::value() const
{
    const QString kind = m_kind->currentText();
    if (kind == kindName(model::ColumnDefault::Kind::None))
        return {kind};
    if (kind == kindName(model::ColumnDefault::Kind::Boolean))
        return {kind, m_boolean->currentText()};
    return {kind, m_text->text()};
}

void DefaultValueEditor::updateFields()
{
    using Kind = model::ColumnDefault::Kind;
    const QString kind = m_kind->currentText();
    const bool isBoolean = kind == kindName(Kind::Boolean);
    m_boolean->setVisible(isBoolean);
    m_text->setVisible(!isBoolean);
    m_text->setEnabled(kind != kindName(Kind::None));
    if (kind == kindName(Kind::Expression))
        m_text->setPlaceholderText(QStringLiteral("(unixepoch())"));
    else if (kind == kindName(Kind::Number))
        m_text->setPlaceholderText(QStringLiteral("0"));
    else
        m_text->setPlaceholderText(QString());
}

} // namespace tw::views
