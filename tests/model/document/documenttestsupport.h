// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/document/schemadocument.h"
#include "model/project/project.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QUndoCommand;

namespace tw::model {
class SchemaDocument;
}

namespace tw::test {

/// Fixed ids so that tests can name things: Id("users"), Id("users.email")...
model::Id id(const char *token);

/// users(id, email, name) <- posts(id, author_id, title) <- comments(id, post_id, user_id -> users), and
/// post_tags(post_id, tag, composite primary key), with indexes, a unique constraint, a check and a layout.
model::Project sampleProject();
model::Column column(const char *tableToken, const char *name, model::SqlType type = model::SqlType::Text);

/// Every reference in @p project that points at nothing (FK tables and columns, index parts, unique and
/// primary key columns, layout items without a table/view) and every duplicate id: empty when consistent.
QStringList danglingReferences(const model::Project &project);

/// Checks the undo contract of the edit @p push makes (it must push one command and answer true): the project
/// differs afterwards, undo brings back exactly the original and redo exactly the result. Returns the result.
model::Project expectUndoRedoRoundTrip(model::SchemaDocument &document, const std::function<bool()> &push);

/// Pushes @p command unless it is obsolete (as SchemaEditor does), for commands no editor operation makes alone
/// (the reorders compoundedits::replaceSchema is built from); whether it pushed.
bool pushCommand(model::SchemaDocument &document, std::unique_ptr<QUndoCommand> command);

/// The key SchemaDocument's mutators ask for, for the tests of those mutators themselves: like every command, the
/// test gets it from a DocumentCommand.
model::CommandKey commandKey();

/// Records every signal of a SchemaDocument as text ("tableInserted(users,0)"), in emission order.
class SignalLog
{
public:
    explicit SignalLog(model::SchemaDocument *document);

    QStringList entries;
    void clear() { entries.clear(); }
    /// The entries whose name starts with @p prefix.
    QStringList named(const QString &prefix) const;

private:
    QObject m_context;
};

} // namespace tw::test
