// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/diagram/tablecardpainter.h"

#include "views/diagram/diagramtheme.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace tw::views::tablecardpainter {
namespace {

using namespace diagramtheme;

bool isForeignKeyColumn(const model::Table &table, const model::Id &columnId)
{
    return std::any_of(table.foreignKeys.cbegin(), table.foreignKeys.cend(),
                       [&](const model::ForeignKey &fk) { return fk.columns.contains(columnId); });
}

bool isUniqueColumn(const model::Table &table, const model::Column &column)
{
    return column.unique || (!column.primaryKey && table.isUniqueKey({column.id}));
}

// A small rounded label ("PK", "FK", "UQ"), returns its width.
double drawBadge(QPainter *painter, const QPointF &leftCentre, const QString &text, const QColor &color)
{
    QFont font = typeFont();
    font.setPointSizeF(6.5);
    font.setBold(true);
    const QFontMetricsF metrics(font);
    const QRectF box(leftCentre.x(), leftCentre.y() - 6.5, metrics.horizontalAdvance(text) + 6, 13);
    QColor fill = color;
    fill.setAlpha(40);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(box, 3, 3);
    painter->setPen(badgeTextColor(color));
    painter->setFont(font);
    painter->drawText(box, Qt::AlignCenter, text);
    return box.width();
}

void paintHeader(QPainter *painter, const QRectF &rect, const model::Table &table, const CardState &state)
{
    const QColor header = headerColor(state.headerColor, table.name);
    const bool titleOnly = state.detail == TableCardItem::Detail::TitleOnly;
    QPainterPath path;
    const QRectF headerRect = titleOnly ? rect : QRectF(rect.topLeft(), QSizeF(rect.width(), kHeaderHeight));
    path.addRoundedRect(headerRect, kCornerRadius, kCornerRadius);
    if (!titleOnly) { // square off the lower corners where the rows begin
        QPainterPath lower;
        lower.addRect(headerRect.adjusted(0, kCornerRadius, 0, 0));
        path = path.united(lower);
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(header);
    painter->drawPath(path);

    QFont font = titleFont();
    if (titleOnly) // readable from far away: the title fills the card
        font.setPointSizeF(std::clamp(rect.height() / 5, 12.0, 40.0));
    painter->setFont(font);
    painter->setPen(textColorOn(header));
    const QRectF textRect = headerRect.adjusted(kHorizontalPadding, 0, -kHorizontalPadding, 0);
    const QString title = QFontMetricsF(font).elidedText(table.name, Qt::ElideRight, textRect.width());
    painter->drawText(textRect, (titleOnly ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignVCenter), title);
}

// The width of @p text in @p font. Measuring shapes the text (HarfBuzz), and opening a big project measures every
// table's name, column names and types, which repeat across tables: widths are remembered per font and text.
// The font (theme, application font) is part of the key, so a changed font is measured afresh; fonts are few
// and compared as values (QFont::key() would cost more than most measurements).
double textWidth(const QFont &font, const QString &text)
{
    static QList<std::pair<QFont, QHash<QString, double>>> widthsByFont;
    auto fontEntry =
        std::find_if(widthsByFont.begin(), widthsByFont.end(), [&](const auto &entry) { return entry.first == font; });
    if (fontEntry == widthsByFont.end()) {
        if (widthsByFont.size() >= 16)
            widthsByFont.clear();
        widthsByFont.append({font, {}});
        fontEntry = widthsByFont.end() - 1;
    }
    QHash<QString, double> &widths = fontEntry->second;
    if (const auto it = widths.constFind(text); it != widths.cend())
        return *it;
    if (widths.size() >= 50000) // a bound on memory for projects of very many distinct names
        widths.clear();
    const double width = QFontMetricsF(font).horizontalAdvance(text);
    widths.insert(text, width);
    return width;
}

// Room for the PK/FK badges left of the names: wider when some row carries both.
double markColumnWidth(const model::Table &table)
{
    const QList<model::Id> key = table.primaryKeyColumns();
    for (const model::Column &column : table.columns) {
        if (key.contains(column.id) && isForeignKeyColumn(table, column.id))
            return kMarkColumnWidth + 16;
    }
    return kMarkColumnWidth;
}

void paintRow(QPainter *painter, const QRectF &row, const model::Table &table, const model::Column &column,
              double markWidth)
{
    const bool pk = table.primaryKeyColumns().contains(column.id);
    const bool fk = isForeignKeyColumn(table, column.id);
    double x = row.left() + 6;
    if (pk)
        x += drawBadge(painter, QPointF(x, row.center().y()), QStringLiteral("PK"), primaryKeyColor()) + 2;
    if (fk)
        drawBadge(painter, QPointF(x, row.center().y()), QStringLiteral("FK"), foreignKeyColor());

    const QFontMetricsF typeMetrics(typeFont());
    const QString type = typeText(column) + (column.notNull || pk ? QString() : QStringLiteral("?"));
    const double typeWidth = typeMetrics.horizontalAdvance(type);
    const QRectF typeRect(row.right() - kHorizontalPadding - typeWidth, row.top(), typeWidth, row.height());
    painter->setFont(typeFont());
    painter->setPen(typeTextColor());
    painter->drawText(typeRect, Qt::AlignRight | Qt::AlignVCenter, type);

    QFont nameFont = rowFont();
    nameFont.setBold(pk);
    const QFontMetricsF nameMetrics(nameFont);
    const double nameLeft = row.left() + markWidth;
    const bool unique = isUniqueColumn(table, column);
    const double room = typeRect.left() - nameLeft - 8 - (unique ? 22 : 0);
    const QString name = nameMetrics.elidedText(column.name, Qt::ElideRight, room);
    painter->setFont(nameFont);
    painter->setPen(rowTextColor());
    painter->drawText(QRectF(nameLeft, row.top(), room, row.height()), Qt::AlignLeft | Qt::AlignVCenter, name);
    if (unique) {
        const double badgeLeft = nameLeft + nameMetrics.horizontalAdvance(name) + 5;
        drawBadge(painter, QPointF(badgeLeft, row.center().y()), QStringLiteral("UQ"), uniqueColor());
    }
}

} // namespace

QString typeText(const model::Column &column)
{
    if (column.mode != model::DrizzleMode::None)
        return model::drizzleModeName(column.mode);
    if (!column.enumValues.isEmpty())
        return QStringLiteral("enum");
    return column.sqlTypeText();
}

double preferredWidth(const model::Table &table)
{
    const QFont title = titleFont();
    QFont bold = rowFont();
    bold.setBold(true);
    const QFont type = typeFont();
    double width = textWidth(title, table.name) + 2 * kHorizontalPadding + 20;
    const double marks = markColumnWidth(table);
    for (const model::Column &column : table.columns) {
        const double row = marks + textWidth(bold, column.name) + 30 +
                           textWidth(type, typeText(column) + QStringLiteral("?")) + 16 + kHorizontalPadding;
        width = std::max(width, row);
    }
    return std::clamp(std::ceil(width / 10) * 10, kMinCardWidth, kMaxCardWidth);
}

double height(const model::Table &table)
{
    return kHeaderHeight + double(table.columns.size()) * kRowHeight + kBottomPadding;
}

void paint(QPainter *painter, const QRectF &rect, const model::Table &table, const CardState &state)
{
    painter->setRenderHint(QPainter::Antialiasing);
    // A soft shadow lifts the card off the grid.
    painter->setPen(Qt::NoPen);
    painter->setBrush(shadowColor());
    painter->drawRoundedRect(rect.translated(0, 2).adjusted(-1, 0, 1, 1), kCornerRadius + 1, kCornerRadius + 1);
    painter->setBrush(cardColor());
    painter->drawRoundedRect(rect, kCornerRadius, kCornerRadius);
    paintHeader(painter, rect, table, state);

    if (state.detail == TableCardItem::Detail::Full) {
        for (int i = 0; i < table.columns.size(); ++i) {
            const QRectF row(rect.left(), rect.top() + kHeaderHeight + i * kRowHeight, rect.width(), kRowHeight);
            if (i % 2 == 1) {
                painter->setPen(Qt::NoPen);
                painter->setBrush(alternateRowColor());
                painter->drawRect(row);
            }
            paintRow(painter, row, table, table.columns[i], markColumnWidth(table));
        }
    }

    const bool emphasised = state.selected || state.dropHighlighted;
    QPen border(emphasised ? selectionColor() : cardBorderColor(), emphasised ? 2 : 1);
    if (state.dropHighlighted)
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(rect, kCornerRadius, kCornerRadius);
    if (state.drifted) {
        painter->setPen(QPen(QColor(0xd9, 0x77, 0x06), 2.5, Qt::DashLine));
        painter->drawRoundedRect(rect.adjusted(-1, -1, 1, 1), kCornerRadius, kCornerRadius);
    }
}

QString rowToolTip(const model::Table &table, int row)
{
    if (row < 0 || row >= table.columns.size())
        return {};
    const model::Column &column = table.columns[row];
    QStringList flags;
    if (table.primaryKeyColumns().contains(column.id))
        flags << QStringLiteral("primary key");
    flags << (column.notNull ? QStringLiteral("NOT NULL") : QStringLiteral("nullable"));
    if (isUniqueColumn(table, column))
        flags << QStringLiteral("unique");
    const QString type = column.mode == model::DrizzleMode::None
                             ? column.sqlTypeText()
                             : QStringLiteral("%1 { mode: '%2' }").arg(column.sqlTypeText(), typeText(column));
    if (!column.enumValues.isEmpty())
        flags << QStringLiteral("enum: %1").arg(column.enumValues.join(QStringLiteral(" | ")));
    QString text =
        QStringLiteral("%1.%2: %3 (%4)").arg(table.name, column.name, type, flags.join(QStringLiteral(", ")));
    if (!column.comment.isEmpty())
        text += QStringLiteral("\n") + column.comment;
    return text;
}

} // namespace tw::views::tablecardpainter
