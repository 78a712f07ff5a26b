// SPDX-License-Identifier: GPL-3.0-or-later
// The designer's autosave killed with SIGKILL while it writes copy after copy (tw_autosave_driver: the Autosaver on its
// worker thread, as the window's interval runs it). After each kill the project file is untouched, the copy beside it
// is absent or a whole project holding one of the edits (at least the last one the driver reported written), and
// the next start finds it newer than the file, which is how the designer offers to recover it.
#include "app/autosaver.h"
#include "model/io/projectreader.h"
#include "tests/reliability/killharness.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using tw::test::KillHarness;

namespace {

constexpr int kKills = 24;

TEST(KillAutosaveTest, KilledAnywhereLeavesTheProjectUntouchedAndTheCopyWholeOrAbsent)
{
    const QTemporaryDir root;
    const QByteArray original = [] {
        QFile example(QStringLiteral(TW_EXAMPLES_DIR "/aperto.twproj"));
        return example.open(QIODevice::ReadOnly) ? example.readAll() : QByteArray();
    }();
    ASSERT_FALSE(original.isEmpty());
    static const QRegularExpression reported(QStringLiteral("autosaved (\\d+)\\n"));
    static const QRegularExpression editName(QStringLiteral("^edit_(\\d+)$"));
    static const QRegularExpression atomicTemporary(QStringLiteral("^aperto\\.twproj\\.autosave\\.[A-Za-z0-9]{6}$"));
    int withCopy = 0;
    int i = 0;
    for (const qint64 delay : KillHarness::delays(1000, kKills, 29)) {
        SCOPED_TRACE(QStringLiteral("killed after %1 ms").arg(delay).toStdString());
        const QString dir = root.filePath(QStringLiteral("run%1").arg(i++));
        tw::test::copyExample(dir);
        const QString project = QDir(dir).filePath(QStringLiteral("aperto.twproj"));
        QString output;
        ASSERT_TRUE(KillHarness::runProgramAndKill(QStringLiteral(TW_AUTOSAVE_DRIVER), dir, {project}, delay, &output))
            << "the driver ended by itself: " << output.toStdString();
        int lastReported = 0;
        for (auto match = reported.globalMatch(output); match.hasNext();)
            lastReported = match.next().captured(1).toInt();

        QFile file(project);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_EQ(file.readAll(), original) << "autosave never writes the project itself";
        for (const QString &name : QDir(dir).entryList(QDir::Files | QDir::Hidden)) {
            EXPECT_TRUE(name == QStringLiteral("aperto.twproj") || name == QStringLiteral("aperto.twproj.autosave") ||
                        atomicTemporary.match(name).hasMatch())
                << name.toStdString();
        }
        const QString copyPath = tw::app::Autosaver::autosavePathFor(project);
        if (!QFile::exists(copyPath)) {
            EXPECT_EQ(lastReported, 0) << "a copy reported written is gone";
            continue;
        }
        ++withCopy;
        const auto copy = tw::model::ProjectReader::readFile(copyPath);
        ASSERT_TRUE(copy.ok()) << copy.error().toStdString();
        const QRegularExpressionMatch edit = editName.match(copy.value().schema.tables.first().name);
        ASSERT_TRUE(edit.hasMatch()) << copy.value().schema.tables.first().name.toStdString();
        EXPECT_GE(edit.captured(1).toInt(), lastReported) << "the copy is older than one reported written";
        EXPECT_TRUE(tw::app::Autosaver::newerAutosaveTime(project).isValid()) << "the next start offers the copy";
    }
    EXPECT_GE(withCopy, kKills / 2) << "most kills must come after the first copy";
}

} // namespace
