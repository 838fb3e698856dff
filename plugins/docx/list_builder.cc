#include "plugins/docx/list_builder.h"

#include <algorithm>

namespace persklaar::docx {
namespace {

bool is_list_item(const WordBlock& block) {
  const auto* paragraph = std::get_if<WordParagraph>(&block);
  return paragraph && paragraph->list && paragraph->style.role != ParagraphRole::heading;
}

bool is_continuation(const WordBlock& block) {
  const auto* paragraph = std::get_if<WordParagraph>(&block);
  return paragraph && !paragraph->list && paragraph->style.role == ParagraphRole::list_paragraph;
}

}  // namespace

std::vector<ListBuilder::Item> ListBuilder::collect(std::vector<WordBlock>& blocks, std::size_t& k) {
  std::vector<Item> items;
  while (k < blocks.size()) {
    if (is_list_item(blocks[k])) {
      WordParagraph& paragraph = std::get<WordParagraph>(blocks[k]);
      items.push_back(
          Item{paragraph.list->num_id, std::clamp(paragraph.list->level, 0, 8), {paragraph_block(paragraph)}});
    } else if (is_continuation(blocks[k]) && !items.empty()) {
      items.back().content.push_back(paragraph_block(std::get<WordParagraph>(blocks[k])));
    } else {
      break;
    }
    ++k;
  }
  return items;
}

int ListBuilder::count(const std::string& num_id, int level) {
  const std::string abstract = numbering_.abstract_of(num_id);
  auto& levels = counters_[abstract];
  const bool first_use = !seen_num_ids_[num_id];
  seen_num_ids_[num_id] = true;
  // Deeper levels start again under a new item of this level.
  levels.erase(levels.upper_bound(level), levels.end());
  const auto found = levels.find(level);
  if (found == levels.end() || (first_use && numbering_.restarts(num_id, level))) {
    levels[level] = numbering_.level(num_id, level).start;
  } else {
    ++found->second;
  }
  return levels[level];
}

Block ListBuilder::nest(std::vector<Item>& items, std::size_t& at, int level) {
  const Item& first = items[at];
  const ListLevel kind = numbering_.level(first.num_id, level);
  List list;
  list.ordered = kind.ordered;
  list.start = count(first.num_id, level);
  Block block{List{}, first.content.empty() ? SourcePosition{} : first.content.front().position, {}, {}};
  const std::string abstract = numbering_.abstract_of(first.num_id);
  bool counted_first = true;
  while (at < items.size() && items[at].level >= level) {
    Item& item = items[at];
    if (item.level == level) {
      // Another numbering at the same level is another list.
      if (!list.items.empty() && numbering_.abstract_of(item.num_id) != abstract) break;
      if (!counted_first) count(item.num_id, level);
      counted_first = false;
      list.items.push_back(std::move(item.content));
      ++at;
    } else {
      Block nested = nest(items, at, items[at].level);
      if (list.items.empty()) list.items.emplace_back();
      list.items.back().push_back(std::move(nested));
    }
  }
  block.value = std::move(list);
  return block;
}

Blocks ListBuilder::build(std::vector<WordBlock>& blocks, std::size_t& k) {
  std::vector<Item> items = collect(blocks, k);
  Blocks lists;
  // Usually one list; more when the numbering changes at the top level, or the first item stands
  // deeper than the ones after it.
  for (std::size_t at = 0; at < items.size();) lists.push_back(nest(items, at, items[at].level));
  return lists;
}

}  // namespace persklaar::docx
