// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/diff/diffoptions.h"

namespace tw::migrations {
namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool RenameMap::addSpec(const QString &spec, QString *error)
{
    const qsizetype colon = spec.indexOf(u':');
    const qsizetype equals = spec.indexOf(u'=', colon + 1);
    if (colon < 0 || equals < 0)
        return fail(error, QStringLiteral("expected KIND:OLD=NEW, got \"%1\"").arg(spec));
    const QString kind = spec.left(colon);
    const QString from = spec.mid(colon + 1, equals - colon - 1);
    const QString to = spec.mid(equals + 1);
    if (from.isEmpty() || to.isEmpty())
        return fail(error, QStringLiteral("empty name in \"%1\"").arg(spec));
    if (kind == QLatin1String("table")) {
        addTable(from, to);
    } else if (kind == QLatin1String("view")) {
        addView(from, to);
    } else if (kind == QLatin1String("column")) {
        // TABLE.OLD: a table name may itself hold dots, the column part is after the last one.
        const qsizetype dot = from.lastIndexOf(u'.');
        if (dot <= 0 || dot == from.size() - 1)
            return fail(error, QStringLiteral("expected column:TABLE.OLD=NEW, got \"%1\"").arg(spec));
        addColumn(from.left(dot), from.mid(dot + 1), to);
    } else {
        return fail(error, QStringLiteral("unknown rename kind \"%1\" (table, column or view)").arg(kind));
    }
    return true;
}

model::Result<RenameMap> RenameMap::fromSpecs(const QString &text)
{
    RenameMap map;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QString error;
        if (!map.addSpec(line, &error))
            return model::Result<RenameMap>::failure(QStringLiteral("line %1: %2").arg(i + 1).arg(error));
    }
    return map;
}

} // namespace tw::migrations
