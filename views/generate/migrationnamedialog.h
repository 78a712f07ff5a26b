// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QString>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tw::views {

/// What Generate Migration knows before it writes: the name the generator would pick, and where the file goes.
struct MigrationNameRequest
{
    QString proposedName; ///< the generator's two words for this migration (`nimble_scribe`)
    QString folder;       ///< the migrations folder (absolute)
    QString prefix;       ///< what precedes the name in the file: `0003_`, or a drizzle-kit 1.0 folder's time and `_`
    QString suffix;       ///< what follows it: `.sql`, or `/migration.sql`
    int changes = 0;      ///< the plan's operations, said in the question

    /// The file @p name becomes, relative to the folder's parent (`drizzle/0003_add_tags.sql`): the name folded to
    /// `[a-z0-9_]` as the generator folds `--name` (MigrationNamer::sanitize); empty when nothing is left.
    QString fileFor(const QString &name) const;
};

/// Why @p name cannot name a migration (nothing of it survives the generator's folding to `[a-z0-9_]`, so the file
/// would get two random words instead), or empty when it can.
QString migrationNameProblem(const QString &name);

/// Generate Migration's question: the migration's name, prefilled with the generator's own pick and editable. The
/// file it becomes is shown as the user types; a name that cannot be used says why and disables Generate.
class MigrationNameDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MigrationNameDialog(const MigrationNameRequest &request, QWidget *parent = nullptr);

    /// The name as typed (trimmed); the generator folds it.
    QString name() const;
    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *generateButton() const { return m_generate; }
    /// The file the name becomes ("Writes drizzle/0003_….sql"; empty when none), and the inline error shown instead
    /// of it (empty when the name is fine).
    QString fileText() const;
    QString errorText() const;

private:
    void nameEdited();

    MigrationNameRequest m_request;
    QLineEdit *m_name;
    QLabel *m_status; ///< the file, or the error in red
    QString m_file;
    QString m_error;
    QPushButton *m_generate;
};

} // namespace tw::views
