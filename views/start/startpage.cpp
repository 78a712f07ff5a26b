// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/start/startpage.h"

#include "views/common/icons.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace tw::views {
namespace {

constexpr int kColumnWidth = 420;

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    label->setContentsMargins(10, 0, 0, 4);
    return label;
}

QCommandLinkButton *linkButton(const QString &icon, const QString &title, const QString &description, QWidget *parent)
{
    auto *button = new QCommandLinkButton(title, description, parent);
    button->setIcon(icons::icon(icon));
    button->setIconSize(QSize(24, 24));
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

} // namespace

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("startPage"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    auto *column = new QVBoxLayout;
    column->addStretch(2);
    column->addWidget(createHeader());
    column->addSpacing(28);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(40);
    columns->addWidget(createEntries(), 0, Qt::AlignTop);
    columns->addWidget(createRecent(), 0, Qt::AlignTop);
    column->addLayout(columns);
    column->addSpacing(24);
    column->addWidget(createHelpLinks());
    column->addStretch(3);

    // In a scroll area: a small window scrolls the page rather than growing to fit it.
    auto *content = new QWidget(this);
    content->setBackgroundRole(QPalette::Base);
    auto *outer = new QHBoxLayout(content);
    outer->addStretch(1);
    outer->addLayout(column);
    outer->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setBackgroundRole(QPalette::Base);
    scroll->setWidget(content);
    auto *page = new QVBoxLayout(this);
    page->setContentsMargins(0, 0, 0, 0);
    page->addWidget(scroll);
    restyle();
    setRecentFiles({});
}

QWidget *StartPage::createHelpLinks()
{
    auto *hint = new QLabel(tr("Every key: <a href=\"shortcuts\">Help \u25b8 Keyboard Shortcuts</a>. The walkthrough: "
                               "<a href=\"guide\">Help \u25b8 User Guide</a> (F1)."),
                            this);
    hint->setObjectName(QStringLiteral("startHelpLinks"));
    hint->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    hint->setContentsMargins(10, 0, 0, 0);
    connect(hint, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("guide"))
            Q_EMIT userGuideRequested();
        else
            Q_EMIT shortcutsRequested();
    });
    m_captions << hint;
    return hint;
}

QWidget *StartPage::createHeader()
{
    auto *header = new QWidget(this);
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(10, 0, 0, 0);
    layout->setSpacing(16);
    auto *logo = new QLabel(header);
    logo->setPixmap(icons::icon(QStringLiteral("tablewright")).pixmap(QSize(56, 56)));
    layout->addWidget(logo);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    auto *title = new QLabel(tr("Tablewright"), header);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 2.2);
    font.setBold(true);
    title->setFont(font);
    texts->addWidget(title);
    m_subtitle = new QLabel(tr("Drizzle ORM schemas for SQLite and Cloudflare D1, designed on a diagram."), header);
    m_subtitle->setWordWrap(true);
    m_subtitle->setMaximumWidth(2 * kColumnWidth);
    texts->addWidget(m_subtitle);
    layout->addLayout(texts, 1);
    return header;
}

QWidget *StartPage::createEntries()
{
    auto *box = new QWidget(this);
    box->setFixedWidth(kColumnWidth);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(caption(tr("Start"), box));
    addEntry(layout, Entry::NewProject, QStringLiteral("document-new"), tr("New project"),
             tr("An empty diagram; Ctrl+T adds a table."));
    addEntry(layout, Entry::OpenProject, QStringLiteral("document-open"), tr("Open a project\u2026"),
             tr("A Tablewright project (.twproj)."));
    addEntry(layout, Entry::OpenExample, QStringLiteral("tablewright"), tr("Open the example"),
             tr("Aperto, the shop backend the user guide builds."));
    addEntry(layout, Entry::OpenDrizzleProject, QStringLiteral("migration-generate"),
             tr("Open a Drizzle project\u2026"), tr("Its drizzle.config.ts; your schema files stay yours."));
    addEntry(layout, Entry::OpenMigrationsFolder, QStringLiteral("change-add"), tr("Open a migrations folder\u2026"),
             tr("The schema a drizzle-kit migrations folder builds."));
    addEntry(layout, Entry::OpenDatabase, QStringLiteral("grid"), tr("Open a SQLite database\u2026"),
             tr("The tables of a SQLite or local D1 database."));
    return box;
}

QAbstractButton *StartPage::addEntry(QVBoxLayout *layout, Entry entry, const QString &icon, const QString &title,
                                     const QString &description)
{
    QCommandLinkButton *button = linkButton(icon, title, description, this);
    button->setObjectName(QStringLiteral("startEntry%1").arg(int(entry)));
    connect(button, &QAbstractButton::clicked, this, [this, entry] { Q_EMIT entryChosen(entry); });
    layout->addWidget(button);
    m_entries.insert(entry, button);
    return button;
}

QWidget *StartPage::createRecent()
{
    auto *box = new QWidget(this);
    box->setFixedWidth(kColumnWidth);
    m_recentLayout = new QVBoxLayout(box);
    m_recentLayout->setContentsMargins(0, 0, 0, 0);
    m_recentLayout->setSpacing(2);
    m_recentLayout->addWidget(caption(tr("Recent projects"), box));
    m_noRecent = new QLabel(tr("The projects you open or save will be listed here."), box);
    m_noRecent->setWordWrap(true);
    m_noRecent->setContentsMargins(10, 8, 0, 0);
    m_captions << m_noRecent;
    m_recentLayout->addWidget(m_noRecent);
    m_recentLayout->addStretch(1);
    return box;
}

void StartPage::setRecentFiles(const QStringList &files)
{
    // Later: the click that removed an entry is still being delivered to its row.
    for (QAbstractButton *button : std::as_const(m_recentButtons)) {
        QWidget *row = button->parentWidget();
        m_recentLayout->removeWidget(row);
        row->hide();
        row->deleteLater();
    }
    m_recentButtons.clear();
    m_removeButtons.clear();
    for (const QString &file : files)
        m_recentLayout->insertWidget(m_recentLayout->count() - 1, recentRow(file));
    m_noRecent->setVisible(files.isEmpty());
    restyle();
}

QWidget *StartPage::recentRow(const QString &filePath)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    const QFileInfo info(filePath);
    const QString folder = QDir::toNativeSeparators(info.absolutePath());
    const bool exists = info.exists();
    QCommandLinkButton *open = linkButton(QStringLiteral("document-open"), info.fileName(),
                                          exists ? folder : tr("%1 (missing)").arg(folder), row);
    open->setObjectName(filePath);
    open->setEnabled(exists);
    open->setToolTip(exists ? QDir::toNativeSeparators(filePath)
                            : tr("%1 no longer exists: it was moved or deleted. \u00d7 takes it off the list.")
                                  .arg(QDir::toNativeSeparators(filePath)));
    connect(open, &QAbstractButton::clicked, this, [this, filePath] { Q_EMIT recentChosen(filePath); });
    auto *remove = new QToolButton(row);
    remove->setText(QStringLiteral("\u00d7"));
    remove->setAutoRaise(true);
    remove->setToolTip(tr("Remove %1 from the list (the file stays)").arg(info.fileName()));
    remove->setAccessibleName(tr("Remove from the list"));
    connect(remove, &QAbstractButton::clicked, this, [this, filePath] { Q_EMIT recentRemoved(filePath); });
    layout->addWidget(open, 1);
    layout->addWidget(remove, 0, Qt::AlignVCenter);
    m_recentButtons << open;
    m_removeButtons << remove;
    return row;
}

void StartPage::setExamplePath(const QString &path)
{
    QAbstractButton *example = m_entries.value(Entry::OpenExample);
    example->setEnabled(!path.isEmpty());
    example->setToolTip(path.isEmpty()
                            ? tr("The example is not installed (it is examples/aperto.twproj in the source tree and "
                                 "share/tablewright/examples/aperto.twproj in an installation).")
                            : QDir::toNativeSeparators(path));
}

void StartPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        restyle();
    QWidget::changeEvent(event);
}

// Secondary text in the palette's placeholder colour, so both themes keep it readable but quiet.
void StartPage::restyle()
{
    const QColor quiet = palette().color(QPalette::PlaceholderText);
    const QString style = QStringLiteral("color: %1;").arg(quiet.name());
    for (QLabel *label : std::as_const(m_captions))
        label->setStyleSheet(style);
    if (m_subtitle)
        m_subtitle->setStyleSheet(style);
}

} // namespace tw::views
