// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QString>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace tw::views {

class SqlHighlighter;

/// Edits one migration SQL file in place: a custom migration just written (drizzle-kit's first line, then the
/// user's data steps) or any migration the user wants to change by hand, which is their right (`verify` says
/// afterwards whether the SQL still produces the snapshot's schema). Highlighted as SqlHighlighter highlights the SQL
/// Preview. Saving replaces the file atomically (model::AtomicFile) with exactly the editor's text, no newline added,
/// so an untouched file keeps its bytes. Not modal: the user may look at the diagram meanwhile.
class SqlEditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SqlEditorDialog(const QString &filePath, QWidget *parent = nullptr);

    /// Reads the file into the editor; false (and the reason in @p error) when it cannot be read.
    bool load(QString *error);
    /// Writes the editor's text to the file; false when it could not (the message is shown in the dialog).
    bool save();

    const QString &filePath() const { return m_filePath; }
    QPlainTextEdit *editor() const { return m_editor; }
    SqlHighlighter *highlighter() const { return m_highlighter; }
    /// Whether the text differs from what was last loaded or saved.
    bool isModified() const;

Q_SIGNALS:
    /// The file was written.
    void saved(const QString &filePath);

public Q_SLOTS:
    /// Close, Escape and the window's close button: asks to save unsaved changes (Cancel keeps the dialog open).
    void reject() override;

private:
    void updateState();

    QString m_filePath;
    QPlainTextEdit *m_editor;
    SqlHighlighter *m_highlighter;
    QLabel *m_status;
    QPushButton *m_save;
};

} // namespace tw::views
