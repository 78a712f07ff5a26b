// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/schema/schemasourcereader.h"
#include "tests/support/testdata.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace tw::source;

namespace {

class SchemaPaths : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        for (const char *file :
             {"src/db/a.ts", "src/db/b.mts", "src/db/readme.md", "src/db/sub/c.ts", "src/db/sub/deeper/d.js",
              "src/other/schema.ts", "src/x/schema.ts", "src/db/node_modules/p/i.ts"}) {
            QDir().mkpath(QFileInfo(dir.filePath(QString::fromUtf8(file))).absolutePath());
            QFile f(dir.filePath(QString::fromUtf8(file)));
            ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        }
    }
    QStringList resolve(const QStringList &paths, QStringList *errors = nullptr)
    {
        QStringList relative;
        for (const QString &path : SchemaSourceReader::resolvePaths(paths, dir.path(), errors))
            relative << QDir(dir.path()).relativeFilePath(path);
        return relative;
    }
    QTemporaryDir dir;
};

TEST_F(SchemaPaths, AFileIsItself)
{
    EXPECT_EQ(resolve({"./src/db/a.ts"}), QStringList{"src/db/a.ts"});
}

TEST_F(SchemaPaths, AFolderIsItsOwnSchemaFilesSortedLikeDrizzleKitReadsThem)
{
    EXPECT_EQ(resolve({"src/db"}), (QStringList{"src/db/a.ts", "src/db/b.mts"}));
}

TEST_F(SchemaPaths, GlobsWithOneAndTwoStars)
{
    EXPECT_EQ(resolve({"src/*/schema.ts"}), (QStringList{"src/other/schema.ts", "src/x/schema.ts"}));
    EXPECT_EQ(resolve({"src/db/**/*.{ts,js}"}),
              (QStringList{"src/db/a.ts", "src/db/sub/c.ts", "src/db/sub/deeper/d.js"}));
}

TEST_F(SchemaPaths, ArraysKeepTheirOrderWithoutDuplicates)
{
    EXPECT_EQ(resolve({"src/x/schema.ts", "src/db", "src/db/a.ts"}),
              (QStringList{"src/x/schema.ts", "src/db/a.ts", "src/db/b.mts"}));
}

TEST_F(SchemaPaths, NothingFoundIsAnError)
{
    QStringList errors;
    EXPECT_TRUE(resolve({"src/nothing/*.ts"}, &errors).isEmpty());
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors[0].contains("src/nothing/*.ts"));
}

} // namespace
