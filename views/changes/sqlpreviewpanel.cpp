// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/changes/sqlpreviewpanel.h"

#include "views/changes/pendingplanwatcher.h"
#include "views/common/slicedtextreplacer.h"
#include "views/common/sqlhighlighter.h"

#include <QEvent>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace tw::views {

SqlPreviewPanel::SqlPreviewPanel(PendingPlanWatcher *watcher, QWidget *parent)
    : QWidget(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_highlighter(new SqlHighlighter(m_editor->document()))
    , m_replacer(new SlicedTextReplacer(m_editor))
{
    m_editor->setReadOnly(true);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor);
    connect(watcher, &PendingPlanWatcher::planChanged, this, &SqlPreviewPanel::showPlan);
    followPalette();
    showPlan(watcher->plan());
}

void SqlPreviewPanel::showPlan(const PendingPlan &plan)
{
    if (!plan.computed)
        m_text.clear();
    else if (!plan.error.isEmpty())
        m_text = QStringLiteral("-- ") + plan.error.split(QLatin1Char('\n')).join(QStringLiteral("\n-- "));
    else if (plan.sql.isEmpty())
        m_text = tr("-- No schema changes since the last migration.");
    else
        m_text = plan.sql;
    // A preview no one can see (the dock closed, or a tab behind another) takes its text when it is shown.
    if (isVisible())
        bringTextUp();
}

void SqlPreviewPanel::bringTextUp()
{
    // In slices, keeping the reader's place: a 2,000-table plan is a third of a second of text layout and colouring.
    if (m_text != m_replacer->text())
        m_replacer->setText(m_text);
}

void SqlPreviewPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    bringTextUp();
}

void SqlPreviewPanel::followPalette()
{
    m_highlighter->setDarkBackground(palette().color(QPalette::Base).lightness() < 128);
}

void SqlPreviewPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        followPalette();
    QWidget::changeEvent(event);
}

} // namespace tw::views
