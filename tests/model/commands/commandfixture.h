// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project/project.h"

namespace tw::test {

/// categories(id integer key, name text unique), products(id integer key, name, category text),
/// tags(id text key, label), reviews(id integer key, product_id integer -> products.id), the view
/// `product_names`; every table and the view on the diagram. Ids are readable: "products", "products.category",
/// "reviews.product_fk"...
model::Project shopProject();

} // namespace tw::test
