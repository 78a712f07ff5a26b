// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/commands/changediagrampartscommand.h"

#include "model/commands/commandid.h"
#include "model/document/schemadocument.h"

namespace tw::model {
namespace {

template<typename T>
QMap<Id, std::optional<T>> currentValues(const QMap<Id, T> &values, const QList<Id> &ids)
{
    QMap<Id, std::optional<T>> result;
    for (const Id &id : ids) {
        const auto it = values.constFind(id);
        result.insert(id, it == values.cend() ? std::nullopt : std::optional<T>(*it));
    }
    return result;
}

template<typename T>
bool sameValues(const QMap<Id, std::optional<T>> &before, const QMap<Id, std::optional<T>> &after)
{
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (before.value(it.key()) != it.value())
            return false;
    }
    return true;
}

} // namespace

ChangeDiagramPartsCommand::ChangeDiagramPartsCommand(SchemaDocument *document, Notes notes, SubDiagrams subDiagrams,
                                                     const QString &text, bool mergeable, QUndoCommand *parent)
    : DocumentCommand(document, parent)
    , m_notesBefore(currentValues(document->layout().notes, notes.keys()))
    , m_notesAfter(std::move(notes))
    , m_subDiagramsBefore(currentValues(document->layout().subDiagrams, subDiagrams.keys()))
    , m_subDiagramsAfter(std::move(subDiagrams))
    , m_mergeable(mergeable)
{
    setText(text);
    setObsolete(isNoOp());
}

int ChangeDiagramPartsCommand::id() const
{
    return int(CommandId::ChangeDiagramParts);
}

bool ChangeDiagramPartsCommand::mergeWith(const QUndoCommand *other)
{
    // Same id means same class.
    const auto *next = static_cast<const ChangeDiagramPartsCommand *>(other);
    if (!next->m_mergeable || next->isObsolete() || next->m_notesAfter.keys() != m_notesAfter.keys() ||
        next->m_subDiagramsAfter.keys() != m_subDiagramsAfter.keys())
        return false;
    m_notesAfter = next->m_notesAfter;
    m_subDiagramsAfter = next->m_subDiagramsAfter;
    setObsolete(isNoOp());
    return true;
}

void ChangeDiagramPartsCommand::apply()
{
    document()->setDiagramParts(commandKey(), m_notesAfter, m_subDiagramsAfter);
}

void ChangeDiagramPartsCommand::revert()
{
    document()->setDiagramParts(commandKey(), m_notesBefore, m_subDiagramsBefore);
}

bool ChangeDiagramPartsCommand::isNoOp() const
{
    return sameValues(m_notesBefore, m_notesAfter) && sameValues(m_subDiagramsBefore, m_subDiagramsAfter);
}

} // namespace tw::model
