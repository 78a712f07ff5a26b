// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/outsidetools.h"

#include <gtest/gtest.h>

namespace tw::test {

void missingTool(const char *tool)
{
#ifdef TW_REQUIRE_INTEROP
    GTEST_FAIL() << tool << " is not installed, and this build requires the outside tools (TW_REQUIRE_INTEROP=ON)";
#else
    GTEST_SKIP() << tool << " is not installed";
#endif
}

} // namespace tw::test
