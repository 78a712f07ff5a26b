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
        return QCoreApplication::translate("tw::views", "A migration's name needs at least one letter (a\u2013z) or "
                                                        "digit: the file name keeps only those and _.");
    return {};
}

MigrationNameDialog::MigrationNameDialog(const MigrationNameRequest &request, QWidget *parent)
    : QDialog(parent)
    , m_request(request)
    , m_name(new QLineEdit(request.proposedName, this))
    , m_file(new QLabel(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Generate Migration"));
    setObjectName(QStringLiteral("migrationNameDialog"));
    auto *question =
        new QLabel(tr("%n change(s) will be written as the next migration. Its name:", nullptr, request.changes), this);
    question->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("migrationName"));
    m_name->setPlaceholderText(tr("for example add_tags"));
    m_name->selectAll();
    m_file->setObjectName(QStringLiteral("migrationFile"));
    m_file->setTextFormat(Qt::PlainText);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(QStringLiteral("migrationNameError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
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
    layout->addWidget(m_file);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    nameEdited();
}

void MigrationNameDialog::nameEdited()
{
    const QString problem = migrationNameProblem(m_name->text());
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    const QString file = m_request.fileFor(m_name->text());
    m_file->setText(file.isEmpty() ? QString() : tr("Writes %1").arg(QDir::toNativeSeparators(file)));
    m_generate->setEnabled(problem.isEmpty());
}

QString MigrationNameDialog::name() const
{
    return m_name->text().trimmed();
}

QString MigrationNameDialog::fileText() const
{
    return m_file->text();
}

QString MigrationNameDialog::errorText() const
{
    return m_error->text();
}

} // namespace tw::views
