// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/verify/verifyreport.h"

namespace tw::migrations {

QString VerifyFinding::text() const
{
    if (kind == Kind::SqlFailed)
        return QStringLiteral("%1: a statement fails on the schema the migrations before it leave: %2\n  %3\n")
            .arg(migration, error, statement.trimmed());
    QString out = QStringLiteral("%1: its SQL does not produce the schema %2 records (expected: the snapshot; "
                                 "database: what the SQL made):\n")
                      .arg(migration, snapshot);
    for (const database::DriftEntry &entry : differences)
        out += QStringLiteral("  ") + entry.text() + u'\n';
    return out;
}

QString VerifyReport::text() const
{
    QString out;
    for (const VerifyFinding &finding : findings)
        out += finding.text();
    for (const QString &note : notes)
        out += QStringLiteral("note: ") + note + u'\n';
    const QString migrations =
        checked == 1 ? QStringLiteral("1 migration") : QStringLiteral("%1 migrations").arg(checked);
    if (isClean() && checked == 0)
        return out + QStringLiteral("Nothing to verify: no migration has both its SQL and a readable snapshot\n");
    if (isClean())
        return out + QStringLiteral("%1 verified: each one's SQL produces its snapshot's schema\n").arg(migrations);
    const QString problems =
        findings.size() == 1 ? QStringLiteral("1 problem") : QStringLiteral("%1 problems").arg(findings.size());
    return out + QStringLiteral("%1 verified: %2\n").arg(migrations, problems);
}

model::Findings VerifyReport::asProblems() const
{
    model::Findings problems;
    for (const VerifyFinding &finding : findings) {
        model::Finding problem;
        const bool failed = finding.kind == VerifyFinding::Kind::SqlFailed;
        problem.severity = failed ? model::Finding::Severity::Error : model::Finding::Severity::Warning;
        problem.rule = failed ? QStringLiteral("migration-sql-fails") : QStringLiteral("migration-drift");
        problem.location.text = QStringLiteral("migration %1").arg(finding.migration);
        // The header line names the migration again; the panel's Where column already does.
        const QStringList lines = finding.text().trimmed().split(u'\n');
        QStringList details;
        for (qsizetype i = 1; i < lines.size(); ++i)
            details << lines[i].trimmed();
        problem.message =
            failed ? QStringLiteral("a statement fails: %1 (%2)").arg(finding.error, finding.statement.simplified())
                   : QStringLiteral("its SQL does not produce its snapshot's schema: %1")
                         .arg(details.join(QStringLiteral("; ")));
        problems << problem;
    }
    return problems;
}

} // namespace tw::migrations
