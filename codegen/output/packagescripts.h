// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/core/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace tw::codegen {

/// The guide's package.json scripts (`db:tables`, `db:describe`, `db:count`, `predeploy`, `dev:setup`,
/// `dev:reset`, and the `dev:query` they call) added to a team's EXISTING package.json: an opt-in export kind
/// (`tablewright export --only package-scripts`). The file is edited as text, so everything else in it (key order,
/// indentation, line endings, the other scripts) stays byte for byte; a script of the same name that says something
/// else is never overwritten.
class PackageScripts
{
public:
    /// The export kind's id for `--only`.
    static constexpr const char *kId = "package-scripts";
    using Script = QPair<QString, QString>; ///< name, command

    /// The scripts for the D1 database @p binding (as the guide writes `DB`).
    static QList<Script> forBinding(const QString &binding);
    /// @p packageJson with @p scripts added to its `scripts` object (created after the last top-level key when
    /// missing); scripts already there with the same command are left alone. Fails naming the script when one of
    /// the same name has another command (`dev:query` excepted: the team's own query script is kept), and when the
    /// file is not a JSON object.
    static model::Result<QByteArray> merge(const QByteArray &packageJson, const QList<Script> &scripts);
};

} // namespace tw::codegen
