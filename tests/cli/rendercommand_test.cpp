// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/cli/clirunner.h"
#include "tests/support/printers.h"

#include <QFile>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using tw::test::runBinary;

// `tablewright render` is the one subcommand that draws with widgets; like the others it must run without a
// display (runBinary clears DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM).

namespace {

const QString kExample = QStringLiteral(TW_EXAMPLES_DIR "/aperto.twproj");

TEST(RenderCommand, DrawsTheExampleToAPngWithoutADisplay)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("diagram.png"));
    const auto run = runBinary({QStringLiteral("render"), kExample, QStringLiteral("-o"), png});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, png + QStringLiteral(": drew 5 tables\n"));
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_GT(image.width(), 400);
    EXPECT_GT(image.height(), 300);
    // A blank canvas has one or two colours; cards, headers, text and lines have many.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    EXPECT_GT(colours.size(), 16);
}

TEST(RenderCommand, DrawsAnSvgWithTheTableNames)
{
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("diagram.svg"));
    const auto run = runBinary({QStringLiteral("render"), kExample, QStringLiteral("-o"), svg});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    EXPECT_TRUE(text.contains("<svg"));
    EXPECT_TRUE(text.contains("product_tags"));
}

TEST(RenderCommand, MissingOutputOrWrongExtensionIsAUsageError)
{
    const auto noOutput = runBinary({QStringLiteral("render"), kExample});
    EXPECT_EQ(noOutput.exitCode, 2);
    EXPECT_TRUE(noOutput.err.contains(QStringLiteral("missing -o FILE"))) << noOutput.err.toStdString();
    const auto jpeg = runBinary({QStringLiteral("render"), kExample, QStringLiteral("-o"), QStringLiteral("x.jpg")});
    EXPECT_EQ(jpeg.exitCode, 2);
    EXPECT_TRUE(jpeg.err.contains(QStringLiteral(".png, .svg or .pdf"))) << jpeg.err.toStdString();
}

TEST(RenderCommand, UnreadableProjectOrUnwritableImageExitsOneNamingTheFile)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.twproj"));
    const auto unreadable =
        runBinary({QStringLiteral("render"), missing, QStringLiteral("-o"), dir.filePath(QStringLiteral("x.png"))});
    EXPECT_EQ(unreadable.exitCode, 1);
    EXPECT_TRUE(unreadable.err.contains(missing)) << unreadable.err.toStdString();

    const QString nowhere = dir.filePath(QStringLiteral("no/such/folder/x.png"));
    const auto unwritable = runBinary({QStringLiteral("render"), kExample, QStringLiteral("-o"), nowhere});
    EXPECT_EQ(unwritable.exitCode, 1);
    EXPECT_TRUE(unwritable.err.contains(nowhere)) << unwritable.err.toStdString();
    EXPECT_FALSE(QFile::exists(nowhere));
}

} // namespace
