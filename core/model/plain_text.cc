#include "core/model/plain_text.h"

#include <type_traits>

namespace persklaar {
namespace {

void append_plain_text(const Inlines& inlines, std::string& out) {
  for (const Inline& node : inlines) {
    std::visit(
        [&out](const auto& item) {
          using T = std::decay_t<decltype(item)>;
          if constexpr (std::is_same_v<T, Text> || std::is_same_v<T, Code>) {
            out += item.text;
          } else if constexpr (std::is_same_v<T, SoftBreak> || std::is_same_v<T, LineBreak>) {
            out += ' ';
          } else if constexpr (kHoldsInlines<T>) {
            append_plain_text(item.content, out);
          } else if constexpr (std::is_same_v<T, Image>) {
            append_plain_text(item.alt, out);
          }
        },
        node.value);
  }
}

}  // namespace

std::string plain_text(const Inlines& inlines) {
  std::string out;
  append_plain_text(inlines, out);
  return out;
}

}  // namespace persklaar
