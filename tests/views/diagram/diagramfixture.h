// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project/project.h"

namespace tw::test {

/// users(id, email unique, manager_id -> users.id nullable), posts(id, author_id -> users NOT NULL, title),
/// profiles(id, user_id -> users unique NOT NULL), tags(id text key, label). Cards side by side, left to right:
/// users at (0,0), posts at (400,0), profiles at (0,300), tags at (400,300). Ids are readable: "users",
/// "users.id", "posts.author_id", "fk.posts.author"...
model::Project diagramProject();

} // namespace tw::test
