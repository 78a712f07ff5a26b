// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace tw::codegen {

/// One file a generator produces: a path relative to the output root and its exact bytes.
struct GeneratedFile
{
    enum class Policy {
        Rewrite,       ///< Tablewright's file: re-export updates it (unless a person edited it)
        OnlyIfMissing, ///< a starting point (trpc.ts, auth.ts): written where no such file exists, then left alone
    };

    QString path;
    QByteArray content;
    Policy policy = Policy::Rewrite;

    friend bool operator==(const GeneratedFile &, const GeneratedFile &) = default;
};

using GeneratedFiles = QList<GeneratedFile>;

} // namespace tw::codegen
