#include "core/render/svg_library.h"

#include <dlfcn.h>

namespace persklaar {
namespace {

// librsvg 2's ABI name (Debian's librsvg2-2).
constexpr const char* kLibraryName = "librsvg-2.so.2";

struct Loaded {
  SvgLibrary library{};
  bool ready = false;
  std::string why;
};

template <class Function>
bool look_up(void* handle, const char* name, Function& function, std::string& why) {
  function = reinterpret_cast<Function>(::dlsym(handle, name));
  if (!function && why.empty()) why = std::string(kLibraryName) + " has no " + name;
  return function != nullptr;
}

Loaded load() {
  Loaded loaded;
  void* handle = ::dlopen(kLibraryName, RTLD_NOW | RTLD_LOCAL);  // kept until exit, as the pictures are
  if (!handle) {
    const char* error = ::dlerror();
    loaded.why = error ? error : std::string("cannot load ") + kLibraryName;
    return loaded;
  }
  SvgLibrary& l = loaded.library;
  loaded.ready = look_up(handle, "rsvg_handle_new_from_data", l.new_from_data, loaded.why) &
                 look_up(handle, "rsvg_handle_get_intrinsic_size_in_pixels", l.intrinsic_size_in_pixels, loaded.why) &
                 look_up(handle, "rsvg_handle_get_intrinsic_dimensions", l.intrinsic_dimensions, loaded.why) &
                 look_up(handle, "rsvg_handle_render_document", l.render_document, loaded.why);
  return loaded;
}

}  // namespace

const SvgLibrary* svg_library(std::string& why) {
  static const Loaded loaded = load();  // once, on first use; thread-safe
  if (!loaded.ready) {
    why = loaded.why;
    return nullptr;
  }
  return &loaded.library;
}

}  // namespace persklaar
