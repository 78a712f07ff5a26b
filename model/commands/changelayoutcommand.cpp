// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/commands/changelayoutcommand.h"

#include "model/commands/commandid.h"
#include "model/commands/commandtext.h"
#include "model/document/schemadocument.h"

namespace tw::model {
namespace {

template<typename Change>
QMap<Id, std::optional<TableLayout>> changed(const SchemaDocument &document, const QList<Id> &ids, Change change)
{
    QMap<Id, std::optional<TableLayout>> after;
    for (const Id &id : ids) {
        TableLayout item = document.layout().item(id);
        change(item);
        after.insert(id, item);
    }
    return after;
}

} // namespace

ChangeLayoutCommand::ChangeLayoutCommand(SchemaDocument *document, LayoutAspect aspect,
                                         QMap<Id, std::optional<TableLayout>> after, bool mergeable,
                                         QUndoCommand *parent)
    : DocumentCommand(document, parent)
    , m_aspect(aspect)
    , m_after(std::move(after))
    , m_mergeable(mergeable)
{
    const QMap<Id, TableLayout> &items = document->layout().items;
    for (auto it = m_after.cbegin(); it != m_after.cend(); ++it) {
        const auto current = items.constFind(it.key());
        m_before.insert(it.key(), current == items.cend() ? std::nullopt : std::optional(*current));
    }
    setObsolete(isNoOp());
    updateText();
}

std::unique_ptr<ChangeLayoutCommand> ChangeLayoutCommand::moveItems(SchemaDocument *document,
                                                                    const QMap<Id, QPointF> &positions, bool mergeable)
{
    auto after = changed(*document, positions.keys(), [](TableLayout &) {});
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        after[it.key()]->position = it.value();
    return std::make_unique<ChangeLayoutCommand>(document, LayoutAspect::Position, std::move(after), mergeable);
}

std::unique_ptr<ChangeLayoutCommand> ChangeLayoutCommand::colorItems(SchemaDocument *document, const QList<Id> &ids,
                                                                     const QColor &color)
{
    auto after = changed(*document, ids, [&color](TableLayout &item) { item.color = color; });
    return std::make_unique<ChangeLayoutCommand>(document, LayoutAspect::Color, std::move(after), false);
}

std::unique_ptr<ChangeLayoutCommand> ChangeLayoutCommand::groupItems(SchemaDocument *document, const QList<Id> &ids,
                                                                     const QString &group)
{
    auto after = changed(*document, ids, [&group](TableLayout &item) { item.group = group; });
    return std::make_unique<ChangeLayoutCommand>(document, LayoutAspect::Group, std::move(after), false);
}

int ChangeLayoutCommand::id() const
{
    switch (m_aspect) {
    case LayoutAspect::Position:
        return int(CommandId::MoveLayoutItems);
    case LayoutAspect::Color:
        return int(CommandId::ColorLayoutItems);
    case LayoutAspect::Group:
        return int(CommandId::GroupLayoutItems);
    case LayoutAspect::Whole:
        break;
    }
    return int(CommandId::PlaceLayoutItems);
}

bool ChangeLayoutCommand::mergeWith(const QUndoCommand *other)
{
    // Same id means same class and same aspect.
    const auto *next = static_cast<const ChangeLayoutCommand *>(other);
    if (!next->m_mergeable || next->isObsolete() || next->m_after.keys() != m_after.keys())
        return false;
    m_after = next->m_after;
    setObsolete(isNoOp());
    updateText();
    return true;
}

void ChangeLayoutCommand::apply()
{
    document()->setLayoutItems(commandKey(), m_after);
}

void ChangeLayoutCommand::revert()
{
    document()->setLayoutItems(commandKey(), m_before);
}

bool ChangeLayoutCommand::isNoOp() const
{
    for (auto it = m_after.cbegin(); it != m_after.cend(); ++it) {
        if (m_before.value(it.key()) != it.value())
            return false;
    }
    return true;
}

void ChangeLayoutCommand::updateText()
{
    const QString subject =
        m_after.size() == 1 ? QStringLiteral("table %1").arg(commandtext::objectName(*document(), m_after.firstKey()))
                            : QStringLiteral("%1 tables").arg(m_after.size());
    switch (m_aspect) {
    case LayoutAspect::Position:
        setText(QStringLiteral("Move %1").arg(subject));
        break;
    case LayoutAspect::Color:
        setText(QStringLiteral("Change colour of %1").arg(subject));
        break;
    case LayoutAspect::Group: {
        const QString group = m_after.isEmpty() || !m_after.first() ? QString() : m_after.first()->group;
        setText(group.isEmpty() ? QStringLiteral("Remove %1 from its group").arg(subject)
                                : QStringLiteral("Put %1 in group %2").arg(subject, group));
        break;
    }
    case LayoutAspect::Whole:
        setText(QStringLiteral("Lay out %1").arg(subject));
        break;
    }
}

} // namespace tw::model
