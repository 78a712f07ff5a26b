// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/inspector/csvwriter.h"

#include <QIODevice>

namespace tw::database {

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{
}

QString CsvWriter::field(const QString &text)
{
    const bool needsQuotes = text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r');
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(u'"', QLatin1String("\"\""));
    return u'"' + quoted + u'"';
}

QString CsvWriter::valueText(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(value.toByteArray().toHex());
    return value.toString();
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &f : fields)
        escaped << field(f);
    const QByteArray line = (escaped.join(u',') + QLatin1String("\r\n")).toUtf8();
    if (m_ok && m_device->write(line) != line.size())
        m_ok = false;
    return m_ok;
}

bool CsvWriter::writeValues(const QVariantList &values)
{
    QStringList fields;
    fields.reserve(values.size());
    for (const QVariant &v : values)
        fields << valueText(v);
    return writeRow(fields);
}

} // namespace tw::database
