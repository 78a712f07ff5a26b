// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/schema/schemasourcereader.h"

#include "migrations/snapshot/importids.h"
#include "source/schema/sourcestyledetector.h"
#include "source/schema/viewreader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace tw::source {
namespace {

/// Files reached through imports and re-exports are read too, up to this many in all.
constexpr int kMaxFiles = 2000;

struct LoadedFile
{
    QString path;
    QString text;
    QByteArray digest;
    bool listed = true; ///< named by the caller (drizzle-kit reads its exports); else reached through an import
};

/// Whether drizzle-kit sees the declaration: it is in a listed file, or a listed file re-exports it.
bool isVisible(const ModuleGraph &graph, const QList<LoadedFile> &loaded, const ModuleGraph::Symbol &symbol,
               const QString &name)
{
    if (loaded[symbol.file].listed)
        return true;
    for (int f = 0; f < loaded.size(); ++f) {
        if (loaded[f].listed && graph.resolveExport(f, name) == symbol)
            return true;
    }
    return false;
}

/// A declaration that calls sqliteTable or sqliteView in a way the readers do not take (wrapped in a helper, built
/// in a function): drizzle-kit sees that table, so its absence from the schema must not go unnoticed.
void warnUnreadDeclaration(ReadContext &context, const ModuleGraph &graph, const ModuleGraph::Symbol &symbol)
{
    const ModuleFile &file = graph.file(symbol.file);
    const ts::TsStatement *statement = graph.statement(symbol);
    const QList<ts::TsToken> &tokens = file.module.tokens.tokens;
    const auto first = std::lower_bound(tokens.begin(), tokens.end(), statement->span.begin,
                                        [](const ts::TsToken &t, qsizetype offset) { return t.span.begin < offset; });
    for (qsizetype i = first - tokens.begin(); i + 1 < tokens.size(); ++i) {
        const ts::TsToken &t = tokens[i];
        if (t.span.end > statement->span.end)
            break;
        const QString function = file.drizzleImports.value(t.text);
        if (t.kind == ts::TsToken::Kind::Identifier && tokens[i + 1].isPunctuator(u"(") &&
            (function == u"sqliteTable" || function == u"sqliteView")) {
            context.warn(
                symbol.file, t.span.begin,
                QStringLiteral("`%1` calls %2 in a way this reader does not follow; its table or view is left out")
                    .arg(statement->name, function));
            return;
        }
    }
}

/// Broken text (an unterminated string, comment, template, an unbalanced bracket, a missing value or separator) in
/// a file that declares tables makes its spans untrustworthy: an error. In a file the schema only imports from,
/// it is noted.
void reportBrokenText(SourceSchema &schema, const ModuleGraph &graph, const QList<LoadedFile> &loaded,
                      const QSet<int> &brokenTableFiles)
{
    for (int f = 0; f < graph.files().size(); ++f) {
        const QList<QString> drizzleFunctions = graph.file(f).drizzleImports.values();
        bool declaresSchema = loaded[f].listed || brokenTableFiles.contains(f) ||
                              drizzleFunctions.contains(QStringLiteral("sqliteTable")) ||
                              drizzleFunctions.contains(QStringLiteral("sqliteView")) ||
                              drizzleFunctions.contains(QStringLiteral("sqliteTableCreator"));
        for (const SourceTable &table : schema.tables)
            declaresSchema = declaresSchema || table.file == f;
        for (const SourceView &view : schema.views)
            declaresSchema = declaresSchema || view.file == f;
        const auto severity = declaresSchema ? SourceDiagnostic::Severity::Error : SourceDiagnostic::Severity::Warning;
        for (const ts::TsProblem &problem : graph.file(f).module.problems)
            schema.diagnostics << SourceDiagnostic{
                severity, SourceLocation::at(loaded[f].path, loaded[f].text, problem.offset), problem.message};
    }
}

/// The first syntax error inside @p span of @p file, or nullptr.
const ts::TsProblem *problemWithin(const ModuleGraph &graph, int file, const SourceSpan &span)
{
    for (const ts::TsProblem &problem : graph.file(file).module.problems) {
        if (problem.offset >= span.begin && problem.offset < span.end)
            return &problem;
    }
    return nullptr;
}

SourceSchema readLoaded(const QList<LoadedFile> &loaded, Casing casing, QList<SourceDiagnostic> diagnostics)
{
    SourceSchema schema;
    schema.casing = casing;
    schema.diagnostics = std::move(diagnostics);
    QList<ModuleFile> modules;
    for (const LoadedFile &file : loaded) {
        ModuleFile module = readModuleFile(file.path, file.text);
        SourceFile source;
        source.path = file.path;
        source.text = file.text;
        source.digest = file.digest;
        source.style = detectSourceStyle(file.text, module.module);
        source.drizzleImports = module.drizzleImports;
        source.sqliteCoreImport = module.sqliteCoreImport;
        schema.files << source;
        modules << std::move(module);
    }
    const ModuleGraph graph(std::move(modules));
    ReadContext context(graph, casing, schema.diagnostics);
    TableReader tableReader(context);
    QList<TableDraft> drafts;
    QList<ModuleGraph::Symbol> others;
    QSet<int> brokenTableFiles;
    QList<SourceDiagnostic> brokenTables; ///< after the syntax errors that caused them
    for (int f = 0; f < graph.files().size(); ++f) {
        const QList<ts::TsStatement> &statements = graph.file(f).module.statements;
        for (int s = 0; s < statements.size(); ++s) {
            if (statements[s].kind != ts::TsStatement::Kind::Variable)
                continue;
            if (!isVisible(graph, loaded, {f, s}, statements[s].name))
                continue;
            const qsizetype reported = schema.diagnostics.size();
            std::optional<TableDraft> draft = tableReader.read({f, s});
            if (!draft) {
                if (schema.diagnostics.size() == reported) // else a table the reader refused, and said why
                    others << ModuleGraph::Symbol{f, s};
                continue;
            }
            if (const ts::TsProblem *problem = problemWithin(graph, f, statements[s].span)) {
                // A half-typed edit must not read as a table with fewer columns.
                brokenTableFiles.insert(f);
                brokenTables << SourceDiagnostic{
                    SourceDiagnostic::Severity::Error, context.locate(f, statements[s].nameSpan.begin),
                    QStringLiteral("table %1 (`%2`) cannot be read until the syntax error at line %3 is fixed; it "
                                   "is left out")
                        .arg(draft->table.table.name, draft->table.variable)
                        .arg(context.locate(f, problem->offset).line)};
                continue;
            }
            if (!draft->table.exported)
                context.warn(f, statements[s].nameSpan.begin,
                             QStringLiteral("table %1 (`%2`) is not exported: drizzle-kit does not see it")
                                 .arg(draft->table.table.name, draft->table.variable));
            drafts << std::move(*draft);
        }
    }
    TableLinker linker(context, drafts);
    for (int i = 0; i < drafts.size(); ++i)
        linker.link(i);
    for (TableDraft &draft : drafts) {
        for (const ColumnDraft &column : draft.columns) {
            if (column.uniqueName.isEmpty())
                continue;
            const QString &table = draft.table.table.name;
            const model::Id columnId = migrations::ImportIds::column(table, column.column.column.name);
            draft.table.table.uniqueConstraints << model::UniqueConstraint{
                migrations::ImportIds::uniqueConstraint(table, column.uniqueName), column.uniqueName, {columnId}};
        }
        if (const SourceTable *same = schema.tableNamed(draft.table.table.name))
            context.error(draft.table.file, draft.table.declaration.begin,
                          QStringLiteral("a second table named %1 (the first is `%2`)")
                              .arg(draft.table.table.name, same->variable));
        schema.tables << draft.table;
    }
    ViewReader viewReader(context, linker);
    for (const ModuleGraph::Symbol &symbol : others) {
        std::optional<SourceView> view = viewReader.read(symbol);
        if (!view) {
            warnUnreadDeclaration(context, graph, symbol);
            continue;
        }
        const ts::TsStatement *statement = graph.statement(symbol);
        if (!statement->exported)
            context.warn(symbol.file, statement->nameSpan.begin,
                         QStringLiteral("view %1 (`%2`) is not exported: drizzle-kit does not see it")
                             .arg(view->view.name, view->variable));
        schema.views << *view;
    }
    reportBrokenText(schema, graph, loaded, brokenTableFiles);
    schema.diagnostics << brokenTables;
    return schema;
}

} // namespace

SourceSchema SchemaSourceReader::read(const QStringList &files, Casing casing)
{
    QList<LoadedFile> loaded;
    QList<SourceDiagnostic> diagnostics;
    QStringList seen;
    const auto load = [&](const QString &path, bool listed) {
        if (seen.contains(path))
            return;
        seen << path;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            if (listed)
                diagnostics << SourceDiagnostic{SourceDiagnostic::Severity::Error,
                                                {path, 0, 0},
                                                QStringLiteral("cannot read the file: %1").arg(file.errorString())};
            return;
        }
        const QByteArray bytes = file.readAll();
        const QString text = QString::fromUtf8(bytes);
        if (text.toUtf8() != bytes)
            diagnostics << SourceDiagnostic{
                SourceDiagnostic::Severity::Error,
                {path, 0, 0},
                QStringLiteral("the file is not valid UTF-8; it cannot be edited in place")};
        loaded << LoadedFile{path, text, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256), listed};
    };
    for (const QString &path : files)
        load(QDir::cleanPath(QFileInfo(path).absoluteFilePath()), true);
    // Follow relative imports and re-exports: re-exported tables are part of the schema, imported ones resolve
    // `.references()`, spreads and enum lists.
    for (qsizetype i = 0; i < loaded.size() && loaded.size() < kMaxFiles; ++i) {
        const ts::TsModule module = ts::TsModuleReader::read(loaded[i].text);
        for (const ts::TsStatement &statement : module.statements) {
            if (statement.kind != ts::TsStatement::Kind::Import && statement.kind != ts::TsStatement::Kind::ExportFrom)
                continue;
            for (const QString &candidate : moduleCandidates(loaded[i].path, statement.module)) {
                if (QFileInfo(candidate).isFile()) {
                    load(candidate, false);
                    break;
                }
            }
        }
    }
    return readLoaded(loaded, casing, diagnostics);
}

SourceSchema SchemaSourceReader::readText(const QString &path, const QString &text, Casing casing)
{
    const QByteArray digest = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
    return readLoaded({LoadedFile{path, text, digest}}, casing, {});
}

} // namespace tw::source
