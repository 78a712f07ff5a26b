// SPDX-License-Identifier: GPL-3.0-or-later
// The readers of JSON files other tools or people wrote: the project file, drizzle snapshots (v6 and v7), the
// journal, and the JSON value reader under them. Each has a writer, so each checks write(read(x)) reads back equal.
#include "migrations/folder/journal.h"
#include "migrations/json/jsontext.h"
#include "migrations/json/jsonview.h"
#include "migrations/snapshot/snapshotreader.h"
#include "migrations/snapshot/snapshotv7.h"
#include "migrations/snapshot/snapshotwriter.h"
#include "model/io/projectreader.h"
#include "model/io/projectwriter.h"
#include "tests/fuzz/fuzzcheck.h"
#include "tests/fuzz/fuzzcontract.h"

namespace tw::fuzz {

QString checkProjectFile(const QByteArray &bytes)
{
    const auto project = model::ProjectReader::read(bytes);
    if (!project.ok())
        return unclearError(project, "ProjectReader");
    const QByteArray written = model::ProjectWriter::write(project.value());
    if (QString broken = roundTripBroken(model::ProjectReader::read(written), project.value(), "ProjectReader");
        !broken.isEmpty())
        return broken;
    if (model::ProjectWriter::write(model::ProjectReader::read(written).value()) != written)
        return QStringLiteral("ProjectWriter writes a project read back from its own output differently");
    return {};
}

QString checkSnapshotV6(const QByteArray &bytes)
{
    using migrations::SnapshotWriter;
    const auto snapshot = migrations::SnapshotReader::read(bytes);
    if (!snapshot.ok())
        return unclearError(snapshot, "SnapshotReader");
    const auto written = SnapshotWriter::write(snapshot.value(), SnapshotWriter::TableOrder::AsInSchema);
    if (!written.ok())
        return unclearError(written, "SnapshotWriter");
    return roundTripBroken(migrations::SnapshotReader::read(written.value()), snapshot.value(), "SnapshotReader");
}

QString checkSnapshotV7(const QByteArray &bytes)
{
    const auto snapshot = migrations::SnapshotV7Reader::read(bytes);
    if (!snapshot.ok())
        return unclearError(snapshot, "SnapshotV7Reader");
    const QByteArray written = migrations::SnapshotV7Writer::write(snapshot.value());
    return roundTripBroken(migrations::SnapshotV7Reader::read(written), snapshot.value(), "SnapshotV7Reader");
}

QString checkJournal(const QByteArray &bytes)
{
    const auto journal = migrations::Journal::parse(bytes);
    if (!journal.ok())
        return unclearError(journal, "Journal::parse");
    return roundTripBroken(migrations::Journal::parse(journal.value().toJson()), journal.value(), "Journal::parse");
}

QString checkJsonText(const QByteArray &bytes)
{
    using migrations::JsonText;
    const auto value = JsonText::parse(bytes);
    // The snapshot readers' JsonDocument looks into simdjson's document where JsonText builds a value: both must
    // read every text alike (JSON.parse's repeated keys, array-index keys, big integers, nesting, errors).
    const auto document = migrations::JsonDocument::parse(bytes);
    if (document.ok() != value.ok() || document.error() != value.error() ||
        (value.ok() && document.value().root().toValue() != value.value()))
        return QStringLiteral("JsonDocument::parse reads differently from JsonText::parse");
    if (!value.ok())
        return unclearError(value, "JsonText::parse");
    const QByteArray written = JsonText::stringify(value.value());
    if (QString broken = roundTripBroken(JsonText::parse(written), value.value(), "JsonText::parse"); !broken.isEmpty())
        return broken;
    if (JsonText::stringify(JsonText::parse(written).value()) != written)
        return QStringLiteral("JsonText::stringify is not stable over its own output");
    return {};
}

} // namespace tw::fuzz
