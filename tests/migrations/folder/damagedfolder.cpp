// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/migrations/folder/damagedfolder.h"

#include "migrations/folder/migrationsfolder.h"
#include "migrations/generate/baselinemapper.h"
#include "migrations/json/jsontext.h"
#include "migrations/snapshot/snapshotreader.h"
#include "model/schema/importedschema.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tw::test {
namespace {

const char *const kTable = R"(    "%1": {
      "name": "%1",
      "columns": {
        "id": {
          "name": "id",
          "type": "integer",
          "primaryKey": true,
          "notNull": true,
          "autoincrement": false
        }
      },
      "indexes": {},
      "foreignKeys": {},
      "compositePrimaryKeys": {},
      "uniqueConstraints": {},
      "checkConstraints": {}
    })";

QByteArray journalFor(const QList<DamagedFolder::Migration> &migrations)
{
    QStringList entries;
    for (const DamagedFolder::Migration &m : migrations) {
        entries << QStringLiteral("    {\n      \"idx\": %1,\n      \"version\": \"6\",\n      \"when\": %2,\n"
                                  "      \"tag\": \"%3\",\n      \"breakpoints\": true\n    }")
                       .arg(m.idx)
                       .arg(m.when ? m.when : 1700000000000 + m.idx)
                       .arg(m.tag);
    }
    return QStringLiteral("{\n  \"version\": \"7\",\n  \"dialect\": \"sqlite\",\n  \"entries\": [\n%1\n  ]\n}")
        .arg(entries.join(QStringLiteral(",\n")))
        .toUtf8();
}

} // namespace

DamagedFolder::DamagedFolder(const QList<Migration> &migrations)
{
    write(QStringLiteral("meta/_journal.json"), journalFor(migrations));
    for (const Migration &m : migrations) {
        if (m.withSql)
            write(m.tag + QStringLiteral(".sql"),
                  QStringLiteral("CREATE TABLE `t%1` (\n\t`id` integer\n);\n").arg(m.idx).toUtf8());
        if (m.withSnapshot)
            write(QStringLiteral("meta/%1_snapshot.json").arg(m.idx, 4, 10, QLatin1Char('0')),
                  snapshot(m.id, m.prevId.isEmpty() ? migrations::Snapshot::originId() : m.prevId));
    }
}

void DamagedFolder::write(const QString &relative, const QByteArray &bytes) const
{
    const QString file = QDir(path()).filePath(relative);
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate)) << relative.toStdString();
    f.write(bytes);
}

QByteArray DamagedFolder::read(const QString &relative) const
{
    QFile f(QDir(path()).filePath(relative));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray DamagedFolder::snapshot(const QString &id, const QString &prevId)
{
    const QString tables = QString::fromLatin1(kTable).arg(QStringLiteral("items")) + QStringLiteral(",\n") +
                           QString::fromLatin1(kTable).arg(QStringLiteral("tags"));
    return QStringLiteral("{\n  \"version\": \"6\",\n  \"dialect\": \"sqlite\",\n  \"id\": \"%1\",\n  \"prevId\": "
                          "\"%2\",\n  \"tables\": {\n%3\n  },\n  \"views\": {},\n  \"enums\": {},\n  \"_meta\": {\n"
                          "    \"schemas\": {},\n    \"tables\": {},\n    \"columns\": {}\n  },\n  \"internal\": {\n"
                          "    \"indexes\": {}\n  }\n}")
        .arg(id, prevId, tables)
        .toUtf8();
}

model::Result<migrations::GenerateOutcome>
importAndGenerate(const QString &folder, const std::function<void(model::Schema &)> &change, const QString &newId)
{
    using R = model::Result<migrations::GenerateOutcome>;
    const auto scanned = migrations::MigrationsFolder::scan(folder);
    if (scanned.hasErrors())
        return R::failure(scanned.errorText());
    migrations::GenerateRequest request;
    if (!scanned.latestSnapshotFile().isEmpty()) {
        QFile file(scanned.filePath(scanned.latestSnapshotFile()));
        if (!file.open(QIODevice::ReadOnly))
            return R::failure(file.errorString());
        auto snapshot = migrations::SnapshotReader::read(file.readAll());
        if (!snapshot)
            return R::failure(snapshot.error());
        request.project.schema = snapshot.value().schema;
        model::prepareImportedSchema(request.project.schema);
        request.project.baseline = migrations::BaselineMapper::baselineFor(request.project.schema, snapshot.value().id);
    }
    if (change)
        change(request.project.schema);
    request.migrationsFolder = folder;
    request.name = QStringLiteral("next");
    request.nowMs = 1800000000000;
    request.snapshotId = newId;
    return migrations::MigrationGenerator::generate(request);
}

QPair<QString, QString> snapshotIds(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const auto parsed = migrations::JsonText::parse(file.readAll());
    if (!parsed)
        return {};
    const auto *id = parsed.value().find(QStringLiteral("id"));
    const auto *prevId = parsed.value().find(QStringLiteral("prevId"));
    return {id ? id->toString() : QString(), prevId ? prevId->toString() : QString()};
}

} // namespace tw::test
