# SPDX-License-Identifier: GPL-3.0-or-later
# Warnings and definitions shared by every Tablewright target.

function(tw_configure_target target)
    target_compile_options(${target} PRIVATE
        $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor>)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_KEYWORDS
        QT_DISABLE_DEPRECATED_BEFORE=0x060400
        TW_VERSION="${PROJECT_VERSION}")
endfunction()

# A GoogleTest executable that runs headless; tests are discovered before they run, not at build time.
function(tw_add_test_executable target)
    tw_configure_target(${target})
    target_link_libraries(${target} PRIVATE GTest::gtest GTest::gmock)
    gtest_discover_tests(${target}
        DISCOVERY_MODE PRE_TEST
        PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;TW_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data")
endfunction()
