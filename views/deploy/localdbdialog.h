// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace tw::views {

class ToolJob;

/// Migration ▸ Set Up Local Database… and Reset Local Database…: the guide's `dev:setup` (apply every migration to
/// wrangler's local D1, then an optional seed file) and `dev:reset` (back it up under `backups/`, delete it, set it
/// up again), run by LocalDbChores on a worker thread with wrangler's output in the log.
class LocalDbDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Chore { SetUp, Reset };
    LocalDbDialog(const QString &projectFile, Chore chore, QWidget *parent = nullptr);
    ~LocalDbDialog() override;

    QLineEdit *seedEdit() const { return m_seed; }
    QPushButton *runButton() const { return m_run; }
    QPlainTextEdit *logView() const { return m_log; }
    /// Starts the chore (the Run button).
    void run();

Q_SIGNALS:
    void done(const QString &text, bool succeeded);

private:
    QString m_projectFile;
    Chore m_chore;
    QLineEdit *m_seed;
    QPlainTextEdit *m_log;
    QPushButton *m_run;
    ToolJob *m_job;
};

} // namespace tw::views
