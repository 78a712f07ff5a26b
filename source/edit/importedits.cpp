// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/edit/importedits.h"

#include "codegen/typescript/tsliteral.h"
#include "source/edit/drizzletext.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace tw::source::imports {
namespace {

const QString kCore = QStringLiteral("drizzle-orm/sqlite-core");
const QString kOrm = QStringLiteral("drizzle-orm");

/// Inserts @p names into the `{ ... }` of the import statement whose braces are at [@p open, @p close].
void extendBraces(EditPlan &plan, int file, qsizetype open, qsizetype close, const QStringList &names)
{
    const QString &text = plan.fileText(file);
    qsizetype last = close - 1;
    while (last > open && text[last].isSpace())
        --last;
    const bool multiLine = QStringView(text).mid(open, close - open).contains(u'\n');
    const bool hadComma = text[last] == u',';
    const bool empty = last == open;
    if (multiLine && !empty) {
        const QString indent = text::indentationAt(text, last);
        QString added = hadComma ? QString() : QStringLiteral(",");
        for (qsizetype k = 0; k < names.size(); ++k)
            added += u'\n' + indent + names[k] + (hadComma || k + 1 < names.size() ? QStringLiteral(",") : QString());
        plan.insert(file, last + 1, added);
        return;
    }
    const QString joined = names.join(QLatin1String(", "));
    if (empty)
        plan.insert(file, open + 1, u' ' + joined + u' ');
    else
        plan.insert(file, last + 1, (hadComma ? QStringLiteral(" ") : QStringLiteral(", ")) + joined);
}

/// The braces of `import { ... } from "module"` in @p text, or {-1, -1}.
std::pair<qsizetype, qsizetype> namedImport(const QString &text, const QString &module)
{
    const QRegularExpression statement(QStringLiteral("import\\s*(\\{)[^}]*(\\})\\s*from\\s*[\"']") +
                                       QRegularExpression::escape(module) + QStringLiteral("[\"']"));
    const QRegularExpressionMatch m = statement.match(text);
    if (!m.hasMatch())
        return {-1, -1};
    return {m.capturedStart(1), m.capturedStart(2)};
}

} // namespace

QString statement(const QStringList &names, const QString &module, const SourceStyle &style)
{
    return QStringLiteral("import { ") + names.join(QLatin1String(", ")) + QStringLiteral(" } from ") +
           DrizzleText::withQuotes(codegen::ts::stringLiteral(module), style.quote) +
           (style.semicolons ? QStringLiteral(";") : QString()) + style.lineEnding;
}

QString statements(const ImportNeeds &needs, const SourceStyle &style)
{
    QString out;
    if (needs.sql)
        out += statement({QStringLiteral("sql")}, kOrm, style);
    QStringList core(needs.core.cbegin(), needs.core.cend());
    core.sort();
    if (needs.anyColumnType)
        core << QStringLiteral("type AnySQLiteColumn");
    if (!core.isEmpty())
        out += statement(core, kCore, style);
    for (auto it = needs.variables.cbegin(); it != needs.variables.cend(); ++it)
        out += statement({it.key()}, it.value(), style);
    return out;
}

void add(EditPlan &plan, const SourceSchema &source, int file, const ImportNeeds &needs)
{
    const SourceFile &f = source.files[file];
    QStringList core(needs.core.cbegin(), needs.core.cend());
    core.sort();
    if (needs.anyColumnType && !f.text.contains(QLatin1String("AnySQLiteColumn")))
        core << QStringLiteral("type AnySQLiteColumn");
    const bool needsSql = needs.sql && !f.drizzleImports.values().contains(QStringLiteral("sql"));

    const qsizetype afterCoreImport =
        f.sqliteCoreImport.isValid() ? text::nextLineStart(f.text, f.sqliteCoreImport.end) : 0;
    QString newStatements;
    if (!core.isEmpty()) {
        const auto [open, close] = namedImport(f.text, kCore);
        if (open >= 0)
            extendBraces(plan, file, open, close, core);
        else
            newStatements += statement(core, kCore, f.style);
    }
    if (needsSql) {
        const auto [open, close] = namedImport(f.text, kOrm);
        if (open >= 0)
            extendBraces(plan, file, open, close, {QStringLiteral("sql")});
        else
            newStatements += statement({QStringLiteral("sql")}, kOrm, f.style);
    }
    for (auto it = needs.variables.cbegin(); it != needs.variables.cend(); ++it)
        newStatements += statement({it.key()}, it.value(), f.style);
    if (!newStatements.isEmpty())
        plan.insert(file, afterCoreImport, newStatements);
}

QString moduleSpecifier(const QString &fromFile, const QString &fromText, const QString &toFile)
{
    const QFileInfo target(toFile);
    QString relative =
        QFileInfo(fromFile).absoluteDir().relativeFilePath(target.absolutePath() + u'/' + target.completeBaseName());
    if (!relative.startsWith(QLatin1String("../")))
        relative.prepend(QLatin1String("./"));
    static const QRegularExpression jsSuffix(QStringLiteral("from\\s*[\"']\\.\\.?/[^\"']*\\.js[\"']"));
    if (jsSuffix.match(fromText).hasMatch())
        relative += QLatin1String(".js");
    return relative;
}

} // namespace tw::source::imports
