// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace tw::database {

/// Lays rows out as aligned text columns under a dashed rule, as sqlite3's `.mode column` does: numbers right-aligned,
/// NULL shown as `NULL`, a blob as `<blob, N bytes>`, line breaks inside a value shown as `\n`.
class TextTable
{
public:
    static QString render(const QStringList &columns, const QList<QVariantList> &rows);
    static QString cellText(const QVariant &value);
};

} // namespace tw::database
