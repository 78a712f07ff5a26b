// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/rollbackactions.h"

#include "app/fileactions.h"
#include "app/migrationactions.h"
#include "migrations/runner/applytarget.h"
#include "model/document/schemadocument.h"
#include "views/rollback/rollbackdialog.h"

#include <QAction>
#include <QMenu>

namespace tw::app {

RollbackActions::RollbackActions(model::SchemaDocument *document, FileActions *file, MigrationActions *migration,
                                 QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_file(file)
    , m_migration(migration)
    , m_window(window)
    , m_rollBack(new QAction(tr("Roll &Back\u2026"), this))
{
    m_rollBack->setObjectName(QStringLiteral("rollBackAction"));
    m_rollBack->setStatusTip(tr("Undo applied migrations on the local database, rehearsed on a copy first"));
    connect(m_rollBack, &QAction::triggered, this, &RollbackActions::openRollbackDialog);
    QMenu *menu = migration->migrationMenu();
    const QList<QAction *> actions = menu->actions();
    const qsizetype apply = actions.indexOf(migration->applyAction());
    menu->insertAction(apply >= 0 && apply + 1 < actions.size() ? actions[apply + 1] : nullptr, m_rollBack);
}

views::RollbackDialog *RollbackActions::openRollbackDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    if (m_migration->isApplyRunning())
        return nullptr;
    if (m_document->filePath().isEmpty() && !m_file->saveAs())
        return nullptr;
    const auto target = migrations::ApplyTarget::forProject(m_document->filePath(), m_document->settings());
    auto *dialog = new views::RollbackDialog(
        {m_document->filePath(), target.migrationsFolder, target.options, std::nullopt}, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->show();
    if (target.problem.isEmpty())
        dialog->load();
    else
        dialog->showProblem(target.problem);
    return dialog;
}

} // namespace tw::app
