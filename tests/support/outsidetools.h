// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace tw::test {

/// Records that an outside tool the current test needs (the sqlite3 shell, say) is not installed. On a developer's
/// machine that skips the test; a build configured with TW_REQUIRE_INTEROP=ON (as CI is) fails it instead, because
/// there a skip would hide a test that never ran. Call it as `return test::missingTool("sqlite3");` from the test
/// body or SetUp(), so nothing after it runs.
void missingTool(const char *tool);

} // namespace tw::test
