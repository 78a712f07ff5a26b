// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/diagrampartsjson.h"

#include "model/io/jsoncursor.h"
#include "model/io/sectionjsonreader.h"

#include <cmath>

namespace tw::model::diagrampartsjson {
namespace {

double finiteOrZero(double value)
{
    return std::isfinite(value) ? value : 0.0;
}

bool readPoint(const JsonCursor &c, QPointF *point)
{
    double x = 0;
    double y = 0;
    if (!(c["x"].read(&x) && c["y"].read(&y)))
        return false;
    *point = QPointF(x, y);
    return true;
}

bool readNonNegative(const JsonCursor &c, double *value)
{
    if (!c.read(value))
        return false;
    if (*value < 0)
        return c.fail(QStringLiteral("expected 0 or more, got %1").arg(JsonCursor::describe(c.value())));
    return true;
}

} // namespace

bool isNote(const JsonCursor &cursor)
{
    return cursor.value().isObject() && cursor["text"].isPresent();
}

bool isSubDiagram(const JsonCursor &cursor)
{
    return cursor.value().isObject() && cursor["name"].isPresent();
}

bool readNote(const JsonCursor &c, DiagramNote *note)
{
    DiagramNote result;
    double width = 0;
    double height = 0;
    if (!(c.expectObject({"x", "y", "width", "height", "text"}, {"color", "diagram"}) &&
          readPoint(c, &result.position) && readNonNegative(c["width"], &width) &&
          readNonNegative(c["height"], &height) && c["text"].read(&result.text) &&
          c["diagram"].readOptional(&result.diagram)))
        return false;
    result.size = QSizeF(width, height);
    if (c["color"].isPresent() && !SectionJsonReader::readColor(c["color"], &result.color))
        return false;
    *note = result;
    return true;
}

bool readSubDiagram(const JsonCursor &c, const QSet<Id> &cardIds, SubDiagram *subDiagram)
{
    SubDiagram result;
    if (!(c.expectObject({"name", "cards"}) && c["name"].read(&result.name) && c["cards"].expectMap()))
        return false;
    if (result.name.trimmed().isEmpty())
        return c["name"].fail(QStringLiteral("a diagram view needs a name"));
    const JsonCursor cards = c["cards"];
    for (const QString &key : cards.keys()) {
        const Id id(key);
        if (!Id::isValidToken(key) || !cardIds.contains(id))
            return cards[key].fail(QStringLiteral("no table or view has id %1").arg(JsonCursor::describe(key)));
        QPointF position;
        if (!(cards[key].expectObject({"x", "y"}) && readPoint(cards[key], &position)))
            return false;
        result.positions.insert(id, position);
    }
    *subDiagram = result;
    return true;
}

bool checkNoteDiagrams(const JsonCursor &layoutCursor, const DiagramLayout &layout)
{
    for (auto it = layout.notes.cbegin(); it != layout.notes.cend(); ++it) {
        if (!it->diagram.isNull() && !layout.subDiagrams.contains(it->diagram)) {
            return layoutCursor[it.key().toString()]["diagram"].fail(
                QStringLiteral("no diagram view has id \"%1\"").arg(it->diagram.toString()));
        }
    }
    return true;
}

OrderedJson writeNote(const DiagramNote &note)
{
    OrderedJson o = OrderedJson::object()
                        .insert("x", finiteOrZero(note.position.x()))
                        .insert("y", finiteOrZero(note.position.y()))
                        .insert("width", std::max(0.0, finiteOrZero(note.size.width())))
                        .insert("height", std::max(0.0, finiteOrZero(note.size.height())))
                        .insert("text", note.text);
    if (note.color.isValid())
        o.insert("color", note.color.name(QColor::HexRgb));
    if (!note.diagram.isNull())
        o.insert("diagram", note.diagram.toString());
    return o;
}

OrderedJson writeSubDiagram(const SubDiagram &subDiagram, const QSet<Id> &cardIds)
{
    OrderedJson cards = OrderedJson::object();
    for (auto it = subDiagram.positions.cbegin(); it != subDiagram.positions.cend(); ++it) {
        if (!cardIds.contains(it.key()))
            continue;
        cards.insert(
            it.key().toString(),
            OrderedJson::object().insert("x", finiteOrZero(it.value().x())).insert("y", finiteOrZero(it.value().y())));
    }
    return OrderedJson::object().insert("name", subDiagram.name).insert("cards", std::move(cards));
}

} // namespace tw::model::diagrampartsjson
