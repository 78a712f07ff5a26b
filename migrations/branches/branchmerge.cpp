// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/branches/branchmerge.h"

#include "migrations/branches/branchconflicts.h"
#include "migrations/branches/branchstatement.h"
#include "migrations/branches/operationreplay.h"
#include "migrations/branches/snapshotgraph.h"
#include "migrations/folder/v1migrationsfolder.h"

#include <algorithm>

namespace tw::migrations {

BranchMerge BranchMerge::of(const SnapshotGraph &graph, const SchemaDefinition &latest)
{
    BranchMerge merge;
    merge.leafIds = graph.leafIds();
    // localeCompare on lower-case UUIDs (hex digits and hyphens in the same places) is the code-unit order.
    std::sort(merge.leafIds.begin(), merge.leafIds.end(),
              [](const QString &a, const QString &b) { return QString::compare(a, b) < 0; });
    merge.forkId = graph.lowestCommonAncestor(merge.leafIds);
    const SnapshotGraph::Node *fork = graph.node(merge.forkId);
    const SchemaDefinition base = fork ? fork->ddl : SchemaDefinition{};
    QList<Operation> composed;
    for (const QString &leafId : std::as_const(merge.leafIds)) {
        for (const Operation &op : BranchStatement::dryDiff(base, graph.node(leafId)->ddl).operations) {
            if (!composed.contains(op))
                composed << op;
        }
    }
    merge.ddl = composed.isEmpty() ? latest : OperationReplay::replayed(base, composed);
    return merge;
}

model::Result<BranchMerge> BranchMerge::continuing(const V1MigrationsFolder &folder)
{
    const SchemaDefinition latest = folder.latestSnapshot() ? folder.latestSnapshot()->ddl : SchemaDefinition{};
    if (folder.leafIds().size() < 2)
        return BranchMerge{{}, folder.nextPrevIds(), latest};
    const auto graph = SnapshotGraph::read(folder);
    if (!graph)
        return model::Result<BranchMerge>::failure(QStringLiteral("%1: %2").arg(folder.path(), graph.error()));
    if (const QList<BranchConflict> conflicts = BranchConflicts::find(graph.value()); !conflicts.isEmpty()) {
        const QString count = conflicts.size() == 1 ? QStringLiteral("conflicting branches")
                                                    : QStringLiteral("%1 branch conflicts").arg(conflicts.size());
        return model::Result<BranchMerge>::failure(
            QStringLiteral("the next migration cannot continue the migrations folder %1, which has %2:\n%3")
                .arg(folder.path(), count, BranchConflicts::explanation(conflicts)));
    }
    return of(graph.value(), latest);
}

} // namespace tw::migrations
