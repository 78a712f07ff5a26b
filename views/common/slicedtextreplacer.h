// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QPlainTextEdit;

namespace tw::views {

/// Brings a read-only QPlainTextEdit to a new text a slice at a time. The lines the old and the new text share at the
/// start and at the end stay; the lines between are removed and inserted at most kSliceLines per turn of the event
/// loop, each slice highlighted as it goes in. Setting a plan of thousands of statements (a SQL preview of a
/// 2,000-table schema takes a third of a second at once) then never holds the window for more than a frame, and a
/// small change to a big text touches only its own lines. A new text while one is still going in starts from what
/// the editor shows.
class SlicedTextReplacer : public QObject
{
    Q_OBJECT

public:
    static constexpr int kSliceLines = 400;

    explicit SlicedTextReplacer(QPlainTextEdit *editor);

    /// Starts bringing the editor to @p text; a change of at most kSliceLines lines is made at once.
    void setText(const QString &text);
    /// The text the editor is brought to.
    const QString &text() const { return m_text; }
    /// Whether the editor shows text() whole.
    bool isDone() const { return m_remove == 0 && m_inserted >= m_insertLines; }

Q_SIGNALS:
    /// The editor shows text() whole.
    void done();

private:
    /// Removes or inserts one slice of lines; schedules the next one until done.
    void step();
    void removeLines(int count);
    /// Inserts @p lines lines, @p text without a line break after the last.
    void insertLines(const QString &text, int lines);

    QPlainTextEdit *m_editor;
    QString m_text;
    bool m_shown = false;     ///< the editor shows m_text whole (set once a text went in: the editor is ours alone)
    int m_block = 0;          ///< the line (block) the changed lines start at
    int m_remove = 0;         ///< old lines still to remove there
    QString m_insert;         ///< the new lines that replace them, joined by line breaks
    int m_insertLines = 0;    ///< how many
    qsizetype m_insertAt = 0; ///< where in m_insert the next slice starts
    int m_inserted = 0;       ///< lines inserted so far
    int m_lineCount = 1;      ///< lines the editor holds now (0 between removing all and inserting)
    bool m_scheduled = false;
};

} // namespace tw::views
