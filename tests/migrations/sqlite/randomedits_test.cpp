// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/diff/differ.h"
#include "migrations/sqlite/sqlitemigrationwriter.h"
#include "tests/migrations/sqlite/sqlite3cli.h"

#include <gtest/gtest.h>

#include <QRandomGenerator>

using namespace tw;
using namespace tw::model;
using migrations::SqliteMigrationWriter;
using test::Sqlite3Cli;

namespace {

/// Random schemas and random edits from a seed; ids stay with renamed objects, as in the editor.
class SchemaMutator
{
public:
    explicit SchemaMutator(quint32 seed)
        : m_random(seed)
    {
    }

    Schema randomSchema()
    {
        Schema s;
        for (int i = 0; i < 3; ++i)
            addTable(s);
        return s;
    }

    void edit(Schema &s)
    {
        Table &t = s.tables[int(m_random.bounded(int(s.tables.size())))];
        switch (m_random.bounded(9)) {
        case 0:
            addTable(s);
            break;
        case 1:
            dropTable(s);
            break;
        case 2:
            t.columns << column();
            break;
        case 3:
            dropColumn(t);
            break;
        case 4:
            if (Column *c = plainColumn(t))
                c->name = fresh(QStringLiteral("col"));
            break;
        case 5:
            t.name = fresh(QStringLiteral("table"));
            break;
        case 6:
            if (Column *c = plainColumn(t))
                c->type = c->type == SqlType::Text ? SqlType::Integer : SqlType::Text;
            break;
        case 7:
            if (Column *c = plainColumn(t))
                c->notNull = !c->notNull;
            break;
        case 8:
            if (Column *c = plainColumn(t))
                addIndex(t, *c);
            break;
        }
    }

private:
    QString fresh(const QString &stem) { return QStringLiteral("%1_%2").arg(stem).arg(++m_counter); }

    Column column()
    {
        Column c;
        c.id = Id::generate(m_random);
        c.name = fresh(QStringLiteral("col"));
        c.type = m_random.bounded(2) ? SqlType::Text : SqlType::Integer;
        if (m_random.bounded(3) == 0)
            c.defaultValue = c.type == SqlType::Text ? ColumnDefault::string(QStringLiteral("x"))
                                                     : ColumnDefault::number(QStringLiteral("0"));
        return c;
    }

    void addTable(Schema &s)
    {
        Table t;
        t.id = Id::generate(m_random);
        t.name = fresh(QStringLiteral("table"));
        Column key;
        key.id = Id::generate(m_random);
        key.name = QStringLiteral("id");
        key.type = SqlType::Integer;
        key.primaryKey = key.notNull = true;
        t.columns << key << column();
        if (!s.tables.isEmpty() && m_random.bounded(2)) {
            const Table &target = s.tables.first();
            Column ref = column();
            ref.type = SqlType::Integer;
            ref.defaultValue = {};
            t.columns << ref;
            t.foreignKeys << ForeignKey{Id::generate(m_random),
                                        {},
                                        {ref.id},
                                        target.id,
                                        {target.columns.first().id},
                                        ReferentialAction::NoAction,
                                        ReferentialAction::Cascade};
        }
        s.tables << t;
    }

    void dropTable(Schema &s)
    {
        for (qsizetype i = s.tables.size() - 1; i > 0; --i) {
            const Id id = s.tables[i].id;
            const bool referenced = std::any_of(s.tables.cbegin(), s.tables.cend(), [&](const Table &t) {
                return t.id != id && std::any_of(t.foreignKeys.cbegin(), t.foreignKeys.cend(),
                                                 [&](const ForeignKey &fk) { return fk.targetTable == id; });
            });
            if (!referenced) {
                s.tables.removeAt(i);
                return;
            }
        }
    }

    /// A column that is neither the key nor in a foreign key.
    Column *plainColumn(Table &t)
    {
        QList<Column *> candidates;
        for (Column &c : t.columns) {
            const bool inKey = std::any_of(t.foreignKeys.cbegin(), t.foreignKeys.cend(),
                                           [&](const ForeignKey &fk) { return fk.columns.contains(c.id); });
            if (!c.primaryKey && !inKey)
                candidates << &c;
        }
        return candidates.isEmpty() ? nullptr : candidates[int(m_random.bounded(int(candidates.size())))];
    }

    void dropColumn(Table &t)
    {
        Column *c = plainColumn(t);
        if (!c)
            return;
        const Id id = c->id;
        t.indexes.removeIf([&](const Index &i) { return i.parts.first().column == id; });
        t.columns.removeIf([&](const Column &col) { return col.id == id; });
    }

    void addIndex(Table &t, const Column &c)
    {
        Index i;
        i.id = Id::generate(m_random);
        i.name = fresh(QStringLiteral("idx"));
        i.unique = m_random.bounded(2);
        i.parts << IndexPart::ofColumn(c.id);
        t.indexes << i;
    }

    QRandomGenerator m_random;
    int m_counter = 0;
};

QString sqlFor(const Schema &before, const Schema &after)
{
    return SqliteMigrationWriter::migrationText(migrations::diff(before, after));
}

} // namespace

// 2,000 seeded sequences in 8 chunks, so CTest runs them in parallel.
constexpr quint32 kChunks = 8;
constexpr quint32 kSeedsPerChunk = 250;

class RandomEdits : public ::testing::TestWithParam<quint32>
{
};

// diff(a, a) is empty, and creating a then migrating to b gives the schema a fresh b has.
TEST_P(RandomEdits, MigrationReachesTheSameSchemaAsAFreshDatabase)
{
    ASSERT_TRUE(Sqlite3Cli::isAvailable()) << "the sqlite3 CLI is required (apt-get install sqlite3)";
    const quint32 first = GetParam() * kSeedsPerChunk + 1;
    for (quint32 seed = first; seed < first + kSeedsPerChunk; ++seed) {
        SchemaMutator mutator(seed);
        const Schema a = mutator.randomSchema();
        Schema b = a;
        for (quint32 n = 0; n <= seed % 4; ++n)
            mutator.edit(b);
        ASSERT_TRUE(migrations::diff(a, a).isEmpty()) << "seed " << seed;
        const QString schemaSql = Sqlite3Cli::marker(QStringLiteral("schema")) + Sqlite3Cli::normalizedSchemaSql();
        const auto migrated = Sqlite3Cli::run(sqlFor({}, a) + sqlFor(a, b) + schemaSql);
        const auto fresh = Sqlite3Cli::run(sqlFor({}, b) + schemaSql);
        ASSERT_TRUE(migrated.ok) << "seed " << seed << ": " << migrated.error.toStdString() << "\n"
                                 << sqlFor(a, b).toStdString();
        ASSERT_TRUE(fresh.ok) << fresh.error.toStdString();
        EXPECT_EQ(migrated.sections().value(QStringLiteral("schema")).toStdString(),
                  fresh.sections().value(QStringLiteral("schema")).toStdString())
            << "seed " << seed << "\n"
            << sqlFor(a, b).toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Seeds, RandomEdits, ::testing::Range(quint32(0), kChunks));
