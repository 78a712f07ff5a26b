// SPDX-License-Identifier: GPL-3.0-or-later
// The oracle: what drizzle-kit 0.31 records in its snapshot for a schema source (it runs the TypeScript) equals
// what the reader takes from the same source without running it. tools/interop/source-reader-oracle.sh runs
// drizzle-kit and then this test with the snapshot; without it the test is skipped.
#include "migrations/snapshot/drizzlenames.h"
#include "migrations/snapshot/snapshotreader.h"
#include "source/config/drizzleconfig.h"
#include "source/schema/schemasourcereader.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>

using namespace tw;
using migrations::DrizzleNames;

namespace {

/// The default's kind as a fact: sql`0` on a timestamp reads as the Number 0 (the inverse of DrizzleColumnWriter),
/// which a snapshot spells as the expression "0"; both are DEFAULT 0.
QString defaultKind(const model::ColumnDefault &d)
{
    bool numeric = false;
    d.text().toDouble(&numeric);
    if (numeric &&
        (d.kind() == model::ColumnDefault::Kind::Number || d.kind() == model::ColumnDefault::Kind::Expression))
        return QStringLiteral("numeric");
    return model::columnDefaultKindName(d.kind());
}

/// What drizzle-kit's snapshot holds of a schema, one fact per line, with every automatic name spelled out and
/// the model's alternative spellings of one unique key (column flag, constraint, unique index) folded together.
QStringList facts(const model::Schema &schema)
{
    QStringList out;
    for (const model::Table &t : schema.tables) {
        QStringList lines;
        for (const model::Column &c : t.columns) {
            lines << QStringLiteral("column %1 %2 notNull=%3 pk=%4 autoincrement=%5 default=%6:%7 generated=%8")
                         .arg(c.name, c.sqlTypeText())
                         .arg(c.notNull)
                         .arg(c.primaryKey)
                         .arg(c.autoincrement)
                         .arg(defaultKind(c.defaultValue), c.defaultValue.text(),
                              c.generated
                                  ? c.generated->expression + u' ' + model::generatedStorageName(c.generated->storage)
                                  : QString());
            if (c.unique)
                lines << QStringLiteral("unique %1 (%2)").arg(DrizzleNames::unique(t.name, {c.name}), c.name);
        }
        if (t.primaryKey) {
            const QStringList cols = t.columnNames(t.primaryKey->columns);
            lines << QStringLiteral("pk %1 (%2)")
                         .arg(t.primaryKey->name.isEmpty() ? DrizzleNames::primaryKey(t.name, cols)
                                                           : t.primaryKey->name,
                              cols.join(u','));
        }
        for (const model::UniqueConstraint &u : t.uniqueConstraints) {
            const QStringList cols = t.columnNames(u.columns);
            lines << QStringLiteral("unique %1 (%2)")
                         .arg(u.name.isEmpty() ? DrizzleNames::unique(t.name, cols) : u.name, cols.join(u','));
        }
        for (const model::Index &i : t.indexes) {
            QStringList parts;
            bool plain = true;
            for (const model::IndexPart &p : i.parts) {
                plain = plain && !p.isExpression();
                parts << (p.isExpression() ? p.expression : t.columnNames({p.column}).join(QString()));
            }
            if (i.unique && plain && i.where.isEmpty())
                lines << QStringLiteral("unique %1 (%2)").arg(i.name, parts.join(u','));
            else
                lines << QStringLiteral("index %1 unique=%2 (%3) where=%4")
                             .arg(i.name)
                             .arg(i.unique)
                             .arg(parts.join(u','), i.where);
        }
        for (const model::ForeignKey &fk : t.foreignKeys) {
            const model::Table *to = schema.table(fk.targetTable);
            const QStringList from = t.columnNames(fk.columns);
            const QStringList target = to ? to->columnNames(fk.targetColumns) : QStringList();
            const QString toName = to ? to->name : QStringLiteral("?");
            lines << QStringLiteral("fk %1 (%2) -> %3(%4) delete=%5 update=%6")
                         .arg(fk.name.isEmpty() ? DrizzleNames::foreignKey(t.name, from, toName, target) : fk.name,
                              from.join(u','), toName, target.join(u','), model::referentialActionName(fk.onDelete),
                              model::referentialActionName(fk.onUpdate));
        }
        for (const model::CheckConstraint &c : t.checkConstraints)
            lines << QStringLiteral("check %1 %2").arg(c.name, c.expression);
        std::sort(lines.begin() + t.columns.size(), lines.end());
        for (const QString &line : lines)
            out << t.name + u' ' + line;
    }
    for (const model::View &v : schema.views)
        out << QStringLiteral("view %1 existing=%2").arg(v.name).arg(v.isExisting);
    out.sort();
    return out;
}

TEST(SourceReaderOracle, DrizzleKitRecordsWhatTheReaderReads)
{
    const QString snapshotPath = qEnvironmentVariable("TW_ORACLE_SNAPSHOT");
    const QString configPath = qEnvironmentVariable("TW_ORACLE_CONFIG");
    if (snapshotPath.isEmpty() || configPath.isEmpty())
        GTEST_SKIP() << "run by tools/interop/source-reader-oracle.sh with drizzle-kit's snapshot";
    QFile file(snapshotPath);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const model::Result<migrations::Snapshot> snapshot = migrations::SnapshotReader::read(file.readAll());
    ASSERT_TRUE(snapshot.ok()) << snapshot.error().toStdString();

    const model::Result<source::DrizzleConfig> config = source::DrizzleConfigReader::read(configPath);
    ASSERT_TRUE(config.ok()) << config.error().toStdString();
    QStringList errors;
    const QStringList files =
        source::SchemaSourceReader::resolvePaths(config.value().schema, QFileInfo(configPath).absolutePath(), &errors);
    ASSERT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
    const source::SourceSchema read = source::SchemaSourceReader::read(files, config.value().casing);
    EXPECT_FALSE(read.hasErrors());
    ASSERT_FALSE(read.tables.isEmpty());

    EXPECT_EQ(facts(read.toSchema()).join(u'\n'), facts(snapshot.value().schema).join(u'\n'));
    // Ids come from names as the snapshot reader makes them, so both readings of one schema agree on identity.
    for (const source::SourceTable &table : read.tables) {
        const model::Table *recorded = snapshot.value().schema.tableNamed(table.table.name);
        ASSERT_NE(recorded, nullptr);
        EXPECT_EQ(table.table.id, recorded->id);
        for (const model::Column &column : table.table.columns) {
            const model::Column *same = recorded->columnNamed(column.name);
            ASSERT_NE(same, nullptr);
            EXPECT_EQ(column.id, same->id);
        }
        QList<model::Id> readIds;
        QList<model::Id> recordedIds;
        for (const model::ForeignKey &fk : table.table.foreignKeys)
            readIds << fk.id;
        for (const model::ForeignKey &fk : recorded->foreignKeys)
            recordedIds << fk.id;
        std::sort(readIds.begin(), readIds.end());
        std::sort(recordedIds.begin(), recordedIds.end());
        EXPECT_EQ(readIds, recordedIds);
    }
    // View definitions: drizzle-kit prints sql`` views as the reader does (query-builder views have none here).
    for (const source::SourceView &view : read.views) {
        if (view.view.isExisting || !view.editable)
            continue;
        const model::View *recorded = nullptr;
        for (const model::View &v : snapshot.value().schema.views)
            recorded = v.name == view.view.name ? &v : recorded;
        ASSERT_NE(recorded, nullptr) << view.view.name.toStdString();
        EXPECT_EQ(view.view.definition, recorded->definition);
    }
}

} // namespace
