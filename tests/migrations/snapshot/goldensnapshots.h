// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/snapshot/snapshot.h"

#include <QByteArray>
#include <QStringList>

namespace tw::test {

/// The case folders under tests/data/drizzle/snapshots that hold a snapshot.json made by drizzle-kit.
QStringList goldenSnapshotCases();
/// The bytes of tests/data/drizzle/snapshots/<name>/snapshot.json.
QByteArray goldenSnapshot(const QString &name);

/// Schemas built by hand to match a case's schema.ts (export names as tsName), with the golden's id and prevId.
migrations::Snapshot handBuiltGuideExample();
migrations::Snapshot handBuiltConstraints();
migrations::Snapshot handBuiltIndexes();
migrations::Snapshot handBuiltDefaults();

} // namespace tw::test
