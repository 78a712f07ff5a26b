// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/deployactions.h"

#include "app/fileactions.h"
#include "model/document/schemadocument.h"
#include "views/deploy/deploydialog.h"
#include "views/deploy/localdbdialog.h"

#include <QAction>
#include <QMenu>

namespace tw::app {

DeployActions::DeployActions(model::SchemaDocument *document, FileActions *file, QMenu *menu, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_file(file)
    , m_window(window)
    , m_deploy(new QAction(tr("&Deploy\u2026"), this))
    , m_setUp(new QAction(tr("Set &Up Local Database\u2026"), this))
    , m_reset(new QAction(tr("&Reset Local Database\u2026"), this))
{
    m_deploy->setObjectName(QStringLiteral("deployAction"));
    m_deploy->setStatusTip(tr("Back up, rehearse and apply the pending migrations to D1 with wrangler"));
    m_setUp->setObjectName(QStringLiteral("setUpLocalDatabaseAction"));
    m_setUp->setStatusTip(tr("Apply every migration to wrangler's local D1 database, then a seed file (dev:setup)"));
    m_reset->setObjectName(QStringLiteral("resetLocalDatabaseAction"));
    m_reset->setStatusTip(tr("Back up and delete wrangler's local D1 database, then set it up again (dev:reset)"));
    menu->addSeparator();
    menu->addAction(m_deploy);
    menu->addAction(m_setUp);
    menu->addAction(m_reset);
    connect(m_deploy, &QAction::triggered, this, [this] {
        if (const QString project = savedProject(); !project.isEmpty())
            views::DeployDialog(project, m_document->settings().deployLocal, m_window).exec();
    });
    for (auto [action, chore] : {std::pair{m_setUp, views::LocalDbDialog::Chore::SetUp},
                                 std::pair{m_reset, views::LocalDbDialog::Chore::Reset}}) {
        connect(action, &QAction::triggered, this, [this, chore] {
            if (const QString project = savedProject(); !project.isEmpty())
                views::LocalDbDialog(project, chore, m_window).exec();
        });
    }
}

QString DeployActions::savedProject()
{
    if (m_document->filePath().isEmpty() && !m_file->saveAs())
        return {};
    return m_document->filePath();
}

} // namespace tw::app
