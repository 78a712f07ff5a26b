// SPDX-License-Identifier: GPL-3.0-or-later
// SlicedTextReplacer: the editor ends up showing exactly the text it was given, whatever the old and new texts share,
// a big change goes in a slice per turn of the event loop, and a small one at once.
#include "views/common/slicedtextreplacer.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QTextBlock>

using tw::views::SlicedTextReplacer;

namespace {

constexpr int kSlice = SlicedTextReplacer::kSliceLines;

QString numberedLines(int count, const QString &tag = {})
{
    QStringList lines;
    for (int i = 0; i < count; ++i)
        lines << QStringLiteral("line %1%2;").arg(i).arg(tag);
    return lines.join(QLatin1Char('\n'));
}

/// Runs the event loop until the replacer is done; the number of turns it took.
int finish(SlicedTextReplacer &replacer)
{
    int turns = 0;
    while (!replacer.isDone() && turns < 10'000) {
        QCoreApplication::processEvents();
        ++turns;
    }
    return turns;
}

class SlicedTextReplacerTest : public ::testing::Test
{
protected:
    void expectBecomes(const QString &from, const QString &to)
    {
        replacer.setText(from);
        finish(replacer);
        ASSERT_EQ(editor.toPlainText(), from);
        replacer.setText(to);
        finish(replacer);
        EXPECT_EQ(editor.toPlainText(), to) << "from\n" << from.toStdString() << "\nto\n" << to.toStdString();
        EXPECT_EQ(editor.document()->blockCount(), to.count(QLatin1Char('\n')) + 1);
    }

    QPlainTextEdit editor;
    SlicedTextReplacer replacer{&editor};
};

} // namespace

TEST_F(SlicedTextReplacerTest, ShowsExactlyTheNewTextWhateverBothShare)
{
    const QStringList texts{QString(),
                            QStringLiteral("a"),
                            QStringLiteral("a\nb"),
                            QStringLiteral("a\nb\nc"),
                            QStringLiteral("a\nc"),
                            QStringLiteral("a\nX\nc\nd"),
                            QStringLiteral("a\nb\nc\nd"),
                            QStringLiteral("\n"),
                            QStringLiteral("\n\na"),
                            QStringLiteral("b\n"),
                            QStringLiteral("x\ny\nz"),
                            QStringLiteral("x\nz")};
    for (const QString &from : texts) {
        for (const QString &to : texts)
            expectBecomes(from, to);
    }
}

TEST_F(SlicedTextReplacerTest, RandomEditsOfABigTextEndAtTheNewText)
{
    QRandomGenerator random(18);
    QStringList lines = numberedLines(3 * kSlice).split(QLatin1Char('\n'));
    replacer.setText(lines.join(QLatin1Char('\n')));
    finish(replacer);
    for (int round = 0; round < 40; ++round) {
        // Replace, insert or remove a run of lines anywhere, of up to twice a slice.
        const int at = random.bounded(int(lines.size()) + 1);
        const int removed = std::min(int(lines.size()) - at, random.bounded(2 * kSlice));
        lines.remove(at, removed);
        const int inserted = random.bounded(2 * kSlice);
        for (int i = 0; i < inserted; ++i)
            lines.insert(at, QStringLiteral("new %1.%2").arg(round).arg(i));
        const QString text = lines.join(QLatin1Char('\n'));
        replacer.setText(text);
        finish(replacer);
        ASSERT_EQ(editor.toPlainText(), text) << "round " << round;
    }
}

TEST_F(SlicedTextReplacerTest, ABigTextGoesInASliceAtATimeAndASmallChangeAtOnce)
{
    const QString big = numberedLines(10 * kSlice);
    replacer.setText(big);
    EXPECT_FALSE(replacer.isDone());
    EXPECT_LE(editor.document()->blockCount(), kSlice); // the first slice only
    EXPECT_GE(finish(replacer), 9);
    EXPECT_EQ(editor.toPlainText(), big);

    // One line changed in the middle: done at once, the lines before and after untouched.
    QStringList lines = big.split(QLatin1Char('\n'));
    lines[5 * kSlice] = QStringLiteral("changed;");
    const QTextBlock before = editor.document()->findBlockByNumber(10);
    replacer.setText(lines.join(QLatin1Char('\n')));
    EXPECT_TRUE(replacer.isDone());
    EXPECT_EQ(editor.toPlainText(), lines.join(QLatin1Char('\n')));
    EXPECT_TRUE(before.isValid()); // the same block object: it was not replaced
    EXPECT_EQ(editor.document()->findBlockByNumber(10).text(), before.text());
}

TEST_F(SlicedTextReplacerTest, ANewTextWhileOneIsGoingInEndsAtTheNewerOne)
{
    replacer.setText(numberedLines(6 * kSlice, QStringLiteral("a")));
    QCoreApplication::processEvents();
    const QString newer = numberedLines(4 * kSlice, QStringLiteral("b"));
    replacer.setText(newer);
    finish(replacer);
    EXPECT_EQ(editor.toPlainText(), newer);
    EXPECT_EQ(replacer.text(), newer);
}

TEST_F(SlicedTextReplacerTest, KeepsNoUndoHistory)
{
    replacer.setText(numberedLines(3 * kSlice));
    finish(replacer);
    EXPECT_FALSE(editor.document()->isUndoAvailable());
}
