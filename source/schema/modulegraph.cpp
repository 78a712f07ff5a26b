// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/schema/modulegraph.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace tw::source {
namespace {

using ts::TsStatement;

/// Imports and re-exports are followed at most this far (a cycle of `export *` ends here).
constexpr int kMaxHops = 16;

const QString kSqliteCore = QStringLiteral("drizzle-orm/sqlite-core");
const QString kOrm = QStringLiteral("drizzle-orm");

} // namespace

ModuleFile readModuleFile(const QString &path, const QString &text)
{
    ModuleFile file;
    file.path = path;
    file.text = text;
    file.module = ts::TsModuleReader::read(text);
    const QList<TsStatement> &statements = file.module.statements;
    for (int i = 0; i < statements.size(); ++i) {
        const TsStatement &s = statements[i];
        if (s.kind == TsStatement::Kind::Variable && !s.name.isEmpty() && !file.constants.contains(s.name))
            file.constants.insert(s.name, i);
        if (s.kind != TsStatement::Kind::Import || (s.module != kSqliteCore && s.module != kOrm))
            continue;
        if (s.module == kSqliteCore && !file.sqliteCoreImport.isValid()) {
            bool typeOnly = !s.bindings.isEmpty();
            for (const ts::TsBinding &b : s.bindings)
                typeOnly = typeOnly && b.typeOnly;
            if (!typeOnly)
                file.sqliteCoreImport = s.span;
        }
        for (const ts::TsBinding &b : s.bindings) {
            if (b.typeOnly)
                continue;
            if (b.imported == u"*")
                (s.module == kSqliteCore ? file.sqliteNamespaces : file.ormNamespaces).insert(b.local);
            file.drizzleImports.insert(b.local, b.imported);
        }
    }
    return file;
}

ModuleGraph::ModuleGraph(QList<ModuleFile> files)
    : m_files(std::move(files))
{
}

const ts::TsStatement *ModuleGraph::statement(const Symbol &symbol) const
{
    if (!symbol.isValid() || symbol.file >= m_files.size())
        return nullptr;
    const QList<TsStatement> &statements = m_files[symbol.file].module.statements;
    return symbol.statement < statements.size() ? &statements[symbol.statement] : nullptr;
}

QStringList moduleCandidates(const QString &fromFile, const QString &specifier)
{
    if (!specifier.startsWith(QLatin1Char('.')))
        return {};
    const QString base = QDir::cleanPath(QFileInfo(fromFile).absolutePath() + u'/' + specifier);
    QStringList candidates{base};
    static const QStringList extensions{QStringLiteral(".ts"),  QStringLiteral(".tsx"), QStringLiteral(".js"),
                                        QStringLiteral(".mts"), QStringLiteral(".cts"), QStringLiteral(".mjs"),
                                        QStringLiteral(".cjs")};
    QString stem = base;
    for (const QString &ext : extensions) {
        if (stem.endsWith(ext)) { // `./users.js` names `./users.ts` in TypeScript's node16 resolution
            stem.chop(ext.size());
            break;
        }
    }
    for (const QString &ext : extensions)
        candidates << stem + ext;
    for (const QString &ext : extensions)
        candidates << base + QStringLiteral("/index") + ext;
    return candidates;
}

int ModuleGraph::moduleFile(int file, const QString &specifier) const
{
    for (const QString &candidate : moduleCandidates(m_files[file].path, specifier)) {
        for (int i = 0; i < m_files.size(); ++i) {
            if (m_files[i].path == candidate)
                return i;
        }
    }
    return -1;
}

ModuleGraph::Symbol ModuleGraph::resolve(int file, const QString &name) const
{
    return resolveAt(file, name, 0);
}

ModuleGraph::Symbol ModuleGraph::resolveAt(int file, const QString &name, int depth) const
{
    if (depth > kMaxHops || file < 0 || file >= m_files.size())
        return {};
    const ModuleFile &f = m_files[file];
    if (const auto it = f.constants.constFind(name); it != f.constants.constEnd())
        return {file, it.value()};
    for (const TsStatement &s : f.module.statements) {
        if (s.kind != TsStatement::Kind::Import)
            continue;
        for (const ts::TsBinding &b : s.bindings) {
            if (b.local == name && b.imported != u"*")
                return resolveImported(file, b, s.module, depth);
        }
    }
    return {};
}

ModuleGraph::Symbol ModuleGraph::resolveMember(int file, const QString &ns, const QString &name) const
{
    if (file < 0 || file >= m_files.size())
        return {};
    for (const TsStatement &s : m_files[file].module.statements) {
        if (s.kind != TsStatement::Kind::Import)
            continue;
        for (const ts::TsBinding &b : s.bindings) {
            if (b.local == ns && b.imported == u"*")
                return resolveExport(moduleFile(file, s.module), name, 1);
        }
    }
    return {};
}

ModuleGraph::Symbol ModuleGraph::resolveImported(int file, const ts::TsBinding &binding, const QString &module,
                                                 int depth) const
{
    const int target = moduleFile(file, module);
    if (target >= 0)
        return resolveExport(target, binding.imported, depth + 1);
    if (module.startsWith(u"drizzle-orm"))
        return {};
    // A path alias (`@/db/users`) or a package: the name as exported by any file read, when only one does.
    Symbol found;
    for (int i = 0; i < m_files.size(); ++i) {
        // Its own exports only (the hops left are few), and never fewer hops than the path here has taken.
        const Symbol candidate = resolveExport(i, binding.imported, std::max(depth + 1, kMaxHops - 1));
        if (candidate.isValid() && !(candidate == found)) {
            if (found.isValid())
                return {};
            found = candidate;
        }
    }
    return found;
}

ModuleGraph::Symbol ModuleGraph::resolveExport(int file, const QString &name, int depth) const
{
    if (depth > kMaxHops || file < 0 || file >= m_files.size())
        return {};
    const ModuleFile &f = m_files[file];
    if (const auto it = f.constants.constFind(name); it != f.constants.constEnd()) {
        if (f.module.statements[it.value()].exported)
            return {file, it.value()};
    }
    for (const TsStatement &s : f.module.statements) {
        if (s.kind == TsStatement::Kind::ExportNames) {
            for (const ts::TsBinding &b : s.bindings) {
                if (b.imported == name)
                    return resolveAt(file, b.local, depth + 1);
            }
        } else if (s.kind == TsStatement::Kind::ExportFrom) {
            for (const ts::TsBinding &b : s.bindings) {
                if (b.local == u"*" && b.imported == u"*") {
                    const Symbol found = resolveImported(file, {name, name, false}, s.module, depth);
                    if (found.isValid())
                        return found;
                } else if (b.local == name && b.imported != u"*") {
                    return resolveImported(file, {name, b.imported, false}, s.module, depth);
                }
            }
        }
    }
    return {};
}

QString ModuleGraph::drizzleName(int file, const ts::TsNode &callee) const
{
    if (file < 0 || file >= m_files.size())
        return {};
    const ModuleFile &f = m_files[file];
    const ts::TsNode &node = callee.unwrapped();
    if (node.kind == ts::TsNode::Kind::Identifier) {
        const QString imported = f.drizzleImports.value(node.text);
        return imported == u"*" ? QString() : imported;
    }
    if (node.kind == ts::TsNode::Kind::Member && !node.children.isEmpty()) {
        const ts::TsNode &object = node.children.first().unwrapped();
        if (object.kind == ts::TsNode::Kind::Identifier &&
            (f.sqliteNamespaces.contains(object.text) || f.ormNamespaces.contains(object.text)))
            return node.text;
    }
    return {};
}

} // namespace tw::source
