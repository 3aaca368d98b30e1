# nlohmann_json and Howard Hinnant's date, from Debian's packages.
#
# Natively find_package works. Under Emscripten it does not, and adding /usr/include to
# the include path would pull glibc headers over Emscripten's libc++; so we expose only
# the two header folders, through a folder of symlinks in the build tree.
if(EMSCRIPTEN)
  set(_dep_inc "${CMAKE_BINARY_DIR}/dep-include")
  file(MAKE_DIRECTORY "${_dep_inc}")
  foreach(_dir nlohmann date)
    if(NOT EXISTS "/usr/include/${_dir}")
      message(FATAL_ERROR "/usr/include/${_dir} is missing: install nlohmann-json3-dev and libhowardhinnant-date-dev")
    endif()
    file(CREATE_LINK "/usr/include/${_dir}" "${_dep_inc}/${_dir}" SYMBOLIC)
  endforeach()
  add_library(nlohmann_json INTERFACE)
  target_include_directories(nlohmann_json SYSTEM INTERFACE "${_dep_inc}")
  add_library(nlohmann_json::nlohmann_json ALIAS nlohmann_json)
  add_library(date_headers INTERFACE)
  target_include_directories(date_headers SYSTEM INTERFACE "${_dep_inc}")
  target_compile_definitions(date_headers INTERFACE ONLY_C_LOCALE=1 HAS_STRING_VIEW=1)
  add_library(date::date ALIAS date_headers)
else()
  find_package(nlohmann_json 3.10 REQUIRED)
  find_package(date REQUIRED)
endif()
