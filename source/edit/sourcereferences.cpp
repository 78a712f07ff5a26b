// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/edit/sourcereferences.h"

#include <QRegularExpression>

namespace tw::source::references {
namespace {

const QString kWordStart = QStringLiteral("(?<![\\w$])");
const QString kWordEnd = QStringLiteral("(?![\\w$])");

bool isMemberAccess(const QString &text, qsizetype offset)
{
    qsizetype i = offset - 1;
    while (i >= 0 && text[i].isSpace())
        --i;
    return i >= 0 && text[i] == u'.' && !(i >= 2 && text[i - 1] == u'.' && text[i - 2] == u'.');
}

} // namespace

QList<SourceReference> to(const SourceSchema &source, const QString &identifier, int excludeFile, SourceSpan exclude)
{
    // Not after `/` either: `export * from "./users"` names a file, not the variable.
    const QRegularExpression word(QStringLiteral("(?<![\\w$/])") + QRegularExpression::escape(identifier) + kWordEnd);
    QList<SourceReference> found;
    for (int f = 0; f < source.files.size(); ++f) {
        const QString &text = source.files[f].text;
        for (auto it = word.globalMatch(text); it.hasNext();) {
            const qsizetype at = it.next().capturedStart();
            if (f == excludeFile && at >= exclude.begin && at < exclude.end)
                continue;
            if (!isMemberAccess(text, at))
                found << SourceReference{f, at};
        }
    }
    return found;
}

QList<SourceSpan> memberUses(const QString &text, const QString &object, const QString &member, SourceSpan within)
{
    const QRegularExpression use(kWordStart + QRegularExpression::escape(object) + QStringLiteral("\\s*\\.\\s*(") +
                                 QRegularExpression::escape(member) + QStringLiteral(")") + kWordEnd);
    QList<SourceSpan> spans;
    for (auto it = use.globalMatch(text, within.begin); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedEnd() > within.end)
            break;
        if (!isMemberAccess(text, m.capturedStart()))
            spans << SourceSpan{m.capturedStart(1), m.capturedEnd(1)};
    }
    return spans;
}

QString callbackParameter(const QString &text, SourceSpan extraConfig)
{
    static const QRegularExpression parameter(QStringLiteral(
        "^\\s*(?:async\\s+)?(?:\\(\\s*([A-Za-z_$][\\w$]*)\\s*(?::[^)]*)?\\)|([A-Za-z_$][\\w$]*))\\s*=>"));
    const QRegularExpressionMatch m = parameter.match(text.mid(extraConfig.begin, extraConfig.length()));
    if (!m.hasMatch())
        return {};
    return m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
}

QString fileCallbackParameter(const SourceSchema &source, int file)
{
    for (const SourceTable &table : source.tables) {
        if (table.file == file && table.extraConfig.isValid()) {
            const QString parameter = callbackParameter(source.files[file].text, table.extraConfig);
            if (!parameter.isEmpty())
                return parameter;
        }
    }
    return QStringLiteral("t");
}

QString builderParameter(const QString &text, const SourceTable &table)
{
    static const QRegularExpression callback(
        QStringLiteral("(?:\\(\\s*([A-Za-z_$][\\w$]*)\\s*\\)|([A-Za-z_$][\\w$]*))\\s*=>\\s*\\(\\s*$"));
    const qsizetype from = table.nameArgument.isValid() ? table.nameArgument.end : table.declaration.begin;
    const QRegularExpressionMatch m = callback.match(text.mid(from, table.columnsObject.begin - from));
    if (!m.hasMatch())
        return {};
    return m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
}

SourceSpan declaredName(const QString &text, SourceSpan declaration, const QString &name)
{
    const QRegularExpression declared(QStringLiteral("\\b(?:const|let|var)\\s+(") + QRegularExpression::escape(name) +
                                      QStringLiteral(")") + kWordEnd);
    const QRegularExpressionMatch m = declared.match(text, declaration.begin);
    if (!m.hasMatch() || m.capturedEnd(1) > declaration.end)
        return {};
    return {m.capturedStart(1), m.capturedEnd(1)};
}

} // namespace tw::source::references
