// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sqleditor/sqleditordialog.h"

#include "model/io/atomicfile.h"
#include "views/common/sqlhighlighter.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tw::views {

SqlEditorDialog::SqlEditorDialog(const QString &filePath, QWidget *parent)
    : QDialog(parent)
    , m_filePath(filePath)
    , m_editor(new QPlainTextEdit(this))
    , m_highlighter(nullptr)
    , m_status(new QLabel(this))
    , m_save(nullptr)
{
    setObjectName(QStringLiteral("sqlEditorDialog"));
    setWindowTitle(tr("Edit %1[*]").arg(QFileInfo(filePath).fileName()));
    m_editor->setObjectName(QStringLiteral("sqlEditor"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_highlighter = new SqlHighlighter(m_editor->document(), palette().color(QPalette::Base).lightness() < 128);
    m_status->setObjectName(QStringLiteral("sqlEditorStatus"));
    m_status->setWordWrap(true);

    auto *path = new QLabel(QDir::toNativeSeparators(filePath), this);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("sqlEditorSave"));
    connect(m_save, &QPushButton::clicked, this, &SqlEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, &SqlEditorDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(path);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(760, 520);
    updateState();
}

bool SqlEditorDialog::load(QString *error)
{
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    m_editor->setPlainText(QString::fromUtf8(file.readAll()));
    m_editor->document()->setModified(false);
    m_status->setText(tr("Write the migration's SQL below drizzle-kit's first line; separate statements with `;` "
                         "(drizzle's `--> statement-breakpoint` lines are kept as you write them)."));
    updateState();
    return true;
}

bool SqlEditorDialog::save()
{
    QString error;
    if (!model::AtomicFile::write(m_filePath, m_editor->toPlainText().toUtf8(), &error)) {
        m_status->setText(tr("Not saved: %1").arg(error));
        return false;
    }
    m_editor->document()->setModified(false);
    m_status->setText(tr("Saved. Migration \u25b8 Verify Migrations checks that the folder's SQL still produces "
                         "each snapshot's schema."));
    Q_EMIT saved(m_filePath);
    return true;
}

bool SqlEditorDialog::isModified() const
{
    return m_editor->document()->isModified();
}

void SqlEditorDialog::reject()
{
    if (isModified()) {
        const auto answer = QMessageBox::question(this, windowTitle(),
                                                  tr("Save the changes to %1?").arg(QFileInfo(m_filePath).fileName()),
                                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save()))
            return;
    }
    QDialog::reject();
}

void SqlEditorDialog::updateState()
{
    m_save->setEnabled(isModified());
    setWindowModified(isModified());
}

} // namespace tw::views
