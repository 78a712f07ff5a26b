// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/schema/naming.h"
#include "model/validation/locations.h"
#include "model/validation/rules.h"

namespace tw::model::validation {
namespace {

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// Tables and views are both exported as `export const <tsName>`, so their TS names share one namespace and
// must be bindable identifiers. Nothing is said about a TS name derived from an empty SQL name: the empty
// name is the finding.
void checkExportedTsName(FindingCollector &out, const FindingLocation &where, const QString &sqlName,
                         const QString &explicitTsName, const QString &tsName)
{
    if (explicitTsName.isEmpty() && sqlName.trimmed().isEmpty())
        return;
    const QString origin = explicitTsName.isEmpty() ? QStringLiteral(" (derived from the SQL name; set a TypeScript "
                                                                     "name)")
                                                    : QString();
    if (!naming::isTypeScriptIdentifier(tsName)) {
        out.error("invalid-ts-name", where,
                  QStringLiteral("TypeScript name %1 is not a valid identifier%2").arg(quoted(tsName), origin));
    } else if (naming::isTypeScriptReservedWord(tsName)) {
        out.error("invalid-ts-name", where,
                  QStringLiteral("TypeScript name %1 is a reserved word and cannot be exported as a const%2")
                      .arg(quoted(tsName), origin));
    }
}

void reportDuplicates(FindingCollector &out, const FindingLocation &where, const QString &name, const QString &sameName,
                      const QString &sameTsName, const QString &tsName)
{
    if (!sameName.isEmpty()) {
        out.error("duplicate-table-name", where,
                  QStringLiteral("name %1 is already used by %2 (tables and views share one namespace, and SQLite "
                                 "ignores ASCII case in names)")
                      .arg(quoted(name), sameName));
    }
    if (!sameTsName.isEmpty()) {
        out.error("duplicate-ts-name", where,
                  QStringLiteral("TypeScript name %1 is already exported for %2").arg(quoted(tsName), sameTsName));
    }
}

} // namespace

bool checkSqlName(FindingCollector &out, const FindingLocation &where, const QString &what, const QString &name)
{
    if (name.trimmed().isEmpty()) {
        out.error("empty-name", where, QStringLiteral("the %1 has no name").arg(what));
        return false;
    }
    const QString problem = naming::sqliteNameProblem(name);
    if (problem.isEmpty())
        return true;
    // SQLite refuses only a NUL and its own sqlite_ prefix; white space at the ends and control characters
    // work quoted (drizzle-kit quotes every name), they are only easy to get wrong.
    if (!name.contains(QChar(0)) && !naming::sqlFoldedName(name).startsWith(QLatin1String("sqlite_"))) {
        out.warning("awkward-sql-name", where,
                    QStringLiteral("%1 works as a SQLite name only quoted, and is easy to mistype: %2")
                        .arg(quoted(name), problem));
        return true;
    }
    out.error("invalid-sql-name", where,
              QStringLiteral("%1 cannot be used as a SQLite name: %2").arg(quoted(name), problem));
    return false;
}

void checkTableNames(FindingCollector &out, const Schema &schema, const RelationNames &names, qsizetype tableRow)
{
    const Table &table = schema.tables[tableRow];
    const FindingLocation where = locate::table(table);
    checkSqlName(out, where, QStringLiteral("table"), table.name);
    const QString tsName = table.effectiveTsName();
    checkExportedTsName(out, where, table.name, table.tsName, tsName);
    const qsizetype position = names.tablePosition(tableRow);
    reportDuplicates(out, where, table.name, names.earlierWithSqlName(position, table.name),
                     names.earlierWithExport(position, tsName), tsName);
    if (table.columns.isEmpty())
        out.error("table-without-columns", where,
                  QStringLiteral("the table has no columns; SQLite needs at least one"));
}

void checkColumnNames(FindingCollector &out, const Table &table, qsizetype columnRow)
{
    const Column &column = table.columns[columnRow];
    const FindingLocation where = locate::column(table, column);
    checkSqlName(out, where, QStringLiteral("column"), column.name);
    const QString tsName = column.effectiveTsName();
    if (!(column.name.trimmed().isEmpty() && column.tsName.isEmpty()) && !naming::isTypeScriptIdentifier(tsName)) {
        out.error("invalid-ts-name", where,
                  QStringLiteral("TypeScript property %1 is not a valid identifier%2")
                      .arg(quoted(tsName), column.tsName.isEmpty()
                                               ? QStringLiteral(" (derived from the SQL name; set a TypeScript name)")
                                               : QString()));
    }
    for (qsizetype i = 0; i < columnRow; ++i) {
        const Column &other = table.columns[i];
        if (!column.name.isEmpty() && naming::sqlNamesEqual(other.name, column.name)) {
            out.error("duplicate-column-name", where,
                      QStringLiteral("name %1 is already used by column %2 (SQLite ignores ASCII case in names)")
                          .arg(quoted(column.name), locate::qualifiedColumn(table, other)));
            break;
        }
    }
    for (qsizetype i = 0; i < columnRow; ++i) {
        const Column &other = table.columns[i];
        if (!tsName.isEmpty() && other.effectiveTsName() == tsName) {
            out.error("duplicate-ts-name", where,
                      QStringLiteral("TypeScript property %1 is already used by column %2")
                          .arg(quoted(tsName), locate::qualifiedColumn(table, other)));
            break;
        }
    }
}

void checkView(FindingCollector &out, const Schema &schema, const RelationNames &names, qsizetype viewRow)
{
    const View &view = schema.views[viewRow];
    const FindingLocation where = locate::view(view);
    checkSqlName(out, where, QStringLiteral("view"), view.name);
    const QString tsName = view.effectiveTsName();
    checkExportedTsName(out, where, view.name, view.tsName, tsName);
    const qsizetype position = names.viewPosition(viewRow);
    reportDuplicates(out, where, view.name, names.earlierWithSqlName(position, view.name),
                     names.earlierWithExport(position, tsName), tsName);
    // drizzle's `.existing()` views are declared for queries only, so they carry no definition.
    if (!view.isExisting && view.definition.trimmed().isEmpty()) {
        out.error("empty-view-definition", where,
                  QStringLiteral("the view has no SELECT statement; write one or mark the view as existing"));
    }
}

} // namespace tw::model::validation
