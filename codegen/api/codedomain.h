// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codegen/api/tableapi.h"
#include "model/project/project.h"

#include <QList>
#include <QString>

namespace tw::codegen {

/// One folder under `lib/`: the tables whose diagram group is the same non-empty name, or one ungrouped table.
/// Its operations, procedures, types and tests are one file each, holding every table's code in model order.
struct CodeDomain
{
    QString folder;         ///< `catalog`, `product-tag`
    QString group;          ///< the diagram group's name; empty for an ungrouped table
    QList<TableApi> tables; ///< model order; each TableApi::domain equals folder

    /// The domains of @p project in the model order of their first table, and every table's TableApi (folders
    /// set) in @p allTables when given. Ungrouped tables keep the folders TableApi::tableFolder() gives them among
    /// the ungrouped; a group takes folderName() of its name, with `-2`, `-3`, ... when an ungrouped table or an
    /// earlier group already has that folder.
    static QList<CodeDomain> forProject(const model::Project &project, QList<TableApi> *allTables = nullptr);
    /// A group's name as a safe folder: accents dropped, camelCase split, lower case, every run of other
    /// characters one `-` (apostrophes and quotes vanish): `Bob's "Orders" & Lines` -> `bobs-orders-lines`.
    /// `group` when nothing is left; names Windows reserves (`con`, `nul`, `com1`, ...) get `-group`.
    static QString folderName(const QString &group);
};

} // namespace tw::codegen
