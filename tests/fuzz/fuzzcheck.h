// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace tw::fuzz {

/// The contract of one reader of outside input, as a function of the bytes it is given: the reader must return
/// (no crash, no hang), either a clear error (a non-empty message) or a value, and where a writer exists, the value
/// written and read again must be the same value. Returns an empty string when the contract holds, otherwise what
/// broke. The libFuzzer targets (fuzzmain.cpp) and the replay of the committed inputs in every build
/// (fuzzregression_test.cpp) call the same function, so a crasher found once stays a test everywhere.
using FuzzCheck = QString (*)(const QByteArray &bytes);

/// One fuzz target: its name is the folder of its inputs under tests/fuzz/corpus/ and tests/fuzz/regressions/.
struct FuzzTarget
{
    const char *name;
    FuzzCheck check;
};

/// Every fuzz target, one per reader of outside input.
const QList<FuzzTarget> &fuzzTargets();

/// The target called @p name, or nullptr.
const FuzzTarget *findFuzzTarget(const QString &name);

// The checks, by reader (jsonchecks.cpp, sourcechecks.cpp, sqlchecks.cpp).
QString checkProjectFile(const QByteArray &bytes);
QString checkSnapshotV6(const QByteArray &bytes);
QString checkSnapshotV7(const QByteArray &bytes);
QString checkJournal(const QByteArray &bytes);
QString checkJsonText(const QByteArray &bytes);
QString checkDrizzleConfig(const QByteArray &bytes);
QString checkTypeScript(const QByteArray &bytes);
QString checkSchemaSource(const QByteArray &bytes);
QString checkSqlTokenizer(const QByteArray &bytes);
QString checkDdlParser(const QByteArray &bytes);
QString checkSqlSplitter(const QByteArray &bytes);

} // namespace tw::fuzz
