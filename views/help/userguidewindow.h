// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>
#include <QUrl>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace tw::views {

/// Shows the bundled guide's pictures no wider than a reading column (the screenshots are whole windows).
class GuideBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    using QTextBrowser::QTextBrowser;
    QVariant loadResource(int type, const QUrl &name) override;
};

/// Help ▸ User Guide: docs/user-guide.md as compiled into the binary (resources/guide.cmake, under `:/guide`), so it
/// reads offline and in an installation, with its headings as a contents list beside it. Links to the documents
/// the guide names open here when they are bundled, web links in the browser.
class UserGuideWindow : public QWidget
{
    Q_OBJECT

public:
    /// The guide in the resources.
    static QUrl guideUrl();

    explicit UserGuideWindow(const QUrl &source = guideUrl(), QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    QTreeWidget *contents() const { return m_contents; }
    /// Scrolls to the heading whose GitHub-style anchor (`7a-deploy-to-d1`) is @p anchor; false when none is.
    bool showHeading(const QString &anchor);

private:
    QHBoxLayout *createNavigation(QWidget *reader, const QUrl &home);
    void rebuildContents();
    void scrollToBlock(int blockNumber);
    void follow(const QUrl &link);

    GuideBrowser *m_browser;
    QTreeWidget *m_contents;
    QLabel *m_note;
};

} // namespace tw::views
