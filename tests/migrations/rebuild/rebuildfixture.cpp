// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/migrations/rebuild/rebuildfixture.h"

#include "migrations/snapshot/snapshotreader.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

namespace tw::test {
namespace {

using model::ReferentialAction;
using model::Schema;
using model::SqlType;

const QString kFolder = QStringLiteral("rebuild/fixture/");
const QStringList kTables{QStringLiteral("authors"), QStringLiteral("books"),        QStringLiteral("notes"),
                          QStringLiteral("pins"),    QStringLiteral("review_votes"), QStringLiteral("reviews")};

model::Table &tableOf(Schema &schema, const QString &name)
{
    for (model::Table &t : schema.tables) {
        if (t.name == name)
            return t;
    }
    static model::Table none;
    ADD_FAILURE() << "no table " << name.toStdString();
    return none;
}

model::Column &columnOf(Schema &schema, const QString &table, const QString &name)
{
    model::Table &t = tableOf(schema, table);
    for (model::Column &c : t.columns) {
        if (c.name == name)
            return c;
    }
    static model::Column none;
    ADD_FAILURE() << "no column " << table.toStdString() << '.' << name.toStdString();
    return none;
}

RebuildCase edited(const QString &name, const std::function<void(Schema &)> &edit)
{
    RebuildCase c{name, RebuildFixture::schema(), {}, {}, {}};
    edit(c.after);
    return c;
}

void dropColumn(Schema &schema, const QString &table, const QString &column)
{
    model::Table &t = tableOf(schema, table);
    const model::Id id = columnOf(schema, table, column).id;
    t.foreignKeys.removeIf([&](const model::ForeignKey &fk) { return fk.columns.contains(id); });
    t.indexes.removeIf([&](const model::Index &index) {
        return std::any_of(index.parts.cbegin(), index.parts.cend(), [&](const auto &p) { return p.column == id; });
    });
    t.columns.removeIf([&](const model::Column &c) { return c.id == id; });
}

} // namespace

Schema RebuildFixture::schema()
{
    auto snapshot = migrations::SnapshotReader::read(readData(kFolder + QStringLiteral("meta/0001_snapshot.json")));
    EXPECT_TRUE(snapshot) << snapshot.error().toStdString();
    return snapshot ? snapshot.value().schema : Schema{};
}

QString RebuildFixture::setupSql()
{
    return QString::fromUtf8(readData(kFolder + QStringLiteral("0000_init.sql"))) + u'\n' +
           QString::fromUtf8(readData(kFolder + QStringLiteral("0001_seed.sql"))) + u'\n';
}

QString RebuildFixture::dumpSql(const QMap<QString, QString> &renamedTables, const QStringList &droppedColumns,
                                const QStringList &withoutSequence)
{
    const Schema before = schema();
    QString sql;
    for (const QString &name : kTables) {
        QStringList values{u'\'' + name + u'\''};
        for (const model::Column &c : before.tableNamed(name)->columns) {
            if (!droppedColumns.contains(name + u'.' + c.name))
                values << QStringLiteral("quote(`%1`)").arg(c.name);
        }
        sql += QStringLiteral("SELECT %1 FROM `%2` ORDER BY rowid;\n")
                   .arg(values.join(QLatin1String(" || '|' || ")), renamedTables.value(name, name));
    }
    QStringList cases;
    for (auto it = renamedTables.cbegin(); it != renamedTables.cend(); ++it)
        cases << QStringLiteral("WHEN '%1' THEN '%2'").arg(it.value(), it.key());
    const QString seqName =
        cases.isEmpty() ? QStringLiteral("name") : QStringLiteral("CASE name %1 ELSE name END").arg(cases.join(u' '));
    QStringList skipped{QStringLiteral("'d1_migrations'")};
    for (const QString &t : withoutSequence)
        skipped << u'\'' + t + u'\'' << u'\'' + renamedTables.value(t, t) + u'\'';
    return sql +
           QStringLiteral("SELECT 'seq|' || %1 || '|' || seq FROM sqlite_sequence WHERE name NOT IN (%2) ORDER BY 1;\n")
               .arg(seqName, skipped.join(QLatin1String(", ")));
}

QList<RebuildCase> fixtureRebuildCases()
{
    QList<RebuildCase> out;
    const auto text100 = [](model::Column &c) {
        c.length = 100;
    };
    out << edited(QStringLiteral("parent_not_null"),
                  [](Schema &s) { columnOf(s, QStringLiteral("authors"), QStringLiteral("name")).notNull = true; });
    out << edited(QStringLiteral("parent_type"),
                  [&](Schema &s) { text100(columnOf(s, QStringLiteral("authors"), QStringLiteral("name"))); });
    out << edited(QStringLiteral("parent_default"), [](Schema &s) {
        columnOf(s, QStringLiteral("authors"), QStringLiteral("name")).defaultValue =
            model::ColumnDefault::string(QStringLiteral("anon"));
    });
    {
        RebuildCase c = edited(QStringLiteral("parent_autoincrement_off"), [](Schema &s) {
            columnOf(s, QStringLiteral("authors"), QStringLiteral("id")).autoincrement = false;
        });
        c.withoutSequence << QStringLiteral("authors"); // no AUTOINCREMENT, no sequence: as the user asked
        out << c;
    }
    out << edited(QStringLiteral("parent_self_reference_action"), [](Schema &s) {
        tableOf(s, QStringLiteral("authors")).foreignKeys.first().onDelete = ReferentialAction::Cascade;
    });
    {
        RebuildCase c = edited(QStringLiteral("parent_drop_referencing_column"), [](Schema &s) {
            dropColumn(s, QStringLiteral("authors"), QStringLiteral("mentor_id"));
        });
        c.droppedColumns << QStringLiteral("authors.mentor_id");
        out << c;
    }
    out << edited(QStringLiteral("child_under_view"),
                  [&](Schema &s) { text100(columnOf(s, QStringLiteral("reviews"), QStringLiteral("body"))); });
    out << edited(QStringLiteral("two_rebuilds"), [&](Schema &s) {
        columnOf(s, QStringLiteral("authors"), QStringLiteral("name")).notNull = true;
        text100(columnOf(s, QStringLiteral("reviews"), QStringLiteral("body")));
    });
    {
        RebuildCase c = edited(QStringLiteral("parent_renamed"), [](Schema &s) {
            tableOf(s, QStringLiteral("authors")).name = QStringLiteral("writers");
        });
        c.renamedTables.insert(QStringLiteral("authors"), QStringLiteral("writers"));
        out << c;
    }
    return out;
}

} // namespace tw::test
