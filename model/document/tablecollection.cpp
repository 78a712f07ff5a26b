// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/document/tablecollection.h"

namespace tw::model {

QString tableCollectionNoun(TableCollection collection)
{
    switch (collection) {
    case TableCollection::Columns:
        return QStringLiteral("column");
    case TableCollection::Indexes:
        return QStringLiteral("index");
    case TableCollection::ForeignKeys:
        return QStringLiteral("foreign key");
    case TableCollection::UniqueConstraints:
        return QStringLiteral("unique constraint");
    case TableCollection::CheckConstraints:
        return QStringLiteral("check constraint");
    }
    return {};
}

} // namespace tw::model
