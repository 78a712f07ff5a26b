// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project/project.h"

#include <QByteArray>
#include <QString>

namespace tw::test {

/// A project that sets every field the file format has, most of them to values other than their defaults.
model::Project richProject();
/// The smallest useful project: one table with one column, everything else at its default.
model::Project minimalProject();
/// The guide's schema (users, categories, products, tags, product_tags) as shipped in examples/aperto.twproj.
model::Project apertoProject();

/// Compares @p bytes with the file at @p path; with TW_UPDATE_GOLDEN=1 in the environment it rewrites the file
/// first, which is how the golden files and the example are (re)generated.
void expectMatchesGolden(const QString &path, const QByteArray &bytes);

} // namespace tw::test
