// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/commands/commandtext.h"

#include "model/document/schemadocument.h"

namespace tw::model::commandtext {

QString objectName(const SchemaDocument &document, const Id &id)
{
    if (const Table *table = document.schema().table(id))
        return table->name;
    if (const View *view = document.schema().view(id))
        return view->name;
    return QStringLiteral("?");
}

QString named(const QString &noun, const QString &name)
{
    return name.isEmpty() ? noun : noun + QLatin1Char(' ') + name;
}

QString ownerSuffix(const SchemaDocument &document, const Id &ownerId, const QString &preposition)
{
    if (ownerId.isNull())
        return {};
    return QLatin1Char(' ') + preposition + QLatin1Char(' ') + objectName(document, ownerId);
}

QString describeEdit(EditAspect aspect, const QString &noun, const QString &before, const QString &after,
                     const QString &suffix)
{
    switch (aspect) {
    case EditAspect::Name:
        return QStringLiteral("Rename %1 to %2%3").arg(named(noun, before), after, suffix);
    case EditAspect::TsName:
        return QStringLiteral("Change TypeScript name of %1%2").arg(named(noun, after), suffix);
    case EditAspect::Comment:
        return QStringLiteral("Change comment of %1%2").arg(named(noun, after), suffix);
    case EditAspect::PrimaryKey:
        return QStringLiteral("Change primary key of %1%2").arg(named(noun, after), suffix);
    case EditAspect::Definition:
        return QStringLiteral("Change definition of %1%2").arg(named(noun, after), suffix);
    case EditAspect::Whole:
        break;
    }
    return QStringLiteral("Change %1%2").arg(named(noun, after), suffix);
}

} // namespace tw::model::commandtext
