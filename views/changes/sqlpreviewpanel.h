// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

class QPlainTextEdit;

namespace tw::views {

class PendingPlanWatcher;
class SlicedTextReplacer;
class SqlHighlighter;
struct PendingPlan;

/// The SQL preview dock: the text the next migration file would hold, highlighted and read-only. While it is hidden
/// (its dock closed or tabbed behind another) it keeps the latest plan's text and shows it when it is shown.
class SqlPreviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SqlPreviewPanel(PendingPlanWatcher *watcher, QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_editor; }
    SqlHighlighter *highlighter() const { return m_highlighter; }
    /// Brings the editor to each plan's text in slices; done() once it shows all of it.
    SlicedTextReplacer *replacer() const { return m_replacer; }

    /// The text the editor shows, or will show once the panel is visible.
    const QString &text() const { return m_text; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void showPlan(const PendingPlan &plan);
    void bringTextUp();
    void followPalette();

    QPlainTextEdit *m_editor;
    SqlHighlighter *m_highlighter;
    SlicedTextReplacer *m_replacer;
    QString m_text;
};

} // namespace tw::views
