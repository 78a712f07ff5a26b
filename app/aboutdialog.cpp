// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>
#include <QtGlobal>

namespace tw::app {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Tablewright"));
    setObjectName(QStringLiteral("aboutDialog"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(tr("<h2>Tablewright %1</h2>").arg(QStringLiteral(TW_VERSION)), this);
    auto *summary = new QLabel(tr("A visual schema designer for Drizzle ORM with SQLite and Cloudflare D1: an ER "
                                  "diagram, exact migrations in drizzle-kit's format, safe apply, schema.ts export."),
                               this);
    summary->setWordWrap(true);
    m_details = new QLabel(this);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setText(detailsText());
    auto *licence = new QLabel(tr("This program is free software: you can redistribute it and/or modify it under "
                                  "the terms of the <a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU "
                                  "General Public License</a>, version 3 or (at your option) any later version. "
                                  "It comes with ABSOLUTELY NO WARRANTY."),
                               this);
    licence->setWordWrap(true);
    licence->setOpenExternalLinks(true);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(summary);
    text->addWidget(m_details);
    text->addWidget(licence);
    text->addStretch();
    auto *body = new QHBoxLayout;
    body->addWidget(icon);
    body->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, qApp, &QApplication::aboutQt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString AboutDialog::detailsText() const
{
    // Built against one Qt, running on another is possible with a distribution's updates: show both when they differ.
    const QString runtime = QString::fromLatin1(qVersion());
    const QString built = QStringLiteral(QT_VERSION_STR);
    const QString qt = runtime == built ? tr("Qt %1").arg(runtime) : tr("Qt %1 (built with %2)").arg(runtime, built);
    return tr("Version %1 · %2 · %3").arg(QStringLiteral(TW_VERSION), qt, QSysInfo::prettyProductName());
}

} // namespace tw::app
