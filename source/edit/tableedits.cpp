// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/edit/tableedits.h"

#include "source/edit/sourcereferences.h"

namespace tw::source {

TableEdits::TableEdits(const SourceSchema &source, const SourceMatch &match, const model::Schema &project,
                       TablePair pair, EditPlan &plan)
    : m_source(source)
    , m_match(match)
    , m_project(project)
    , m_pair(pair)
    , m_plan(plan)
    , m_fileIndex(pair.written.file)
    , m_file(source.files[pair.written.file])
    , m_text(m_file.text)
    , m_drizzle(project, m_file, source.casing, reliesOnDerivedNames(source, pair.written.file, &pair.written))
{
    m_drizzle.setBuilderObject(references::builderParameter(m_text, pair.written));
}

void TableEdits::run()
{
    editName();
    editVariable();
    removeColumns();
    changeColumns();
    addColumns();
    editForeignKeys();
    editConfigConstraints();
    addConfigEntries(m_newEntries);
    ImportNeeds &needs = m_plan.importsOf(m_fileIndex);
    for (const QString &name : m_drizzle.missingCoreImports())
        needs.core.insert(name);
    needs.sql = needs.sql || m_drizzle.needsSql();
    needs.anyColumnType = needs.anyColumnType || m_drizzle.needsAnyColumnType();
}

void TableEdits::editName()
{
    if (m_pair.read.name == m_pair.table.name)
        return;
    if (!m_pair.written.nameArgument.isValid()) {
        m_plan.refuse(m_fileIndex, m_pair.written.declaration.begin,
                      QStringLiteral("table %1: its name is not a string literal; rename it to %2 there")
                          .arg(m_pair.read.name, m_pair.table.name));
        return;
    }
    m_plan.replace(m_fileIndex, m_pair.written.nameArgument, m_drizzle.literal(m_pair.table.name));
}

void TableEdits::editVariable()
{
    const QString wanted = m_pair.table.effectiveTsName();
    const QString &variable = m_pair.written.variable;
    if (variable == wanted)
        return;
    const SourceSpan name = references::declaredName(m_text, m_pair.written.declaration, variable);
    QList<SourceReference> uses = references::to(m_source, variable, m_fileIndex, name);
    const SourceSpan sqlName = m_pair.written.nameArgument; // `sqliteTable("posts"` names, it does not use
    uses.removeIf([&](const SourceReference &use) {
        return use.file == m_fileIndex && use.offset >= sqlName.begin && use.offset < sqlName.end;
    });
    if (!name.isValid() || !uses.isEmpty()) {
        QStringList places;
        for (const SourceReference &use : uses)
            places << m_plan.location(use.file, use.offset);
        places.removeDuplicates();
        m_plan.refuse(
            m_fileIndex, m_pair.written.declaration.begin,
            QStringLiteral("table %1: renaming its variable %2 to %3 would break the code that uses it%4; "
                           "rename it in your editor")
                .arg(m_pair.table.name, variable, wanted,
                     places.isEmpty() ? QString() : QLatin1String(" (") + places.join(QLatin1String(", ")) + u')'));
        return;
    }
    m_plan.replace(m_fileIndex, name, wanted);
}

int TableEdits::writtenColumnOf(const model::Id &projectColumnId) const
{
    for (int j = 0; j < m_pair.read.columns.size(); ++j) {
        if (m_pair.read.columns[j].id == projectColumnId)
            return j;
    }
    return -1;
}

QString TableEdits::what(const model::Column &column) const
{
    return m_pair.read.name + u'.' + column.name;
}

bool TableEdits::refuseIfNotEditable(int index, const QString &change)
{
    const SourceColumn &written = m_pair.written.columns[index];
    if (written.editable)
        return true;
    const QString reason = written.notEditableReason.isEmpty() ? QStringLiteral("it is not a plain column property")
                                                               : written.notEditableReason;
    m_plan.refuse(m_fileIndex, written.entry.begin,
                  QStringLiteral("%1: cannot %2 in place: %3; change it there")
                      .arg(what(m_pair.read.columns[index]), change, reason));
    return false;
}

QString TableEdits::columnIndent() const
{
    for (const SourceColumn &column : m_pair.written.columns) {
        if (column.editable && text::onlyBlanksBefore(m_text, column.entry.begin))
            return text::indentationAt(m_text, column.entry.begin);
    }
    return text::indentationAt(m_text, m_pair.written.columnsObject.begin) + m_file.style.indent;
}

} // namespace tw::source
