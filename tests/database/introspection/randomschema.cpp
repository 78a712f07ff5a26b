// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/database/introspection/randomschema.h"

#include "migrations/snapshot/importids.h"

#include <QRandomGenerator>

namespace tw::test {
namespace {

using migrations::ImportIds;
using model::Column;
using model::ColumnDefault;
using model::ReferentialAction;
using model::SqlType;
using model::Table;

const char *const kWords[] = {"users", "posts", "tags", "orders", "items", "notes", "teams", "events"};
const char *const kColumnWords[] = {"name", "score", "price", "data", "amount", "title", "level", "body", "rank"};

class Draw
{
public:
    explicit Draw(quint32 seed)
        : m_random(seed)
    {
    }
    int below(int n) { return int(m_random.bounded(quint32(n))); }
    bool chance(int percent) { return below(100) < percent; }
    template<class T, std::size_t N>
    const T &pick(const T (&items)[N])
    {
        return items[below(int(N))];
    }

private:
    QRandomGenerator m_random;
};

ColumnDefault randomDefault(Draw &draw, const Column &column)
{
    if (!draw.chance(45))
        return ColumnDefault::none();
    switch (column.type) {
    case SqlType::Integer:
        if (column.mode == model::DrizzleMode::Boolean)
            return ColumnDefault::boolean(draw.chance(50));
        return draw.chance(75) ? ColumnDefault::number(QString::number(draw.below(200) - 100))
                               : ColumnDefault::expression(QStringLiteral("(unixepoch())"));
    case SqlType::Real:
        return ColumnDefault::number(draw.chance(50) ? QStringLiteral("-0.5") : QStringLiteral("2.25"));
    case SqlType::Numeric:
        return ColumnDefault::number(QString::number(draw.below(1000)));
    case SqlType::Text:
        switch (draw.below(3)) {
        case 0:
            return ColumnDefault::string(QStringLiteral("it's \"new\""));
        case 1:
            return ColumnDefault::expression(QStringLiteral("CURRENT_TIMESTAMP"));
        default:
            return ColumnDefault::expression(QStringLiteral("(lower('A, B'))"));
        }
    case SqlType::Blob:
        return ColumnDefault::expression(QStringLiteral("X'00ff'"));
    }
    return ColumnDefault::none();
}

Column plainColumn(Draw &draw, const QString &table, const QString &name)
{
    static const SqlType kTypes[] = {SqlType::Integer, SqlType::Text, SqlType::Real, SqlType::Blob, SqlType::Numeric};
    Column column;
    column.name = name;
    column.id = ImportIds::column(table, name);
    column.type = draw.pick(kTypes);
    if (column.type == SqlType::Text && draw.chance(30))
        column.length = 1 + draw.below(255);
    if (column.type == SqlType::Integer && draw.chance(25))
        column.mode = model::DrizzleMode::Boolean;
    column.notNull = draw.chance(50);
    column.defaultValue = randomDefault(draw, column);
    column.unique = draw.chance(15);
    return column;
}

/// Gives @p table its key columns: an autoincrement id, a plain column key, a composite key or none.
void addKey(Draw &draw, Table &table)
{
    const auto keyColumn = [&](const QString &name, SqlType type) {
        Column column;
        column.name = name;
        column.id = ImportIds::column(table.name, name);
        column.type = type;
        column.notNull = true;
        table.columns << column;
        return column.id;
    };
    switch (draw.below(6)) {
    case 0:
    case 1: {
        keyColumn(QStringLiteral("id"), SqlType::Integer);
        table.columns.last().primaryKey = true;
        table.columns.last().autoincrement = true;
        break;
    }
    case 2:
        keyColumn(QStringLiteral("code"), draw.chance(50) ? SqlType::Text : SqlType::Integer);
        table.columns.last().primaryKey = true;
        break;
    case 3: {
        const model::Id a = keyColumn(QStringLiteral("part_a"), SqlType::Integer);
        const model::Id b = keyColumn(QStringLiteral("part_b"), SqlType::Text);
        table.primaryKey = model::PrimaryKey{ImportIds::primaryKey(table.name), {}, {a, b}};
        break;
    }
    case 4: { // primaryKey({ columns: [code] }): a one-column table-level key, nullable as SQLite allows
        // Text only: a nullable one-column INTEGER key is the rowid alias, which never holds NULL, so it reads
        // back as the column's own key.
        const model::Id code = keyColumn(QStringLiteral("code"), SqlType::Text);
        table.columns.last().notNull = false;
        table.primaryKey = model::PrimaryKey{ImportIds::primaryKey(table.name), {}, {code}};
        break;
    }
    default:
        break; // rowid only
    }
}

ReferentialAction randomAction(Draw &draw, bool nullable)
{
    static const ReferentialAction kActions[] = {ReferentialAction::NoAction, ReferentialAction::Cascade,
                                                 ReferentialAction::Restrict, ReferentialAction::SetNull,
                                                 ReferentialAction::SetDefault};
    ReferentialAction action = draw.pick(kActions);
    if (action == ReferentialAction::SetNull && !nullable)
        action = ReferentialAction::Cascade;
    return action;
}

/// One-column references to earlier tables (or the table itself) with a one-column key, added as new columns.
void addReferences(Draw &draw, Table &table, const QList<Table> &earlier)
{
    QList<const Table *> targets;
    for (const Table &t : earlier) {
        if (t.primaryKeyColumns().size() == 1)
            targets << &t;
    }
    const bool selfTarget = table.primaryKeyColumns().size() == 1;
    for (int n = draw.below(3); n > 0 && (!targets.isEmpty() || selfTarget); --n) {
        const bool self = targets.isEmpty() || (selfTarget && draw.chance(20));
        const Table &target = self ? table : *targets[draw.below(int(targets.size()))];
        const Column key = *target.column(target.primaryKeyColumns().first()); // a copy: the table grows below
        const model::Id targetId = target.id;
        Column column;
        column.name = QStringLiteral("%1_ref_%2").arg(target.name).arg(table.columns.size());
        column.id = ImportIds::column(table.name, column.name);
        column.type = key.type;
        column.notNull = draw.chance(40);
        table.columns << column;
        const ReferentialAction onDelete = randomAction(draw, !column.notNull);
        const ReferentialAction onUpdate = randomAction(draw, !column.notNull);
        table.foreignKeys << model::ForeignKey{
            ImportIds::foreignKey(table.name, column.name), {}, {column.id}, targetId, {key.id}, onDelete, onUpdate};
    }
}

/// A composite reference to an earlier table with a composite key.
void addCompositeReference(Draw &draw, Table &table, const QList<Table> &earlier)
{
    for (const Table &target : earlier) {
        if (target.primaryKeyColumns().size() != 2 || !draw.chance(60))
            continue;
        QList<model::Id> from;
        for (const model::Id &id : target.primaryKeyColumns()) {
            const Column &key = *target.column(id);
            Column column;
            column.name = QStringLiteral("%1_%2").arg(target.name, key.name);
            column.id = ImportIds::column(table.name, column.name);
            column.type = key.type;
            table.columns << column;
            from << column.id;
        }
        table.foreignKeys << model::ForeignKey{ImportIds::foreignKey(table.name, target.name),
                                               {},
                                               from,
                                               target.id,
                                               target.primaryKeyColumns(),
                                               randomAction(draw, true),
                                               ReferentialAction::NoAction};
        return;
    }
}

void addIndexesAndChecks(Draw &draw, Table &table)
{
    QList<model::Id> plain;
    for (const Column &c : table.columns) {
        if (!c.primaryKey)
            plain << c.id;
    }
    // Not over the primary key's own columns: SQLite drops a UNIQUE that repeats the key (it is one already).
    const QList<model::Id> key = table.primaryKeyColumns();
    if (plain.size() >= 2 && !key.contains(plain[0]) && draw.chance(40))
        table.uniqueConstraints << model::UniqueConstraint{
            ImportIds::uniqueConstraint(table.name, QStringLiteral("u")), {}, {plain[0], plain[1]}};
    for (int i = 0, n = draw.below(3); i < n && !plain.isEmpty(); ++i) {
        const model::Id first = plain[draw.below(int(plain.size()))];
        QList<model::IndexPart> parts{model::IndexPart::ofColumn(first)};
        const model::Id second = plain[draw.below(int(plain.size()))];
        if (second != first && draw.chance(50))
            parts << model::IndexPart::ofColumn(second);
        const QString name = QStringLiteral("%1_idx_%2").arg(table.name).arg(i);
        table.indexes << model::Index{ImportIds::index(table.name, name), name, draw.chance(30), parts, {}};
    }
    for (int i = 1, n = draw.below(3); i <= n && !plain.isEmpty(); ++i) {
        const Column &c = *table.column(plain[draw.below(int(plain.size()))]);
        const QString name = QStringLiteral("%1_check_%2").arg(table.name).arg(i);
        table.checkConstraints << model::CheckConstraint{ImportIds::checkConstraint(table.name, name), name,
                                                         QStringLiteral("%1 IS NOT NULL OR %2 > 0").arg(c.name).arg(i)};
    }
}

} // namespace

model::Schema randomSchema(quint32 seed)
{
    Draw draw(seed);
    model::Schema schema;
    const int tables = 2 + draw.below(4);
    for (int t = 0; t < tables; ++t) {
        Table table;
        table.name = QStringLiteral("%1_%2").arg(QLatin1String(draw.pick(kWords))).arg(t);
        table.id = ImportIds::table(table.name);
        addKey(draw, table);
        for (int c = 0, n = 1 + draw.below(5); c < n; ++c) {
            const QString name = QStringLiteral("%1_%2").arg(QLatin1String(draw.pick(kColumnWords))).arg(c);
            table.columns << plainColumn(draw, table.name, name);
        }
        addReferences(draw, table, schema.tables);
        addCompositeReference(draw, table, schema.tables);
        addIndexesAndChecks(draw, table);
        schema.tables << table;
    }
    return schema;
}

} // namespace tw::test
