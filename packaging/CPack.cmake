# SPDX-License-Identifier: GPL-3.0-or-later
# Installers: `cpack` (or `cmake --build BUILD --target package`) in a build tree. Linux: a .deb and a .tar.gz;
# Windows: an NSIS installer; macOS: a .dmg with the app bundle. The version is PROJECT_VERSION, nothing else.
# See docs/packaging.md.

set(CPACK_PACKAGE_NAME "tablewright")
set(CPACK_PACKAGE_VENDOR "The Tablewright developers")
set(CPACK_PACKAGE_CONTACT "The Tablewright developers <packaging@tablewright.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Tablewright")
set(CPACK_PACKAGE_EXECUTABLES "tablewright" "Tablewright")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_CURRENT_LIST_DIR}/COPYING")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build[^/]*/" "/\\\\.git/" "/node_modules/")

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
endif()

# Debian: Depends from dpkg-shlibdeps (the libraries the binary links) plus the Qt plug-ins it loads at run
# time, which shlibdeps cannot see: the platform plug-ins, the SQLite driver and the SVG icon engine/image format.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "shared-mime-info, desktop-file-utils, hicolor-icon-theme")
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${PROJECT_DESCRIPTION}
 Tablewright edits a Drizzle ORM schema on an ER diagram and in table editors, with undo for every edit.
 It keeps the schema in a deterministic project file (*.twproj), generates migrations in drizzle-kit's
 folder format with exact renames, applies them to wrangler's local D1 database without losing rows,
 and exports the Drizzle schema.ts. Every step is also a command-line tool for scripts and CI.")

# Windows (NSIS): Start menu entry, and .twproj opens in Tablewright.
set(CPACK_NSIS_PACKAGE_NAME "Tablewright ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "Tablewright")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/windows/tablewright.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_LIST_DIR}/windows/tablewright.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\tablewright.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
    WriteRegStr HKCR '.twproj' '' 'Tablewright.Project'
    WriteRegStr HKCR 'Tablewright.Project' '' 'Tablewright project'
    WriteRegStr HKCR 'Tablewright.Project\\\\DefaultIcon' '' '$INSTDIR\\\\bin\\\\tablewright.exe,0'
    WriteRegStr HKCR 'Tablewright.Project\\\\shell\\\\open\\\\command' '' '\"$INSTDIR\\\\bin\\\\tablewright.exe\" \"%1\"'
")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
    DeleteRegKey HKCR 'Tablewright.Project'
    DeleteRegKey HKCR '.twproj'
")

# macOS (DragNDrop): the bundle (Info.plist with the .twproj document type, from packaging/macos/) in a .dmg.
set(CPACK_DMG_VOLUME_NAME "Tablewright ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")

include(CPack)
