# Settings every Keel target shares: warnings, strict Qt string handling.
function(keel_target_defaults target)
  target_compile_definitions(${target} PRIVATE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_FOREACH QT_NO_KEYWORDS
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_USE_QSTRINGBUILDER)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor)
    if(KEEL_WARNINGS_AS_ERRORS)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  elseif(MSVC)
    target_compile_options(${target} PRIVATE /W4 /permissive- /utf-8)
    if(KEEL_WARNINGS_AS_ERRORS)
      target_compile_options(${target} PRIVATE /WX)
    endif()
  endif()
endfunction()

# keel_core_module(NAME DEPS...) — one static library per core/ folder, sources globbed from it.
function(keel_core_module name)
  cmake_parse_arguments(ARG "" "" "DEPS" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/*.h)
  add_library(keel_${name} STATIC ${sources})
  add_library(Keel::${name} ALIAS keel_${name})
  target_include_directories(keel_${name} PUBLIC ${PROJECT_SOURCE_DIR}/core)
  target_link_libraries(keel_${name} PUBLIC ${ARG_DEPS})
  keel_target_defaults(keel_${name})
endfunction()

# keel_test(NAME LIBS...) — one Catch2 executable per tests/ folder, registered with ctest.
function(keel_test name)
  cmake_parse_arguments(ARG "" "" "LIBS" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp)
  add_executable(test_${name} ${sources})
  target_link_libraries(test_${name} PRIVATE keel_test_main ${ARG_LIBS})
  target_compile_definitions(test_${name} PRIVATE
    KEEL_CORPUS_DIR="${KEEL_CORPUS_DIR}" KEEL_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
  keel_target_defaults(test_${name})
  add_test(NAME ${name} COMMAND test_${name})
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 900)
endfunction()
