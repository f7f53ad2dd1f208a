# Debian package of NAGL Inspector (CPack DEB): both programs, the desktop
# entry, the icons, the AppStream metainfo, both man pages, the copyright
# file, the changelog and the README with its screenshots; `lintian` finds
# no error in it (tests/packaging).
#   cmake --build build && cd build && cpack -G DEB
# Included from the top-level CMakeLists.txt after every install rule.
if(NAGL_MODEL_ONLY)
  return()
endif()

include(GNUInstallDirs)
set(NAGL_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})
set(NAGL_APP_ID io.github.nagl_inspector)

# Desktop integration.
install(FILES ${NAGL_PACKAGING_DIR}/linux/nagl-inspector.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
# AppStream metainfo. Screenshots need absolute URLs: with
# -DNAGL_SCREENSHOT_BASE_URL=https://.../docs/screenshots the pictures of
# docs/screenshots/ are listed; without, there are none.
set(NAGL_SCREENSHOT_BASE_URL "" CACHE STRING
    "http(s) URL where docs/screenshots/ is published, for the AppStream metainfo (empty: no screenshots)")
include(${NAGL_PACKAGING_DIR}/metainfo.cmake)
set(NAGL_METAINFO ${CMAKE_BINARY_DIR}/packaging/${NAGL_APP_ID}.metainfo.xml)
nagl_configure_metainfo(${NAGL_PACKAGING_DIR}/linux/${NAGL_APP_ID}.metainfo.xml.in ${NAGL_METAINFO}
                        "${NAGL_SCREENSHOT_BASE_URL}")
install(FILES ${NAGL_METAINFO} DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${NAGL_PACKAGING_DIR}/icons/nagl-inspector.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
# The PNGs are rendered once from the SVG (packaging/icons/render-pngs.sh) and committed.
foreach(size 16 22 24 32 48 64 128 256 512)
  install(FILES ${NAGL_PACKAGING_DIR}/icons/png/nagl-inspector-${size}.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
          RENAME nagl-inspector.png)
endforeach()

# Man pages, changelog and copyright where Debian wants them. Compressed with
# `gzip -9n` (best compression, no file name or time stamp in the header: the
# same bytes every build), as lintian checks.
find_program(NAGL_GZIP gzip REQUIRED)
file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/packaging)
function(nagl_install_gzipped source output destination)
  set(gz ${CMAKE_BINARY_DIR}/packaging/${output})
  execute_process(COMMAND ${NAGL_GZIP} -9n -c ${source} OUTPUT_FILE ${gz} RESULT_VARIABLE failed)
  if(failed)
    message(FATAL_ERROR "gzip -9n ${source} failed")
  endif()
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${source})
  install(FILES ${gz} DESTINATION ${destination})
endfunction()
foreach(program nagl nagl-inspector)
  nagl_install_gzipped(${NAGL_PACKAGING_DIR}/man/${program}.1 ${program}.1.gz ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()
set(NAGL_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/nagl-inspector)
nagl_install_gzipped(${NAGL_PACKAGING_DIR}/debian/changelog changelog.Debian.gz ${NAGL_DOC_DIR})
install(FILES ${NAGL_PACKAGING_DIR}/debian/copyright DESTINATION ${NAGL_DOC_DIR})
# The README (Help > Read the README opens it) with the screenshots it shows, at
# the relative paths its links name.
install(FILES ${CMAKE_SOURCE_DIR}/README.md DESTINATION ${NAGL_DOC_DIR})
install(DIRECTORY ${CMAKE_SOURCE_DIR}/docs/screenshots DESTINATION ${NAGL_DOC_DIR}/docs FILES_MATCHING PATTERN "*.png")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME nagl-inspector)
set(CPACK_PACKAGE_VENDOR "NAGL Inspector")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# Debian revision 1 of upstream ${PROJECT_VERSION}: packaging/debian/changelog has the same version.
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "few-shot visual anomaly detection workstation and command line")
set(CPACK_PACKAGE_DESCRIPTION
    "NAGL Inspector scores product images for visual defects from a few normal\n\
and a few defective reference images, with a DINOv2 backbone and a NAGL head\n\
(no per-product training). It gives every query image an anomaly score, a\n\
heatmap and a defect map.\n\
.\n\
This package contains the Qt workstation (nagl-inspector) and the command\n\
line tool (nagl: infer, eval, metrics, demo-data, models). The workstation\n\
speaks English, German, French, Japanese and Simplified Chinese.")
# The project's maintainer address (git log), also in packaging/debian/.
set(CPACK_PACKAGE_CONTACT "NAGL Inspector developers <maintainers@users.noreply.r-seed-2dda97ea.example>")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: the Qt platform
# plugin (xcb/wayland/offscreen) and the OpenMP OpenBLAS (without it LibTorch
# falls back to the reference BLAS, ~15x slower matmuls).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libopenblas0-openmp")
# qt6-translations-l10n: Qt's own strings (standard buttons, file dialogs) in
# the user's language; the program's translations are built in. A CJK font:
# without one the Japanese and Chinese interface is drawn as boxes (Debian's
# default fonts have no CJK glyphs; tests/translations checks the glyphs).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-wayland, qt6-translations-l10n, fonts-noto-cjk | fonts-wqy-microhei | fonts-ipafont-gothic")
include(CPack)
