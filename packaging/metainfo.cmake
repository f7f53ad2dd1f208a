# Writes the AppStream metainfo from its template, with a <screenshots> block
# for docs/screenshots/ when a base URL is given (AppStream needs absolute
# http(s) URLs; the files are not installed).
#   include(): nagl_configure_metainfo(TEMPLATE OUTPUT BASE_URL)
#   script:    cmake -DTEMPLATE=... -DOUTPUT=... [-DBASE_URL=...] -P metainfo.cmake
function(nagl_configure_metainfo template output base_url)
  set(NAGL_METAINFO_SCREENSHOTS "")
  if(base_url)
    if(NOT base_url MATCHES "^https?://[^/]")
      message(FATAL_ERROR "the screenshot base URL must be an http(s) URL: ${base_url}")
    endif()
    string(REGEX REPLACE "/+$" "" base "${base_url}")
    # file|caption, the first one the default screenshot; all 1440 x 900.
    set(shots
        "02-demo-results.png|A lot scored against normal and defective references: verdicts, heatmap and score histogram"
        "01-no-backbone.png|First start: what to configure, or run the demo"
        "03-thumbnail-grid.png|The lot as a grid of thumbnails, filtered by verdict"
        "04-roc-inferno-stretch.png|ROC curve of a labelled lot and a heatmap stretched to one image")
    set(block "  <screenshots>\n")
    set(type " type=\"default\"")
    foreach(shot IN LISTS shots)
      string(REPLACE "|" ";" shot "${shot}")
      list(GET shot 0 file)
      list(GET shot 1 caption)
      string(APPEND block
             "    <screenshot${type}>\n"
             "      <caption>${caption}</caption>\n"
             "      <image type=\"source\" width=\"1440\" height=\"900\">${base}/${file}</image>\n"
             "    </screenshot>\n")
      set(type "")
    endforeach()
    string(APPEND block "  </screenshots>")
    set(NAGL_METAINFO_SCREENSHOTS "${block}")
  endif()
  configure_file(${template} ${output} @ONLY)
endfunction()

if(CMAKE_SCRIPT_MODE_FILE STREQUAL CMAKE_CURRENT_LIST_FILE)
  if(NOT TEMPLATE OR NOT OUTPUT)
    message(FATAL_ERROR "usage: cmake -DTEMPLATE=... -DOUTPUT=... [-DBASE_URL=...] -P metainfo.cmake")
  endif()
  nagl_configure_metainfo(${TEMPLATE} ${OUTPUT} "${BASE_URL}")
endif()
