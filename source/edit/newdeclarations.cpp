// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/edit/declarationedits.h"

#include "codegen/typescript/tsliteral.h"
#include "source/edit/drizzletext.h"
#include "source/edit/importedits.h"
#include "source/edit/sourcereferences.h"

#include <QRegularExpression>

#include <algorithm>

namespace tw::source::declarations {
namespace {

QString list(const QStringList &items, const QString &indent, const SourceStyle &style)
{
    QString out;
    for (qsizetype k = 0; k < items.size(); ++k)
        out += indent + items[k] + (k + 1 < items.size() || style.trailingCommas ? QStringLiteral(",") : QString()) +
               style.lineEnding;
    return out;
}

QString tableText(DrizzleText &drizzle, const model::Table &table, const SourceStyle &style, const QString &parameter)
{
    QStringList columns;
    for (const model::Column &column : table.columns)
        columns << drizzle.column(table, column);
    const QStringList entries = drizzle.configEntries(table, parameter);
    QString out = QStringLiteral("export const ") + table.effectiveTsName() + QStringLiteral(" = ") +
                  drizzle.localName(QStringLiteral("sqliteTable")) + u'(' + drizzle.literal(table.name) +
                  QStringLiteral(", {") + style.lineEnding + list(columns, style.indent, style) + u'}';
    if (!entries.isEmpty())
        out += QStringLiteral(", (") + parameter + QStringLiteral(") => [") + style.lineEnding +
               list(entries, style.indent, style) + u']';
    return out + u')' + (style.semicolons ? QStringLiteral(";") : QString()) + style.lineEnding;
}

QString viewText(DrizzleText &drizzle, const model::View &view, const SourceStyle &style)
{
    QString out = QStringLiteral("export const ") + view.effectiveTsName() + QStringLiteral(" = ") +
                  drizzle.localName(QStringLiteral("sqliteView")) + u'(' + drizzle.literal(view.name) +
                  QStringLiteral(", {})");
    out += view.isExisting ? QStringLiteral(".existing()")
                           : QStringLiteral(".as(") + codegen::ts::sqlTemplate(view.definition) + u')';
    return out + (style.semicolons ? QStringLiteral(";") : QString()) + style.lineEnding;
}

/// Table variables the new tables reference but the target file neither declares nor receives now.
QMap<QString, QString> variableImports(const SourceSchema &source, const model::Schema &schema,
                                       const QList<model::Table> &tables, int file, const QString &path,
                                       const QString &text)
{
    QMap<QString, QString> found;
    for (const model::Table &table : tables) {
        for (const model::ForeignKey &fk : table.foreignKeys) {
            const model::Table *target = schema.table(fk.targetTable);
            if (!target)
                continue;
            const QString variable = target->effectiveTsName();
            const bool alsoNew = std::any_of(tables.cbegin(), tables.cend(),
                                             [&](const model::Table &t) { return t.effectiveTsName() == variable; });
            for (const SourceTable &written : source.tables) {
                if (alsoNew || written.variable != variable || written.file == file)
                    continue;
                const QRegularExpression imported(QStringLiteral("import[^;]*\\b") +
                                                  QRegularExpression::escape(variable) + QStringLiteral("\\b"));
                if (file >= 0 && text.contains(imported))
                    continue; // already imported
                found.insert(variable, imports::moduleSpecifier(path, text, source.files[written.file].path));
            }
        }
    }
    return found;
}

} // namespace

QString append(EditPlan &plan, const SourceSchema &source, const model::Schema &schema,
               const QList<model::Table> &tables, const QList<model::View> &views, const QString &path)
{
    if (tables.isEmpty() && views.isEmpty())
        return {};
    const int file = source.fileIndex(path);
    SourceFile fresh;
    fresh.path = path;
    if (!source.files.isEmpty())
        fresh.style = source.files.first().style;
    const SourceFile &target = file >= 0 ? source.files[file] : fresh;
    DrizzleText drizzle(schema, target, source.casing, reliesOnDerivedNames(source, file));
    const QString parameter = references::fileCallbackParameter(source, file);
    QStringList blocks;
    for (const model::Table &table : tables)
        blocks << tableText(drizzle, table, target.style, parameter);
    for (const model::View &view : views)
        blocks << viewText(drizzle, view, target.style);

    ImportNeeds needs;
    for (const QString &name : drizzle.missingCoreImports())
        needs.core.insert(name);
    needs.sql = drizzle.needsSql() ||
                std::any_of(views.cbegin(), views.cend(), [](const model::View &v) { return !v.isExisting; });
    needs.anyColumnType = drizzle.needsAnyColumnType();
    needs.variables = variableImports(source, schema, tables, file, path, target.text);
    const QString &lineEnding = target.style.lineEnding;
    const QString declarations = blocks.join(lineEnding);
    if (file < 0)
        return imports::statements(needs, target.style) + lineEnding + declarations;

    const QString &text = target.text;
    const QString gap = text.isEmpty() ? QString() : text.endsWith(u'\n') ? lineEnding : lineEnding + lineEnding;
    plan.insert(file, text.size(), gap + declarations);
    ImportNeeds &fileNeeds = plan.importsOf(file);
    fileNeeds.core.unite(needs.core);
    fileNeeds.sql = fileNeeds.sql || needs.sql;
    fileNeeds.anyColumnType = fileNeeds.anyColumnType || needs.anyColumnType;
    fileNeeds.variables.insert(needs.variables);
    return {};
}

} // namespace tw::source::declarations
