// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

class QIODevice;

namespace tw::database {

/// Writes rows as RFC 4180 CSV in UTF-8: CRLF line ends; a field holding a comma, a double quote, CR or LF is
/// quoted with its quotes doubled; NULL is an empty field; a blob is written as hex digits.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device);

    bool writeRow(const QStringList &fields);
    bool writeValues(const QVariantList &values);
    /// False once a write failed (a full disk); the device's error string says why.
    bool ok() const { return m_ok; }

    static QString field(const QString &text);
    static QString valueText(const QVariant &value);

private:
    QIODevice *m_device;
    bool m_ok = true;
};

} // namespace tw::database
