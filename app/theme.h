// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/appsettings.h"

namespace tw::app {

/// Applies the light or dark palette (Fusion style) to the application, or restores the platform's own for
/// Theme::System. The diagram follows the palette with its own light or dark colours (views/diagram/diagramtheme).
void applyTheme(AppSettings::Theme theme);

} // namespace tw::app
