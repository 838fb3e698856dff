#pragma once
// Results a process remembers by their inputs. Some work gives the same result for the same input
// every time, and a magazine asks for the same input again and again: a word's hyphenation points
// (core/layout/hyphenate.cc), a paragraph's braille (plugins/braille/braille_text.cc), a page's
// marked content (core/preflight/marked_content.cc). `persklaar watch` asks again after every save.
// Such work is done once and then looked up.
//
// Thread-safe: the editions of a build run on threads of their own. Bounded: past its limit it
// forgets everything at once and starts again. That keeps the bookkeeping to one count, and a
// magazine's working set stays far below every limit.
#include <cstddef>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <utility>

namespace persklaar {

// From now on this process will build again (`persklaar watch`, `persklaar preview`): what only a
// later build can use is worth keeping (the page walks kept here, and the set paragraphs of
// core/layout/paragraph_cache.h).
void remember_across_builds();
bool remembering_across_builds();

// Whether a value is worth keeping in a process that builds once: some work is asked for again
// within one build (a word's hyphenation points), some only by the next build (a page's walk).
enum class KeepFor { every_process, processes_that_build_again };

template <class Key, class Value, class Hash = std::hash<Key>>
class Remembered {
 public:
  // How much one entry counts against the limit.
  using Weight = std::size_t (*)(const Key&, const Value&);

  // `limit`: the most it holds, counted by `weight` (one per entry when none is given).
  explicit Remembered(std::size_t limit, Weight weight = nullptr, KeepFor keep_for = KeepFor::every_process)
      : limit_(limit), weight_(weight), keep_for_(keep_for) {}

  // Whether keep() keeps anything now; a caller can then skip making the key.
  bool keeping() const { return keep_for_ == KeepFor::every_process || remembering_across_builds(); }

  std::optional<Value> find(const Key& key) const {
    const std::lock_guard<std::mutex> lock(mutex_);
    const auto found = entries_.find(key);
    if (found == entries_.end()) return std::nullopt;
    return found->second;
  }

  void keep(Key key, Value value) {
    if (!keeping()) return;
    const std::size_t weight = weight_ ? weight_(key, value) : 1;
    const std::lock_guard<std::mutex> lock(mutex_);
    if (held_ + weight > limit_) forget_locked();
    if (entries_.emplace(std::move(key), std::move(value)).second) held_ += weight;
  }

  // The remembered value, or else what `make` makes (outside the lock), remembered from now on.
  template <class Make>
  Value find_or_make(const Key& key, Make&& make) {
    if (std::optional<Value> found = find(key)) return *std::move(found);
    Value made = std::forward<Make>(make)();
    keep(key, made);
    return made;
  }

 private:
  void forget_locked() {
    entries_.clear();
    held_ = 0;
  }

  const std::size_t limit_;
  const Weight weight_;
  const KeepFor keep_for_;
  mutable std::mutex mutex_;
  std::unordered_map<Key, Value, Hash> entries_;
  std::size_t held_ = 0;
};

}  // namespace persklaar
