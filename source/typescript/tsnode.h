// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source/schema/sourcespan.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tw::source::ts {

/// An expression as the schema and config readers need it: a tree of spans over the file's text. Only what
/// Drizzle schemas and configs are made of has its own kind; anything else (operators, functions, classes) is an
/// Other node that still knows its span, so that nothing is ever misread, only left uninterpreted.
struct TsNode
{
    enum class Kind {
        Other,          ///< anything not listed below, e.g. `a + b`, `function () {}`, `x ? y : z`
        Identifier,     ///< text = name (also `this`, `true`, `false`, `null`, `undefined`)
        String,         ///< text = cooked value
        Number,         ///< text = as written (`1_000`, `0xff`, `10n`)
        Template,       ///< quasis (raw spans) and children = the `${ }` expressions; text = value when none
        TaggedTemplate, ///< children[0] = tag, children[1] = the Template
        Regex,
        Member,    ///< children[0] = object; text = property name, name = its span; optional = `?.`
        Index,     ///< children[0] = object, children[1] = the computed key
        Call,      ///< children[0] = callee, rest = arguments; inner = inside `( )`, typeArguments = `<...>`
        New,       ///< like Call, after `new`
        Object,    ///< children = Property or Spread nodes
        Property,  ///< text = key (cooked), name = key span, children[0] = value (form says how it is written)
        Spread,    ///< `...x`: children[0] = x
        Array,     ///< children = elements (Spread for `...x`, Other with an empty span for holes)
        Arrow,     ///< parameters = names; children[0] = body expression (or the block's `return` value)
        Paren,     ///< `( x )`: children[0] = x
        As,        ///< `x as T` / `x as const`: children[0] = x, text = the type as written
        Satisfies, ///< `x satisfies T`: children[0] = x, text = the type
        NonNull,   ///< `x!`: children[0] = x
        Unary,     ///< text = operator (`-`, `!`, `typeof`, ...), children[0] = operand
    };
    enum class PropertyForm { KeyValue, Shorthand, Computed, Method, Accessor };

    Kind kind = Kind::Other;
    SourceSpan span;
    QString text;
    SourceSpan name;
    QList<TsNode> children;
    SourceSpan inner;
    SourceSpan typeArguments;
    QList<SourceSpan> quasis; ///< Template: raw text between the substitutions
    QStringList parameters;   ///< Arrow: parameter names (empty string for a destructuring pattern)
    bool blockBody = false;   ///< Arrow: `{ ... return x; }`
    bool optional = false;    ///< Member/Call through `?.`
    PropertyForm form = PropertyForm::KeyValue;

    bool is(Kind k) const { return kind == k; }
    bool isIdentifier(QStringView id) const { return kind == Kind::Identifier && text == id; }
    const TsNode *child(qsizetype i) const { return i >= 0 && i < children.size() ? &children[i] : nullptr; }
    /// The expression with parentheses, `as`, `satisfies` and `!` taken off: what it evaluates to.
    const TsNode &unwrapped() const;
    /// Call arguments (children after the callee).
    QList<TsNode> arguments() const
    {
        return kind == Kind::Call || kind == Kind::New ? children.mid(1) : QList<TsNode>{};
    }
    /// The Property of an Object with key @p key, or null.
    const TsNode *property(QStringView key) const;
};

} // namespace tw::source::ts
