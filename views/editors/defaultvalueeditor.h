// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace tw::views {

/// Edits a column default: its kind (none, number, string, boolean, SQL expression) and its value, a true/false
/// choice for a boolean, text otherwise. The value is what ColumnsModel's Default cell takes: `{kind, text}`. A
/// column that can hold a time gets a **Now** button: the SQL expression of the insert's time in its format.
class DefaultValueEditor : public QWidget
{
    Q_OBJECT

public:
    explicit DefaultValueEditor(QWidget *parent = nullptr);

    void setKinds(const QStringList &kinds);
    /// Column::nowDefault() of the edited column; empty hides the Now button.
    void setNowExpression(const QString &expression);
    void setValue(const QStringList &kindAndText);
    QStringList value() const;

private:
    void updateFields();

    QComboBox *m_kind;
    QLineEdit *m_text;
    QComboBox *m_boolean;
    QToolButton *m_now;
    QString m_nowExpression;
};

} // namespace tw::views
