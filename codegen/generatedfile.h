// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace tw::codegen {

/// One file a generator produces: a path relative to the output root and its exact bytes.
struct GeneratedFile
{
    QString path;
    QByteArray content;

    friend bool operator==(const GeneratedFile &, const GeneratedFile &) = default;
};

using GeneratedFiles = QList<GeneratedFile>;

} // namespace tw::codegen
