# SPDX-License-Identifier: GPL-3.0-or-later
# The icons (SVG, drawn for Tablewright) as a Qt resource under :/icons. Included by app/CMakeLists.txt.

# Attaches the icons to @p target (the executable, or a test that shows the window).
function(tw_add_icon_resources target)
    set(icons_dir "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/icons")
    file(GLOB icon_files CONFIGURE_DEPENDS "${icons_dir}/*.svg")
    qt_add_resources(${target} "tw_icons"
        PREFIX "/icons"
        BASE "${icons_dir}"
        FILES ${icon_files})
endfunction()
