// SPDX-License-Identifier: GPL-3.0-or-later
// Every committed fuzz input (the seed corpus and the minimised crashers of tests/fuzz/regressions/) through its
// target's check, without libFuzzer: what a fuzzer found once is tested in every build, with any compiler.
#include "tests/fuzz/fuzzcheck.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

namespace {

QStringList inputFiles(const QString &kind, const char *target)
{
    const QDir dir(QStringLiteral(TW_FUZZ_DIR "/%1/%2").arg(kind, QLatin1String(target)));
    QStringList files;
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden, QDir::Name))
        files << dir.filePath(name);
    return files;
}

QString brokenContract(const tw::fuzz::FuzzTarget &target, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1").arg(path);
    return target.check(file.readAll());
}

class FuzzInputs : public testing::TestWithParam<tw::fuzz::FuzzTarget>
{
};

TEST_P(FuzzInputs, SeedCorpusKeepsTheReadersContract)
{
    const QStringList files = inputFiles(QStringLiteral("corpus"), GetParam().name);
    ASSERT_FALSE(files.isEmpty()) << "no seed corpus in tests/fuzz/corpus/" << GetParam().name;
    for (const QString &path : files)
        EXPECT_EQ(brokenContract(GetParam(), path), QString()) << qPrintable(path);
}

TEST_P(FuzzInputs, FoundCrashersStayFixed)
{
    for (const QString &path : inputFiles(QStringLiteral("regressions"), GetParam().name))
        EXPECT_EQ(brokenContract(GetParam(), path), QString()) << qPrintable(path);
}

INSTANTIATE_TEST_SUITE_P(Readers, FuzzInputs,
                         testing::ValuesIn(tw::fuzz::fuzzTargets().begin(), tw::fuzz::fuzzTargets().end()),
                         [](const testing::TestParamInfo<tw::fuzz::FuzzTarget> &target) {
                             return std::string(target.param.name);
                         });

TEST(FuzzInputs, EveryInputFolderNamesATarget)
{
    for (const QString &kind : {QStringLiteral("corpus"), QStringLiteral("regressions")}) {
        const QDir dir(QStringLiteral(TW_FUZZ_DIR "/%1").arg(kind));
        for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            EXPECT_NE(tw::fuzz::findFuzzTarget(name), nullptr) << qPrintable(kind + u'/' + name);
    }
}

} // namespace
