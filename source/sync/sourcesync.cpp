// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/sync/sourcesync.h"

#include <QSet>

namespace tw::source {
namespace {

QStringList changedFiles(const QMap<QString, QByteArray> &before, const QMap<QString, QByteArray> &now)
{
    QSet<QString> paths;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        paths.insert(it.key());
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        paths.insert(it.key());
    QStringList changed;
    for (const QString &path : paths) {
        if (before.value(path) != now.value(path))
            changed << path;
    }
    changed.sort();
    return changed;
}

} // namespace

SourceSyncStatus SourceSync::status(const model::Schema &projectSchema, const SourceBinding &binding,
                                    const SourceSchema &source, const QString &projectDir)
{
    SourceSyncStatus status;
    status.changedFiles = changedFiles(binding.fileDigests, SourceMatcher::fileDigests(source, projectDir));
    const bool sourceChanged = !status.changedFiles.isEmpty();
    const bool projectChanged = SourceMatcher::schemaDigest(projectSchema) != binding.schemaDigest;
    using State = SourceSyncStatus::State;
    if (sourceChanged) {
        status.state = projectChanged ? State::Both : State::SourceChanged;
        status.sourceSchema = SourceMatcher::withProjectIds(source, projectSchema, binding);
    } else {
        status.state = projectChanged ? State::ProjectChanged : State::InSync;
    }
    return status;
}

} // namespace tw::source
