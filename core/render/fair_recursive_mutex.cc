#include "core/render/fair_recursive_mutex.h"

namespace persklaar {

void FairRecursiveMutex::lock() {
  const std::thread::id me = std::this_thread::get_id();
  std::unique_lock<std::mutex> guard(mutex_);
  if (depth_ > 0 && owner_ == me) {
    ++depth_;
    return;
  }
  const std::uint64_t ticket = next_ticket_++;
  turn_changed_.wait(guard, [&] { return serving_ == ticket; });
  owner_ = me;
  depth_ = 1;
}

void FairRecursiveMutex::unlock() {
  std::unique_lock<std::mutex> guard(mutex_);
  if (--depth_ > 0) return;
  owner_ = std::thread::id();
  ++serving_;
  guard.unlock();
  turn_changed_.notify_all();
}

}  // namespace persklaar
