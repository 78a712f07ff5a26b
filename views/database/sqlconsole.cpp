// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/database/sqlconsole.h"

#include "database/inspector/databaseinspector.h"
#include "model/io/atomicfile.h"
#include "views/database/resulttablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tw::views {

SqlConsole::SqlConsole(QWidget *parent)
    : QWidget(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_historyBox(new QComboBox(this))
    , m_runButton(new QPushButton(tr("Run"), this))
    , m_writes(new QCheckBox(tr("Allow writes"), this))
    , m_commitButton(new QPushButton(tr("Commit"), this))
    , m_rollbackButton(new QPushButton(tr("Roll back"), this))
    , m_exportButton(new QPushButton(tr("Export CSV…"), this))
    , m_status(new QLabel(this))
    , m_results(new QTableView(this))
    , m_model(new ResultTableModel(this))
{
    m_ask = [this](const QString &question) {
        return int(QMessageBox::question(this, tr("Uncommitted changes"), question,
                                         QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel));
    };
    m_editor->setObjectName(QStringLiteral("sqlEditor"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlaceholderText(tr("SELECT * FROM categories;   (Ctrl+Return runs)"));
    m_historyBox->setPlaceholderText(tr("History"));
    m_historyBox->setMinimumContentsLength(24);
    m_historyBox->setToolTip(tr("Statements run in this session; pick one to edit it again"));
    m_runButton->setToolTip(tr("Run the statements (Ctrl+Return)"));
    m_writes->setToolTip(tr("Open a transaction for writes; nothing reaches the file before Commit"));
    m_results->setModel(m_model);
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_results->verticalHeader()->setDefaultSectionSize(m_results->fontMetrics().height() + 6);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_runButton);
    bar->addWidget(m_historyBox, 1);
    bar->addWidget(m_writes);
    bar->addWidget(m_commitButton);
    bar->addWidget(m_rollbackButton);
    bar->addWidget(m_exportButton);
    // Statement beside its results: the console lives in a dock under the diagram, wider than it is tall.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_editor);
    splitter->addWidget(m_results);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_runButton, &QPushButton::clicked, this, [this] { run(m_editor->toPlainText()); });
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_editor);
    connect(shortcut, &QShortcut::activated, this, [this] { run(m_editor->toPlainText()); });
    connect(m_historyBox, &QComboBox::activated, this,
            [this](int i) { m_editor->setPlainText(m_historyBox->itemData(i).toString()); });
    connect(m_writes, &QCheckBox::clicked, this, [this](bool on) { setWritesAllowed(on); });
    connect(m_commitButton, &QPushButton::clicked, this, &SqlConsole::commit);
    connect(m_rollbackButton, &QPushButton::clicked, this, &SqlConsole::rollback);
    connect(m_exportButton, &QPushButton::clicked, this, &SqlConsole::exportWithDialog);
    updateState();
}

void SqlConsole::setInspector(database::DatabaseInspector *inspector)
{
    m_inspector = inspector;
    m_model->clear();
    m_lastStatement.clear();
    setStatus(inspector ? tr("Read-only. Switch on \"Allow writes\" to change data.") : tr("No database open."), false);
    updateState();
}

QString SqlConsole::statusText() const
{
    return m_status->text();
}

void SqlConsole::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: palette(bright-text); background: #b3261e; padding: 2px")
                                  : QString());
}

void SqlConsole::updateState()
{
    const bool open = m_inspector != nullptr;
    const bool writing = open && m_inspector->isWriting();
    m_runButton->setEnabled(open);
    m_editor->setEnabled(open);
    m_writes->setEnabled(open);
    m_writes->setChecked(writing);
    m_commitButton->setEnabled(writing);
    m_rollbackButton->setEnabled(writing);
    m_exportButton->setEnabled(open && !m_lastStatement.isEmpty());
}

bool SqlConsole::run(const QString &sql)
{
    if (!m_inspector || sql.trimmed().isEmpty())
        return false;
    if (!m_history.contains(sql)) {
        m_history.prepend(sql);
        m_historyBox->insertItem(0, sql.simplified().left(80), sql);
    }
    const auto results = m_inspector->run(sql, kMaxRows);
    if (!results) {
        setStatus(results.error(), true);
        if (m_inspector->isWriting())
            Q_EMIT databaseChanged();
        updateState();
        return false;
    }
    const database::QueryResult &last = results.value().last();
    m_model->setResult(last);
    m_results->resizeColumnsToContents();
    const bool wrote = std::any_of(results.value().cbegin(), results.value().cend(),
                                   [](const database::QueryResult &r) { return r.wrote; });
    m_lastStatement = last.columns.isEmpty() ? QString() : last.statement;
    if (!last.columns.isEmpty())
        setStatus(last.truncated ? tr("The first %L1 rows; export to CSV for all of them.").arg(kMaxRows)
                                 : tr("%n row(s).", nullptr, int(last.rows.size())),
                  false);
    else if (wrote)
        setStatus(tr("%n row(s) changed, not committed yet: Commit or Roll back.", nullptr, int(last.rowsAffected)),
                  false);
    else
        setStatus(tr("Done."), false);
    if (wrote)
        Q_EMIT databaseChanged();
    updateState();
    return true;
}

bool SqlConsole::setWritesAllowed(bool allowed)
{
    if (!m_inspector || allowed == m_inspector->isWriting()) {
        updateState();
        return m_inspector != nullptr;
    }
    if (allowed) {
        const QString error = m_inspector->beginWriting();
        if (!error.isEmpty()) {
            setStatus(error, true);
            updateState();
            return false;
        }
        setStatus(tr("Writes allowed inside a transaction: Commit keeps them, Roll back discards them."), false);
    } else if (!settleTransaction()) {
        updateState();
        return false;
    }
    updateState();
    Q_EMIT writingChanged(m_inspector->isWriting());
    return true;
}

bool SqlConsole::settleTransaction()
{
    if (!m_inspector || !m_inspector->isWriting())
        return true;
    if (!m_inspector->hasUncommittedChanges())
        return rollback();
    const int answer = m_ask(tr("The database has uncommitted changes. Commit them?"));
    if (answer == QMessageBox::Save)
        return commit();
    if (answer == QMessageBox::Discard)
        return rollback();
    return false;
}

bool SqlConsole::commit()
{
    if (!m_inspector)
        return false;
    const QString error = m_inspector->commit();
    if (!error.isEmpty()) {
        setStatus(error, true);
        updateState();
        return false;
    }
    setStatus(tr("Committed. Read-only again."), false);
    updateState();
    Q_EMIT writingChanged(false);
    Q_EMIT databaseChanged();
    return true;
}

bool SqlConsole::rollback()
{
    if (!m_inspector)
        return false;
    const QString error = m_inspector->rollback();
    setStatus(error.isEmpty() ? tr("Rolled back: nothing was written. Read-only again.") : error, !error.isEmpty());
    updateState();
    Q_EMIT writingChanged(false);
    Q_EMIT databaseChanged();
    return error.isEmpty();
}

bool SqlConsole::exportCsv(const QString &path)
{
    if (!m_inspector || m_lastStatement.isEmpty())
        return false;
    qint64 rows = 0;
    QString error;
    const bool written = model::AtomicFile::write(
        path,
        [&](QIODevice &device) {
            const auto exported = m_inspector->exportCsv(m_lastStatement, &device);
            rows = exported ? exported.value() : 0;
            return exported ? QString() : exported.error();
        },
        &error);
    if (!written) {
        setStatus(error, true);
        return false;
    }
    setStatus(tr("Exported %n row(s) to %1.", nullptr, int(rows)).arg(path), false);
    return true;
}

void SqlConsole::exportWithDialog()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export CSV"), QStringLiteral("result.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

} // namespace tw::views
