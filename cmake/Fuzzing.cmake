# SPDX-License-Identifier: GPL-3.0-or-later
# The fuzzing build (-DTW_FUZZ=ON, see docs/reliability.md): every library the readers live in, instrumented for
# libFuzzer and built with AddressSanitizer and UBSan (any undefined behaviour aborts, so the fuzzer sees it), then
# one libFuzzer program per reader. Only the libraries the targets link are built by `--target tw_fuzzers`.
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "TW_FUZZ needs clang (libFuzzer): configure with CC=clang CXX=clang++")
endif()
# Debug configuration (Q_ASSERT and Qt's bounds checks stay on) at -O1, fast enough to run millions of inputs.
add_compile_options(-O1 -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
add_link_options(-fsanitize=address,undefined)

add_subdirectory(model)
add_subdirectory(migrations)
add_subdirectory(database)
add_subdirectory(codegen)
add_subdirectory(source)
add_subdirectory(tests/fuzz)
