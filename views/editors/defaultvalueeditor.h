// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace tw::views {

/// Edits a column default: its kind (none, number, string, boolean, SQL expression) and its value, a true/false
/// choice for a boolean, text otherwise. The value is what ColumnsModel's Default cell takes: `{kind, text}`.
class DefaultValueEditor : public QWidget
{
    Q_OBJECT

public:
    explicit DefaultValueEditor(QWidget *parent = nullptr);

    void setKinds(const QStringList &kinds);
    void setValue(const QStringList &kindAndText);
    QStringList value() const;

private:
    void updateFields();

    QComboBox *m_kind;
    QLineEdit *m_text;
    QComboBox *m_boolean;
};

} // namespace tw::views
