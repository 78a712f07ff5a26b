// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/edit/editplan.h"

#include <algorithm>

namespace tw::source {

void EditPlan::replace(int file, SourceSpan span, const QString &text)
{
    QList<TextEdit> &edits = m_edits[file];
    edits.removeIf([&span](const TextEdit &edit) { return edit.span.begin > span.begin && edit.span.end < span.end; });
    edits << TextEdit{span, text};
}

void EditPlan::refuse(int file, qsizetype offset, const QString &why)
{
    const QString message = location(file, offset) + QLatin1String(": ") + why;
    if (!m_refusals.contains(message))
        m_refusals << message;
}

QString EditPlan::location(int file, qsizetype offset) const
{
    if (file < 0 || file >= m_source.files.size())
        return QStringLiteral("?");
    const SourceFile &f = m_source.files[file];
    return QStringLiteral("%1:%2").arg(f.path).arg(text::lineNumber(f.text, std::max<qsizetype>(offset, 0)));
}

} // namespace tw::source
