#pragma once
// Work that several editions of one build share, made once: the pdf plugin's painting, which both
// the screen and the print PDF finish, and the braille plugin's pages, which both BRF and PEF write.
// The editions of a build are written at the same time on different threads (build_editions.h), so
// the first edition to ask makes the value while the others wait for it, then all read it.
#include <functional>
#include <future>
#include <memory>
#include <mutex>

#include "core/layout/frame.h"

namespace persklaar {

// Keeps the value made last, for the build whose laid-out pages are `build` (the pipeline lays out
// once per build, so the pointer names the build) and for an equal `Key` (the options the value
// depends on). Without laid-out pages nothing is shared: each call makes its own value.
template <class Key, class Value>
class OncePerBuild {
 public:
  // The shared value, made by `make` on the calling thread if no edition made it yet. An exception
  // from `make` reaches every edition that waits for the value.
  std::shared_ptr<const Value> get(const std::shared_ptr<const LaidOutPublication>& build, const Key& key,
                                   const std::function<Value()>& make) {
    if (!build) return std::make_shared<const Value>(make());
    std::promise<std::shared_ptr<const Value>> promise;
    std::shared_future<std::shared_ptr<const Value>> result;
    bool mine = false;
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      if (last_.build.lock() != build || !(last_.key == key) || !last_.result.valid()) {
        last_ = Entry{build, key, promise.get_future().share()};
        mine = true;
      }
      result = last_.result;
    }
    if (mine) {
      try {
        promise.set_value(std::make_shared<const Value>(make()));
      } catch (...) {
        promise.set_exception(std::current_exception());
      }
    }
    return result.get();
  }

 private:
  struct Entry {
    std::weak_ptr<const LaidOutPublication> build;
    Key key{};
    std::shared_future<std::shared_ptr<const Value>> result;
  };
  std::mutex mutex_;
  Entry last_;
};

}  // namespace persklaar
