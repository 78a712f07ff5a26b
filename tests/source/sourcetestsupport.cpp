// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/source/sourcetestsupport.h"

#include "source/schema/schemasourcereader.h"
#include "tests/support/testdata.h"

namespace tw::test {

QString spanText(const QString &text, const source::SourceSpan &span)
{
    if (!span.isValid() || span.end > text.size())
        return QStringLiteral("<invalid>");
    return text.mid(span.begin, span.length());
}

QString spanText(const source::SourceSchema &schema, int file, const source::SourceSpan &span)
{
    if (file < 0 || file >= schema.files.size())
        return QStringLiteral("<no file>");
    return spanText(schema.files[file].text, span);
}

QString diagnosticsText(const source::SourceSchema &schema)
{
    const QString root = dataPath(QStringLiteral("source")) + u'/';
    QStringList lines;
    for (const source::SourceDiagnostic &d : schema.diagnostics)
        lines << d.toString().replace(root, QString());
    return lines.join(u'\n');
}

const source::SourceColumn *sourceColumn(const source::SourceTable &table, const QString &key)
{
    for (const source::SourceColumn &column : table.columns) {
        if (column.key == key)
            return &column;
    }
    return nullptr;
}

source::SourceSchema readFixture(const QString &relative, source::Casing casing)
{
    return source::SchemaSourceReader::read({dataPath(QStringLiteral("source/") + relative)}, casing);
}

} // namespace tw::test
