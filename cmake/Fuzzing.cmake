# SPDX-License-Identifier: GPL-3.0-or-later
# The fuzzing build (-DTW_FUZZ=ON, see docs/reliability.md): one libFuzzer program per reader of outside input, under
# AddressSanitizer and UBSan (any undefined behaviour aborts, so the fuzzer sees it), built from the folders the
# readers live in and nothing else, so that CI compiles about a hundred files instead of the whole tree. The libraries
# keep their names and their folders' CMakeLists.txt; a reader that starts using another folder fails to link here
# until that folder is added below.
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "TW_FUZZ needs clang (libFuzzer): configure with CC=clang CXX=clang++")
endif()
# Debug configuration (Q_ASSERT and Qt's bounds checks stay on) at -O1, fast enough to run millions of inputs.
add_compile_options(-O1 -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
add_link_options(-fsanitize=address,undefined)

# One reader library: NAME (tw_NAME, alias tw::NAME) from the FOLDERS of PROJECT_SOURCE_DIR/NAME, linking LINKS.
function(tw_fuzzed_library name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "FOLDERS;LINKS")
    qt_add_library(tw_${name} STATIC)
    add_library(tw::${name} ALIAS tw_${name})
    tw_configure_target(tw_${name})
    target_include_directories(tw_${name} PUBLIC ${PROJECT_SOURCE_DIR})
    target_link_libraries(tw_${name} PUBLIC ${arg_LINKS})
    foreach(folder IN LISTS arg_FOLDERS)
        add_subdirectory(${PROJECT_SOURCE_DIR}/${name}/${folder} ${CMAKE_BINARY_DIR}/${name}/${folder})
    endforeach()
endfunction()

find_package(simdjson 3.0 REQUIRED)
tw_fuzzed_library(model FOLDERS core json schema project io LINKS Qt6::Core Qt6::Gui)
tw_fuzzed_library(migrations FOLDERS json snapshot folder plan diff LINKS tw::model Qt6::Core)
target_link_libraries(tw_model PRIVATE simdjson::simdjson)
tw_fuzzed_library(database FOLDERS sqltext introspection LINKS tw::migrations Qt6::Core Qt6::Sql)
tw_fuzzed_library(source FOLDERS typescript config schema LINKS tw::model tw::migrations Qt6::Core)

add_subdirectory(tests/fuzz)
