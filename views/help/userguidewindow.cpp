// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/help/userguidewindow.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QFile>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tw::views {
namespace {

constexpr int kImageWidth = 720;
constexpr int kBlockRole = Qt::UserRole;

/// GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens ("7a. Deploy to D1" →
/// "7a-deploy-to-d1"), which is what the guide's links use.
QString anchorOf(const QString &heading)
{
    static const QRegularExpression punctuation(QStringLiteral("[^\\w\\- ]"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    QString anchor = heading.trimmed().toLower();
    anchor.remove(punctuation);
    anchor.replace(u' ', u'-');
    return anchor;
}

} // namespace

QVariant GuideBrowser::loadResource(int type, const QUrl &name)
{
    const QVariant resource = QTextBrowser::loadResource(type, name);
    if (type != QTextDocument::ImageResource)
        return resource;
    QImage image = resource.value<QImage>();
    if (image.isNull() && resource.canConvert<QByteArray>())
        image.loadFromData(resource.toByteArray());
    if (image.width() > kImageWidth)
        return image.scaledToWidth(kImageWidth, Qt::SmoothTransformation);
    return image.isNull() ? resource : QVariant(image);
}

QUrl UserGuideWindow::guideUrl()
{
    return QUrl(QStringLiteral("qrc:/guide/user-guide.md"));
}

UserGuideWindow::UserGuideWindow(const QUrl &source, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new GuideBrowser(this))
    , m_contents(new QTreeWidget(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("userGuideWindow"));
    setWindowTitle(tr("Tablewright User Guide"));
    m_contents->setHeaderHidden(true);
    m_contents->setObjectName(QStringLiteral("guideContents"));
    m_browser->setOpenLinks(false);
    m_browser->document()->setDocumentMargin(16);
    m_note->setWordWrap(true);
    m_note->hide();
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    auto *reader = new QWidget(splitter);
    auto *readerLayout = new QVBoxLayout(reader);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    readerLayout->addLayout(createNavigation(reader, source));
    readerLayout->addWidget(m_note);
    readerLayout->addWidget(m_browser, 1);
    splitter->addWidget(reader);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 820});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &UserGuideWindow::rebuildContents);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &UserGuideWindow::follow);
    connect(m_contents, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { scrollToBlock(item->data(0, kBlockRole).toInt()); });
    m_browser->setSource(source, QTextDocument::MarkdownResource);
    resize(1120, 800);
}

// Back after following a link, and the way home to the guide's first page.
QHBoxLayout *UserGuideWindow::createNavigation(QWidget *reader, const QUrl &home)
{
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    auto *back = new QToolButton(reader);
    back->setObjectName(QStringLiteral("guideBack"));
    back->setText(tr("\u2190 Back"));
    back->setToolTip(tr("Back to the page before (Alt+Left)"));
    back->setAutoRaise(true);
    back->setEnabled(false);
    auto *homeButton = new QToolButton(reader);
    homeButton->setText(tr("User Guide"));
    homeButton->setToolTip(tr("The guide's first page"));
    homeButton->setAutoRaise(true);
    connect(back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QWidget::setEnabled);
    connect(homeButton, &QToolButton::clicked, this, [this, home] {
        if (m_browser->source() != home)
            m_browser->setSource(home, QTextDocument::MarkdownResource);
        m_browser->verticalScrollBar()->setValue(0);
    });
    bar->addWidget(back);
    bar->addWidget(homeButton);
    bar->addStretch(1);
    return bar;
}

// The contents are the rendered document's headings, so they are the guide's whatever it says.
void UserGuideWindow::rebuildContents()
{
    m_contents->clear();
    QList<QTreeWidgetItem *> parents; // the open heading of each level above the current one
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level <= 0)
            continue;
        while (parents.size() >= level)
            parents.removeLast();
        QTreeWidgetItem *item =
            parents.isEmpty() ? new QTreeWidgetItem(m_contents) : new QTreeWidgetItem(parents.last());
        item->setText(0, block.text());
        item->setToolTip(0, block.text());
        item->setData(0, kBlockRole, block.blockNumber());
        while (parents.size() < level - 1)
            parents << item; // a skipped level nests under this heading
        parents << item;
    }
    m_contents->expandAll();
}

void UserGuideWindow::scrollToBlock(int blockNumber)
{
    const QTextBlock block = m_browser->document()->findBlockByNumber(blockNumber);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    m_browser->setTextCursor(cursor);
    const QRectF rect = m_browser->document()->documentLayout()->blockBoundingRect(block);
    m_browser->verticalScrollBar()->setValue(int(rect.top()));
}

bool UserGuideWindow::showHeading(const QString &anchor)
{
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0 && anchorOf(block.text()) == anchor) {
            scrollToBlock(block.blockNumber());
            return true;
        }
    }
    return false;
}

void UserGuideWindow::follow(const QUrl &link)
{
    m_note->hide();
    if (!link.scheme().isEmpty() && link.scheme() != QLatin1String("qrc")) {
        QDesktopServices::openUrl(link);
        return;
    }
    const QUrl target = m_browser->source().resolved(link);
    QUrl document = target;
    document.setFragment({});
    if (document != m_browser->source()) {
        if (!QFile::exists(QLatin1Char(':') + document.path())) {
            m_note->setText(tr("%1 is not bundled with the guide; it is in the docs folder of Tablewright's source.")
                                .arg(document.fileName()));
            m_note->show();
            return;
        }
        m_browser->setSource(document, QTextDocument::MarkdownResource);
    }
    if (target.hasFragment())
        showHeading(target.fragment());
}

} // namespace tw::views
