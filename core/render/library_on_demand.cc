#include "core/render/library_on_demand.h"

#include <dlfcn.h>

namespace persklaar {

LibraryOnDemand::LibraryOnDemand(const char* name) : name_(name) {
  handle_ = ::dlopen(name, RTLD_NOW | RTLD_LOCAL);
  if (!handle_) {
    const char* error = ::dlerror();
    why_ = error ? error : std::string("cannot load ") + name;
  }
}

void* LibraryOnDemand::address_of(const char* symbol) {
  void* address = handle_ ? ::dlsym(handle_, symbol) : nullptr;
  if (!address && why_.empty()) why_ = std::string(name_) + " has no " + symbol;
  return address;
}

}  // namespace persklaar
