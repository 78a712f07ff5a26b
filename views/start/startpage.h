// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QStringList>
#include <QWidget>

class QAbstractButton;
class QVBoxLayout;
class QLabel;

namespace tw::views {

/// What the designer shows instead of an empty diagram when no project is open: the ways to begin (a new project,
/// a project, the bundled example, a team's Drizzle project, a migrations folder, a SQLite database) and the recent
/// projects. It only says what was chosen; the window carries it out.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    enum class Entry { NewProject, OpenProject, OpenExample, OpenDrizzleProject, OpenMigrationsFolder, OpenDatabase };
    Q_ENUM(Entry)

    explicit StartPage(QWidget *parent = nullptr);

    /// Most recent first. A file that no longer exists is shown greyed, with a tooltip saying so; every entry has a
    /// button that takes it off the list.
    void setRecentFiles(const QStringList &files);
    /// The bundled example project; empty when it is not installed (the entry then says so and is disabled).
    void setExamplePath(const QString &path);

    QAbstractButton *entryButton(Entry entry) const { return m_entries.value(entry); }
    /// The recent projects' buttons, in the list's order (a button's objectName is its file).
    QList<QAbstractButton *> recentButtons() const { return m_recentButtons; }
    /// The buttons that take a recent project off the list, in the same order.
    QList<QAbstractButton *> removeButtons() const { return m_removeButtons; }

Q_SIGNALS:
    void entryChosen(tw::views::StartPage::Entry entry);
    void recentChosen(const QString &filePath);
    void recentRemoved(const QString &filePath);
    /// The links under the entries: Help ▸ User Guide and Help ▸ Keyboard Shortcuts.
    void userGuideRequested();
    void shortcutsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createHeader();
    QWidget *createEntries();
    QWidget *createRecent();
    QWidget *createHelpLinks();
    QAbstractButton *addEntry(QVBoxLayout *layout, Entry entry, const QString &icon, const QString &title,
                              const QString &description);
    QWidget *recentRow(const QString &filePath);
    void restyle();

    QMap<Entry, QAbstractButton *> m_entries;
    QVBoxLayout *m_recentLayout = nullptr;
    QLabel *m_noRecent = nullptr;
    QList<QAbstractButton *> m_recentButtons;
    QList<QAbstractButton *> m_removeButtons;
    QList<QLabel *> m_captions;
    QLabel *m_subtitle = nullptr;
};

} // namespace tw::views
