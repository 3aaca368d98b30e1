# cmake -DBUILD_DIR=<dir> -DTARGET=<target> -DSOURCE=<file> -P expect_compile_error.cmake
#
# Builds TARGET, whose one source is SOURCE, and passes only when the compiler refuses it
# with the diagnostic SOURCE names on a line "// expect: <regex>" (CMake regex; both GCC's
# and clang's wording). Any other failure, a typo or a missing header, fails the test and
# prints what the compiler said.
file(STRINGS "${SOURCE}" expect_lines REGEX "^// expect: ")
list(LENGTH expect_lines count)
if(NOT count EQUAL 1)
  message(FATAL_ERROR "${SOURCE} needs exactly one line '// expect: <regex>'")
endif()
string(REGEX REPLACE "^// expect: " "" expect "${expect_lines}")
# The C locale: GCC quotes names with plain ' there, not with ‘’ (several bytes in UTF-8).
execute_process(COMMAND "${CMAKE_COMMAND}" -E env LC_ALL=C LANG=C
                        "${CMAKE_COMMAND}" --build "${BUILD_DIR}" --target "${TARGET}"
                RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(status EQUAL 0)
  message(FATAL_ERROR "${SOURCE} compiled; it must not.")
endif()
if(NOT output MATCHES "${expect}")
  message(FATAL_ERROR "${SOURCE} did not compile, but not with the expected diagnostic\n"
                      "  expected: ${expect}\n  compiler said:\n${output}")
endif()
message(STATUS "${SOURCE}: refused with the expected diagnostic")
