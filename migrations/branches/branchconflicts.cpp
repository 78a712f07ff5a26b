// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/branches/branchconflicts.h"

#include "migrations/branches/snapshotgraph.h"
#include "migrations/folder/v1migrationsfolder.h"
#include "migrations/snapshot/snapshot.h"

#include <QHash>

#include <optional>

namespace tw::migrations {
namespace {

struct Meeting
{
    BranchStatement first;
    BranchStatement second;
};

/// The first statement of one side whose footprint the other side's conflict footprints name (the last such
/// statement of the other side, as rc.5's map keeps it); nullopt when none does.
std::optional<std::pair<BranchStatement, BranchStatement>> firstMeeting(const QList<BranchStatement> &side,
                                                                        const QList<BranchStatement> &other)
{
    QHash<QString, BranchStatement> conflicts;
    for (const BranchStatement &statement : other) {
        for (const QString &print : statement.conflictFootprints())
            conflicts.insert(print, statement);
    }
    for (const BranchStatement &statement : side) {
        for (const QString &print : statement.footprints()) {
            if (const auto it = conflicts.constFind(print); it != conflicts.cend())
                return std::pair{statement, it.value()};
        }
    }
    return std::nullopt;
}

/// rc.5's `findFootprintIntersections`, keeping each statement with the branch it comes from (rc.5 swaps them
/// when only the second branch's statements meet the first's).
std::optional<Meeting> meeting(const QList<BranchStatement> &first, const QList<BranchStatement> &second)
{
    if (const auto found = firstMeeting(first, second))
        return Meeting{found->first, found->second};
    if (const auto found = firstMeeting(second, first))
        return Meeting{found->second, found->first};
    return std::nullopt;
}

QString folderOf(const SnapshotGraph &graph, const QString &id)
{
    const SnapshotGraph::Node *node = graph.node(id);
    return node ? node->folder : QString();
}

} // namespace

QList<BranchConflict> BranchConflicts::find(const SnapshotGraph &graph)
{
    QList<BranchConflict> conflicts;
    for (const QString &forkId : graph.forkIds()) {
        const SnapshotGraph::Node *fork = graph.node(forkId);
        const SchemaDefinition base = fork ? fork->ddl : SchemaDefinition{};
        QHash<QString, QList<BranchStatement>> statementsOf;
        const auto statements = [&](const QString &leafId) -> const QList<BranchStatement> & {
            if (!statementsOf.contains(leafId))
                statementsOf.insert(leafId,
                                    BranchStatement::of(BranchStatement::dryDiff(base, graph.node(leafId)->ddl)));
            return statementsOf[leafId];
        };
        const QStringList children = graph.childIds(forkId);
        for (qsizetype i = 0; i < children.size(); ++i) {
            for (qsizetype j = i + 1; j < children.size(); ++j) {
                const QStringList groupA = graph.leavesUnder(children[i]);
                const QStringList groupB = graph.leavesUnder(children[j]);
                if (std::any_of(groupB.cbegin(), groupB.cend(), [&](const QString &id) { return groupA.contains(id); }))
                    continue; // the two were merged again below the fork
                for (const QString &a : groupA) {
                    for (const QString &b : groupB) {
                        const auto met = meeting(statements(a), statements(b));
                        if (!met)
                            continue;
                        conflicts << BranchConflict{fork ? forkId : Snapshot::originId(),
                                                    fork ? fork->folder : QString(),
                                                    {a, folderOf(graph, a), met->first},
                                                    {b, folderOf(graph, b), met->second}};
                    }
                }
            }
        }
    }
    return conflicts;
}

QList<BranchConflict> BranchConflicts::find(const V1MigrationsFolder &folder, QString *error)
{
    if (folder.leafIds().size() < 2)
        return {};
    const auto graph = SnapshotGraph::read(folder);
    if (!graph) {
        if (error)
            *error = graph.error();
        return {};
    }
    return find(graph.value());
}

QString BranchConflict::explanation() const
{
    const QString parent = parentFolder.isEmpty() ? QStringLiteral("an empty folder") : parentFolder;
    QString text = QStringLiteral("conflicting branches: %1 and %2 were both generated from %3 and change the same "
                                  "table: %1 does \"%4\", %2 does \"%5\".")
                       .arg(first.leafFolder, second.leafFolder, parent, first.statement.description(),
                            second.statement.description());
    const bool rebuilds = first.statement.action == QLatin1String("recreate_table") ||
                          second.statement.action == QLatin1String("recreate_table");
    text += rebuilds ? QStringLiteral(" Merging them is dangerous: a table rebuild copies only the columns its own "
                                      "branch knew, so a column the other branch added is dropped with its data "
                                      "(drizzle-kit 1.0's --ignore-conflicts then adds it again, empty).")
                     : QStringLiteral(" Merging them is dangerous: whichever runs second meets a table that is not "
                                      "the one it was generated for, and fails or loses data.");
    return text;
}

QString BranchConflicts::explanation(const QList<BranchConflict> &conflicts)
{
    QStringList paragraphs;
    for (const BranchConflict &conflict : conflicts)
        paragraphs << conflict.explanation();
    paragraphs << resolution();
    return paragraphs.join(u'\n');
}

namespace {

JsonValue branchJson(const BranchConflict::Branch &branch, const QString &out)
{
    JsonValue json = JsonValue::object();
    json.insert(QStringLiteral("leafId"), branch.leafId);
    json.insert(QStringLiteral("leafPath"), out + u'/' + branch.leafFolder);
    json.insert(QStringLiteral("statementDescription"), branch.statement.description());
    JsonValue target = JsonValue::object();
    target.insert(QStringLiteral("kind"), branch.statement.targetKind());
    const bool onTable = !branch.statement.member.isEmpty();
    target.insert(QStringLiteral("name"), onTable ? branch.statement.member : branch.statement.object);
    if (onTable)
        target.insert(QStringLiteral("table"), branch.statement.object);
    json.insert(QStringLiteral("target"), target);
    json.insert(QStringLiteral("action"), branch.statement.action);
    return json;
}

} // namespace

JsonValue BranchConflicts::toJson(const QList<BranchConflict> &conflicts, const QString &out)
{
    JsonValue details = JsonValue::array();
    for (const BranchConflict &conflict : conflicts) {
        JsonValue detail = JsonValue::object();
        detail.insert(QStringLiteral("parentId"), conflict.parentId);
        if (!conflict.parentFolder.isEmpty())
            detail.insert(QStringLiteral("parentPath"), out + u'/' + conflict.parentFolder);
        JsonValue branches = JsonValue::array();
        branches.append(branchJson(conflict.first, out));
        branches.append(branchJson(conflict.second, out));
        detail.insert(QStringLiteral("branches"), branches);
        details.append(detail);
    }
    JsonValue error = JsonValue::object();
    error.insert(QStringLiteral("code"), QStringLiteral("check_error"));
    error.insert(QStringLiteral("kind"), QStringLiteral("conflicts"));
    error.insert(QStringLiteral("conflicts"), int(conflicts.size()));
    error.insert(QStringLiteral("details"), details);
    return error;
}

QString BranchConflicts::resolution()
{
    return QStringLiteral("Resolve it in version control: keep one branch's migration, delete the other's folder, and "
                          "generate that branch's change again on top of the kept one.");
}

} // namespace tw::migrations
