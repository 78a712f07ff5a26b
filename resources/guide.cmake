# SPDX-License-Identifier: GPL-3.0-or-later
# The user guide as a Qt resource under :/guide (Help ▸ User Guide reads it offline and installed): docs/user-guide.md,
# the pictures it shows and the documents it links to, found in its text when CMake configures (so a new picture or
# link is bundled without listing it here, and nothing the guide does not use is). Included by app/CMakeLists.txt.

# Attaches the guide to @p target (the executable, or a test that opens the guide).
function(tw_add_guide_resources target)
    set(docs_dir "${PROJECT_SOURCE_DIR}/docs")
    set(guide "${docs_dir}/user-guide.md")
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${guide}")
    file(READ "${guide}" text)
    # "(target" of each "[text](target)": without the "]", which would make CMake's list brackets unbalanced.
    string(REGEX MATCHALL "\\((images/[^)# ]+|[A-Za-z0-9_-]+\\.md)" links "${text}")
    set(files "${guide}")
    foreach(link IN LISTS links)
        string(SUBSTRING "${link}" 1 -1 relative)
        if(EXISTS "${docs_dir}/${relative}")
            list(APPEND files "${docs_dir}/${relative}")
        endif()
    endforeach()
    list(REMOVE_DUPLICATES files)
    qt_add_resources(${target} "tw_guide"
        PREFIX "/guide"
        BASE "${docs_dir}"
        FILES ${files})
endfunction()
