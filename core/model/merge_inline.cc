#include "core/model/merge_inline.h"

namespace persklaar {
namespace {

// Joins `node` to `last` when both hold a T; says whether it did.
template <typename T>
bool join(Inline& last, Inline& node) {
  auto* previous = std::get_if<T>(&last.value);
  const auto* next = std::get_if<T>(&node.value);
  if (!previous || !next) return false;
  previous->text += next->text;
  return true;
}

}  // namespace

void append_merged(Inlines& inlines, Inline node) {
  if (!inlines.empty() && (join<Text>(inlines.back(), node) || join<Code>(inlines.back(), node))) return;
  inlines.push_back(std::move(node));
}

}  // namespace persklaar
