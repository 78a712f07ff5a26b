// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source/typescript/tsnode.h"
#include "source/typescript/tstoken.h"

namespace tw::source::ts {

/// One name an import or re-export brings in: `import { integer as int }` -> local `int`, imported `integer`;
/// `import * as t` -> local `t`, imported `*`; `import x from` -> imported `default`.
struct TsBinding
{
    QString local;
    QString imported;
    bool typeOnly = false;
};

/// A top-level statement of a module, as far as the schema and config readers care.
struct TsStatement
{
    enum class Kind {
        Import,        ///< `import ... from "module"`
        ExportFrom,    ///< `export * from "m"`, `export { a, b as c } from "m"` (bindings: local = exported name)
        ExportNames,   ///< `export { a, b as c }` of local names (local = local name, imported = exported name)
        Variable,      ///< one declarator of `[export] const|let|var name[: T] = value`
        ExportDefault, ///< `export default value`
        ModuleExports, ///< `module.exports = value` / `exports.default = value`
        Other,         ///< anything else (functions, types, relations(...) calls, ...)
    };
    Kind kind = Kind::Other;
    SourceSpan span;  ///< the statement with its `;`, from the leading JSDoc comment when there is one
    SourceSpan jsDoc; ///< the `/** */` comment directly before it, invalid when none
    QString module;   ///< the module specifier of an import or re-export
    QList<TsBinding> bindings;
    bool exported = false;
    QString name; ///< Variable: the declared name
    SourceSpan nameSpan;
    SourceSpan typeAnnotation; ///< Variable: `Config` in `const c: Config = ...`, invalid when none
    TsNode value;              ///< Variable initializer, default export, module.exports value
};

struct TsModule
{
    TsTokens tokens;
    QList<TsStatement> statements;
    /// Syntax errors: the tokenizer's (unterminated strings, templates, comments), then the parser's in text order
    /// (unbalanced brackets, missing values and separators in literals, argument lists and call chains).
    QList<TsProblem> problems;
};

/// Splits a module into its top-level statements; never fails (what it does not recognise is an Other statement,
/// what is broken a problem).
class TsModuleReader
{
public:
    static TsModule read(const QString &text);
};

} // namespace tw::source::ts
