# Every third-party library, found once, as imported targets the folders link against.
# Versions and pitfalls on Debian 12: ../shared/design/debian-notes.md.
find_package(PkgConfig REQUIRED)
find_package(Boost 1.74 REQUIRED COMPONENTS program_options)
find_package(yaml-cpp REQUIRED)
find_package(tinyxml2 REQUIRED)

pkg_check_modules(PANGOCAIRO REQUIRED IMPORTED_TARGET pangocairo pangoft2)
pkg_check_modules(FONTCONFIG REQUIRED IMPORTED_TARGET fontconfig)
pkg_check_modules(HARFBUZZ_SUBSET REQUIRED IMPORTED_TARGET harfbuzz-subset)
# librsvg's and gdk-pixbuf's headers only: the core loads each library when it first reads an SVG
# picture or needs a JPEG's pixels (core/render/library_on_demand.h), so that a build without one
# does not pay for loading it.
pkg_check_modules(GDK_PIXBUF REQUIRED gdk-pixbuf-2.0)
pkg_check_modules(RSVG REQUIRED librsvg-2.0)
pkg_check_modules(QPDF REQUIRED IMPORTED_TARGET libqpdf)
# persklaar_qpdf_sources(files…): sources that include qpdf's headers. qpdf 11.3's headers do not
# compile as C++20 with clang 14 and libstdc++ 12 (a std::vector of the still incomplete JSON class),
# so under clang (the fuzzing build) these files are compiled as C++17, which they need no more than.
function(persklaar_qpdf_sources)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    set_source_files_properties(${ARGN} DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR} PROPERTIES COMPILE_OPTIONS -std=c++17)
  endif()
endfunction()
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
# Whole-buffer inflate for the entries of a Word package, three times as fast as zlib's.
pkg_check_modules(LIBDEFLATE REQUIRED IMPORTED_TARGET libdeflate)
pkg_check_modules(LIBLOUIS REQUIRED IMPORTED_TARGET liblouis)
pkg_check_modules(CMARK_GFM REQUIRED IMPORTED_TARGET libcmark-gfm)
# The extensions library has no pkg-config file on Debian.
find_library(CMARK_GFM_EXTENSIONS_LIBRARY cmark-gfm-extensions REQUIRED)

# The program's memory allocator: gperftools' tcmalloc (Debian's libgoogle-perftools-dev) makes a
# build of the sample 5 % cheaper than glibc's malloc (pango, qpdf and liblouis allocate often and
# small). Left out where a sanitizer brings its own allocator.
option(PERSKLAAR_TCMALLOC "link the persklaar program against tcmalloc" ON)
if(PERSKLAAR_FUZZ OR CMAKE_CXX_FLAGS MATCHES "-fsanitize")
  set(PERSKLAAR_TCMALLOC OFF)
endif()
if(PERSKLAAR_TCMALLOC)
  pkg_check_modules(TCMALLOC REQUIRED IMPORTED_TARGET libtcmalloc_minimal)
endif()

find_package(GTest REQUIRED)
