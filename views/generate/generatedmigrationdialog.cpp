// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/generate/generatedmigrationdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tw::views {

GeneratedMigrationDialog::GeneratedMigrationDialog(const GeneratedMigration &generated, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Migration Generated"));
    setObjectName(QStringLiteral("generatedMigrationDialog"));
    auto *layout = new QVBoxLayout(this);
    const QFileInfo file(generated.sqlPath);
    auto *wrote =
        new QLabel(tr("Wrote %1\nin %2").arg(file.fileName(), QDir::toNativeSeparators(file.absolutePath())), this);
    wrote->setObjectName(QStringLiteral("generatedFile"));
    wrote->setTextFormat(Qt::PlainText);
    wrote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    wrote->setToolTip(QDir::toNativeSeparators(generated.sqlPath));
    layout->addWidget(wrote);
    if (!generated.note.isEmpty()) {
        auto *note = new QLabel(generated.note, this);
        note->setObjectName(QStringLiteral("generatedNote"));
        note->setWordWrap(true);
        note->setStyleSheet(QStringLiteral("color: #c62828;"));
        layout->addWidget(note);
    }
    if (!generated.warnings.isEmpty()) {
        layout->addWidget(new QLabel(tr("It may lose data or fail on existing rows (Apply Now rehearses it on a "
                                        "copy first):"),
                                     this));
        auto *warnings = new QPlainTextEdit(generated.warnings.join(u'\n'), this);
        warnings->setObjectName(QStringLiteral("generatedWarnings"));
        warnings->setReadOnly(true);
        warnings->setMaximumHeight(fontMetrics().height() * 8);
        layout->addWidget(warnings);
    }
    auto *buttons = new QDialogButtonBox(this);
    m_viewSql = buttons->addButton(tr("View SQL"), QDialogButtonBox::ActionRole);
    m_viewSql->setObjectName(QStringLiteral("viewSqlButton"));
    m_viewSql->setToolTip(tr("Open the migration in the SQL editor"));
    m_applyNow = buttons->addButton(tr("Apply Now\u2026"), QDialogButtonBox::ActionRole);
    m_applyNow->setObjectName(QStringLiteral("applyNowButton"));
    m_applyNow->setToolTip(tr("Rehearse the pending migrations on a copy of the local database, then apply them"));
    m_openFolder = buttons->addButton(tr("Open Folder"), QDialogButtonBox::ActionRole);
    m_openFolder->setObjectName(QStringLiteral("openFolderButton"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setDefault(true);
    connect(m_viewSql, &QPushButton::clicked, this, [this] { choose(GeneratedChoice::ViewSql); });
    connect(m_applyNow, &QPushButton::clicked, this, [this] { choose(GeneratedChoice::ApplyNow); });
    connect(m_close, &QPushButton::clicked, this, [this] { choose(GeneratedChoice::Close); });
    connect(m_openFolder, &QPushButton::clicked, this,
            [this, path = generated.sqlPath] { Q_EMIT openFolderRequested(path); });
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void GeneratedMigrationDialog::choose(GeneratedChoice choice)
{
    m_choice = choice;
    accept();
}

} // namespace tw::views
