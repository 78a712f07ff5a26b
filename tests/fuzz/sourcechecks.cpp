// SPDX-License-Identifier: GPL-3.0-or-later
// The readers of TypeScript other people wrote: the drizzle config (a .ts/.js module or JSON), the TypeScript
// tokenizer and module reader under it, and the Drizzle schema source reader. None has a writer of the same text,
// so the contract is: no crash, no hang, a clear error or a value whose spans and problems lie inside the text.
#include "source/config/drizzleconfig.h"
#include "source/schema/schemasourcereader.h"
#include "source/typescript/tsmodule.h"
#include "source/typescript/tstokenizer.h"
#include "tests/fuzz/fuzzcheck.h"
#include "tests/fuzz/fuzzcontract.h"

namespace tw::fuzz {

namespace {

bool spanInside(const source::SourceSpan &span, qsizetype size)
{
    return !span.isValid() || insideText(span.begin, span.end, size);
}

QString tokensBroken(const source::ts::TsTokens &tokens, qsizetype size)
{
    using source::ts::TsToken;
    if (tokens.tokens.isEmpty() || tokens.tokens.last().kind != TsToken::Kind::End)
        return QStringLiteral("TsTokenizer: the tokens do not end with one End token");
    qsizetype previousEnd = 0;
    for (const TsToken &token : tokens.tokens) {
        if (!insideText(token.span.begin, token.span.end, size) || token.span.begin < previousEnd)
            return QStringLiteral("TsTokenizer: a token [%1, %2) lies outside the text or overlaps the one before")
                .arg(token.span.begin)
                .arg(token.span.end);
        previousEnd = token.span.end;
        if (token.kind == TsToken::Kind::Template && token.quasis.size() != token.substitutions.size() + 1)
            return QStringLiteral("TsTokenizer: a template has %1 quasis for %2 substitutions")
                .arg(token.quasis.size())
                .arg(token.substitutions.size());
    }
    for (const source::ts::TsProblem &problem : tokens.problems) {
        if (!insideText(problem.offset, problem.offset, size) || problem.message.isEmpty())
            return QStringLiteral("TsTokenizer: a problem at %1 is outside the text or unexplained")
                .arg(problem.offset);
    }
    return {};
}

QString diagnosticsBroken(const QList<source::SourceDiagnostic> &diagnostics, const char *reader)
{
    for (const source::SourceDiagnostic &diagnostic : diagnostics) {
        if (diagnostic.message.trimmed().isEmpty())
            return QStringLiteral("%1 reports a diagnostic without a message").arg(QLatin1String(reader));
    }
    return {};
}

} // namespace

QString checkDrizzleConfig(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    for (const QString &path :
         {QStringLiteral("/fuzz/drizzle.config.ts"), QStringLiteral("/fuzz/drizzle.config.json")}) {
        const auto config = source::DrizzleConfigReader::readText(path, text);
        if (!config.ok()) {
            if (QString broken = unclearError(config, "DrizzleConfigReader"); !broken.isEmpty())
                return broken;
            continue;
        }
        if (QString broken = diagnosticsBroken(config.value().diagnostics, "DrizzleConfigReader"); !broken.isEmpty())
            return broken;
    }
    return {};
}

QString checkTypeScript(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    if (QString broken = tokensBroken(source::ts::TsTokenizer::tokenize(text), text.size()); !broken.isEmpty())
        return broken;
    const source::ts::TsModule module = source::ts::TsModuleReader::read(text);
    for (const source::ts::TsStatement &statement : module.statements) {
        if (!spanInside(statement.span, text.size()) || !spanInside(statement.nameSpan, text.size()) ||
            !spanInside(statement.value.span, text.size()))
            return QStringLiteral("TsModuleReader: a statement's span lies outside the text");
    }
    for (const source::ts::TsProblem &problem : module.problems) {
        if (!insideText(problem.offset, problem.offset, text.size()) || problem.message.isEmpty())
            return QStringLiteral("TsModuleReader: a problem at %1 is outside the text or unexplained")
                .arg(problem.offset);
    }
    return {};
}

QString checkSchemaSource(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    for (const model::Casing casing : {model::Casing::None, model::Casing::SnakeCase}) {
        const source::SourceSchema schema =
            source::SchemaSourceReader::readText(QStringLiteral("/fuzz/schema.ts"), text, casing);
        for (const source::SourceTable &table : schema.tables) {
            if (!spanInside(table.declaration, text.size()) || !spanInside(table.columnsObject, text.size()) ||
                !spanInside(table.extraConfig, text.size()))
                return QStringLiteral("SchemaSourceReader: table %1's spans lie outside the text").arg(table.variable);
        }
        if (QString broken = diagnosticsBroken(schema.diagnostics, "SchemaSourceReader"); !broken.isEmpty())
            return broken;
        schema.toSchema();
    }
    return {};
}

} // namespace tw::fuzz
