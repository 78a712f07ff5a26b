// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/runner/localruncheck.h"

#include "database/sqltext/sqlstatementsplitter.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace tw::migrations {
namespace {

/// @p statement without the comments before its first keyword.
QString withoutLeadingComments(const QString &statement)
{
    static const QRegularExpression leading(QStringLiteral(R"(^(?:\s+|--[^\n]*(?:\n|$)|/\*.*?\*/)*)"),
                                            QRegularExpression::DotMatchesEverythingOption);
    QString code = statement;
    code.remove(leading);
    return code;
}

} // namespace

QString LocalRunCheck::libsqlOnly(const QString &statement)
{
    // An identifier: backquoted, double-quoted, bracketed or bare; optionally schema-qualified.
    static const QString name = QStringLiteral(R"((?:`[^`]*`|"[^"]*"|\[[^\]]*\]|[^\s.]+))");
    static const QRegularExpression alterColumn(
        QStringLiteral(R"(^ALTER\s+TABLE\s+(%1(?:\s*\.\s*%1)?)\s+ALTER\s+COLUMN\b)").arg(name),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression vectorIndex(QStringLiteral(R"(\blibsql_vector_idx\s*\()"),
                                                QRegularExpression::CaseInsensitiveOption);
    const QString code = withoutLeadingComments(statement);
    if (const auto match = alterColumn.match(code); match.hasMatch())
        return QStringLiteral("ALTER TABLE %1 ALTER COLUMN is libSQL-only (Turso); SQLite cannot run it: its ALTER "
                              "TABLE has no ALTER COLUMN")
            .arg(match.captured(1));
    if (vectorIndex.match(code).hasMatch())
        return QStringLiteral("libsql_vector_idx(…) is libSQL-only (Turso); SQLite cannot run it: it has no vector "
                              "indexes");
    return {};
}

QString LocalRunCheck::problems(const MigrationsFolder &folder, const QList<FolderMigration> &pending)
{
    const database::RunnableMigrations runnable = database::RunnableMigrations::fromFolder(folder);
    QList<database::RunnableMigration> chosen;
    for (const FolderMigration &m : pending)
        chosen << database::RunnableMigration{m.sqlFile, QString(), m.entry.when, m.hasSqlFile};
    return problems(runnable, chosen);
}

QString LocalRunCheck::problems(const database::RunnableMigrations &folder,
                                const QList<database::RunnableMigration> &pending)
{
    QStringList lines;
    for (const database::RunnableMigration &m : pending) {
        if (!m.hasSqlFile) {
            lines << QStringLiteral("journal entry %1 has no .sql file (%2): drizzle's migrator fails on it "
                                    "(ENOENT). Restore the file, or apply with d1 tracking as wrangler does (it never "
                                    "sees the entry)")
                         .arg(QFileInfo(m.sqlFile).completeBaseName(), m.sqlFile);
            continue;
        }
        QFile file(folder.filePath(m.sqlFile));
        if (!file.open(QIODevice::ReadOnly)) {
            lines << QStringLiteral("%1: cannot be read: %2").arg(m.sqlFile, file.errorString());
            continue;
        }
        const QStringList statements = database::SqlStatementSplitter::split(QString::fromUtf8(file.readAll()));
        for (qsizetype i = 0; i < statements.size(); ++i) {
            if (const QString why = libsqlOnly(statements[i]); !why.isEmpty())
                lines << QStringLiteral("%1 statement %2: %3 — apply it with drizzle-kit migrate against Turso")
                             .arg(m.sqlFile)
                             .arg(i + 1)
                             .arg(why);
        }
    }
    return lines.join(u'\n');
}

} // namespace tw::migrations
