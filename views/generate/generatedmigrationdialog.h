// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QString>
#include <QStringList>

class QPushButton;

namespace tw::views {

/// A migration Generate Migration has just written, as the result dialog shows it.
struct GeneratedMigration
{
    QString sqlPath;      ///< the file written (absolute)
    QStringList warnings; ///< the plan's data-loss and may-fail warnings, one a line (`object: message`)
    QString note;         ///< a remark to read first (the project could not be saved), else empty
};

/// The next step the user picked after a migration was written.
enum class GeneratedChoice { Close, ViewSql, ApplyNow };

/// Generate Migration's result: names the file, lists the warnings and offers the loop's next steps — View SQL (the
/// SQL editor on the file), Apply Now (the apply dialog's rehearsal of it), Open Folder, Close.
class GeneratedMigrationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GeneratedMigrationDialog(const GeneratedMigration &generated, QWidget *parent = nullptr);

    /// The button that closed the dialog (Close when it was closed otherwise).
    GeneratedChoice choice() const { return m_choice; }
    QPushButton *viewSqlButton() const { return m_viewSql; }
    QPushButton *applyNowButton() const { return m_applyNow; }
    QPushButton *openFolderButton() const { return m_openFolder; }
    QPushButton *closeButton() const { return m_close; }

Q_SIGNALS:
    /// Open Folder was clicked: the dialog stays open.
    void openFolderRequested(const QString &sqlPath);

private:
    void choose(GeneratedChoice choice);

    GeneratedChoice m_choice = GeneratedChoice::Close;
    QPushButton *m_viewSql;
    QPushButton *m_applyNow;
    QPushButton *m_openFolder;
    QPushButton *m_close;
};

} // namespace tw::views
