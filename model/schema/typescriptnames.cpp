// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/schema/typescriptnames.h"

#include "model/schema/naming.h"
#include "model/schema/schema.h"
#include "model/schema/uniquenames.h"

#include <QSet>

namespace tw::model {
namespace {

/// @p candidate, or `candidate2`, `candidate3`... whichever @p taken does not hold yet; records it.
QString unique(const QString &candidate, QSet<QString> &taken)
{
    const QString name = uniquenames::firstFreeName(
        candidate, [&taken](const QString &candidateName) { return taken.contains(candidateName); }, {});
    taken.insert(name);
    return name;
}

template<typename T>
void fixName(T &object, QSet<QString> &taken, bool exported)
{
    const QString current = object.effectiveTsName();
    const bool usable =
        naming::isTypeScriptIdentifier(current) && !(exported && naming::isTypeScriptReservedWord(current));
    if (usable && !taken.contains(current)) {
        taken.insert(current);
        return;
    }
    object.tsName = unique(naming::typeScriptIdentifierFrom(object.name), taken);
}

} // namespace

void assignTypeScriptNames(Schema &schema)
{
    QSet<QString> exports; // tables and views share the module's export names
    for (Table &table : schema.tables) {
        fixName(table, exports, true);
        QSet<QString> properties;
        for (Column &column : table.columns)
            fixName(column, properties, false);
    }
    for (View &view : schema.views)
        fixName(view, exports, true);
}

} // namespace tw::model
