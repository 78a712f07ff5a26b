// SPDX-License-Identifier: GPL-3.0-or-later
#include "database/inspector/csvwriter.h"
#include "database/inspector/texttable.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

#include <QBuffer>

using tw::database::CsvWriter;
using tw::database::TextTable;

TEST(CsvWriter, QuotesOnlyFieldsThatNeedItAndDoublesQuotes)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(&buffer);
    csv.writeRow({QStringLiteral("id"), QStringLiteral("name")});
    csv.writeValues({1, QStringLiteral("plain")});
    csv.writeValues({2, QStringLiteral("a, b")});
    csv.writeValues({3, QStringLiteral("say \"hi\"")});
    csv.writeValues({4, QStringLiteral("two\nlines")});
    csv.writeValues({5, QVariant()});
    csv.writeValues({6, QByteArray("\x01\xff", 2)});
    csv.writeValues({7, QStringLiteral("Ünïcödé ✓")});
    EXPECT_TRUE(csv.ok());
    EXPECT_EQ(bytes, QByteArray("id,name\r\n1,plain\r\n2,\"a, b\"\r\n3,\"say \"\"hi\"\"\"\r\n4,\"two\nlines\"\r\n"
                                "5,\r\n6,01ff\r\n7,") +
                         QStringLiteral("Ünïcödé ✓").toUtf8() + "\r\n");
}

TEST(CsvWriter, ReportsAFailedWrite)
{
    QBuffer closed;
    CsvWriter csv(&closed);
    EXPECT_FALSE(csv.writeRow({QStringLiteral("x")}));
    EXPECT_FALSE(csv.ok());
}

TEST(TextTable, AlignsColumnsNumbersRightAndShowsNullAndBlobs)
{
    const QString text = TextTable::render(
        {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("data")},
        {{1, QStringLiteral("Technology"), QVariant()}, {12, QStringLiteral("a\nb"), QByteArray("abc")}});
    EXPECT_EQ(text, QStringLiteral("id  name        data\n"
                                   "--  ----------  ---------------\n"
                                   " 1  Technology  NULL\n"
                                   "12  a\\nb        <blob, 3 bytes>\n"));
}
