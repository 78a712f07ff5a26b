// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/document/tableattributes.h"
#include "model/document/tablecollection.h"
#include "model/project/project.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QUndoStack;

namespace tw::model {

class DocumentCommand;

/// Proof that the caller is an undo command: SchemaDocument's mutators take one, and only DocumentCommand can make
/// it (its subclasses get it from DocumentCommand::commandKey()). So a view, an item model or the CLI cannot change the
/// document behind the undo stack's back: the compiler refuses, where a comment once asked.
class CommandKey
{
    friend class DocumentCommand;
    CommandKey() = default;
};

/// One open project: the Project value, its undo stack and its file path.
///
/// Reading is free for everyone. Changing is not: views and the CLI push commands (model/commands, usually
/// through SchemaEditor); the mutation functions below take a CommandKey, which only commands can make. Each mutation
/// checks its arguments, returns false/nullopt without touching anything when they do not fit, and emits
/// id-carrying signals: `aboutTo…` before a structural change (so item models can call beginInsertRows and
/// friends), the matching past-tense signal once the project is consistent again, then `schemaChanged()` for
/// any change to schema(). Layout, settings and baseline edits never emit `schemaChanged()`.
///
/// Rows of move signals follow QList::move: @c to is the final row of the moved element. Qt's beginMoveRows
/// wants the row *before which* it lands, which is `to > from ? to + 1 : to`.
class SchemaDocument : public QObject
{
    Q_OBJECT

public:
    explicit SchemaDocument(QObject *parent = nullptr);
    explicit SchemaDocument(Project project, QObject *parent = nullptr);
    ~SchemaDocument() override;

    const Project &project() const { return m_project; }
    const Schema &schema() const { return m_project.schema; }
    const DiagramLayout &layout() const { return m_project.layout; }
    const ProjectSettings &settings() const { return m_project.settings; }
    const Baseline &baseline() const { return m_project.baseline; }
    QUndoStack *undoStack() const { return m_undoStack.get(); }

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &filePath);

    /// Replaces everything (after loading a file): clears the undo stack, which also makes the document clean.
    void resetProject(Project project);

    /// The diagram the window shows: a SubDiagram id, or null for the diagram of all tables. Not part of the project
    /// and not undoable (like a scroll position), but kept here because edits depend on it: a table created while a
    /// diagram view is shown joins that view (SchemaEditor::addTable). Falls back to null when that view goes.
    const Id &activeDiagram() const { return m_activeDiagram; }
    void setActiveDiagram(const Id &diagram);

    /// Whether there are changes since the last markSaved() (or load), as the undo stack's clean state says.
    bool isModified() const;
    /// Call after a successful save: the current undo index becomes the clean state.
    void markSaved();

    /// Groups mutations so that `schemaChanged()` is emitted once, when the outermost group ends, instead of
    /// after every step of a compound command. Nestable. The fine-grained signals are not delayed.
    class ChangeGroup
    {
    public:
        explicit ChangeGroup(SchemaDocument *document);
        ~ChangeGroup();
        ChangeGroup(const ChangeGroup &) = delete;
        ChangeGroup &operator=(const ChangeGroup &) = delete;

    private:
        SchemaDocument *m_document;
    };

    // Mutation API: for commands only (CommandKey).
    bool insertTable(CommandKey, int row, const Table &table);
    std::optional<Table> removeTable(CommandKey, const Id &tableId);
    bool moveTable(CommandKey, int from, int to);
    /// Replaces the whole table (attributes and every item list) with the one of the same id.
    bool replaceTable(CommandKey, const Table &table);
    bool setTableAttributes(CommandKey, const Id &tableId, const TableAttributes &attributes);

    bool insertView(CommandKey, int row, const View &view);
    std::optional<View> removeView(CommandKey, const Id &viewId);
    bool moveView(CommandKey, int from, int to);
    bool replaceView(CommandKey, const View &view);

    /// Item mutations, instantiated for Column, Index, ForeignKey, UniqueConstraint and CheckConstraint.
    template<TableItem T>
    bool insertItem(CommandKey, const Id &tableId, int row, const T &item);
    template<TableItem T>
    std::optional<T> removeItem(CommandKey, const Id &tableId, const Id &itemId);
    template<TableItem T>
    bool moveItem(CommandKey, const Id &tableId, int from, int to);
    /// Replaces the item with the same id as @p item.
    template<TableItem T>
    bool replaceItem(CommandKey, const Id &tableId, const T &item);

    /// Sets (or, with nullopt, removes) the layout items of several tables/views at once: one layoutChanged().
    void setLayoutItems(CommandKey, const QMap<Id, std::optional<TableLayout>> &items);
    /// Sets (or, with nullopt, removes) notes and diagram views: one notesChanged() and one subDiagramsChanged().
    void setDiagramParts(CommandKey, const QMap<Id, std::optional<DiagramNote>> &notes,
                         const QMap<Id, std::optional<SubDiagram>> &subDiagrams);
    void setSettings(CommandKey, const ProjectSettings &settings);
    void setBaseline(CommandKey, const Baseline &baseline);
    void setFills(CommandKey, const QList<ColumnFill> &fills);
    /// Records the last sync with the team's schema files (Source mode). Deliberately not an undoable edit: it
    /// says what the files on disk hold, and undoing a change in the project does not change the files.
    void setSourceState(const SourceState &state);

Q_SIGNALS:
    void projectReset();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &filePath);
    /// After any change to schema() (DDL, names, TypeScript names, comments): what previews listen to.
    void schemaChanged();

    void aboutToInsertTable(int row);
    void tableInserted(const tw::model::Id &tableId, int row);
    void aboutToRemoveTable(const tw::model::Id &tableId, int row);
    void tableRemoved(const tw::model::Id &tableId, int row);
    void aboutToMoveTable(const tw::model::Id &tableId, int from, int to);
    void tableMoved(const tw::model::Id &tableId, int from, int to);
    /// Name, tsName, comment or table-level primary key changed. Item edits have their own signals.
    void tableChanged(const tw::model::Id &tableId);
    /// The whole table was replaced: anything showing its items should rebuild.
    void aboutToReplaceTable(const tw::model::Id &tableId);
    void tableReplaced(const tw::model::Id &tableId);

    void aboutToInsertView(int row);
    void viewInserted(const tw::model::Id &viewId, int row);
    void aboutToRemoveView(const tw::model::Id &viewId, int row);
    void viewRemoved(const tw::model::Id &viewId, int row);
    void aboutToMoveView(const tw::model::Id &viewId, int from, int to);
    void viewMoved(const tw::model::Id &viewId, int from, int to);
    void viewChanged(const tw::model::Id &viewId);

    void aboutToInsertItem(const tw::model::Id &tableId, tw::model::TableCollection collection, int row);
    void itemInserted(const tw::model::Id &tableId, tw::model::TableCollection collection, const tw::model::Id &itemId,
                      int row);
    void aboutToRemoveItem(const tw::model::Id &tableId, tw::model::TableCollection collection,
                           const tw::model::Id &itemId, int row);
    void itemRemoved(const tw::model::Id &tableId, tw::model::TableCollection collection, const tw::model::Id &itemId,
                     int row);
    void aboutToMoveItem(const tw::model::Id &tableId, tw::model::TableCollection collection, int from, int to);
    void itemMoved(const tw::model::Id &tableId, tw::model::TableCollection collection, int from, int to);
    void itemChanged(const tw::model::Id &tableId, tw::model::TableCollection collection, const tw::model::Id &itemId);

    /// Layout items of these ids were set or removed.
    void layoutChanged(const QList<tw::model::Id> &ids);
    /// Notes of these ids were set or removed.
    void notesChanged(const QList<tw::model::Id> &ids);
    /// Diagram views of these ids were set (created, renamed, given or relieved of cards, cards moved) or removed.
    void subDiagramsChanged(const QList<tw::model::Id> &ids);
    void activeDiagramChanged(const tw::model::Id &diagram);
    void settingsChanged();
    void baselineChanged();
    /// The data migrations (Project::fills) changed.
    void fillsChanged();
    void sourceStateChanged();

private:
    void schemaModified();
    void endChangeGroup();

    Project m_project;
    QString m_filePath;
    Id m_activeDiagram;
    std::unique_ptr<QUndoStack> m_undoStack;
    int m_groupDepth = 0;
    bool m_schemaChangePending = false;
};

} // namespace tw::model
