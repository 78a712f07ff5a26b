// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/runner/renametracker.h"

#include <QRegularExpression>

namespace tw::migrations {
namespace {

const QString kIdentifier = QStringLiteral(R"((`(?:[^`]|``)+`|"(?:[^"]|"")+"|\[[^\]]+\]|[A-Za-z_][\w$]*))");

const QRegularExpression &renameTable()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*ALTER\s+TABLE\s+%1\s+RENAME\s+TO\s+%1\s*;?\s*$)").arg(kIdentifier),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &renameColumn()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*ALTER\s+TABLE\s+%1\s+RENAME\s+(?:COLUMN\s+)?%1\s+TO\s+%1\s*;?\s*$)").arg(kIdentifier),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &dropTable()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*DROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?%1\s*;?\s*$)").arg(kIdentifier),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

RenameTracker::RenameTracker(const QStringList &tablesBefore)
{
    for (const QString &name : tablesBefore)
        m_current.insert(name, name);
}

QString RenameTracker::unquote(const QString &identifier)
{
    if (identifier.size() < 2)
        return identifier;
    const QChar first = identifier.front();
    const QChar last = identifier.back();
    if (first == u'`' && last == u'`')
        return identifier.mid(1, identifier.size() - 2).replace(QStringLiteral("``"), QStringLiteral("`"));
    if (first == u'"' && last == u'"')
        return identifier.mid(1, identifier.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    if (first == u'[' && last == u']')
        return identifier.mid(1, identifier.size() - 2);
    return identifier;
}

void RenameTracker::feed(const QString &statement)
{
    if (const auto m = renameColumn().match(statement); m.hasMatch()) {
        const QString before = m_current.value(unquote(m.captured(1)));
        if (before.isEmpty())
            return;
        const QString from = unquote(m.captured(2));
        const QString to = unquote(m.captured(3));
        QHash<QString, QString> &columns = m_columns[before];
        for (auto it = columns.begin(); it != columns.end(); ++it) {
            if (it.value() == from) {
                it.value() = to;
                return;
            }
        }
        columns.insert(from, to);
        return;
    }
    if (const auto m = renameTable().match(statement); m.hasMatch()) {
        const QString before = m_current.take(unquote(m.captured(1)));
        if (!before.isEmpty())
            m_current.insert(unquote(m.captured(2)), before);
        return;
    }
    if (const auto m = dropTable().match(statement); m.hasMatch())
        m_current.remove(unquote(m.captured(1)));
}

QString RenameTracker::tableNow(const QString &before) const
{
    for (auto it = m_current.cbegin(); it != m_current.cend(); ++it) {
        if (it.value() == before)
            return it.key();
    }
    return {};
}

QString RenameTracker::columnNow(const QString &tableBefore, const QString &columnBefore) const
{
    return m_columns.value(tableBefore).value(columnBefore, columnBefore);
}

} // namespace tw::migrations
