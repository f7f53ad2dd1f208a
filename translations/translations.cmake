# The translations of nagl-inspector: translations/nagl_inspector_<lang>.ts
# compiled with lrelease at build time and embedded in `target` as Qt
# resources under :/i18n (ui/app_language.cpp loads them).
# translations/update-translations.sh refreshes the .ts files from the sources.
set(NAGL_UI_LANGUAGES de fr ja zh_CN)

function(nagl_embed_translations target)
  find_package(Qt6 REQUIRED COMPONENTS LinguistTools)
  set(ts_files)
  foreach(lang IN LISTS NAGL_UI_LANGUAGES)
    list(APPEND ts_files ${CMAKE_SOURCE_DIR}/translations/nagl_inspector_${lang}.ts)
  endforeach()
  set_source_files_properties(${ts_files} PROPERTIES OUTPUT_LOCATION ${CMAKE_CURRENT_BINARY_DIR}/i18n)
  # lrelease only (no lupdate target: that one would parse every header of
  # the target's include path, LibTorch's included).
  qt_add_lrelease(${target} TS_FILES ${ts_files} QM_FILES_OUTPUT_VARIABLE qm_files OPTIONS -silent)
  qt_add_resources(${target} nagl_translations PREFIX /i18n BASE ${CMAKE_CURRENT_BINARY_DIR}/i18n FILES ${qm_files})
endfunction()
