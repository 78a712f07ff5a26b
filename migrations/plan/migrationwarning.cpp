// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/plan/migrationwarning.h"

namespace tw::migrations {

QString migrationWarningKindName(MigrationWarning::Kind kind)
{
    switch (kind) {
    case MigrationWarning::Kind::DropTable:
        return QStringLiteral("drop table");
    case MigrationWarning::Kind::DropColumn:
        return QStringLiteral("drop column");
    case MigrationWarning::Kind::TypeChange:
        return QStringLiteral("type change");
    case MigrationWarning::Kind::NotNullAdded:
        return QStringLiteral("not null added");
    case MigrationWarning::Kind::NotNullColumnWithoutDefault:
        return QStringLiteral("not null column without default");
    case MigrationWarning::Kind::PrimaryKeyChange:
        return QStringLiteral("primary key change");
    case MigrationWarning::Kind::UniqueAdded:
        return QStringLiteral("unique added");
    case MigrationWarning::Kind::ForeignKeyAdded:
        return QStringLiteral("foreign key added");
    case MigrationWarning::Kind::GeneratedColumnChange:
        return QStringLiteral("generated column change");
    }
    return {};
}

} // namespace tw::migrations
