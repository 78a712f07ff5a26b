// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codegen/api/codelayout.h"
#include "codegen/api/tableapi.h"
#include "codegen/codegenerator.h"

#include <optional>

namespace tw::codegen {

/// `src/lib/<domain>/__tests__/operations.test.ts` in the guide's Vitest style: each test gets a fresh database
/// (`createTestDatabase()`, the migrations applied) in a mocked context, creates rows with valid sample values
/// (parents first) and checks create/get, the lists, update and delete. A table whose rows cannot be sampled (a
/// required plain blob, a cycle of required foreign keys) gets the tests that need no row: the lists are empty and
/// a missing key is reported by get, update and delete; a comment above its `describe` says why.
class TestsGenerator final : public CodeGenerator
{
public:
    QString id() const override { return QStringLiteral("tests"); }
    QString displayName() const override { return QStringLiteral("Vitest tests (operations.test.ts)"); }
    GeneratedFiles generate(const model::Project &project, const CodegenOptions &options) const override;

    /// The tests of the tables of one domain (@p apis) that can be sampled, one `describe` each; @p allApis are
    /// every table of the project (parents to create).
    static std::optional<QString> testsText(const QList<TableApi> &allApis, const QList<TableApi> &apis,
                                            const CodeLayout &layout, const QString &path, const QString &sourceName);
};

} // namespace tw::codegen
