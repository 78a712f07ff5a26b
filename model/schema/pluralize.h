// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// English singular and plural forms exactly as the JavaScript package `pluralize` 8.0.0 gives them: drizzle-kit
/// 0.31 names the relations it writes with it (`users` -> `user` for one, `category` -> `categories` for many), and
/// relations named any other way would surprise a drizzle user. The rules, irregular words and uncountable words
/// below are that package's (MIT licence, (c) Blake Embrey), applied in its order and with its case restoration.
namespace tw::model::pluralize {

/// `category` -> `categories`, `person` -> `people`, `productTag` -> `productTags`, `sheep` -> `sheep`.
QString plural(const QString &word);
/// `categories` -> `category`, `people` -> `person`, `productTags` -> `productTag`, `news` -> `news`.
QString singular(const QString &word);

} // namespace tw::model::pluralize
