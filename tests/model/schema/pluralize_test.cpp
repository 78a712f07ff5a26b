// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/schema/pluralize.h"

#include <gtest/gtest.h>

using namespace tw::model;

namespace {

struct Forms
{
    const char *word;
    const char *singular;
    const char *plural;
};

// What pluralize 8.0.0 inside drizzle-kit 0.31.11 answers (tools/interop/drizzle-kit-relations.cjs prints it):
// regular and irregular words, uncountables, camelCase and snake_case names, case restoration, non-ASCII.
const Forms kForms[] = {
    {"users", "user", "users"},
    {"categories", "category", "categories"},
    {"people", "person", "people"},
    {"person", "person", "people"},
    {"productTags", "productTag", "productTags"},
    {"orderItems", "orderItem", "orderItems"},
    {"news", "news", "news"},
    {"sheep", "sheep", "sheep"},
    {"status", "status", "statuses"},
    {"data", "datum", "data"},
    {"media", "media", "media"},
    {"children", "child", "children"},
    {"analyses", "analysis", "analyses"},
    {"boxes", "box", "boxes"},
    {"Users", "User", "Users"},
    {"USERS", "USER", "USERS"},
    {"employees", "employee", "employees"},
    {"wolves", "wolf", "wolves"},
    {"wolf", "wolf", "wolves"},
    {"indices", "index", "indices"},
    {"index", "index", "indices"},
    {"matrix", "matrix", "matrices"},
    {"quiz", "quiz", "quizzes"},
    {"cactus", "cactus", "cacti"},
    {"series", "series", "series"},
    {"aliases", "alias", "aliases"},
    {"taxes", "tax", "taxes"},
    {"leaves", "leaf", "leaves"},
    {"user_roles", "user_role", "user_roles"},
    {"chinese", "chinese", "chinese"},
    {"pokémon", "pokémon", "pokémon"},
    {"schema", "schema", "schemata"},
    {"criteria", "criterion", "criteria"},
    {"movies", "movie", "movies"},
    {"ox", "ox", "oxen"},
    {"x1", "x1", "x1s"},
    {"s", "", "s"},
    {"knives", "knife", "knives"},
    {"roof", "roof", "roofs"},
    {"mice", "mouse", "mice"},
    {"mY", "mY", "mies"},
    {"myUSERS", "myUSER", "myUSERS"},
    {"logEntries", "logEntry", "logEntries"},
    {"heroes", "hero", "heroes"},
};

} // namespace

TEST(Pluralize, GivesTheFormsDrizzleKitGives)
{
    for (const Forms &forms : kForms) {
        const QString word = QString::fromUtf8(forms.word);
        EXPECT_EQ(pluralize::singular(word).toStdString(), forms.singular) << forms.word;
        EXPECT_EQ(pluralize::plural(word).toStdString(), forms.plural) << forms.word;
    }
}

TEST(Pluralize, EmptyStaysEmpty)
{
    EXPECT_EQ(pluralize::singular({}), QString());
    EXPECT_EQ(pluralize::plural({}), QString());
}
