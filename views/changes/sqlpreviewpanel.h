// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPlainTextEdit;

namespace tw::views {

class PendingPlanWatcher;
class SlicedTextReplacer;
class SqlHighlighter;
struct PendingPlan;

/// The SQL preview dock: the text the next migration file would hold, highlighted and read-only.
class SqlPreviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SqlPreviewPanel(PendingPlanWatcher *watcher, QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_editor; }
    SqlHighlighter *highlighter() const { return m_highlighter; }
    /// Brings the editor to each plan's text in slices; done() once it shows all of it.
    SlicedTextReplacer *replacer() const { return m_replacer; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void showPlan(const PendingPlan &plan);
    void followPalette();

    QPlainTextEdit *m_editor;
    SqlHighlighter *m_highlighter;
    SlicedTextReplacer *m_replacer;
};

} // namespace tw::views
