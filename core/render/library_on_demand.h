#pragma once
// A system library loaded the first time a feature needs it, instead of with the program. Every
// library the program is linked to is mapped and relocated before `main`, for every command, though
// most manuscripts never need some of them (librsvg for an SVG picture, gdk-pixbuf for a JPEG's
// pixels). Loaded once, kept until exit (what it made may live as long), safe from any thread.
#include <string>

namespace persklaar {

class LibraryOnDemand {
 public:
  explicit LibraryOnDemand(const char* name);  // loads it; why() tells when that failed
  LibraryOnDemand(const LibraryOnDemand&) = delete;
  LibraryOnDemand& operator=(const LibraryOnDemand&) = delete;

  // Looks `symbol` up into `function`; false when the library lacks it (why() then says so).
  template <class Function>
  bool look_up(const char* symbol, Function& function) {
    function = reinterpret_cast<Function>(address_of(symbol));
    return function != nullptr;
  }
  // Why the library, or the first symbol asked for, could not be had; empty when all was found.
  const std::string& why() const { return why_; }

 private:
  void* address_of(const char* symbol);

  const char* name_;
  void* handle_ = nullptr;
  std::string why_;
};

// The calls of the library `name` (a struct `Calls` of function pointers), looked up by
// `look_up_all` the first time they are asked for, once per process and thread-safe; nullptr, with
// the reason in `why`, when the library or one of the calls cannot be had.
template <class Calls, bool (*look_up_all)(LibraryOnDemand&, Calls&)>
const Calls* calls_on_demand(const char* name, std::string& why) {
  struct Loaded {
    Calls calls{};
    bool ready = false;
    std::string why;
  };
  static const Loaded loaded = [name] {
    static LibraryOnDemand library(name);
    Loaded made;
    made.ready = look_up_all(library, made.calls);
    made.why = library.why();
    return made;
  }();
  if (!loaded.ready) {
    why = loaded.why;
    return nullptr;
  }
  return &loaded.calls;
}

}  // namespace persklaar
