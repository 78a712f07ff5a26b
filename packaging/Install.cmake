# SPDX-License-Identifier: GPL-3.0-or-later
# What `cmake --install` (and so every CPack package) puts where. Included by the top CMakeLists.txt after app/.
# Linux follows the freedesktop layout under the prefix (/usr in the .deb); Windows and macOS get the executable
# plus Qt's own deployment (windeployqt / macdeployqt, run by qt_generate_deploy_app_script).

set(TW_APP_ID "invalid.tablewright.Tablewright")
# Installing needs only the executable: without this, `cpack` would first build every test and benchmark.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
set(tw_packaging_dir "${CMAKE_CURRENT_LIST_DIR}")
set(tw_icons_dir "${PROJECT_SOURCE_DIR}/resources/app-icon")
# GNUInstallDirs would say share/doc/Tablewright (the project name); Debian wants the package name.
set(tw_docdir "${CMAKE_INSTALL_DATADIR}/doc/tablewright")

install(TARGETS tablewright
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
    BUNDLE DESTINATION .)
install(FILES "${PROJECT_SOURCE_DIR}/examples/aperto.twproj" "${PROJECT_SOURCE_DIR}/examples/aperto-before-categories.twproj"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/tablewright/examples)
install(FILES
    "${PROJECT_SOURCE_DIR}/docs/cli.md"
    "${PROJECT_SOURCE_DIR}/docs/user-guide.md"
    "${PROJECT_SOURCE_DIR}/docs/troubleshooting.md"
    "${PROJECT_SOURCE_DIR}/docs/project-format.md"
    DESTINATION ${tw_docdir})

if(UNIX AND NOT APPLE)
    configure_file("${tw_packaging_dir}/linux/tablewright.metainfo.xml.in"
                   "${PROJECT_BINARY_DIR}/packaging/${TW_APP_ID}.metainfo.xml" @ONLY)
    install(FILES "${tw_packaging_dir}/linux/tablewright.desktop" DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES "${PROJECT_BINARY_DIR}/packaging/${TW_APP_ID}.metainfo.xml"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES "${tw_packaging_dir}/linux/tablewright-mime.xml"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME tablewright.xml)
    install(FILES "${tw_packaging_dir}/linux/tablewright.1" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/tablewright.svg"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    install(FILES "${tw_icons_dir}/application-x-tablewright-project.svg"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/mimetypes)
    install(DIRECTORY "${tw_icons_dir}/hicolor/" DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor
            FILES_MATCHING PATTERN "*.png")
    install(FILES "${tw_packaging_dir}/linux/copyright" DESTINATION ${tw_docdir})
endif()

if(APPLE)
    set_target_properties(tablewright PROPERTIES
        MACOSX_BUNDLE_INFO_PLIST "${tw_packaging_dir}/macos/Info.plist.in"
        MACOSX_BUNDLE_GUI_IDENTIFIER "${TW_APP_ID}"
        MACOSX_BUNDLE_BUNDLE_NAME "Tablewright"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}")
endif()

# Qt 6.4's deploy script supports only Windows and macOS (Linux arrived in 6.5); on Linux the .deb's Depends
# bring Qt instead.
if(WIN32 OR APPLE)
    qt_generate_deploy_app_script(TARGET tablewright FILENAME_VARIABLE tw_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT "${tw_deploy_script}")
endif()
