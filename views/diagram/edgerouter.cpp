// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/diagram/edgerouter.h"

#include <QLineF>
#include <QMap>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

namespace tw::views {
namespace {

constexpr double kStub = EdgeRouter::kStub;

// Lines leave the right side when the target lies to the right, and mirror otherwise.
QPolygonF selfLoop(const RouteEnds &e)
{
    const double x = e.sourceCard.right();
    const double out = x + kStub + e.lane * EdgeRouter::kLaneSpacing;
    double targetY = e.targetY;
    if (std::abs(targetY - e.sourceY) < 8) // a column that references itself: still draw a visible loop
        targetY = e.sourceY - 12;
    return QPolygonF({{x, e.sourceY}, {out, e.sourceY}, {out, targetY}, {x, targetY}});
}

class StraightRouter final : public EdgeRouter
{
public:
    Style style() const override { return Style::Straight; }

    QPolygonF route(const RouteEnds &e) const override
    {
        if (e.selfReference)
            return selfLoop(e);
        const bool toRight = e.targetCard.center().x() >= e.sourceCard.center().x();
        const double sx = toRight ? e.sourceCard.right() : e.sourceCard.left();
        const double tx = toRight ? e.targetCard.left() : e.targetCard.right();
        const double dir = toRight ? 1 : -1;
        return QPolygonF({{sx, e.sourceY}, {sx + dir * kStub, e.sourceY}, {tx - dir * kStub, e.targetY},
                          {tx, e.targetY}});
    }
};

// How many cards the axis-parallel segments of @p route pass through (touching an outline is fine).
int crossings(const QPolygonF &route, const RouteEnds &e)
{
    // Called for every candidate against every nearby card: cards off the route's bounding box are skipped
    // before its segments are looked at (the result is the same, the work is not).
    // The segments' extents are taken once per route, not once per card.
    struct Extent
    {
        double left, right, top, bottom;
    };
    QVarLengthArray<Extent, 8> segments;
    for (int i = 1; i < route.size(); ++i) {
        const QPointF &a = route[i - 1];
        const QPointF &b = route[i];
        segments.append({std::min(a.x(), b.x()), std::max(a.x(), b.x()), std::min(a.y(), b.y()),
                         std::max(a.y(), b.y())});
    }
    const QRectF bounds = route.boundingRect();
    const double boundsLeft = bounds.left(), boundsRight = bounds.right();
    const double boundsTop = bounds.top(), boundsBottom = bounds.bottom();
    int count = 0;
    const auto countCard = [&](const QRectF &card) {
        const double left = card.left() + 1, right = card.right() - 1;
        const double top = card.top() + 1, bottom = card.bottom() - 1;
        if (boundsLeft >= right || boundsRight <= left || boundsTop >= bottom || boundsBottom <= top)
            return;
        for (const Extent &segment : segments) {
            if (segment.left < right && segment.right > left && segment.top < bottom && segment.bottom > top)
                ++count;
        }
    };
    for (const QRectF &card : e.obstacles)
        countCard(card);
    countCard(e.sourceCard);
    countCard(e.targetCard);
    return count;
}

double length(const QPolygonF &route)
{
    double total = 0;
    for (int i = 1; i < route.size(); ++i)
        total += QLineF(route[i - 1], route[i]).length();
    return total;
}

class OrthogonalRouter final : public EdgeRouter
{
public:
    Style style() const override { return Style::Orthogonal; }

    QPolygonF route(const RouteEnds &e) const override
    {
        if (e.selfReference)
            return selfLoop(e);
        QList<QPolygonF> candidates;
        const QRectF &s = e.sourceCard;
        const QRectF &t = e.targetCard;
        const double shift = e.lane * EdgeRouter::kLaneSpacing;
        if (s.right() + 2 * kStub <= t.left()) // target to the right: out right, in left
            addZigzags(candidates, e, s.right(), t.left(), shift);
        if (t.right() + 2 * kStub <= s.left())
            addZigzags(candidates, e, s.left(), t.right(), -shift);
        // Crossing counts already known (the side detours' final try), so that scoring does not count again.
        QList<int> known(candidates.size(), -1);
        // Around one shared side, pushed outwards past any card in the way of the vertical run.
        for (const bool left : {true, false}) {
            double x = left ? std::min(s.left(), t.left()) - kStub - shift : std::max(s.right(), t.right()) + kStub + shift;
            int crossed = -1;
            for (int guard = 0; guard < 8; ++guard) {
                crossed = crossings(sameSide(e, x, left), e);
                if (crossed == 0)
                    break;
                x = left ? x - kStub * 2 : x + kStub * 2;
                crossed = -1; // x moved on: the line that is kept has not been counted
            }
            candidates << sameSide(e, x, left);
            known << crossed;
        }
        // Fewest cards crossed, then shortest; ties keep the earlier (zigzag) candidate.
        const QPolygonF *best = nullptr;
        double bestScore = 0;
        for (int i = 0; i < candidates.size(); ++i) {
            const QPolygonF &line = candidates[i];
            const double score = (known[i] >= 0 ? known[i] : crossings(line, e)) * 1e6 + length(line);
            if (!best || score < bestScore - 0.5) {
                best = &line;
                bestScore = score;
            }
        }
        return *best;
    }

private:
    static QPolygonF sameSide(const RouteEnds &e, double x, bool left)
    {
        const double sx = left ? e.sourceCard.left() : e.sourceCard.right();
        const double tx = left ? e.targetCard.left() : e.targetCard.right();
        return QPolygonF({{sx, e.sourceY}, {x, e.sourceY}, {x, e.targetY}, {tx, e.targetY}});
    }

    // Lines that change sides once: through the middle of the gap, or just beside a card standing in it.
    static void addZigzags(QList<QPolygonF> &candidates, const RouteEnds &e, double sx, double tx, double shift)
    {
        const double dir = tx > sx ? 1 : -1;
        const double low = std::min(sx, tx) + kStub;
        const double high = std::max(sx, tx) - kStub;
        QList<double> mids{std::round((sx + tx) / 2) + shift};
        // Zigzags beside the cards standing in the rectangle between the two ends: cards outside it are not in
        // the way, and trying a line beside each of them costs a crossing count per card (quadratic at scale).
        const double top = std::min(e.sourceY, e.targetY);
        const double bottom = std::max(e.sourceY, e.targetY);
        for (const QRectF &card : e.obstacles) {
            if (card.right() < low || card.left() > high || card.bottom() < top || card.top() > bottom)
                continue;
            mids << card.left() - kStub / 2 - std::abs(shift) << card.right() + kStub / 2 + std::abs(shift);
        }
        for (double mid : std::as_const(mids)) {
            if (mid < low || mid > high)
                continue;
            if (std::abs(e.sourceY - e.targetY) < 0.5)
                candidates << QPolygonF({{sx, e.sourceY}, {sx + dir * kStub, e.sourceY}, {tx - dir * kStub, e.targetY},
                                         {tx, e.targetY}});
            else
                candidates << QPolygonF({{sx, e.sourceY}, {mid, e.sourceY}, {mid, e.targetY}, {tx, e.targetY}});
        }
    }
};

} // namespace

std::unique_ptr<EdgeRouter> EdgeRouter::create(Style style)
{
    if (style == Style::Straight)
        return std::make_unique<StraightRouter>();
    return std::make_unique<OrthogonalRouter>();
}

void assignLanes(QList<RouteEnds> &ends, const EdgeRouter &router, QList<QPolygonF> *laneZeroRoutes)
{
    struct Vertical
    {
        int index;
        double low;
        double high;
    };
    QMap<long, QList<Vertical>> channels; // keyed by the rounded x of the vertical segment
    if (laneZeroRoutes) {
        laneZeroRoutes->clear();
        laneZeroRoutes->reserve(ends.size());
    }
    for (int i = 0; i < ends.size(); ++i) {
        ends[i].lane = 0;
        const QPolygonF line = router.route(ends[i]);
        if (laneZeroRoutes)
            laneZeroRoutes->append(line);
        if (line.size() != 4 || std::abs(line[1].x() - line[2].x()) > 0.5)
            continue;
        const double a = line[1].y();
        const double b = line[2].y();
        channels[std::lround(line[1].x())] << Vertical{i, std::min(a, b), std::max(a, b)};
    }
    for (QList<Vertical> &channel : channels) {
        std::stable_sort(channel.begin(), channel.end(),
                         [](const Vertical &a, const Vertical &b) { return a.high - a.low < b.high - b.low; });
        QList<QList<Vertical>> lanes;
        for (const Vertical &v : std::as_const(channel)) {
            int lane = 0;
            for (; lane < lanes.size(); ++lane) {
                const bool overlaps = std::any_of(lanes[lane].cbegin(), lanes[lane].cend(), [&](const Vertical &o) {
                    return v.low <= o.high + 4 && o.low <= v.high + 4;
                });
                if (!overlaps)
                    break;
            }
            if (lane == lanes.size())
                lanes << QList<Vertical>();
            lanes[lane] << v;
            ends[v.index].lane = lane;
        }
    }
}

} // namespace tw::views
