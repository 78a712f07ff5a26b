// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source/edit/textedits.h"
#include "source/schema/sourceschema.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace tw::source {

/// What one file needs imported for the code the editor writes into it.
struct ImportNeeds
{
    QSet<QString> core;               ///< exports of drizzle-orm/sqlite-core
    bool sql = false;                 ///< `sql` from drizzle-orm
    bool anyColumnType = false;       ///< `type AnySQLiteColumn` from drizzle-orm/sqlite-core
    QMap<QString, QString> variables; ///< table variable -> module specifier (`./users`) it is exported from
};

/// The edits collected for every file while comparing project and source, and the reasons for refusing.
/// Nothing is applied until the whole comparison is done, so one refusal leaves every file unchanged.
class EditPlan
{
public:
    explicit EditPlan(const SourceSchema &source)
        : m_source(source)
    {
    }

    /// Replacing or removing a span supersedes the edits planned strictly inside it (a key renamed inside an
    /// index entry that is then written anew): the new text already says what they would have.
    void replace(int file, SourceSpan span, const QString &text);
    void insert(int file, qsizetype at, const QString &text) { m_edits[file] << TextEdit{{at, at}, text}; }
    void remove(int file, SourceSpan span) { replace(file, span, {}); }
    /// Records `path:line: why` as a reason the whole export cannot be made.
    void refuse(int file, qsizetype offset, const QString &why);
    ImportNeeds &importsOf(int file) { return m_imports[file]; }

    const QString &fileText(int file) const { return m_source.files[file].text; }
    /// `path:line` of @p offset in @p file.
    QString location(int file, qsizetype offset) const;
    bool isRefused() const { return !m_refusals.isEmpty(); }
    QString refusals() const { return m_refusals.join(u'\n'); }

    const QMap<int, QList<TextEdit>> &edits() const { return m_edits; }
    const QMap<int, ImportNeeds> &imports() const { return m_imports; }

private:
    const SourceSchema &m_source;
    QMap<int, QList<TextEdit>> m_edits;
    QMap<int, ImportNeeds> m_imports;
    QStringList m_refusals;
};

} // namespace tw::source
