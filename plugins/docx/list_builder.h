#pragma once
// Word has no lists, only numbered paragraphs: each names a numbering (w:numId) and a level. Runs of
// such paragraphs become the model's nested lists, bullet or ordered as numbering.xml says, and an
// ordered list interrupted by other text continues its count, as Word shows it.
#include <map>
#include <string>
#include <vector>

#include "core/model/block.h"
#include "plugins/docx/numbering.h"
#include "plugins/docx/word_document.h"

namespace persklaar::docx {

class ListBuilder {
 public:
  explicit ListBuilder(const Numbering& numbering) : numbering_(numbering) {}

  // Builds the lists made of blocks[k] (a numbered paragraph) and the numbered paragraphs (and
  // unnumbered "List Paragraph" continuations) after it; leaves k after the last one taken.
  Blocks build(std::vector<WordBlock>& blocks, std::size_t& k);

 private:
  struct Item {
    std::string num_id;
    int level = 0;
    Blocks content;
  };
  std::vector<Item> collect(std::vector<WordBlock>& blocks, std::size_t& k);
  Block nest(std::vector<Item>& items, std::size_t& at, int level);
  int count(const std::string& num_id, int level);

  const Numbering& numbering_;
  // The number the last item of each abstract numbering's level had, for lists that continue.
  std::map<std::string, std::map<int, int>> counters_;
  std::map<std::string, bool> seen_num_ids_;
};

}  // namespace persklaar::docx
