// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/changes/filldialog.h"

#include "views/common/sqlhighlighter.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tw::views {

FillDialog::FillDialog(const model::Project &project, const QString &migrationsFolder,
                       const migrations::FillTarget &target, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_folder(migrationsFolder)
    , m_target(target)
    , m_editor(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const QString subject = target.tableName + u'.' + target.columnName;
    setWindowTitle(tr("Fill %1").arg(subject));
    auto *intro = new QLabel(tr("SQL that computes <b>%1</b> for every existing row, over the row as it is before "
                                "the migration, e.g. <code>lower(replace(name, ' ', '-'))</code>.")
                                 .arg(subject.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setTabChangesFocus(true);
    new SqlHighlighter(m_editor->document(), palette().color(QPalette::Base).lightness() < 128);
    if (const model::ColumnFill *fill = migrations::ColumnFills::pending(project, target.column))
        m_editor->setPlainText(fill->sql);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &FillDialog::validate);
    resize(520, 260);
    validate();
}

void FillDialog::validate()
{
    const QString sql = m_editor->toPlainText().trimmed();
    auto filled = migrations::ColumnFills::set(m_project, m_folder, m_target, sql);
    m_problem = filled ? QString() : filled.error();
    m_fills = filled ? filled.value().fills : QList<model::ColumnFill>();
    m_status->setText(m_problem.isEmpty() ? tr("The expression works on the table before the migration.") : m_problem);
    m_status->setStyleSheet(m_problem.isEmpty() ? QString() : QStringLiteral("color: #b91c1c;"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
}

} // namespace tw::views
