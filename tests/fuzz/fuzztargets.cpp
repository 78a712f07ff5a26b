// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/fuzz/fuzzcheck.h"

namespace tw::fuzz {

const QList<FuzzTarget> &fuzzTargets()
{
    static const QList<FuzzTarget> targets{
        {"project", checkProjectFile},
        {"snapshot_v6", checkSnapshotV6},
        {"snapshot_v7", checkSnapshotV7},
        {"journal", checkJournal},
        {"json", checkJsonText},
        {"drizzle_config", checkDrizzleConfig},
        {"typescript", checkTypeScript},
        {"schema_source", checkSchemaSource},
        {"sql_tokenizer", checkSqlTokenizer},
        {"ddl_parser", checkDdlParser},
        {"sql_splitter", checkSqlSplitter},
    };
    return targets;
}

const FuzzTarget *findFuzzTarget(const QString &name)
{
    for (const FuzzTarget &target : fuzzTargets()) {
        if (name == QLatin1String(target.name))
            return &target;
    }
    return nullptr;
}

} // namespace tw::fuzz
