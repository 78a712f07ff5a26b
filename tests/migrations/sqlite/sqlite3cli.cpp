// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/migrations/sqlite/sqlite3cli.h"

#include <QProcess>
#include <QStandardPaths>

namespace tw::test {
namespace {

const QString kMarkerPrefix = QStringLiteral("@@section ");

} // namespace

bool Sqlite3Cli::isAvailable()
{
    return !QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty();
}

Sqlite3Cli::Output Sqlite3Cli::run(const QString &sql)
{
    QProcess process;
    process.start(QStringLiteral("sqlite3"),
                  {QStringLiteral("-bail"), QStringLiteral("-batch"), QStringLiteral(":memory:")});
    if (!process.waitForStarted())
        return {false, {}, QStringLiteral("sqlite3 did not start")};
    // Double-quoted names that match no column are errors, not string literals (as in better-sqlite3 and D1).
    process.write(".dbconfig dqs_dml off\n.dbconfig dqs_ddl off\nPRAGMA foreign_keys=ON;\n");
    process.write(sql.toUtf8());
    process.write("\n");
    process.closeWriteChannel();
    process.waitForFinished(30000);
    Output output;
    output.out = QString::fromUtf8(process.readAllStandardOutput());
    output.error = QString::fromUtf8(process.readAllStandardError());
    output.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0 && output.error.isEmpty();
    return output;
}

QMap<QString, QString> Sqlite3Cli::Output::sections() const
{
    QMap<QString, QString> out;
    QString current;
    for (const QString &line : this->out.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(kMarkerPrefix)) {
            current = line.mid(kMarkerPrefix.size());
            out.insert(current, QString());
        } else if (!current.isEmpty()) {
            out[current] += line + u'\n';
        }
    }
    return out;
}

QString Sqlite3Cli::marker(const QString &name)
{
    return QStringLiteral("\nSELECT '%1%2';\n").arg(kMarkerPrefix, name);
}

QString Sqlite3Cli::normalizedSchemaSql()
{
    // Column order and index names are part of the comparison on purpose; foreign key ids are not (they follow
    // the order in which SQLite met the keys, which ALTER TABLE .. ADD changes).
    return QStringLiteral(
        "SELECT 'col', m.name, p.cid, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk, p.hidden "
        "FROM sqlite_master m, pragma_table_xinfo(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' "
        "ORDER BY m.name, p.cid;\n"
        "SELECT 'idx', m.name, il.name, il.\"unique\", il.origin, il.partial, ii.seqno, ii.name "
        "FROM sqlite_master m, pragma_index_list(m.name) il, pragma_index_info(il.name) ii "
        "WHERE m.type = 'table' ORDER BY m.name, il.name, ii.seqno;\n"
        "SELECT 'fk', m.name, f.seq, f.\"table\", f.\"from\", f.\"to\", f.on_update, f.on_delete "
        "FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table' "
        "ORDER BY m.name, f.\"table\", f.\"from\", f.seq;\n"
        "SELECT 'view', name FROM sqlite_master WHERE type = 'view' ORDER BY name;\n");
}

QString Sqlite3Cli::rowCountsSql(const QStringList &tables)
{
    QString sql;
    for (const QString &name : tables) {
        QString quoted = name;
        quoted.replace(u'"', QLatin1String("\"\""));
        QString literal = name;
        literal.replace(u'\'', QLatin1String("''"));
        sql += QStringLiteral("SELECT '%1:' || count(*) FROM \"%2\";\n").arg(literal, quoted);
    }
    return sql;
}

} // namespace tw::test
