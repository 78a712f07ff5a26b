// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/runner/rehearsalreport.h"

#include <QLocale>

#include <algorithm>

namespace tw::migrations {
namespace {

QString countOrDash(qint64 count)
{
    return count < 0 ? QStringLiteral("-") : formatCount(count);
}

/// Rows of cells as text columns: the first left-aligned, the others right-aligned, two spaces apart.
QString alignedTable(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths << 0;
            widths[c] = std::max(widths[c], row[c].size());
        }
    }
    QString out;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c > 0)
                line += QStringLiteral("  ");
            line += c == 0 ? row[c].leftJustified(widths[c]) : row[c].rightJustified(widths[c]);
        }
        out += QStringLiteral("  ") + line + u'\n';
    }
    return out;
}

} // namespace

QString formatCount(qint64 count)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return english.toString(count);
}

QString DestructiveStep::text() const
{
    return QStringLiteral("%1: %2 %3").arg(description, formatCount(count), unit);
}

qint64 RehearsalReport::violationCount() const
{
    qint64 total = 0;
    for (const TableRehearsal &t : tables)
        total += t.foreignKeyViolations;
    return total;
}

QString RehearsalReport::toText() const
{
    QString out = QStringLiteral("Rehearsal on a copy of %1 (the database itself is not touched)\n").arg(databasePath);
    if (pending.isEmpty())
        return out + QStringLiteral("No pending migrations.\n");
    out += QStringLiteral("Pending migrations:\n");
    for (const QString &file : pending)
        out += QStringLiteral("  %1\n").arg(file);
    if (!applyError.isEmpty()) {
        return out + QStringLiteral("The migrations fail on the copy, so applying them for real would fail the same "
                                    "way:\n%1\n")
                         .arg(applyError);
    }
    QList<QStringList> rows{{QStringLiteral("table"), QStringLiteral("rows before"), QStringLiteral("rows after"),
                             QStringLiteral("deleted"), QStringLiteral("set to NULL"), QStringLiteral("values dropped"),
                             QStringLiteral("FK violations")}};
    for (const TableRehearsal &t : tables) {
        const QString name = t.renamedTo.isEmpty() ? t.table : QStringLiteral("%1 -> %2").arg(t.table, t.renamedTo);
        rows << QStringList{name,
                            countOrDash(t.rowsBefore),
                            countOrDash(t.rowsAfter),
                            formatCount(t.rowsDeleted),
                            formatCount(t.valuesNulled),
                            formatCount(t.valuesDropped),
                            formatCount(t.foreignKeyViolations)};
    }
    out += QStringLiteral("Per table:\n") + alignedTable(rows);
    out += QStringLiteral("Integrity check afterwards: %1\n").arg(integrity);
    QStringList samples;
    for (const TableRehearsal &t : tables) {
        for (const QString &sample : t.samples)
            samples << QStringLiteral("  %1.%2\n").arg(t.renamedTo.isEmpty() ? t.table : t.renamedTo, sample);
    }
    if (!samples.isEmpty())
        out +=
            QStringLiteral("Values computed or converted (sample rows, before -> after):\n") + samples.join(QString());
    if (!destructive.isEmpty()) {
        out += QStringLiteral("Destructive steps:\n");
        for (const DestructiveStep &step : destructive)
            out += QStringLiteral("  %1\n").arg(step.text());
    }
    if (violationCount() > 0)
        out += QStringLiteral("The migrations leave %1 rows referencing missing rows: applying them for real fails "
                              "until those rows are fixed.\n")
                   .arg(formatCount(violationCount()));
    else if (integrity != QLatin1String("ok"))
        out +=
            QStringLiteral("The copy fails its integrity check afterwards: applying for real would be rolled back.\n");
    else
        out += destructive.isEmpty() ? QStringLiteral("No row or value is lost.\n")
                                     : QStringLiteral("Applying for real loses the data listed above.\n");
    return out;
}

} // namespace tw::migrations
