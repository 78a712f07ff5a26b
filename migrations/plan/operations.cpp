// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/plan/operations.h"

namespace tw::migrations {
namespace {

template<class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

} // namespace

QString operationKindName(const Operation &operation)
{
    return std::visit(Overloaded{
                          [](const CreateTable &) { return QStringLiteral("create table"); },
                          [](const DropTable &) { return QStringLiteral("drop table"); },
                          [](const RenameTable &) { return QStringLiteral("rename table"); },
                          [](const RenameColumn &) { return QStringLiteral("rename column"); },
                          [](const AddColumn &) { return QStringLiteral("add column"); },
                          [](const DropColumn &) { return QStringLiteral("drop column"); },
                          [](const RebuildTable &) { return QStringLiteral("rebuild table"); },
                          [](const CreateIndex &) { return QStringLiteral("create index"); },
                          [](const DropIndex &) { return QStringLiteral("drop index"); },
                          [](const CreateView &) { return QStringLiteral("create view"); },
                          [](const DropView &) { return QStringLiteral("drop view"); },
                      },
                      operation);
}

} // namespace tw::migrations
