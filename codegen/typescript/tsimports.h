// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QSet>
#include <QString>

namespace tw::codegen {

/// The named imports a generated file uses, collected while writing and printed sorted, one statement per module.
class TsImports
{
public:
    void add(const QString &module, const QString &name) { m_names[module].insert(name); }
    void addType(const QString &module, const QString &name) { m_typeNames[module].insert(name); }
    bool isEmpty() const { return m_names.isEmpty() && m_typeNames.isEmpty(); }

    /// `import { a, b } from 'module';` lines in module order, then `import type` lines; the module specifier is
    /// a string literal, escaped (a code folder may hold quotes or backslashes).
    QString toString() const;

private:
    QMap<QString, QSet<QString>> m_names;
    QMap<QString, QSet<QString>> m_typeNames;
};

} // namespace tw::codegen
