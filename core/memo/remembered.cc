#include "core/memo/remembered.h"

#include <atomic>

namespace persklaar {
namespace {

std::atomic<bool> building_again{false};

}  // namespace

void remember_across_builds() {
  building_again = true;
}

bool remembering_across_builds() {
  return building_again;
}

}  // namespace persklaar
