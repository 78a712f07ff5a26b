// SPDX-License-Identifier: GPL-3.0-or-later
// Generate and `diff` put the project database's real numbers on a destructive step's warning, as the designer's
// Pending Changes does: one function (DataLossCounter::forProject) for all three.
#include "model/io/projectreader.h"
#include "model/io/projectwriter.h"
#include "tests/cli/clirunner.h"
#include "tests/support/databases/exampledatabase.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using tw::test::ExampleDatabase;
using tw::test::runCli;

namespace {

/// The example project with `products.price` dropped; @p withDatabase names its local database in the settings.
void dropPrice(const ExampleDatabase &example, bool withDatabase)
{
    auto project = tw::model::ProjectReader::readFile(example.project());
    ASSERT_TRUE(project.ok()) << project.error().toStdString();
    tw::model::Table *products = nullptr;
    for (tw::model::Table &table : project.value().schema.tables)
        if (table.name == QLatin1String("products"))
            products = &table;
    ASSERT_NE(products, nullptr);
    const qsizetype before = products->columns.size();
    products->columns.removeIf([](const tw::model::Column &c) { return c.name == QLatin1String("price"); });
    ASSERT_EQ(products->columns.size(), before - 1);
    if (withDatabase)
        project.value().settings.database = QStringLiteral("local.sqlite");
    QString error;
    ASSERT_TRUE(tw::model::ProjectWriter::writeFile(project.value(), example.project(), &error)) << error.toStdString();
}

} // namespace

TEST(CountedWarnings, GenerateAndDiffCountTheRowsOnTheProjectsDatabase)
{
    ExampleDatabase example;
    dropPrice(example, true);
    const auto diff = runCli({QStringLiteral("diff"), example.migrations(), example.project()});
    EXPECT_EQ(diff.exitCode, 0) << diff.err.toStdString();
    EXPECT_TRUE(diff.err.contains(QStringLiteral("warning: drop column products.price: 4 non-null values")))
        << diff.err.toStdString();
    const auto generate = runCli({QStringLiteral("generate"), example.project()});
    EXPECT_EQ(generate.exitCode, 0) << generate.err.toStdString();
    EXPECT_TRUE(generate.err.contains(QStringLiteral("warning: drop column products.price: 4 non-null values")))
        << generate.err.toStdString();
}

TEST(CountedWarnings, WithoutADatabaseTheWarningNamesItsObject)
{
    ExampleDatabase example;
    dropPrice(example, false); // and no wrangler folder beside the project
    const auto generate = runCli({QStringLiteral("generate"), example.project()});
    EXPECT_EQ(generate.exitCode, 0) << generate.err.toStdString();
    EXPECT_TRUE(generate.err.contains(QStringLiteral("warning: products.price: "))) << generate.err.toStdString();
}
