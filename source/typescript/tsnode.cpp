// SPDX-License-Identifier: GPL-3.0-or-later
#include "source/typescript/tsnode.h"

namespace tw::source::ts {

const TsNode &TsNode::unwrapped() const
{
    const TsNode *node = this;
    while ((node->kind == Kind::Paren || node->kind == Kind::As || node->kind == Kind::Satisfies ||
            node->kind == Kind::NonNull) &&
           !node->children.isEmpty())
        node = &node->children.first();
    return *node;
}

const TsNode *TsNode::property(QStringView key) const
{
    if (kind != Kind::Object)
        return nullptr;
    for (const TsNode &child : children) {
        if (child.kind == Kind::Property && child.form != PropertyForm::Computed && child.text == key)
            return &child;
    }
    return nullptr;
}

} // namespace tw::source::ts
