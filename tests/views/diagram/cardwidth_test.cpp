// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/diagram/diagramtheme.h"
#include "views/diagram/tablecardpainter.h"

#include <QFontMetricsF>
#include <QGuiApplication>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace tw::model;
using namespace tw::views;

namespace {

Table tableNamed(const QString &name, const QStringList &columnNames)
{
    Table t;
    t.id = Id(name);
    t.name = name;
    for (const QString &columnName : columnNames) {
        Column c;
        c.id = Id(name + QLatin1Char('.') + columnName);
        c.name = columnName;
        c.type = SqlType::Text;
        t.columns << c;
    }
    return t;
}

/// A card's width measured without any remembered text widths, as preferredWidth() did before it remembered them.
double measuredWidth(const Table &table)
{
    using namespace diagramtheme;
    QFont bold = rowFont();
    bold.setBold(true);
    double width = QFontMetricsF(titleFont()).horizontalAdvance(table.name) + 2 * kHorizontalPadding + 20;
    for (const Column &column : table.columns) {
        width = std::max(
            width,
            kMarkColumnWidth + QFontMetricsF(bold).horizontalAdvance(column.name) + 30 +
                QFontMetricsF(typeFont()).horizontalAdvance(tablecardpainter::typeText(column) + QStringLiteral("?")) +
                16 + kHorizontalPadding);
    }
    return std::clamp(std::ceil(width / 10) * 10, kMinCardWidth, kMaxCardWidth);
}

} // namespace

TEST(CardWidth, RememberedTextWidthsGiveTheWidthAFreshMeasurementGives)
{
    const Table first = tableNamed(QStringLiteral("invoice_line_items"),
                                   {QStringLiteral("id"), QStringLiteral("a_rather_long_column_name")});
    const Table second =
        tableNamed(QStringLiteral("t"), {QStringLiteral("id"), QStringLiteral("a_rather_long_column_name")});
    const Table third = tableNamed(QStringLiteral("t2"), {QStringLiteral("id"), QStringLiteral("short")});
    for (int pass = 0; pass < 2; ++pass) { // the second pass answers from what the first remembered
        EXPECT_EQ(tablecardpainter::preferredWidth(first), measuredWidth(first)) << pass;
        EXPECT_EQ(tablecardpainter::preferredWidth(second), measuredWidth(second)) << pass;
        EXPECT_EQ(tablecardpainter::preferredWidth(third), measuredWidth(third)) << pass;
    }
    EXPECT_GT(tablecardpainter::preferredWidth(second), tablecardpainter::preferredWidth(third));
}

TEST(CardWidth, AChangedApplicationFontIsMeasuredAfresh)
{
    const Table table =
        tableNamed(QStringLiteral("customer_addresses"), {QStringLiteral("id"), QStringLiteral("street_and_number")});
    const double before = tablecardpainter::preferredWidth(table);
    const QFont original = QGuiApplication::font();
    QFont spaced = original;
    spaced.setLetterSpacing(QFont::AbsoluteSpacing, 4); // the card fonts derive from the application font
    QGuiApplication::setFont(spaced);
    const double spacedWidth = tablecardpainter::preferredWidth(table);
    const double spacedExpected = measuredWidth(table);
    QGuiApplication::setFont(original);
    EXPECT_EQ(spacedWidth, spacedExpected);
    EXPECT_GT(spacedWidth, before);
    EXPECT_EQ(tablecardpainter::preferredWidth(table), before);
}

TEST(CardType, ARowShowsTheDrizzleModeTheSchemaDeclaresAndTheTooltipTheStorage)
{
    Table table = tableNamed(QStringLiteral("posts"),
                             {QStringLiteral("created_at"), QStringLiteral("draft"), QStringLiteral("meta"),
                              QStringLiteral("status"), QStringLiteral("title")});
    table.columns[0].type = SqlType::Integer;
    table.columns[0].mode = DrizzleMode::Timestamp;
    table.columns[1].type = SqlType::Integer;
    table.columns[1].mode = DrizzleMode::Boolean;
    table.columns[2].mode = DrizzleMode::Json;
    table.columns[3].enumValues = {QStringLiteral("draft"), QStringLiteral("live")};
    table.columns[4].length = 200;
    EXPECT_EQ(tablecardpainter::typeText(table.columns[0]), QStringLiteral("timestamp"));
    EXPECT_EQ(tablecardpainter::typeText(table.columns[1]), QStringLiteral("boolean"));
    EXPECT_EQ(tablecardpainter::typeText(table.columns[2]), QStringLiteral("json"));
    EXPECT_EQ(tablecardpainter::typeText(table.columns[3]), QStringLiteral("enum"));
    EXPECT_EQ(tablecardpainter::typeText(table.columns[4]), QStringLiteral("text(200)"));
    EXPECT_EQ(tablecardpainter::rowToolTip(table, 0),
              QStringLiteral("posts.created_at: integer { mode: 'timestamp' } (nullable)"));
    EXPECT_EQ(tablecardpainter::rowToolTip(table, 3),
              QStringLiteral("posts.status: text (nullable, enum: draft | live)"));
}
