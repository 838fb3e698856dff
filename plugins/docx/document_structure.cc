#include "plugins/docx/document_structure.h"

#include <map>
#include <set>

#include "core/conventions/block_language.h"
#include "core/conventions/chapter_builder.h"
#include "core/conventions/figure.h"
#include "core/conventions/testimonial.h"
#include "core/model/note.h"
#include "core/model/plain_text.h"
#include "plugins/docx/list_builder.h"

namespace persklaar::docx {
namespace {

constexpr std::string_view kEmDash = "\xE2\x80\x94";

const WordParagraph* paragraph_at(const std::vector<WordBlock>& blocks, std::size_t k) {
  return k < blocks.size() ? std::get_if<WordParagraph>(&blocks[k]) : nullptr;
}

bool starts_with_em_dash(const WordParagraph& paragraph) {
  if (paragraph.content.empty()) return false;
  const auto* text = std::get_if<Text>(&paragraph.content.front().value);
  return text && text->text.rfind(kEmDash, 0) == 0;
}

}  // namespace

Block paragraph_block(WordParagraph& paragraph) {
  if (auto figure = figure_from(paragraph.content)) return Block{std::move(*figure), paragraph.position, {}, {}};
  Attributes language = take_block_language(paragraph.content);  // "… {lang=en}" as in Markdown
  return Block{Paragraph{std::move(paragraph.content)}, paragraph.position, std::move(language), {}};
}

namespace {

// Walks the intermediate blocks once, grouping what belongs together, and hands each finished block
// (or heading) to the sink.
class Grouper {
 public:
  Grouper(std::vector<WordBlock> blocks, const Numbering& numbering) : blocks_(std::move(blocks)), lists_(numbering) {}

  // `on_heading(paragraph)` returns true when it took the heading (as a chapter or section title).
  template <typename OnBlock, typename OnHeading>
  void run(OnBlock on_block, OnHeading on_heading) {
    std::size_t k = 0;
    while (k < blocks_.size()) {
      if (auto* table = std::get_if<WordTable>(&blocks_[k])) {
        on_block(Block{std::move(table->table), table->position, {}, {}});
        ++k;
        continue;
      }
      WordParagraph& paragraph = std::get<WordParagraph>(blocks_[k]);
      if (paragraph.list && paragraph.style.role != ParagraphRole::heading) {
        for (Block& list : lists_.build(blocks_, k)) on_block(std::move(list));
        continue;
      }
      switch (paragraph.style.role) {
        case ParagraphRole::heading:
          if (!on_heading(paragraph)) {
            Block heading{Heading{std::min(paragraph.style.heading_level, 6), std::move(paragraph.content)},
                          paragraph.position,
                          {},
                          {}};
            heading.attributes.id = paragraph.anchor;
            on_block(std::move(heading));
          }
          ++k;
          break;
        case ParagraphRole::title:
        case ParagraphRole::subtitle: {
          // The first Title and Subtitle paragraphs are the metadata; more of them (an "Author" style
          // based on Title, a second title) are text.
          std::string& field = paragraph.style.role == ParagraphRole::title ? title_ : subtitle_;
          if (field.empty()) {
            field = plain_text(paragraph.content);
            ++k;
          } else {
            on_block(body_paragraph(k));
          }
          break;
        }
        case ParagraphRole::quote: on_block(quotation(k)); break;
        case ParagraphRole::code: on_block(code(k)); break;
        default: on_block(body_paragraph(k));
      }
    }
  }

  const std::string& title() const { return title_; }
  const std::string& subtitle() const { return subtitle_; }

 private:
  // A paragraph, or a figure when it holds only an image; a caption paragraph right after a figure
  // is its caption.
  Block body_paragraph(std::size_t& k) {
    Block block = paragraph_block(std::get<WordParagraph>(blocks_[k]));
    ++k;
    if (auto* figure = std::get_if<Figure>(&block.value)) {
      const WordParagraph* next = paragraph_at(blocks_, k);
      if (next && next->style.role == ParagraphRole::caption && figure->caption.empty()) {
        figure->caption = std::move(std::get<WordParagraph>(blocks_[k]).content);
        ++k;
      }
    }
    return block;
  }

  // Quotation paragraphs in a row, and an attribution ("— Name - role") right after them, whatever
  // its style: a testimonial when the attribution is there, a block quote otherwise.
  Block quotation(std::size_t& k) {
    const SourcePosition where = std::get<WordParagraph>(blocks_[k]).position;
    Blocks content;
    while (const WordParagraph* next = paragraph_at(blocks_, k)) {
      const bool quoted = next->style.role == ParagraphRole::quote && !next->list;
      const bool attribution = starts_with_em_dash(*next) && (quoted || next->style.role == ParagraphRole::body);
      if (!quoted && !attribution) break;
      content.push_back(paragraph_block(std::get<WordParagraph>(blocks_[k])));
      ++k;
      if (attribution) break;  // the next quotation paragraph begins another testimonial
    }
    if (auto testimonial = testimonial_from_quote(content)) return Block{std::move(*testimonial), where, {}, {}};
    return Block{BlockQuote{std::move(content)}, where, {}, {}};
  }

  // Code paragraphs in a row are one code block, a line each.
  Block code(std::size_t& k) {
    const SourcePosition where = std::get<WordParagraph>(blocks_[k]).position;
    std::string text;
    while (const WordParagraph* next = paragraph_at(blocks_, k)) {
      if (next->style.role != ParagraphRole::code) break;
      std::string line;
      for (const Inline& node : next->content) {
        if (const auto* code = std::get_if<Code>(&node.value)) {
          line += code->text;
        } else if (std::holds_alternative<LineBreak>(node.value)) {
          line += "\n";
        } else {
          line += plain_text(Inlines{node});
        }
      }
      text += line + "\n";
      ++k;
    }
    return Block{CodeBlock{"", std::move(text)}, where, {}, {}};
  }

  std::vector<WordBlock> blocks_;
  ListBuilder lists_;
  std::string title_;
  std::string subtitle_;
};

void collect_link_targets(const Inlines& inlines, std::set<std::string>& targets) {
  for (const Inline& node : inlines) {
    if (const auto* link = std::get_if<Link>(&node.value)) {
      if (!link->target.empty() && link->target[0] == '#') targets.insert(link->target.substr(1));
      collect_link_targets(link->content, targets);
    } else {
      std::visit(
          [&targets](const auto& item) {
            if constexpr (kHoldsInlines<std::decay_t<decltype(item)>>) collect_link_targets(item.content, targets);
          },
          node.value);
    }
  }
}

// Bookmarks that internal links point to: only these become ids, so Word's private bookmarks
// (_GoBack, OLE_LINK1) stay out of the editions.
void keep_targeted_anchors(std::vector<WordBlock>& blocks) {
  std::set<std::string> targets;
  for (const WordBlock& block : blocks) {
    if (const auto* paragraph = std::get_if<WordParagraph>(&block)) {
      collect_link_targets(paragraph->content, targets);
    } else {
      const Table& table = std::get<WordTable>(block).table;
      for (const TableCell& cell : table.header) collect_link_targets(cell.content, targets);
      for (const auto& row : table.rows) {
        for (const TableCell& cell : row) collect_link_targets(cell.content, targets);
      }
    }
  }
  for (WordBlock& block : blocks) {
    if (auto* paragraph = std::get_if<WordParagraph>(&block); paragraph && !targets.count(paragraph->anchor)) {
      paragraph->anchor.clear();
    }
  }
}

// Each chapter gets the notes its text refers to, in the order of first reference (the notes pass
// numbers them); a note referred to from two chapters is in both.
void attach_notes(std::vector<Chapter>& chapters, std::vector<WordNote> notes, const Numbering& numbering) {
  std::map<std::string, Note> by_id;
  for (WordNote& note : notes) {
    by_id[note.id] = Note{note.id, 0, build_blocks(std::move(note.content), numbering), note.position};
  }
  for (Chapter& chapter : chapters) {
    std::set<std::string> attached;
    for (const Section& section : chapter.sections) {
      for (const std::string& id : note_references_in(section)) {
        const auto found = by_id.find(id);
        if (found != by_id.end() && attached.insert(id).second) chapter.notes.push_back(found->second);
      }
    }
  }
}

}  // namespace

Publication build_publication(WordDocument document, const Numbering& numbering) {
  Publication publication;
  keep_targeted_anchors(document.body);
  ChapterBuilder builder;
  Grouper grouper(std::move(document.body), numbering);
  grouper.run([&](Block block) { builder.add_block(std::move(block)); },
              [&](WordParagraph& paragraph) {
                if (paragraph.style.heading_level > 2) return false;
                if (paragraph.style.heading_level == 1) {
                  builder.open_chapter(std::move(paragraph.content), paragraph.position, paragraph.anchor);
                } else {
                  builder.open_section(std::move(paragraph.content), paragraph.position, paragraph.anchor);
                }
                return true;
              });
  publication.chapters = builder.take();
  attach_notes(publication.chapters, std::move(document.notes), numbering);
  // The body's Title and Subtitle paragraphs first; the document properties where the body has none.
  Metadata& metadata = publication.metadata;
  metadata = std::move(document.properties);
  if (!grouper.title().empty()) metadata.title = grouper.title();
  if (!grouper.subtitle().empty()) metadata.subtitle = grouper.subtitle();
  return publication;
}

Blocks build_blocks(std::vector<WordBlock> blocks, const Numbering& numbering) {
  Blocks out;
  Grouper grouper(std::move(blocks), numbering);
  grouper.run([&](Block block) { out.push_back(std::move(block)); }, [](WordParagraph&) { return false; });
  return out;
}

}  // namespace persklaar::docx
