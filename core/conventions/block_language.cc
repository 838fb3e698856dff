#include "core/conventions/block_language.h"

#include <algorithm>

#include "core/conventions/heading_attributes.h"

namespace persklaar {
namespace {

bool only_language(const Attributes& attributes) {
  return attributes.id.empty() && attributes.classes.empty() && attributes.pairs.size() == 1 &&
         attributes.pairs.front().first == "lang";
}

}  // namespace

Attributes take_block_language(Inlines& content) {
  if (content.empty()) return {};
  auto* last = std::get_if<Text>(&content.back().value);
  if (!last) return {};
  std::string text = last->text;
  const std::optional<Attributes> attributes = take_trailing_attributes(text);
  if (!attributes || !only_language(*attributes)) return {};
  last->text = std::move(text);
  if (last->text.empty()) content.pop_back();
  // `{lang=en}` on a line of its own leaves the line end before it.
  while (!content.empty() && (std::holds_alternative<SoftBreak>(content.back().value) ||
                              std::holds_alternative<LineBreak>(content.back().value))) {
    content.pop_back();
  }
  return *attributes;
}

bool is_language_mark(const Block& block) {
  const auto* paragraph = std::get_if<Paragraph>(&block.value);
  return paragraph && paragraph->content.empty() && only_language(block.attributes);
}

std::optional<Attributes> take_closing_language(Blocks& blocks) {
  if (blocks.empty() || !is_language_mark(blocks.back())) return std::nullopt;
  Attributes language = std::move(blocks.back().attributes);
  blocks.pop_back();
  return language;
}

void add_language(Attributes& attributes, const Attributes& language) {
  auto& pairs = attributes.pairs;
  pairs.erase(std::remove_if(pairs.begin(), pairs.end(), [](const auto& pair) { return pair.first == "lang"; }),
              pairs.end());
  for (const auto& pair : language.pairs) pairs.push_back(pair);
}

}  // namespace persklaar
