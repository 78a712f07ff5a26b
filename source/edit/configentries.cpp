// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/edit/tableedits.h"

#include "source/edit/sourcereferences.h"

namespace tw::source {
namespace {

/// Where the entries of an extra-config callback are listed: `[ ... ]`, or `{ ... }` in `(t) => ({ ... })`.
struct ConfigBody
{
    qsizetype open = -1;
    qsizetype close = -1;
    bool objectForm = false;
};

ConfigBody configBody(const QString &text, SourceSpan extraConfig)
{
    const qsizetype arrow = text.indexOf(QLatin1String("=>"), extraConfig.begin);
    if (arrow < 0 || arrow >= extraConfig.end)
        return {};
    qsizetype body = text::skipBlanksAndComments(text, arrow + 2);
    // A block body `{ return [...]; }`: its only statement returns the list.
    if (body < text.size() && text[body] == u'{') {
        const qsizetype statement = text::skipBlanksAndComments(text, body + 1);
        if (!QStringView(text).mid(statement).startsWith(QLatin1String("return")))
            return {};
        body = text::skipBlanksAndComments(text, statement + 6);
        if (body < text.size() && text[body] == u'{')
            return {body, text::matchingBracket(text, body), true};
    }
    if (body < text.size() && text[body] == u'[')
        return {body, text::matchingBracket(text, body), false};
    if (body < text.size() && text[body] == u'(') {
        body = text::skipBlanksAndComments(text, body + 1);
        if (body < text.size() && text[body] == u'{')
            return {body, text::matchingBracket(text, body), true};
    }
    return {};
}

} // namespace

void TableEdits::addConfigEntries(const QList<model::Table> &onlies)
{
    if (onlies.isEmpty())
        return;
    const QString parameter = configParameter();
    if (parameter.isEmpty())
        return;
    QStringList entries;
    for (const model::Table &only : onlies)
        entries << m_drizzle.configEntries(only, parameter);
    const QString &lineEnding = m_file.style.lineEnding;
    const bool trailing = m_file.style.trailingCommas;
    const QString indent = columnIndent();

    if (!m_pair.written.extraConfig.isValid()) {
        const qsizetype closeBrace = m_pair.written.columnsObject.end - 1;
        QString callback = QStringLiteral(", (") + parameter + QStringLiteral(") => [") + lineEnding;
        for (qsizetype k = 0; k < entries.size(); ++k)
            callback += indent + entries[k] + (k + 1 < entries.size() || trailing ? QStringLiteral(",") : QString()) +
                        lineEnding;
        callback += text::indentationAt(m_text, closeBrace) + u']';
        m_plan.insert(m_fileIndex, m_pair.written.columnsObject.end, callback);
        return;
    }
    const ConfigBody body = configBody(m_text, m_pair.written.extraConfig);
    if (body.close < 0) {
        m_plan.refuse(m_fileIndex, m_pair.written.extraConfig.begin,
                      QStringLiteral("table %1: its extra config is not a list Tablewright can add to; add %2 there")
                          .arg(m_pair.read.name, entries.join(QLatin1String(", "))));
        return;
    }
    if (body.objectForm) {
        QStringList keys;
        for (qsizetype k = 0; k < entries.size(); ++k) {
            QString key = entryKey(onlies[k]);
            for (int n = 2; keys.contains(key); ++n)
                key = entryKey(onlies[k]) + QString::number(n);
            keys << key;
            entries[k] = key + QLatin1String(": ") + entries[k];
        }
    }
    const SourceConstraint *last = nullptr;
    for (const SourceConstraint &constraint : m_pair.written.constraints) {
        if (!last || constraint.entry.end > last->entry.end)
            last = &constraint;
    }
    const bool oneLine = !QStringView(m_text).mid(body.open, body.close - body.open).contains(u'\n');
    if (oneLine) {
        m_plan.insert(m_fileIndex, last ? last->entry.end : body.open + 1,
                      (last ? QStringLiteral(", ") : QString()) + entries.join(QLatin1String(", ")));
        return;
    }
    if (last) {
        qsizetype after = last->entry.end;
        while (after < m_text.size() && (m_text[after] == u' ' || m_text[after] == u'\t'))
            ++after;
        if (after >= m_text.size() || m_text[after] != u',')
            m_plan.insert(m_fileIndex, last->entry.end, QStringLiteral(","));
    }
    const QString entryIndent = last ? text::indentationAt(m_text, last->entry.begin)
                                     : text::indentationAt(m_text, body.close) + m_file.style.indent;
    QString lines;
    for (qsizetype k = 0; k < entries.size(); ++k)
        lines += entryIndent + entries[k] + (k + 1 < entries.size() || trailing ? QStringLiteral(",") : QString()) +
                 lineEnding;
    if (text::onlyBlanksBefore(m_text, body.close))
        m_plan.insert(m_fileIndex, text::lineStart(m_text, body.close), lines);
    else
        m_plan.insert(m_fileIndex, body.close, lineEnding + lines);
}

} // namespace tw::source
