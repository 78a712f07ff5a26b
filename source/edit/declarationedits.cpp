// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/edit/declarationedits.h"

#include "codegen/typescript/tsliteral.h"
#include "source/edit/drizzletext.h"
#include "source/edit/sourcereferences.h"

#include <QRegularExpression>

namespace tw::source::declarations {
namespace {

bool insideAnEdit(const EditPlan &plan, const SourceReference &use)
{
    for (const TextEdit &edit : plan.edits().value(use.file)) {
        if (use.offset >= edit.span.begin && use.offset < edit.span.end)
            return true;
    }
    return false;
}

} // namespace

void remove(EditPlan &plan, const SourceSchema &source, int file, SourceSpan declaration, const QString &variable,
            const QString &what)
{
    QStringList places;
    for (const SourceReference &use : references::to(source, variable, file, declaration)) {
        if (!insideAnEdit(plan, use))
            places << plan.location(use.file, use.offset);
    }
    places.removeDuplicates();
    if (!places.isEmpty()) {
        plan.refuse(file, declaration.begin,
                    QStringLiteral("%1 was removed in the project, but its variable %2 is still used (%3); remove "
                                   "those uses first")
                        .arg(what, variable, places.join(QLatin1String(", "))));
        return;
    }
    const QString &text = source.files[file].text;
    qsizetype begin = text::lineStart(text, declaration.begin);
    const qsizetype end = text::nextLineStart(text, declaration.end);
    const bool blankAfter = end >= text.size() || text::isBlankLine(text, end);
    if (begin > 0 && blankAfter) {
        const qsizetype previous = text::lineStart(text, begin - 1);
        if (text::isBlankLine(text, previous))
            begin = previous;
    }
    plan.remove(file, {begin, end});
}

void editView(EditPlan &plan, const SourceView &written, const model::View &read, const model::View &view)
{
    const int file = written.file;
    if (read.isExisting != view.isExisting) {
        plan.refuse(file, written.declaration.begin,
                    QStringLiteral("view %1: switching between .existing() and a definition is not done in place; "
                                   "change it there")
                        .arg(read.name));
        return;
    }
    if (read.name != view.name) {
        // The name is the first argument of sqliteView(...).
        // Only a plain string literal is replaced.
        static const QRegularExpression call(QStringLiteral("sqliteView\\s*\\(\\s*([\"'])"));
        const QRegularExpressionMatch m = call.match(plan.fileText(file), written.declaration.begin);
        const qsizetype quote = m.hasMatch() ? m.capturedStart(1) : -1;
        const qsizetype close = quote >= 0 ? plan.fileText(file).indexOf(m.captured(1), quote + 1) : -1;
        if (close < 0 || close > written.declaration.end) {
            plan.refuse(file, written.declaration.begin,
                        QStringLiteral("view %1: its name is not a string literal; rename it there").arg(read.name));
        } else {
            const QChar q = m.captured(1).front();
            plan.replace(file, {quote, close + 1}, DrizzleText::withQuotes(codegen::ts::stringLiteral(view.name), q));
        }
    }
    if (read.definition != view.definition) {
        if (!written.editable || !written.definition.isValid()) {
            plan.refuse(
                file, written.declaration.begin,
                QStringLiteral("view %1: its definition is not a sql`...` text; change it there").arg(read.name));
            return;
        }
        plan.replace(file, written.definition, codegen::ts::templateBody(view.definition));
    }
}

} // namespace tw::source::declarations
