// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codegen/output/exportplan.h"
#include "model/project/project.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QPlainTextEdit;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace tw::views {

class TypeScriptHighlighter;

/// "Export Code…": every file the generators would write, grouped by generator, with its state on disk (new,
/// changed, unchanged, edited since the last export, not Tablewright's), a checkbox each, a highlighted preview and
/// the unified diff to what is on disk. Files a person changed start unchecked with a warning; checking one after
/// reading its diff is the consent to overwrite it. Files no longer generated are listed with their content, checked
/// for deletion unless edited since. Export writes (or deletes) the checked files through ExportPlan. In source mode
/// the team's own schema files are listed instead of schema.ts, each with the diff of its in-place edits.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const model::Project &project, const QString &projectFile, QWidget *parent = nullptr);

    const codegen::ExportPlan &plan() const { return m_plan; }
    bool isChecked(const QString &path) const;
    void setChecked(const QString &path, bool checked);
    /// Shows @p path in the preview and diff panes.
    void showFile(const QString &path);
    QString previewText() const;
    QString diffText() const;
    QString warningText() const;
    /// The State column of @p path's row ("new", "no longer generated", ...).
    QString stateText(const QString &path) const;
    /// What the last Export did.
    QString summaryText() const;
    /// Writes the checked files; the outcomes are also summarised in the dialog, and the tree shows the files as
    /// they are now (written ones unchanged, deleted ones gone, refused ones as before).
    QList<codegen::ExportOutcome> exportChecked();

Q_SIGNALS:
    /// A source-mode project's schema files were written: @p state says project and files are in sync now (store it
    /// in the document).
    void sourceSynced(const tw::model::SourceState &state);

private:
    bool isSourceMode() const;
    void rebuildPlan();
    void recordSync(const QList<codegen::ExportOutcome> &outcomes);
    void buildTree();
    void showCurrent();
    void updateButtons();
    QTreeWidgetItem *itemFor(const QString &path) const;

    model::Project m_project;
    QString m_projectFile;
    QString m_projectFileName;
    QString m_outputFolder;
    codegen::ExportPlan m_plan;
    QTreeWidget *m_tree = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QPlainTextEdit *m_diff = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_export = nullptr;
    TypeScriptHighlighter *m_highlighter = nullptr;
    bool m_schemaErrors = false;
};

} // namespace tw::views
