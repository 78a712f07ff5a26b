// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/diagram/edgerouter.h"

#include <QLineF>
#include <QMap>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <unordered_set>
#include <vector>

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
        return QPolygonF(
            {{sx, e.sourceY}, {sx + dir * kStub, e.sourceY}, {tx - dir * kStub, e.targetY}, {tx, e.targetY}});
    }
};

// The extent of a card or segment; a card's is shrunk by 1 on every side (touching an outline is fine).
struct Extent
{
    double left, right, top, bottom;
};

// The cards a route may cross (the obstacles and both ends), sorted by their left edge, so that a candidate looks
// only at the cards in its horizontal band instead of at every card near the line. Made once per route().
struct CardBand
{
    explicit CardBand(const RouteEnds &e)
    {
        cards.reserve(size_t(e.obstacles.size()) + 2);
        const auto add = [this](const QRectF &card) {
            cards.push_back({card.left() + 1, card.right() - 1, card.top() + 1, card.bottom() - 1});
            widest = std::max(widest, cards.back().right - cards.back().left);
        };
        for (const QRectF &card : e.obstacles)
            add(card);
        add(e.sourceCard);
        add(e.targetCard);
        std::sort(cards.begin(), cards.end(), [](const Extent &a, const Extent &b) { return a.left < b.left; });
    }

    std::vector<Extent> cards;
    double widest = 0;
};

// How many cards the axis-parallel segments of @p route pass through (touching an outline is fine).
int crossings(const QPolygonF &route, const CardBand &band)
{
    // Called for every candidate: only the cards whose left edge lies within the widest card's width left of the
    // route's bounding box up to its right side can overlap it (the 1 of slack keeps rounding out of it); of
    // those, cards off the bounding box are skipped before its segments are looked at. The count is the same as
    // over every card. The segments' extents are taken once per route, not once per card.
    QVarLengthArray<Extent, 8> segments;
    for (int i = 1; i < route.size(); ++i) {
        const QPointF &a = route[i - 1];
        const QPointF &b = route[i];
        segments.append(
            {std::min(a.x(), b.x()), std::max(a.x(), b.x()), std::min(a.y(), b.y()), std::max(a.y(), b.y())});
    }
    const QRectF bounds = route.boundingRect();
    const double boundsLeft = bounds.left(), boundsRight = bounds.right();
    const double boundsTop = bounds.top(), boundsBottom = bounds.bottom();
    int count = 0;
    auto card = std::upper_bound(band.cards.cbegin(), band.cards.cend(), boundsLeft - band.widest - 1,
                                 [](double x, const Extent &c) { return x < c.left; });
    for (; card != band.cards.cend() && card->left < boundsRight; ++card) {
        if (boundsLeft >= card->right || boundsTop >= card->bottom || boundsBottom <= card->top)
            continue;
        for (const Extent &segment : segments) {
            if (segment.left < card->right && segment.right > card->left && segment.top < card->bottom &&
                segment.bottom > card->top)
                ++count;
        }
    }
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
        const CardBand band(e);
        // Around one shared side, pushed outwards past any card in the way of the vertical run.
        for (const bool left : {true, false}) {
            double x =
                left ? std::min(s.left(), t.left()) - kStub - shift : std::max(s.right(), t.right()) + kStub + shift;
            int crossed = -1;
            for (int guard = 0; guard < 8; ++guard) {
                crossed = crossings(sameSide(e, x, left), band);
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
            const double score = (known[i] >= 0 ? known[i] : crossings(line, band)) * 1e6 + length(line);
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
        // Cards standing in one column share their edges: a line through the same x is one candidate, not one per
        // card (the first is kept, as scoring would keep it among equals).
        std::unordered_set<double> tried;
        for (double mid : std::as_const(mids)) {
            if (mid < low || mid > high || !tried.insert(mid).second)
                continue;
            if (std::abs(e.sourceY - e.targetY) < 0.5) { // straight across: the same line whatever the middle
                candidates << QPolygonF(
                    {{sx, e.sourceY}, {sx + dir * kStub, e.sourceY}, {tx - dir * kStub, e.targetY}, {tx, e.targetY}});
                break;
            }
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
    QList<int> previousLanes;
    for (int i = 0; i < ends.size(); ++i) {
        previousLanes << ends[i].previousLane;
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
    const auto overlaps = [](const QList<Vertical> &lane, const Vertical &v) {
        return std::any_of(lane.cbegin(), lane.cend(),
                           [&v](const Vertical &o) { return v.low <= o.high + 4 && o.low <= v.high + 4; });
    };
    for (QList<Vertical> &channel : channels) {
        std::stable_sort(channel.begin(), channel.end(),
                         [](const Vertical &a, const Vertical &b) { return a.high - a.low < b.high - b.low; });
        QList<QList<Vertical>> lanes;
        QList<Vertical> unplaced;
        for (const Vertical &v : std::as_const(channel)) { // lines that had a lane keep it when it is free
            const int previous = previousLanes[v.index];
            if (previous < 0 || (previous < lanes.size() && overlaps(lanes[previous], v))) {
                unplaced << v;
                continue;
            }
            while (lanes.size() <= previous)
                lanes << QList<Vertical>();
            lanes[previous] << v;
            ends[v.index].lane = previous;
        }
        for (const Vertical &v : std::as_const(unplaced)) {
            int lane = 0;
            while (lane < lanes.size() && overlaps(lanes[lane], v))
                ++lane;
            if (lane == lanes.size())
                lanes << QList<Vertical>();
            lanes[lane] << v;
            ends[v.index].lane = lane;
        }
    }
}

} // namespace tw::views
