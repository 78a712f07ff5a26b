// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/edit/drizzletext.h"

#include "codegen/schemats/drizzlecolumnwriter.h"
#include "codegen/schemats/drizzletableconfigwriter.h"
#include "codegen/typescript/tsimports.h"
#include "codegen/typescript/tsliteral.h"
#include "source/edit/textedits.h"
#include "source/schema/drizzlecasing.h"

#include <QRegularExpression>

#include <algorithm>

namespace tw::source {
namespace {

qsizetype identifierEnd(const QString &code, qsizetype from)
{
    qsizetype i = from;
    while (i < code.size() && (code[i].isLetterOrNumber() || code[i] == u'_' || code[i] == u'$'))
        ++i;
    return i;
}

/// Splits `.a(x).b(y)` into its calls.
QList<ChainText> splitChain(const QString &code)
{
    QList<ChainText> calls;
    qsizetype i = 0;
    while (i < code.size() && code[i] == u'.') {
        const qsizetype nameEnd = identifierEnd(code, i + 1);
        const qsizetype close = text::matchingBracket(code, nameEnd);
        if (nameEnd >= code.size() || code[nameEnd] != u'(' || close < 0)
            break;
        calls << ChainText{code.mid(i + 1, nameEnd - i - 1), code.mid(i, close + 1 - i)};
        i = close + 1;
    }
    return calls;
}

/// The generated line for @p column split after its builder call: {builder call, chain}.
std::pair<QString, QString> generatedParts(const model::Schema &schema, const model::Table &table,
                                           const model::Column &column)
{
    codegen::TsImports imports;
    const QString line = codegen::DrizzleColumnWriter(schema, table, imports).write(column);
    const qsizetype builderBegin = codegen::ts::propertyKey(column.effectiveTsName()).size() + 2;
    const qsizetype close = text::matchingBracket(line, identifierEnd(line, builderBegin));
    return {line.mid(builderBegin, close + 1 - builderBegin), line.mid(close + 1)};
}

} // namespace

bool reliesOnDerivedNames(const SourceSchema &source, int file, const SourceTable *table)
{
    int derived = 0;
    int named = 0;
    auto count = [&derived, &named](const SourceTable &t) {
        for (const SourceColumn &column : t.columns)
            (column.nameArgument.isValid() ? named : derived)++;
    };
    if (table)
        count(*table);
    for (const SourceTable &other : source.tables) {
        if (derived + named == 0 && other.file == file)
            count(other);
    }
    return derived + named == 0 ? source.casing != Casing::None : derived > named;
}

DrizzleText::DrizzleText(const model::Schema &schema, const SourceFile &file, Casing casing, bool reliesOnCasing)
    : m_schema(schema)
    , m_file(file)
    , m_casing(casing)
    , m_reliesOnCasing(reliesOnCasing)
{
}

QString DrizzleText::column(const model::Table &table, const model::Column &column)
{
    QString out = propertyKey(column.effectiveTsName()) + QLatin1String(": ") + builderCall(table, column);
    for (const ChainText &call : chain(table, column))
        out += call.text;
    return out;
}

QString DrizzleText::builderCall(const model::Table &table, const model::Column &column)
{
    return restyledBuilder(column, generatedParts(m_schema, table, column).first);
}

QList<ChainText> DrizzleText::chain(const model::Table &table, const model::Column &column)
{
    QList<ChainText> calls = splitChain(generatedParts(m_schema, table, column).second);
    for (ChainText &call : calls)
        call.text = restyled(call.text);
    return calls;
}

QStringList DrizzleText::configEntries(const model::Table &table, const QString &parameter)
{
    codegen::TsImports imports;
    QStringList out;
    for (const QString &entry : codegen::DrizzleTableConfigWriter(m_schema, table, imports, parameter).entries()) {
        const qsizetype nameEnd = identifierEnd(entry, 0);
        out << restyled(localName(entry.left(nameEnd)) + entry.mid(nameEnd));
    }
    return out;
}

QString DrizzleText::literal(const QString &text) const
{
    return withQuotes(codegen::ts::stringLiteral(text), m_file.style.quote);
}

QString DrizzleText::propertyKey(const QString &name) const
{
    return withQuotes(codegen::ts::propertyKey(name), m_file.style.quote);
}

QString DrizzleText::withQuotes(const QString &code, QChar quote)
{
    if (quote == u'\'')
        return code;
    QString out;
    out.reserve(code.size());
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == u'`') {
            const qsizetype start = i;
            for (++i; i < code.size() && code[i] != u'`'; ++i) {
                if (code[i] == u'\\')
                    ++i;
            }
            out += QStringView(code).mid(start, i + 1 - start);
            continue;
        }
        if (c != u'\'') {
            out += c;
            continue;
        }
        out += quote;
        for (++i; i < code.size() && code[i] != u'\''; ++i) {
            if (code[i] == u'\\' && i + 1 < code.size()) {
                ++i;
                if (code[i] != u'\'')
                    out += u'\\';
                out += code[i];
            } else {
                if (code[i] == quote)
                    out += u'\\';
                out += code[i];
            }
        }
        out += quote;
    }
    return out;
}

QString DrizzleText::localName(const QString &drizzleExport)
{
    auto sameExport = [&drizzleExport](const QString &imported) {
        const QStringList integers{QStringLiteral("integer"), QStringLiteral("int")};
        return imported == drizzleExport || (integers.contains(imported) && integers.contains(drizzleExport));
    };
    for (auto it = m_file.drizzleImports.cbegin(); it != m_file.drizzleImports.cend(); ++it) {
        if (sameExport(it.value()))
            return it.key();
    }
    // `import * as t from "drizzle-orm/sqlite-core"`: the file writes `t.integer()`.
    const SourceSpan import = m_file.sqliteCoreImport;
    const QStringView importText = QStringView(m_file.text).mid(import.begin, std::max<qsizetype>(import.length(), 0));
    for (auto it = m_file.drizzleImports.cbegin(); it != m_file.drizzleImports.cend(); ++it) {
        static const QRegularExpression space(QStringLiteral("\\s+"));
        if (it.value() == u"*" && import.isValid() &&
            importText.toString().remove(space).contains(QStringLiteral("*as") + it.key() + QStringLiteral("from")))
            return it.key() + u'.' + drizzleExport;
    }
    m_missing.insert(drizzleExport);
    return drizzleExport;
}

QStringList DrizzleText::missingCoreImports() const
{
    QStringList names(m_missing.cbegin(), m_missing.cend());
    names.sort();
    return names;
}

QString DrizzleText::restyled(const QString &code)
{
    noteUses(code);
    return withQuotes(code, m_file.style.quote);
}

QString DrizzleText::restyledBuilder(const model::Column &column, const QString &generatedCall)
{
    const qsizetype nameEnd = identifierEnd(generatedCall, 0);
    const QString function = generatedCall.left(nameEnd);
    QString arguments = generatedCall.mid(nameEnd + 1, generatedCall.size() - nameEnd - 2);
    const QString nameLiteral = codegen::ts::stringLiteral(column.name);
    const QString key = column.effectiveTsName();
    if (key != column.name && arguments.startsWith(nameLiteral)) {
        arguments = arguments.mid(nameLiteral.size());
        if (arguments.startsWith(QLatin1String(", ")))
            arguments = arguments.mid(2);
    }
    const bool explicitName = !(m_reliesOnCasing && drizzleColumnName(key, m_casing) == column.name);
    if (explicitName)
        arguments = arguments.isEmpty() ? nameLiteral : nameLiteral + QLatin1String(", ") + arguments;
    const QString builder = function == QLatin1String("int") ? QStringLiteral("integer") : function;
    const QString local = m_builderObject.isEmpty() ? localName(builder) : m_builderObject + u'.' + builder;
    return restyled(local + u'(' + arguments + u')');
}

void DrizzleText::noteUses(const QString &code)
{
    m_needsSql = m_needsSql || code.contains(QLatin1String("sql`"));
    m_needsAnyColumn = m_needsAnyColumn || code.contains(QLatin1String("AnySQLiteColumn"));
}

} // namespace tw::source
