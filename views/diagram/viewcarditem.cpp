// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/diagram/viewcarditem.h"

#include "model/document/schemadocument.h"
#include "views/diagram/cachedrepaint.h"
#include "views/diagram/diagramtheme.h"
#include "views/diagram/tablecarditem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace tw::views {

using namespace diagramtheme;

namespace {

constexpr int kDefinitionLines = 3;

QColor viewAccent()
{
    return isDark() ? QColor(0x4f, 0xc3, 0xb6) : QColor(0x0f, 0x76, 0x6e);
}

} // namespace

ViewCardItem::ViewCardItem(const model::SchemaDocument *document, const model::Id &viewId)
    : m_document(document)
    , m_viewId(viewId)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges | ItemIsFocusable);
    setCacheMode(DeviceCoordinateCache);
    setCursor(Qt::SizeAllCursor);
    setZValue(1);
    refresh();
}

const model::View *ViewCardItem::view() const
{
    return m_document->schema().view(m_viewId);
}

QStringList ViewCardItem::rows(const model::View &view)
{
    QStringList rows;
    for (const model::Column &column : view.columns)
        rows << column.name + QStringLiteral("\t") + column.sqlTypeText();
    if (!rows.isEmpty())
        return rows;
    const QStringList lines = view.definition.simplified().isEmpty()
                                  ? QStringList()
                                  : view.definition.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines.mid(0, kDefinitionLines))
        rows << line.trimmed();
    if (lines.size() > kDefinitionLines)
        rows.last() += QStringLiteral(" \u2026");
    return rows;
}

void ViewCardItem::refresh()
{
    const model::View *v = view();
    if (!v)
        return;
    const QStringList lines = rows(*v);
    const QFontMetricsF title(titleFont());
    const QFontMetricsF row(rowFont());
    double width = title.horizontalAdvance(v->name) + 2 * kHorizontalPadding + 60;
    for (const QString &line : lines)
        width =
            std::max(width, row.horizontalAdvance(QString(line).replace(QLatin1Char('\t'), QStringLiteral("    "))) +
                                2 * kHorizontalPadding + 20);
    const double layoutWidth = m_document->layout().item(m_viewId).width;
    const double w =
        layoutWidth > 0 ? layoutWidth : std::clamp(std::ceil(width / 10) * 10, kMinCardWidth, kMaxCardWidth);
    const QRectF rect(0, 0, w,
                      kHeaderHeight + double(std::max<qsizetype>(lines.size(), 1)) * kRowHeight + kBottomPadding);
    if (rect != m_rect) {
        prepareGeometryChange();
        m_rect = rect;
    }
    setToolTip(QStringLiteral("view %1\n%2").arg(v->name, v->definition.left(400)));
    repaintInEveryView(this);
}

void ViewCardItem::setModelPosition(const QPointF &position)
{
    m_applyingModel = true;
    setPos(position);
    m_applyingModel = false;
}

QRectF ViewCardItem::boundingRect() const
{
    return m_rect.adjusted(-2, -2, 2, 4);
}

QPainterPath ViewCardItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(m_rect, kCornerRadius, kCornerRadius);
    return path;
}

void ViewCardItem::paintHeader(QPainter *painter, const model::View &view, bool titleOnly) const
{
    const QRectF header = titleOnly ? m_rect : QRectF(m_rect.topLeft(), QSizeF(m_rect.width(), kHeaderHeight));
    QColor tint = viewAccent();
    tint.setAlpha(isDark() ? 70 : 38);
    QPainterPath path;
    path.addRoundedRect(header, kCornerRadius, kCornerRadius);
    painter->setPen(Qt::NoPen);
    painter->setBrush(tint);
    painter->drawPath(path);

    QFont font = titleFont();
    if (titleOnly)
        font.setPointSizeF(std::clamp(m_rect.height() / 5, 12.0, 40.0));
    const QRectF text = header.adjusted(kHorizontalPadding, 0, -kHorizontalPadding, 0);
    if (!titleOnly) { // the "VIEW" tag on the right
        QFont tagFont = typeFont();
        tagFont.setBold(true);
        tagFont.setPointSizeF(6.5);
        const QFontMetricsF tagMetrics(tagFont);
        const QString tag = view.isExisting ? QStringLiteral("EXISTING VIEW") : QStringLiteral("VIEW");
        const QRectF box(text.right() - tagMetrics.horizontalAdvance(tag) - 6, header.center().y() - 6.5,
                         tagMetrics.horizontalAdvance(tag) + 6, 13);
        painter->setPen(QPen(viewAccent(), 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(box, 3, 3);
        painter->setFont(tagFont);
        painter->drawText(box, Qt::AlignCenter, tag);
        painter->setFont(font);
        painter->setPen(rowTextColor());
        const QRectF titleRect(text.left(), text.top(), box.left() - text.left() - 6, text.height());
        painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(font).elidedText(view.name, Qt::ElideRight, titleRect.width()));
        return;
    }
    painter->setFont(font);
    painter->setPen(rowTextColor());
    painter->drawText(text, Qt::AlignCenter, QFontMetricsF(font).elidedText(view.name, Qt::ElideRight, text.width()));
}

void ViewCardItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const model::View *v = view();
    if (!v)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(shadowColor());
    painter->drawRoundedRect(m_rect.translated(0, 2).adjusted(-1, 0, 1, 1), kCornerRadius + 1, kCornerRadius + 1);
    painter->setBrush(cardColor());
    painter->drawRoundedRect(m_rect, kCornerRadius, kCornerRadius);
    const bool titleOnly = TableCardItem::detailFor(painter) == TableCardItem::Detail::TitleOnly;
    paintHeader(painter, *v, titleOnly);

    if (!titleOnly) {
        const bool definitionRows = v->columns.isEmpty();
        const QStringList lines = rows(*v);
        QFont font = rowFont();
        font.setItalic(definitionRows);
        for (int i = 0; i < lines.size(); ++i) {
            const QRectF row(m_rect.left() + kHorizontalPadding, m_rect.top() + kHeaderHeight + i * kRowHeight,
                             m_rect.width() - 2 * kHorizontalPadding, kRowHeight);
            const QStringList parts = lines[i].split(QLatin1Char('\t'));
            painter->setFont(font);
            painter->setPen(definitionRows ? typeTextColor() : rowTextColor());
            painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter,
                              QFontMetricsF(font).elidedText(parts.first(), Qt::ElideRight, row.width() * 0.65));
            if (parts.size() > 1) {
                painter->setFont(typeFont());
                painter->setPen(typeTextColor());
                painter->drawText(row, Qt::AlignRight | Qt::AlignVCenter, parts.at(1));
            }
        }
    }

    const bool selected = option->state & QStyle::State_Selected;
    QPen border(selected ? selectionColor() : viewAccent(), selected ? 2 : 1.2, Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(m_rect, kCornerRadius, kCornerRadius);
}

QVariant ViewCardItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange && m_snapToGrid && !m_applyingModel) {
        const QPointF p = value.toPointF();
        return QPointF(std::round(p.x() / kGridSize) * kGridSize, std::round(p.y() / kGridSize) * kGridSize);
    }
    if (change == ItemSelectedHasChanged)
        repaintInEveryView(this); // the selection outline
    return QGraphicsItem::itemChange(change, value);
}

} // namespace tw::views
