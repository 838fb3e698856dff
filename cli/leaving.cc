#include "cli/leaving.h"

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <mutex>
#include <vector>

#include "core/output/interrupt.h"
#include "core/pipeline/leak_check.h"

namespace persklaar::cli {
namespace {

struct Kept {
  std::mutex mutex;
  std::vector<std::shared_ptr<const void>> objects;
};

Kept& kept() {
  static auto* instance = new Kept;  // never destroyed: the process leaves without it
  return *instance;
}

}  // namespace

void keep_until_exit(std::shared_ptr<const void> object) {
  if (kLeaksChecked || !object) return;  // freed as usual, so that the sanitizer sees it freed
  const std::lock_guard lock(kept().mutex);
  kept().objects.push_back(std::move(object));
}

void leave(int status) {
  std::cout.flush();
  std::cerr.flush();
  std::fflush(nullptr);
  if (kLeaksChecked) std::exit(status);
  remove_registered_temporaries();
  std::_Exit(status);
}

}  // namespace persklaar::cli
