// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

/// The application's own icons (resources/icons/*.svg, compiled into the executable under `:/icons`).
namespace tw::views::icons {

/// `:/icons/<name>.svg`; a null icon when the resources are not linked in (e.g. a library test).
QIcon icon(const QString &name);

} // namespace tw::views::icons
