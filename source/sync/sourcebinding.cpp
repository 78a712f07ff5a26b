// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/sync/sourcebinding.h"

#include "model/io/schemajsonwriter.h"
#include "model/schema/naming.h"
#include "source/sync/sourcematch.h"

#include <QCryptographicHash>
#include <QDir>

namespace tw::source {
namespace {

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

/// SourceFile::digest (the raw SHA-256 of the bytes read) as hex; a file without one is hashed from its text.
QByteArray hexDigest(const SourceFile &file)
{
    return file.digest.isEmpty() ? sha256Hex(file.text.toUtf8()) : file.digest.toHex();
}

} // namespace

model::Schema SourceMatcher::withProjectIds(const SourceSchema &source, const model::Schema &project,
                                            const SourceBinding &binding)
{
    return SourceMatch::of(source, project, binding).withProjectIds(source.toSchema());
}

SourceBinding SourceMatcher::bindingFor(const model::Schema &schema, const SourceSchema &source,
                                        const QString &projectDir)
{
    SourceBinding binding;
    for (const model::Table &table : schema.tables) {
        const SourceTable *written = source.tableNamed(table.name);
        if (!written)
            continue;
        model::SourceState::TableNames names{written->table.name, {}};
        for (const model::Column &column : table.columns) {
            if (const model::Column *writtenColumn = written->table.columnNamed(column.name))
                names.columns.insert(column.id, writtenColumn->name);
        }
        binding.tables.insert(table.id, names);
    }
    for (const model::View &view : schema.views) {
        for (const SourceView &written : source.views) {
            if (model::naming::sqlNamesEqual(written.view.name, view.name))
                binding.views.insert(view.id, written.view.name);
        }
    }
    binding.fileDigests = fileDigests(source, projectDir);
    binding.schemaDigest = schemaDigest(schema);
    return binding;
}

QByteArray SourceMatcher::schemaDigest(const model::Schema &schema)
{
    return sha256Hex(model::SchemaJsonWriter::write(schema).toJson());
}

QMap<QString, QByteArray> SourceMatcher::fileDigests(const SourceSchema &source, const QString &projectDir)
{
    const QDir base(projectDir);
    QMap<QString, QByteArray> digests;
    for (const SourceFile &file : source.files)
        digests.insert(QDir::cleanPath(base.relativeFilePath(file.path)), hexDigest(file));
    return digests;
}

} // namespace tw::source
