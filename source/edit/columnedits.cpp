// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/edit/tableedits.h"

#include "codegen/schemats/drizzlecolumnwriter.h"
#include "model/schema/naming.h"
#include "source/edit/sourcereferences.h"
#include "source/schema/drizzlecasing.h"

#include <algorithm>

namespace tw::source {
namespace {

bool hasCommaAfter(const QString &text, qsizetype offset)
{
    qsizetype i = offset;
    while (i < text.size() && (text[i] == u' ' || text[i] == u'\t'))
        ++i;
    return i < text.size() && text[i] == u',';
}

const SourceChainCall *firstCall(const SourceColumn &column, const QString &method)
{
    for (const SourceChainCall &call : column.chain) {
        if (call.method == method)
            return &call;
    }
    return nullptr;
}

/// Whether @p read and @p wanted differ in anything the column's own code says (comments and the TypeScript key
/// are compared separately).
bool columnDiffers(model::Column read, const model::Column &wanted)
{
    read.id = wanted.id;
    read.comment = wanted.comment;
    read.tsName = wanted.tsName;
    return !(read == wanted);
}

} // namespace

void TableEdits::removeColumns()
{
    const QList<SourceColumn> &written = m_pair.written.columns;
    int lastKept = -1;
    bool removedLast = false;
    for (int j = 0; j < written.size(); ++j) {
        const bool removed =
            m_match.isMatched(m_pair.written.table.columns[j].id) && !m_pair.table.column(m_pair.read.columns[j].id);
        if (!removed) {
            lastKept = j;
            removedLast = false;
            continue;
        }
        removedLast = true;
        m_removed.insert(j);
        if (!refuseIfNotEditable(j, QStringLiteral("remove it")))
            continue;
        for (int other = 0; other < written.size(); ++other) {
            const SourceSpan &entry = written[other].entry;
            if (other != j && entry.begin < written[j].lines.end && entry.end > written[j].lines.begin) {
                m_plan.refuse(m_fileIndex, written[j].entry.begin,
                              QStringLiteral("%1: shares its line with another column; remove it there")
                                  .arg(what(m_pair.read.columns[j])));
            }
        }
        m_plan.remove(m_fileIndex, written[j].lines);
    }
    // Without trailing commas, the column that is now last loses its comma.
    if (removedLast && lastKept >= 0 && !hasCommaAfter(m_text, written.last().entry.end)) {
        const qsizetype end = written[lastKept].entry.end;
        if (hasCommaAfter(m_text, end)) {
            const qsizetype comma = m_text.indexOf(u',', end);
            m_plan.remove(m_fileIndex, {comma, comma + 1});
            m_commaRemovedAfter = lastKept;
        }
    }
}

void TableEdits::changeColumns()
{
    for (int j = 0; j < m_pair.read.columns.size(); ++j) {
        if (m_removed.contains(j))
            continue;
        if (const model::Column *column = m_pair.table.column(m_pair.read.columns[j].id))
            changeColumn(j, *column);
    }
}

void TableEdits::changeColumn(int index, const model::Column &column)
{
    const SourceColumn &written = m_pair.written.columns[index];
    const QString key = column.effectiveTsName();
    if (!columnDiffers(m_pair.read.columns[index], column) && written.key == key)
        return;
    if (!refuseIfNotEditable(index, QStringLiteral("change it")))
        return;
    if (written.key != key)
        renameKey(index, key);
    editBuilder(index, column, key);
    editChain(index, column);
}

void TableEdits::renameKey(int index, const QString &key)
{
    const SourceColumn &written = m_pair.written.columns[index];
    const qsizetype begin = written.entry.begin;
    qsizetype end = begin;
    if (m_text[begin] == u'"' || m_text[begin] == u'\'') {
        end = m_text.indexOf(m_text[begin], begin + 1) + 1;
    } else {
        while (end < m_text.size() && (m_text[end].isLetterOrNumber() || m_text[end] == u'_' || m_text[end] == u'$'))
            ++end;
    }
    m_plan.replace(m_fileIndex, {begin, end}, m_drizzle.propertyKey(key));
    const bool identifiers =
        model::naming::isTypeScriptIdentifier(key) && model::naming::isTypeScriptIdentifier(written.key);
    // `users.oldKey` anywhere in the schema files, and `t.oldKey` in this table's own extra config.
    for (int f = 0; f < m_source.files.size(); ++f) {
        const QString &text = m_source.files[f].text;
        const QList<SourceSpan> uses =
            references::memberUses(text, m_pair.written.variable, written.key, {0, text.size()});
        for (const SourceSpan &use : uses) {
            if (!identifiers)
                m_plan.refuse(
                    f, use.begin,
                    QStringLiteral("%1.%2 is used here; rename it by hand").arg(m_pair.written.variable, written.key));
            m_plan.replace(f, use, key);
        }
    }
    const QString parameter = m_pair.written.extraConfig.isValid()
                                  ? references::callbackParameter(m_text, m_pair.written.extraConfig)
                                  : QString();
    if (!parameter.isEmpty()) {
        for (const SourceSpan &use : references::memberUses(m_text, parameter, written.key, m_pair.written.extraConfig))
            m_plan.replace(m_fileIndex, use, key);
    }
}

void TableEdits::editBuilder(int index, const model::Column &column, const QString &key)
{
    const SourceColumn &written = m_pair.written.columns[index];
    const model::Column &read = m_pair.read.columns[index];
    const bool builderChanged = read.type != column.type || read.mode != column.mode || read.length != column.length ||
                                read.enumValues != column.enumValues;
    if (builderChanged) {
        m_plan.replace(m_fileIndex, written.builderCall, m_drizzle.builderCall(m_pair.table, column));
        return;
    }
    if (written.nameArgument.isValid()) {
        if (read.name != column.name)
            m_plan.replace(m_fileIndex, written.nameArgument, m_drizzle.literal(column.name));
        return;
    }
    if (drizzleColumnName(key, m_source.casing) == column.name)
        return;
    const qsizetype open = m_text.indexOf(u'(', written.builderCall.begin + written.builder.size());
    const qsizetype first = text::skipBlanksAndComments(m_text, open + 1);
    const QString literal = m_drizzle.literal(column.name);
    m_plan.insert(m_fileIndex, open + 1, m_text[first] == u')' ? literal : literal + QLatin1String(", "));
}

void TableEdits::editChain(int index, const model::Column &column)
{
    using codegen::DrizzleColumnWriter;
    const SourceColumn &written = m_pair.written.columns[index];
    const model::Column &read = m_pair.read.columns[index];
    const bool keyBefore = DrizzleColumnWriter::isColumnPrimaryKey(m_pair.read, read);
    const bool keyNow = DrizzleColumnWriter::isColumnPrimaryKey(m_pair.table, column);
    const QList<std::pair<QString, bool>> changes{
        {QStringLiteral("primaryKey"), keyBefore != keyNow || read.autoincrement != column.autoincrement},
        {QStringLiteral("notNull"), keyBefore != keyNow || read.notNull != column.notNull},
        {QStringLiteral("unique"), read.unique != column.unique},
        {QStringLiteral("default"), !(read.defaultValue == column.defaultValue)},
        {QStringLiteral("generatedAlwaysAs"), read.generated != column.generated},
    };
    const QList<ChainText> wanted = m_drizzle.chain(m_pair.table, column);
    QStringList appended;
    for (const ChainText &call : wanted) {
        for (const auto &[method, changed] : changes) {
            if (method != call.method || !changed)
                continue;
            const SourceChainCall *existing = firstCall(written, method);
            if (!existing)
                appended << call.text;
            else if (m_text.mid(existing->span.begin, existing->span.length()) != call.text)
                m_plan.replace(m_fileIndex, existing->span, call.text);
        }
    }
    for (const auto &change : changes) {
        const QString &method = change.first;
        const bool stillWanted = std::any_of(wanted.cbegin(), wanted.cend(),
                                             [&method](const ChainText &call) { return call.method == method; });
        if (change.second && !stillWanted) {
            if (const SourceChainCall *existing = firstCall(written, method))
                removeChainCall(*existing);
        }
    }
    appendChainCalls(index, appended);
}

void TableEdits::appendChainCalls(int index, const QStringList &calls)
{
    if (calls.isEmpty())
        return;
    const SourceColumn &written = m_pair.written.columns[index];
    const qsizetype at = written.chain.isEmpty() ? written.builderCall.end : written.chain.last().span.end;
    m_plan.insert(m_fileIndex, at, calls.join(QString()));
}

void TableEdits::removeChainCall(const SourceChainCall &call)
{
    m_plan.remove(m_fileIndex, text::wholeLinesIfAlone(m_text, call.span));
}

void TableEdits::addColumns()
{
    const QList<SourceColumn> &written = m_pair.written.columns;
    int lastKept = -1;
    for (int j = 0; j < written.size(); ++j) {
        if (!m_removed.contains(j))
            lastKept = j;
    }
    QMap<int, QStringList> byAnchor; // written column the new ones follow (-1: before the first kept one)
    int anchor = -1;
    for (const model::Column &column : m_pair.table.columns) {
        const int j = writtenColumnOf(column.id);
        if (j >= 0 && !m_removed.contains(j)) {
            anchor = j;
            continue;
        }
        if (j < 0)
            byAnchor[anchor] << m_drizzle.column(m_pair.table, column);
    }
    for (auto it = byAnchor.cbegin(); it != byAnchor.cend(); ++it)
        insertColumns(it.key(), it.key() == lastKept, it.value());
}

void TableEdits::insertColumns(int anchor, bool atEnd, const QStringList &columnTexts)
{
    const QList<SourceColumn> &written = m_pair.written.columns;
    const SourceSpan object = m_pair.written.columnsObject;
    int firstKept = -1;
    for (int j = written.size() - 1; j >= 0; --j) {
        if (!m_removed.contains(j))
            firstKept = j;
    }
    if (firstKept < 0)
        atEnd = true;
    const bool oneLine = !QStringView(m_text).mid(object.begin, object.length()).contains(u'\n');
    if (oneLine) {
        const QString joined = columnTexts.join(QLatin1String(", "));
        if (anchor >= 0)
            m_plan.insert(m_fileIndex, written[anchor].entry.end, QLatin1String(", ") + joined);
        else if (firstKept >= 0)
            m_plan.insert(m_fileIndex, written[firstKept].entry.begin, joined + QLatin1String(", "));
        else
            m_plan.insert(m_fileIndex, object.begin + 1, u' ' + joined + u' ');
        return;
    }
    const bool trailingCommas =
        written.isEmpty() ? m_file.style.trailingCommas : hasCommaAfter(m_text, written.last().entry.end);
    const QString indent = columnIndent();
    const QString &lineEnding = m_file.style.lineEnding;
    QString lines;
    for (qsizetype k = 0; k < columnTexts.size(); ++k) {
        const bool comma = !atEnd || k + 1 < columnTexts.size() || trailingCommas;
        lines += indent + columnTexts[k] + (comma ? QStringLiteral(",") : QString()) + lineEnding;
    }
    qsizetype at = text::lineStart(m_text, object.end - 1);
    if (anchor >= 0) {
        at = written[anchor].lines.end;
        if (atEnd && (!hasCommaAfter(m_text, written[anchor].entry.end) || anchor == m_commaRemovedAfter))
            m_plan.insert(m_fileIndex, written[anchor].entry.end, QStringLiteral(","));
    } else if (firstKept >= 0) {
        at = written[firstKept].lines.begin;
    }
    m_plan.insert(m_fileIndex, at, lines);
}

} // namespace tw::source
