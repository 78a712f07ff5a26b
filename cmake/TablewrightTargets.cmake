# SPDX-License-Identifier: GPL-3.0-or-later
# Warnings and definitions shared by every Tablewright target.

function(tw_configure_target target)
    target_compile_options(${target} PRIVATE
        $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic>
        $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
        $<$<CXX_COMPILER_ID:Clang>:-Wshadow-uncaptured-local>
        $<$<CXX_COMPILER_ID:GNU,Clang>:-Wnon-virtual-dtor>
        $<$<AND:$<BOOL:${TW_WARNINGS_AS_ERRORS}>,$<CXX_COMPILER_ID:GNU,Clang>>:-Werror>)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_KEYWORDS
        QT_DISABLE_DEPRECATED_BEFORE=0x060400
        TW_VERSION="${PROJECT_VERSION}")
endfunction()

# A GoogleTest executable that runs headless; tests are discovered before they run, not at build time. (One
# variable only: gtest_discover_tests keeps just the first of several ENVIRONMENT entries. The test data and the
# optional outside data reach the tests as compile definitions: tests/support, tw_use_realworld_dir below.)
function(tw_add_test_executable target)
    tw_configure_target(${target})
    target_link_libraries(${target} PRIVATE GTest::gtest GTest::gmock)
    gtest_discover_tests(${target}
        DISCOVERY_MODE PRE_TEST
        PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endfunction()

# Tests whose script needs outside tools (the node tools in tools/, the sqlite3 shell) and exits 77 when one is
# missing: CTest reports that as a skip, unless TW_REQUIRE_INTEROP is ON (as in CI), where 77 fails like any other code.
# The scripts never read the environment for this; it is decided here, once.
function(tw_skip_when_tools_missing)
    if(NOT TW_REQUIRE_INTEROP)
        set_tests_properties(${ARGN} PROPERTIES SKIP_RETURN_CODE 77)
    endif()
endfunction()

# The test sources that read the optional real-world folders get the TW_REALWORLD_DIR option as a definition (only
# they: the folder differs between machines, and every other file keeps its compiler cache hits).
function(tw_use_realworld_dir target)
    set_source_files_properties(${ARGN} TARGET_DIRECTORY ${target}
        PROPERTIES COMPILE_DEFINITIONS "TW_REALWORLD_DIR=\"${TW_REALWORLD_DIR}\"")
endfunction()
