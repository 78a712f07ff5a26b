// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/runner/trackedconversion.h"

#include "database/connection/databaseconnection.h"
#include "database/connection/projectdatabase.h"
#include "migrations/json/jsontext.h"
#include "model/io/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace tw::migrations {
namespace {

using model::Result;
using Pending = TrackedConversion::Pending;

QString markerPrefix(const QString &folderPath)
{
    return QStringLiteral(".%1-convert-").arg(QFileInfo(folderPath).fileName());
}

QJsonObject toJson(const Pending &pending)
{
    QJsonArray renames;
    for (const auto &rename : pending.changes.d1Renames)
        renames.append(QJsonArray{rename.first, rename.second});
    const auto times = [](const QList<TrackingChanges::DrizzleTime> &list) {
        QJsonArray array;
        for (const TrackingChanges::DrizzleTime &time : list)
            array.append(QJsonObject{{QStringLiteral("folder"), time.folder},
                                     {QStringLiteral("hash"), time.hash},
                                     {QStringLiteral("when"), QString::number(time.when)}});
        return array;
    };
    return {{QStringLiteral("folder"), pending.staged.folder},
            {QStringLiteral("staging"), pending.staged.staging},
            {QStringLiteral("aside"), pending.staged.aside},
            {QStringLiteral("database"), pending.databasePath},
            {QStringLiteral("d1Renames"), renames},
            {QStringLiteral("drizzleTimes"), times(pending.changes.drizzleTimes)},
            {QStringLiteral("drizzleNames"), times(pending.changes.drizzleNames)}};
}

// The string under @p key of the object @p json; empty when it is missing or not a string.
QString stringIn(const JsonValue &json, const QString &key)
{
    const JsonValue *value = json.isObject() ? json.find(key) : nullptr;
    return value && value->isString() ? value->toString() : QString();
}

// The elements of the array under @p key of the object @p json; none when it is missing or not an array.
const std::vector<JsonValue> &elementsIn(const JsonValue &json, const QString &key)
{
    static const std::vector<JsonValue> none;
    const JsonValue *value = json.isObject() ? json.find(key) : nullptr;
    return value && value->isArray() ? value->values() : none;
}

/// The local database the conversion changes: @p given, else the project's (ProjectDatabase) when it exists.
QString databaseFor(const QString &given, const QString &projectFile, const model::ProjectSettings &settings)
{
    if (!given.isEmpty())
        return given;
    const Result<QString> located = database::ProjectDatabase::locate(projectFile, settings);
    return located && QFileInfo::exists(located.value()) ? located.value() : QString();
}

/// Whether the conversion has rows to change in @p databasePath (an unreadable database is an error).
Result<int> rowsToChange(const QString &databasePath, const TrackingChanges &changes)
{
    if (databasePath.isEmpty() || changes.isEmpty())
        return 0;
    if (!QFileInfo::exists(databasePath))
        return Result<int>::failure(QStringLiteral("%1 does not exist").arg(QDir::toNativeSeparators(databasePath)));
    auto opened = database::DatabaseConnection::open(databasePath, database::DatabaseConnection::Mode::ReadOnly, 5000);
    if (!opened)
        return Result<int>::failure(opened.error());
    return D1TrackingRename::rowsToChange(*opened.value(), changes);
}

/// Steps 3 to 6 of run(), once the folder is staged; on failure everything is put back.
Result<D1TrackingRename::Outcome> swapAndRename(const Pending &pending, int keepBackups, const QDateTime &now)
{
    using OutcomeResult = Result<D1TrackingRename::Outcome>;
    const Result<QString> marker = pending.save();
    if (!marker) {
        LayoutConverter::discard(pending.staged);
        return OutcomeResult::failure(marker.error());
    }
    if (const Result<bool> swapped = LayoutConverter::swapIn(pending.staged); !swapped) {
        LayoutConverter::discard(pending.staged);
        QFile::remove(marker.value());
        return OutcomeResult::failure(swapped.error() + QStringLiteral(": nothing was changed"));
    }
    D1TrackingRename::Outcome tracking;
    if (!pending.databasePath.isEmpty()) {
        const OutcomeResult renamed = D1TrackingRename::apply(pending.databasePath, pending.changes, keepBackups, now);
        if (!renamed) {
            const Result<bool> back = LayoutConverter::swapBack(pending.staged);
            if (!back)
                return OutcomeResult::failure(renamed.error() + QStringLiteral("; and ") + back.error() +
                                              QStringLiteral(" (the next convert finishes or undoes it)"));
            QFile::remove(marker.value());
            return OutcomeResult::failure(renamed.error() + QStringLiteral("; the folder was put back as it was"));
        }
        tracking = renamed.value();
    }
    const Result<bool> finished = LayoutConverter::finish(pending.staged);
    QFile::remove(marker.value());
    if (!finished)
        return OutcomeResult::failure(finished.error());
    return tracking;
}

} // namespace

Result<QString> Pending::save() const
{
    const QFileInfo folder(staged.folder);
    const QString path = folder.absolutePath() + u'/' + markerPrefix(staged.folder) +
                         QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".pending");
    QString error;
    if (!model::AtomicFile::write(path, QJsonDocument(toJson(*this)).toJson(), &error))
        return Result<QString>::failure(error);
    return path;
}

Result<Pending> Pending::load(const QString &markerPath)
{
    QFile file(markerPath);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Pending>::failure(QStringLiteral("%1: cannot read it").arg(markerPath));
    const Result<JsonValue> parsed = JsonText::parse(file.readAll());
    const JsonValue json = parsed.ok() ? parsed.value() : JsonValue();
    Pending pending;
    pending.staged = {stringIn(json, QStringLiteral("folder")), stringIn(json, QStringLiteral("staging")),
                      stringIn(json, QStringLiteral("aside"))};
    pending.databasePath = stringIn(json, QStringLiteral("database"));
    for (const JsonValue &rename : elementsIn(json, QStringLiteral("d1Renames"))) {
        const std::vector<JsonValue> &pair = rename.values();
        if (rename.isArray() && pair.size() == 2)
            pending.changes.d1Renames.append({pair[0].toString(), pair[1].toString()});
    }
    const auto times = [&json](const QString &key) {
        QList<TrackingChanges::DrizzleTime> list;
        for (const JsonValue &time : elementsIn(json, key)) {
            list << TrackingChanges::DrizzleTime{stringIn(time, QStringLiteral("folder")),
                                                 stringIn(time, QStringLiteral("hash")),
                                                 stringIn(time, QStringLiteral("when")).toLongLong()};
        }
        return list;
    };
    pending.changes.drizzleTimes = times(QStringLiteral("drizzleTimes"));
    pending.changes.drizzleNames = times(QStringLiteral("drizzleNames"));
    if (pending.staged.folder.isEmpty() || pending.staged.aside.isEmpty() || pending.staged.staging.isEmpty())
        return Result<Pending>::failure(QStringLiteral("%1: not a conversion marker").arg(markerPath));
    return pending;
}

QStringList Pending::markers(const QString &folderPath)
{
    const QFileInfo folder(folderPath);
    QStringList paths;
    const QDir parent(folder.absolutePath());
    for (const QString &name : parent.entryList({markerPrefix(folderPath) + QStringLiteral("*.pending")},
                                                QDir::Files | QDir::Hidden, QDir::Name))
        paths << parent.filePath(name);
    return paths;
}

Result<TrackedConversion::Outcome> TrackedConversion::run(const ProjectConversion::Plan &plan,
                                                          const model::Project &project, const QString &projectFile,
                                                          const QString &databasePath, const QDateTime &now)
{
    Outcome outcome;
    if (plan.folder) {
        Pending pending;
        pending.changes = TrackingChanges::forConversion(*plan.folder);
        const QString database = databaseFor(databasePath, projectFile, project.settings);
        const Result<int> rows = rowsToChange(database, pending.changes);
        if (!rows)
            return Result<Outcome>::failure(rows.error() + QStringLiteral(": nothing was changed"));
        if (rows.value() > 0) {
            if (const Result<bool> rehearsed = D1TrackingRename::rehearse(database, pending.changes); !rehearsed)
                return Result<Outcome>::failure(rehearsed.error() + QStringLiteral(": nothing was changed"));
            pending.databasePath = database;
        }
        const Result<LayoutConverter::Staged> staged = LayoutConverter::stage(*plan.folder);
        if (!staged)
            return Result<Outcome>::failure(staged.error() + QStringLiteral(": nothing was changed"));
        pending.staged = staged.value();
        const Result<D1TrackingRename::Outcome> tracking = swapAndRename(pending, project.settings.backupsToKeep, now);
        if (!tracking)
            return Result<Outcome>::failure(tracking.error());
        outcome.tracking = tracking.value();
        outcome.tracking.databasePath = database;
    }
    outcome.project = ProjectConversion::projectAfter(plan, project);
    outcome.report = outcome.project.report;
    if (plan.folder)
        outcome.report += D1TrackingRename::describe(outcome.tracking);
    return outcome;
}

Result<QString> TrackedConversion::recover(const QString &folderPath)
{
    QString report;
    for (const QString &marker : Pending::markers(folderPath)) {
        const Result<Pending> pending = Pending::load(marker);
        if (!pending)
            return Result<QString>::failure(pending.error());
        const LayoutConverter::Staged &staged = pending.value().staged;
        const bool swapped = QFileInfo::exists(staged.aside);
        if (swapped && !QFileInfo::exists(staged.folder)) {
            // Died between the two renames of the swap: the original goes back.
            if (!QDir().rename(staged.aside, staged.folder))
                return Result<QString>::failure(
                    QStringLiteral("cannot move %1 back to %2")
                        .arg(QDir::toNativeSeparators(staged.aside), QDir::toNativeSeparators(staged.folder)));
            LayoutConverter::discard(staged);
            report += QStringLiteral("An interrupted conversion of %1 was undone: the folder is as it was before.\n")
                          .arg(QDir::toNativeSeparators(staged.folder));
        } else if (swapped) {
            // Died after the swap: the rows are changed now (idempotent), then the original removed.
            if (!pending.value().databasePath.isEmpty()) {
                const auto renamed =
                    D1TrackingRename::apply(pending.value().databasePath, pending.value().changes,
                                            model::ProjectSettings{}.backupsToKeep, QDateTime::currentDateTimeUtc());
                if (!renamed)
                    return Result<QString>::failure(
                        QStringLiteral("an interrupted conversion of %1 cannot be finished: %2 (marker %3)")
                            .arg(QDir::toNativeSeparators(staged.folder), renamed.error(), marker));
            }
            if (const Result<bool> finished = LayoutConverter::finish(staged); !finished)
                return Result<QString>::failure(finished.error());
            report += QStringLiteral("An interrupted conversion of %1 was finished: the folder was converted, and "
                                     "now the tracking rows of %2 are too.\n")
                          .arg(QDir::toNativeSeparators(staged.folder),
                               pending.value().databasePath.isEmpty()
                                   ? QStringLiteral("no database")
                                   : QDir::toNativeSeparators(pending.value().databasePath));
        } else {
            // Died before the swap: only the staged copy to remove.
            LayoutConverter::discard(staged);
            report += QStringLiteral("An interrupted conversion of %1 had not started: its temporary copy was "
                                     "removed.\n")
                          .arg(QDir::toNativeSeparators(staged.folder));
        }
        QFile::remove(marker);
    }
    // Died while the converted copy was being built, before the marker (step 3): the folder was never touched
    // and the copy is incomplete. (A conversion running beside this one would fail at its swap, losing nothing.)
    const QFileInfo folder(folderPath);
    const QDir parent(folder.absolutePath());
    const QStringList copies = parent.entryList(
        {QStringLiteral(".%1-v1-*").arg(folder.fileName()), QStringLiteral(".%1-classic-*").arg(folder.fileName())},
        QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &copy : copies) {
        if (!QDir(parent.filePath(copy)).removeRecursively())
            return Result<QString>::failure(QStringLiteral("cannot remove %1, the copy an interrupted conversion "
                                                           "left unfinished")
                                                .arg(QDir::toNativeSeparators(parent.filePath(copy))));
        report += QStringLiteral("An interrupted conversion of %1 had not started: its unfinished copy %2 was "
                                 "removed.\n")
                      .arg(QDir::toNativeSeparators(folderPath), copy);
    }
    return report;
}

} // namespace tw::migrations
