#include "tests/pdf/model_expectations.h"

#include <algorithm>
#include <type_traits>

#include "core/model/plain_text.h"
#include "core/model/walk.h"

namespace persklaar::testing {
namespace {

void collect_paragraphs(const Blocks& blocks, const std::string& where, std::vector<ExpectedParagraph>& out) {
  for (const Block& block : blocks) {
    std::visit(
        [&](const auto& item) {
          using T = std::decay_t<decltype(item)>;
          if constexpr (std::is_same_v<T, Paragraph>) {
            out.push_back({plain_text(item.content), where});
          } else if constexpr (std::is_same_v<T, List>) {
            for (const Blocks& entry : item.items) collect_paragraphs(entry, where, out);
          } else if constexpr (std::is_same_v<T, Testimonial> || std::is_same_v<T, BlockQuote>) {
            collect_paragraphs(item.content, where, out);
          }
        },
        block.value);
  }
}

void count(const Blocks& blocks, bool in_list, BlockCounts& counts) {
  for (const Block& block : blocks) {
    std::visit(
        [&](const auto& item) {
          using T = std::decay_t<decltype(item)>;
          if constexpr (std::is_same_v<T, Paragraph>) {
            if (!in_list) ++counts.paragraphs;
          } else if constexpr (std::is_same_v<T, List>) {
            ++counts.lists;
            for (const Blocks& entry : item.items) {
              ++counts.list_items;
              count(entry, true, counts);
            }
          } else if constexpr (std::is_same_v<T, Testimonial> || std::is_same_v<T, BlockQuote>) {
            ++counts.quotations;
            count(item.content, in_list, counts);
          }
        },
        block.value);
  }
}

void collect_links(const Inlines& inlines, std::vector<std::string>& out) {
  for (const Inline& inline_item : inlines) {
    std::visit(
        [&](const auto& item) {
          using T = std::decay_t<decltype(item)>;
          if constexpr (std::is_same_v<T, Link>) {
            const std::string& target = item.target;
            const bool external =
                target.rfind("http://", 0) == 0 || target.rfind("https://", 0) == 0 || target.rfind("mailto:", 0) == 0;
            if (external && std::find(out.begin(), out.end(), target) == out.end()) out.push_back(target);
            collect_links(item.content, out);
          } else if constexpr (std::is_same_v<T, Emphasis> || std::is_same_v<T, Strong> ||
                               std::is_same_v<T, Superscript> || std::is_same_v<T, Subscript>) {
            collect_links(item.content, out);
          }
        },
        inline_item.value);
  }
}

}  // namespace

std::vector<ExpectedParagraph> paragraphs_of(const Publication& publication) {
  std::vector<ExpectedParagraph> out;
  for (const Chapter& chapter : publication.chapters) {
    for (const Section& section : chapter.sections) {
      std::string where = plain_text(chapter.title);
      if (!section.title.empty()) where += " \xE2\x80\xBA " + plain_text(section.title);
      collect_paragraphs(section.blocks, where, out);
    }
  }
  return out;
}

std::vector<std::string> external_links_of(const Publication& publication) {
  Publication copy = publication;  // the walk visits mutable sequences; nothing is changed
  std::vector<std::string> out;
  for_each_inline_sequence(copy, [&out](Inlines& inlines) { collect_links(inlines, out); });
  return out;
}

BlockCounts count_blocks(const Publication& publication) {
  BlockCounts counts;
  for (const Chapter& chapter : publication.chapters) {
    for (const Section& section : chapter.sections) {
      if (section.has_heading && !section.title.empty()) ++counts.titled_sections;
      count(section.blocks, false, counts);
    }
  }
  return counts;
}

}  // namespace persklaar::testing
