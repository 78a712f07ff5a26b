# SPDX-License-Identifier: GPL-3.0-or-later
# package_deb: builds the .deb from this build tree, validates it and runs what it installs (packaging/check-deb.sh).
if(UNIX AND NOT APPLE)
    add_test(NAME package_deb
             COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/check-deb.sh ${PROJECT_BINARY_DIR} ${PROJECT_VERSION})
    set_tests_properties(package_deb PROPERTIES LABELS package SKIP_RETURN_CODE 77 TIMEOUT 300
                         RUN_SERIAL TRUE)
endif()
