// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/export/exportdialog.h"

#include "model/project/projectpaths.h"
#include "model/validation/schemavalidator.h"
#include "source/adopt/sourceexport.h"
#include "views/common/typescripthighlighter.h"
#include "views/export/diffhighlighter.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tw::views {
namespace {

using Action = codegen::ExportOutcome::Action;
constexpr int kEntryRole = Qt::UserRole + 1;

QPlainTextEdit *codeView(QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

bool isDark(const QWidget *widget)
{
    return widget->palette().color(QPalette::Base).lightness() < 128;
}

} // namespace

ExportDialog::ExportDialog(const model::Project &project, const QString &projectFile, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_projectFile(QFileInfo(projectFile).absoluteFilePath())
    , m_projectFileName(QFileInfo(projectFile).fileName())
    , m_outputFolder(model::ProjectPaths(projectFile, project.settings).projectFolder())
{
    setWindowTitle(tr("Export Code"));
    const QString &outputFolder = m_outputFolder;
    rebuildPlan();

    QString introText = tr("Writes the TypeScript for this schema under <b>%1</b>. Files you changed since the "
                           "last export are never overwritten unless you check them; files an earlier export "
                           "wrote that are no longer generated are deleted.")
                            .arg(QDir::toNativeSeparators(outputFolder).toHtmlEscaped());
    if (isSourceMode()) {
        introText += u' ' + tr("Your own schema files are edited in place: only what changed in the project, "
                               "everything else you wrote stays as it is.");
    }
    auto *intro = new QLabel(introText, this);
    intro->setWordWrap(true);
    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b45309;"));

    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("File"), tr("State")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setTextElideMode(Qt::ElideMiddle); // keep a path's file name visible

    m_tabs = new QTabWidget(this);
    m_preview = codeView(m_tabs);
    m_diff = codeView(m_tabs);
    m_highlighter = new TypeScriptHighlighter(m_preview->document(), isDark(m_preview));
    new DiffHighlighter(m_diff->document(), isDark(m_diff));
    m_tabs->addTab(m_preview, tr("Preview"));
    m_tabs->addTab(m_diff, tr("Changes to the file on disk"));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("Export"), QDialogButtonBox::ActionRole);
    m_export->setDefault(true);
    connect(m_export, &QPushButton::clicked, this, [this] { exportChecked(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_warning);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(1200, 760);

    buildTree();
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ExportDialog::showCurrent);
    connect(m_tree, &QTreeWidget::itemChanged, this, &ExportDialog::updateButtons);
    showCurrent();
    m_schemaErrors = model::hasErrors(model::SchemaValidator::validate(project.schema));
    if (m_schemaErrors) {
        m_warning->setText(tr("The schema has errors (see the Problems panel): fix them before exporting."));
        m_warning->show();
    }
    updateButtons();
}

bool ExportDialog::isSourceMode() const
{
    return m_project.settings.schemaMode == model::ProjectSettings::SchemaMode::Source;
}

// The plan `tablewright export` writes too (SourceExport::plan): in source mode the schema is the team's files, edited
// in place; otherwise schema.ts is generated.
void ExportDialog::rebuildPlan()
{
    const codegen::CodegenOptions options{m_projectFileName};
    m_plan = source::SourceExport::plan(m_project, m_projectFile, options, m_outputFolder);
}

// Once the schema files say what the project says, the project records it (its source state), so that the change
// export just wrote is not taken for an edit made in the team's editor.
void ExportDialog::recordSync(const QList<codegen::ExportOutcome> &outcomes)
{
    if (!isSourceMode() || !source::SourceExport::allInPlaceWritten(m_plan, outcomes))
        return;
    auto synced = source::SourceExport::afterWrite(m_project, m_projectFile);
    if (!synced || synced.value().source == m_project.source)
        return;
    m_project = std::move(synced).value();
    Q_EMIT sourceSynced(m_project.source);
}

void ExportDialog::buildTree()
{
    m_tree->clear();
    QTreeWidgetItem *group = nullptr;
    QString groupId;
    int edited = 0;
    int editedObsolete = 0;
    QTreeWidgetItem *first = nullptr;
    for (qsizetype i = 0; i < m_plan.entries().size(); ++i) {
        const codegen::ExportPlan::Entry &entry = m_plan.entries().at(i);
        if (!group || groupId != entry.generatorId) {
            group = new QTreeWidgetItem(m_tree, {entry.generatorName});
            group->setExpanded(true);
            groupId = entry.generatorId;
        }
        auto *item = new QTreeWidgetItem(group, {entry.file.path, codegen::ExportPlan::stateLabel(entry.action)});
        item->setData(0, kEntryRole, int(i));
        item->setToolTip(0, entry.error.isEmpty() ? entry.file.path : entry.error);
        if (entry.wouldWrite()) {
            item->setCheckState(0, entry.needsConsent() ? Qt::Unchecked : Qt::Checked);
        } else {
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
            item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
            item->setForeground(1, palette().brush(QPalette::Disabled, QPalette::Text));
        }
        if (entry.isObsolete()) {
            item->setIcon(0, style()->standardIcon(QStyle::SP_TrashIcon));
            item->setToolTip(1, tr("An earlier export wrote this file; the schema no longer produces it. Checked, "
                                   "exporting deletes it (and its folder once empty)."));
        }
        if (entry.needsConsent()) {
            ++(entry.isObsolete() ? editedObsolete : edited);
            item->setIcon(1, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setToolTip(1, entry.isObsolete()
                                    ? tr("No longer generated, but changed since the last export: check it to delete "
                                         "it after reading it.")
                                    : tr("Changed outside Tablewright: check it to overwrite after reading the diff."));
        }
        if (!first && entry.wouldWrite())
            first = item;
    }
    QStringList warnings;
    if (edited > 0)
        warnings << tr("%n file(s) changed since the last export or not written by Tablewright. They are "
                       "unchecked; review the diff before checking one, as exporting would replace it.",
                       nullptr, edited);
    if (editedObsolete > 0)
        warnings << tr("%n file(s) no longer generated were changed since the last export. They are unchecked; "
                       "read one before checking it, as exporting would delete it.",
                       nullptr, editedObsolete);
    m_warning->setVisible(!warnings.isEmpty());
    m_warning->setText(warnings.join(u' '));
    if (!first && group)
        first = group->child(0);
    if (first)
        m_tree->setCurrentItem(first);
}

QTreeWidgetItem *ExportDialog::itemFor(const QString &path) const
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int c = 0; c < group->childCount(); ++c) {
            if (group->child(c)->text(0) == path)
                return group->child(c);
        }
    }
    return nullptr;
}

bool ExportDialog::isChecked(const QString &path) const
{
    const QTreeWidgetItem *item = itemFor(path);
    return item && (item->flags() & Qt::ItemIsUserCheckable) && item->checkState(0) == Qt::Checked;
}

void ExportDialog::setChecked(const QString &path, bool checked)
{
    if (QTreeWidgetItem *item = itemFor(path); item && (item->flags() & Qt::ItemIsUserCheckable))
        item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
}

void ExportDialog::showFile(const QString &path)
{
    if (QTreeWidgetItem *item = itemFor(path))
        m_tree->setCurrentItem(item);
}

QString ExportDialog::previewText() const
{
    return m_preview->toPlainText();
}

QString ExportDialog::diffText() const
{
    return m_diff->toPlainText();
}

QString ExportDialog::warningText() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

QString ExportDialog::stateText(const QString &path) const
{
    const QTreeWidgetItem *item = itemFor(path);
    return item ? item->text(1) : QString();
}

QString ExportDialog::summaryText() const
{
    return m_summary->text();
}

void ExportDialog::showCurrent()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !item->data(0, kEntryRole).isValid()) {
        m_preview->clear();
        m_diff->clear();
        return;
    }
    const codegen::ExportPlan::Entry &entry = m_plan.entries().at(item->data(0, kEntryRole).toInt());
    if (entry.isObsolete()) {
        m_preview->setPlainText(QString::fromUtf8(entry.onDisk));
        m_diff->setPlainText(entry.action == Action::ObsoleteEdited
                                 ? tr("No longer generated, and changed since the last export (the Preview shows it "
                                      "as it is now). Checked, exporting deletes it.")
                                 : tr("No longer generated: exporting deletes this file, as the last export wrote it "
                                      "(the Preview shows it), and its folder once empty."));
        m_tabs->setCurrentWidget(m_preview);
        return;
    }
    // The team's own schema file is written as it is; Tablewright's files get their stamp.
    m_preview->setPlainText(
        QString::fromUtf8(entry.inPlace ? entry.file.content : codegen::ExportWriter::finalContent(entry.file)));
    if (entry.action == Action::Created)
        m_diff->setPlainText(tr("New file: nothing on disk yet."));
    else if (entry.action == Action::Unchanged)
        m_diff->setPlainText(tr("The file on disk already holds exactly this."));
    else if (entry.action == Action::KeptExisting)
        m_diff->setPlainText(tr("A starting point that already exists: exporting leaves it as it is.\n\n") +
                             entry.diff);
    else
        m_diff->setPlainText(entry.diff);
    if (entry.needsConsent())
        m_tabs->setCurrentWidget(m_diff);
}

void ExportDialog::updateButtons()
{
    int checked = 0;
    for (const codegen::ExportPlan::Entry &entry : m_plan.entries())
        checked += isChecked(entry.file.path) ? 1 : 0;
    m_export->setEnabled(checked > 0 && !m_schemaErrors);
    m_export->setText(checked > 0 ? tr("Export %n file(s)", nullptr, checked) : tr("Export"));
}

QList<codegen::ExportOutcome> ExportDialog::exportChecked()
{
    QList<codegen::ExportPlan::Entry> chosen;
    for (const codegen::ExportPlan::Entry &entry : m_plan.entries()) {
        if (isChecked(entry.file.path))
            chosen << entry;
    }
    const QList<codegen::ExportOutcome> outcomes = m_plan.write(chosen);
    recordSync(outcomes);
    int written = 0;
    int deleted = 0;
    QStringList failures;
    for (const codegen::ExportOutcome &outcome : outcomes) {
        if (outcome.action == Action::Failed)
            failures << QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(outcome.path), outcome.error);
        else if (outcome.action == Action::Created || outcome.action == Action::Updated)
            ++written;
        else if (outcome.action == Action::Deleted)
            ++deleted;
        else if (outcome.isRefusal())
            failures << QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(outcome.path),
                                                     codegen::exportActionName(outcome.action));
    }
    QString summary = tr("%n file(s) written.", nullptr, written);
    if (deleted > 0)
        summary += u' ' + tr("Deleted %n file(s) no longer generated.", nullptr, deleted);
    if (!failures.isEmpty())
        summary += u' ' + tr("Not done:") + u'\n' + failures.join(u'\n');
    m_summary->setText(summary);
    // What is on disk now: written files read "unchanged", deleted ones are gone, refused ones keep their state.
    {
        const QSignalBlocker blocker(m_tree);
        rebuildPlan();
        buildTree();
    }
    showCurrent();
    updateButtons();
    return outcomes;
}

} // namespace tw::views
