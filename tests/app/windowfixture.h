// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/mainwindow.h"
#include "app/userprompts.h"
#include "model/project/project.h"
#include "views/adopt/drizzleprojectrequest.h"
#include "views/generate/generatedmigrationdialog.h"
#include "views/generate/migrationnamedialog.h"

#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <optional>

namespace tw::test {

/// UserPrompts with scripted answers that records what was asked: lets tests drive the window without dialogs.
class ScriptedPrompts : public app::UserPrompts
{
public:
    struct Script
    {
        UnsavedChoice unsavedChoice = UnsavedChoice::Cancel;
        bool recover = false;
        QString openFile;
        QString saveFile;
        QString saveFilter;      ///< the filter entry chooseSaveFile reports as picked
        QStringList saveFilters; ///< the filter offered by each chooseSaveFile
        int unsavedQuestions = 0;
        int recoverQuestions = 0;
        QStringList errors;
        QStringList information; ///< "title: message" of each outcome shown
        QStringList shownFiles;  ///< the files those outcomes offered to open
        QString drizzleProject;  ///< what chooseDrizzleProject answers
        QString directory;       ///< what chooseDirectory answers
        QStringList openFilters; ///< the filter offered by each chooseOpenFile
        /// Open Drizzle Project's review: the request as shown is kept in `reviewed`, then this edits it (or,
        /// when empty, it is taken as it is); `acceptReview` false cancels.
        std::function<void(views::DrizzleProjectRequest &)> completeReview;
        bool acceptReview = true;
        QList<views::DrizzleProjectRequest> reviewed;
        QStringList warnings; ///< every warning shown, one a line
        SourceConflictChoice conflictChoice = SourceConflictChoice::KeepMine;
        QList<QStringList> conflicts; ///< the changed files of each conflict question
        RunningApplyChoice applyChoice = RunningApplyChoice::KeepRunning;
        QStringList closeDuringApply; ///< the database of each "close while applying" question
        bool confirmAnswer = false;   ///< what confirm() answers
        QStringList confirmations;    ///< "title: message" of each confirmation asked
        /// Generate's name question: each request asked is kept; `migrationName` answers it (unset: the proposed
        /// name, as a user pressing Enter), `cancelName` cancels.
        QList<views::MigrationNameRequest> nameRequests;
        std::optional<QString> migrationName;
        bool cancelName = false;
        /// Generate's result: each one shown is kept, `generatedChoice` is the button pressed.
        QList<views::GeneratedMigration> generated;
        views::GeneratedChoice generatedChoice = views::GeneratedChoice::Close;
    };

    /// The script lives in the test; the window owns the prompts.
    explicit ScriptedPrompts(Script *script)
        : m_script(script)
    {
    }

    UnsavedChoice askUnsavedChanges(QWidget *, const QString &) override
    {
        ++m_script->unsavedQuestions;
        return m_script->unsavedChoice;
    }
    bool askRecoverAutosave(QWidget *, const QString &, const QDateTime &) override
    {
        ++m_script->recoverQuestions;
        return m_script->recover;
    }
    void showError(QWidget *, const QString &title, const QString &message) override
    {
        m_script->errors << title + QStringLiteral(": ") + message;
    }
    void showInformation(QWidget *, const QString &title, const QString &message, const QString &filePath) override
    {
        m_script->information << title + QStringLiteral(": ") + message;
        if (!filePath.isEmpty())
            m_script->shownFiles << filePath;
    }
    QString chooseOpenFile(QWidget *, const QString &, const QString &filter) override
    {
        m_script->openFilters << filter;
        return m_script->openFile;
    }
    QString chooseDirectory(QWidget *, const QString &, const QString &) override { return m_script->directory; }
    QString chooseSaveFile(QWidget *, const QString &, const QString &filter, QString *chosenFilter) override
    {
        m_script->saveFilters << filter;
        if (chosenFilter)
            *chosenFilter = m_script->saveFilter;
        return m_script->saveFile;
    }
    QString chooseDrizzleProject(QWidget *, const QString &) override { return m_script->drizzleProject; }
    bool reviewDrizzleProject(QWidget *, views::DrizzleProjectRequest *request) override
    {
        m_script->reviewed << *request;
        if (m_script->completeReview)
            m_script->completeReview(*request);
        return m_script->acceptReview;
    }
    void showWarnings(QWidget *, const QString &, const QString &, const QStringList &warnings) override
    {
        m_script->warnings << warnings;
    }
    SourceConflictChoice askSourceConflict(QWidget *, const QStringList &changedFiles) override
    {
        m_script->conflicts << changedFiles;
        return m_script->conflictChoice;
    }
    RunningApplyChoice askCloseDuringApply(QWidget *, const QString &databasePath) override
    {
        m_script->closeDuringApply << databasePath;
        return m_script->applyChoice;
    }
    bool confirm(QWidget *, const QString &title, const QString &message, const QString &) override
    {
        m_script->confirmations << title + QStringLiteral(": ") + message;
        return m_script->confirmAnswer;
    }
    std::optional<QString> askMigrationName(QWidget *, const views::MigrationNameRequest &request) override
    {
        m_script->nameRequests << request;
        if (m_script->cancelName)
            return std::nullopt;
        return m_script->migrationName.value_or(request.proposedName);
    }
    views::GeneratedChoice showGeneratedMigration(QWidget *, const views::GeneratedMigration &generated) override
    {
        m_script->generated << generated;
        return m_script->generatedChoice;
    }

private:
    Script *m_script;
};

/// A small shop schema: customers(id, email), orders(id, customer_id -> customers, total), products(id, name).
/// Ids are readable: `t.orders`, `c.orders.customer_id`.
model::Project shopProject();

/// Writes @p project to @p filePath; fails the current test when it cannot.
void writeProject(const model::Project &project, const QString &filePath);

/// A fresh window (not shown) with scripted prompts, cleared settings and shopProject() written to `shop.twproj`
/// in a temporary folder; on teardown unsaved changes are discarded and the window closed.
class ShopWindowTest : public ::testing::Test
{
protected:
    ShopWindowTest();
    ~ShopWindowTest() override;

    QTemporaryDir dir;
    QString projectPath;
    ScriptedPrompts::Script script;
    std::unique_ptr<app::MainWindow> window;
};

} // namespace tw::test
