// SPDX-License-Identifier: GPL-3.0-or-later
// ColumnReader's chained calls: `.notNull()`, `.primaryKey()`, `.default()`, `.references()`, ...
#include "source/schema/columnreader.h"

#include "migrations/snapshot/drizzlenames.h"
#include "source/schema/columndefaultreader.h"

namespace tw::source {
namespace {

using ts::TsNode;

bool isTrue(const TsNode *node)
{
    return node && node->unwrapped().isIdentifier(u"true");
}

} // namespace

void ColumnReader::readChainCall(ColumnDraft &draft, const TsNode &call)
{
    SourceColumn &c = draft.column;
    model::Column &column = c.column;
    const SourceChainCall chained = chainCall(call);
    c.chain << chained;
    const QList<TsNode> args = call.arguments();
    const QString &method = chained.method;
    const auto where = [&] {
        return QStringLiteral("column `%1` of %2").arg(c.key, m_tableName);
    };
    if (method == u"notNull") {
        column.notNull = true;
    } else if (method == u"primaryKey") {
        column.primaryKey = true;
        column.notNull = true; // drizzle's .primaryKey() implies NOT NULL
        const TsNode *options = args.isEmpty() ? nullptr : &args[0].unwrapped();
        const TsNode *autoIncrement = options ? options->property(u"autoIncrement") : nullptr;
        column.autoincrement =
            autoIncrement && !autoIncrement->children.isEmpty() && isTrue(&autoIncrement->children[0]);
    } else if (method == u"unique") {
        const std::optional<QString> given = args.isEmpty() ? std::nullopt : ReadContext::stringValue(args[0]);
        const QString name = given ? *given : migrations::DrizzleNames::unique(m_tableName, {draft.originalName});
        if (name == migrations::DrizzleNames::unique(m_tableName, {column.name}))
            column.unique = true;
        else
            draft.uniqueName = name;
    } else if (method == u"default") {
        QString problem;
        const std::optional<model::ColumnDefault> value =
            args.isEmpty() ? std::nullopt
                           : readColumnDefault(m_context, m_file, args[0], column, m_columnRefs, &problem);
        if (value) {
            column.defaultValue = *value;
        } else {
            m_context.warn(m_file, chained.span.begin,
                           where() + QStringLiteral(": ") +
                               (problem.isEmpty() ? QStringLiteral("`.default()` without a value") : problem));
            c.editable = false;
            c.notEditableReason = QStringLiteral("its default is not a literal");
        }
    } else if (method == u"references") {
        draft.referenceArguments = args;
        draft.referenceFile = m_file;
    } else if (method == u"generatedAlwaysAs") {
        const TsNode *expression = args.isEmpty() ? nullptr : &args[0].unwrapped();
        if (expression && expression->kind == TsNode::Kind::Arrow && !expression->children.isEmpty())
            expression = &expression->children[0].unwrapped();
        QString problem;
        std::optional<QString> sql;
        if (expression && m_context.isSqlTemplate(m_file, *expression))
            sql = m_context.sqlText(m_file, *expression, m_columnRefs, &problem);
        else if (expression)
            sql = ReadContext::stringValue(*expression);
        if (!sql) {
            m_context.warn(m_file, chained.span.begin,
                           where() + QStringLiteral(": the generated expression is not sql`...` or a string literal") +
                               (problem.isEmpty() ? QString() : QStringLiteral(" (") + problem + u')'));
            c.editable = false;
            c.notEditableReason = QStringLiteral("its generated expression is not a literal");
            return;
        }
        model::GeneratedColumn generated{*sql, model::GeneratedColumn::Storage::Virtual};
        const TsNode *options = args.size() > 1 ? &args[1].unwrapped() : nullptr;
        const TsNode *mode = options ? options->property(u"mode") : nullptr;
        if (mode && !mode->children.isEmpty() &&
            ReadContext::stringValue(mode->children[0]) == QStringLiteral("stored"))
            generated.storage = model::GeneratedColumn::Storage::Stored;
        column.generated = generated;
    } else if (!method.startsWith(u'$')) {
        m_context.warn(m_file, chained.span.begin,
                       where() +
                           QStringLiteral(": `.%1()` is not a column method this reader knows; it is kept as written")
                               .arg(method));
    }
}

} // namespace tw::source
