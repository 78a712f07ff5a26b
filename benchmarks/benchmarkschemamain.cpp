// SPDX-License-Identifier: GPL-3.0-or-later
// tw_benchmark_schema N before|after: prints the schema.ts of the benchmark's generated schema, so that
// tools/bench/time-drizzle-kit.sh times drizzle-kit on exactly the input the C++ benchmark uses.
#include "benchmarks/generatedschema.h"
#include "codegen/schemats/schematsgenerator.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

int main(int argc, char *argv[])
{
    if (argc != 3 || (std::strcmp(argv[2], "before") != 0 && std::strcmp(argv[2], "after") != 0)) {
        std::fprintf(stderr, "usage: tw_benchmark_schema TABLES before|after\n");
        return 2;
    }
    const int tables = std::atoi(argv[1]);
    tw::model::Schema schema = tw::bench::generatedSchema(tables);
    if (std::strcmp(argv[2], "after") == 0)
        schema = tw::bench::changedSchema(schema);
    const QByteArray text = tw::codegen::SchemaTsGenerator::schemaText(schema, QStringLiteral("benchmark")).toUtf8();
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    return 0;
}
