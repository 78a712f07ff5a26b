// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/generate/migrationnamedialog.h"

#include "migrations/folder/migrationnamer.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tw::views {

QString MigrationNameRequest::fileFor(const QString &name) const
{
    const QString folded = migrations::MigrationNamer::sanitize(name);
    if (folded.isEmpty())
        return {};
    return QFileInfo(folder).fileName() + u'/' + prefix + folded + suffix;
}

QString migrationNameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("tw::views", "Enter a name for the migration.");
    if (migrations::MigrationNamer::sanitize(name).isEmpty())
        return QCoreApplication::translate("tw::views", "The name needs a letter (a\u2013z) or a digit.");
    return {};
}

MigrationNameDialog::MigrationNameDialog(const MigrationNameRequest &request, QWidget *parent)
    : QDialog(parent)
    , m_request(request)
    , m_name(new QLineEdit(request.proposedName, this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Generate Migration"));
    setObjectName(QStringLiteral("migrationNameDialog"));
    auto *question =
        new QLabel(tr("%n change(s) will be written as the next migration. Its name:", nullptr, request.changes), this);
    question->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("migrationName"));
    m_name->setPlaceholderText(tr("for example add_tags"));
    m_name->setToolTip(tr("Letters and digits are kept (lowercased); anything else becomes _, as in the file name."));
    m_name->selectAll();
    m_status->setObjectName(QStringLiteral("migrationFile"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_generate = buttons->addButton(tr("Generate"), QDialogButtonBox::AcceptRole);
    m_generate->setObjectName(QStringLiteral("generateButton"));
    m_generate->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &MigrationNameDialog::nameEdited);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(m_name);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    nameEdited();
}

void MigrationNameDialog::nameEdited()
{
    // One line, the file or why there is none, so the dialog does not jump as the user types.
    m_error = migrationNameProblem(m_name->text());
    const QString file = m_request.fileFor(m_name->text());
    m_file = file.isEmpty() ? QString() : tr("Writes %1").arg(QDir::toNativeSeparators(file));
    m_status->setText(m_error.isEmpty() ? m_file : m_error);
    m_status->setStyleSheet(m_error.isEmpty() ? QString() : QStringLiteral("color: #c62828;"));
    m_generate->setEnabled(m_error.isEmpty());
}

QString MigrationNameDialog::name() const
{
    return m_name->text().trimmed();
}

QString MigrationNameDialog::fileText() const
{
    return m_file;
}

QString MigrationNameDialog::errorText() const
{
    return m_error;
}

} // namespace tw::views
