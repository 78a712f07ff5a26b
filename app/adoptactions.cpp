// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/adoptactions.h"

#include "app/fileactions.h"
#include "app/userprompts.h"
#include "model/io/projectwriter.h"
#include "views/adopt/drizzleprojectrequest.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QWidget>

namespace tw::app {

AdoptActions::AdoptActions(FileActions *file, UserPrompts *prompts, QWidget *window)
    : QObject(window)
    , m_file(file)
    , m_prompts(prompts)
    , m_window(window)
    , m_openDrizzle(new QAction(tr("Open &Drizzle Project…"), this))
{
    m_openDrizzle->setObjectName(QStringLiteral("openDrizzleProjectAction"));
    m_openDrizzle->setStatusTip(tr("Take over an existing Drizzle project from its drizzle.config.ts: your schema "
                                   "files stay yours and are edited in place"));
    connect(m_openDrizzle, &QAction::triggered, this, [this] {
        const QString path = m_prompts->chooseDrizzleProject(m_window, QDir::homePath());
        if (!path.isEmpty())
            openDrizzleProject(path);
    });
}

bool AdoptActions::openDrizzleProject(const QString &path)
{
    const QString title = tr("Open Drizzle Project");
    auto request = views::DrizzleProjectRequest::forPath(path);
    if (!request) {
        m_prompts->showError(m_window, title, request.error());
        return false;
    }
    if (!m_prompts->reviewDrizzleProject(m_window, &request.value()))
        return false;
    const QString why = request.value().problem();
    if (!why.isEmpty()) {
        m_prompts->showError(m_window, title, why);
        return false;
    }
    if (!m_file->maybeSave())
        return false;
    const auto adoption = request.value().adopt();
    if (!adoption) {
        m_prompts->showError(m_window, title, adoption.error());
        return false;
    }
    const QString projectFile = request.value().projectFile;
    QString error;
    if (!model::ProjectWriter::writeFile(adoption.value().project, projectFile, &error)) {
        m_prompts->showError(m_window, title,
                             tr("Could not save %1:\n%2").arg(QDir::toNativeSeparators(projectFile), error));
        return false;
    }
    if (!m_file->openFile(projectFile, FileActions::AskToSave::No))
        return false;
    const QStringList &warnings = adoption.value().warnings;
    if (!warnings.isEmpty()) {
        m_prompts->showWarnings(m_window, title,
                                tr("%1 is open. Reading the project, Tablewright noticed %n thing(s) to know:", nullptr,
                                   int(warnings.size()))
                                    .arg(QFileInfo(projectFile).fileName()),
                                warnings);
    }
    return true;
}

} // namespace tw::app
