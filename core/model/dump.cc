#include "core/model/dump.h"

#include <type_traits>

namespace persklaar {
namespace {

std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

void dump_inlines(const Inlines& inlines, std::string& out) {
  bool first = true;
  for (const Inline& node : inlines) {
    if (!first) out += ' ';
    first = false;
    std::visit(
        [&out](const auto& item) {
          using T = std::decay_t<decltype(item)>;
          if constexpr (std::is_same_v<T, Text>) {
            out += quoted(item.text);
          } else if constexpr (std::is_same_v<T, SoftBreak>) {
            out += "SoftBreak";
          } else if constexpr (std::is_same_v<T, LineBreak>) {
            out += "LineBreak";
          } else if constexpr (std::is_same_v<T, Code>) {
            out += "Code " + quoted(item.text);
          } else if constexpr (std::is_same_v<T, Emphasis> || std::is_same_v<T, Strong>) {
            out += std::is_same_v<T, Emphasis> ? "Emph[" : "Strong[";
            dump_inlines(item.content, out);
            out += "]";
          } else if constexpr (std::is_same_v<T, Superscript> || std::is_same_v<T, Subscript>) {
            out += std::is_same_v<T, Superscript> ? "Sup[" : "Sub[";
            dump_inlines(item.content, out);
            out += "]";
          } else if constexpr (std::is_same_v<T, Link>) {
            out += "Link " + quoted(item.target) + "[";
            dump_inlines(item.content, out);
            out += "]";
          } else if constexpr (std::is_same_v<T, Image>) {
            out += "Image " + quoted(item.source) + "[";
            dump_inlines(item.alt, out);
            out += "]";
          } else if constexpr (std::is_same_v<T, NoteReference>) {
            out += "NoteRef " + std::to_string(item.number) + " " + quoted(item.id);
          } else if constexpr (std::is_same_v<T, RawInline>) {
            out += "Raw " + item.format + " " + quoted(item.text);
          }
        },
        node.value);
  }
}

std::string attributes_suffix(const Attributes& attributes) {
  std::string out;
  if (!attributes.id.empty()) out += " #" + attributes.id;
  for (const auto& name : attributes.classes) out += " ." + name;
  return out;
}

class Dumper {
 public:
  void publication(const Publication& publication) {
    const Metadata& m = publication.metadata;
    line(0, "Metadata title=" + quoted(m.title) + " language=" + quoted(m.language));
    for (const Chapter& chapter : publication.chapters) {
      line(0, std::string("Chapter ") + to_string(chapter.matter) + " " + std::to_string(chapter.number) + " " +
                  inlines(chapter.title) + attributes_suffix(chapter.attributes));
      for (const Section& section : chapter.sections) {
        line(1, std::string("Section ") + to_string(section.kind) + " " + inlines(section.title) +
                    attributes_suffix(section.attributes));
        blocks(section.blocks, 2);
      }
      for (const Note& note : chapter.notes) {
        line(1, "Note " + std::to_string(note.number) + " " + quoted(note.id));
        blocks(note.content, 2);
      }
    }
  }

  void blocks(const Blocks& blocks, int depth) {
    for (const Block& block : blocks) std::visit([&](const auto& item) { render(item, depth); }, block.value);
  }

  std::string take() { return std::move(out_); }

 private:
  void line(int depth, const std::string& text) {
    out_.append(static_cast<std::size_t>(depth) * 2, ' ');
    out_ += text;
    out_ += '\n';
  }
  static std::string inlines(const Inlines& content) {
    std::string out;
    dump_inlines(content, out);
    return "[" + out + "]";
  }

  void render(const Paragraph& item, int depth) { line(depth, "Para " + inlines(item.content)); }
  void render(const Heading& item, int depth) {
    line(depth, "Heading " + std::to_string(item.level) + " " + inlines(item.content));
  }
  void render(const List& item, int depth) {
    line(depth, std::string(item.ordered ? "OrderedList start=" + std::to_string(item.start) : "BulletList") +
                    (item.tight ? " tight" : " loose"));
    for (const Blocks& entry : item.items) {
      line(depth + 1, "Item");
      blocks(entry, depth + 2);
    }
  }
  void render(const BlockQuote& item, int depth) {
    line(depth, "BlockQuote");
    blocks(item.content, depth + 1);
  }
  void render(const Testimonial& item, int depth) {
    line(depth, "Testimonial person=" + inlines(item.person) + " role=" + inlines(item.role));
    blocks(item.content, depth + 1);
  }
  void render(const CodeBlock& item, int depth) {
    line(depth, "CodeBlock " + quoted(item.info) + " " + quoted(item.text));
  }
  void render(const ThematicBreak&, int depth) { line(depth, "ThematicBreak"); }
  void render(const Figure& item, int depth) {
    line(depth, "Figure " + quoted(item.source) + " alt=" + inlines(item.alt) + " caption=" + inlines(item.caption));
  }
  void render(const Table& item, int depth) {
    line(depth, "Table columns=" + std::to_string(item.alignments.size()));
    std::string header;
    for (const auto& cell : item.header) header += " " + inlines(cell.content);
    line(depth + 1, "Header" + header);
    for (const auto& row : item.rows) {
      std::string cells;
      for (const auto& cell : row) cells += " " + inlines(cell.content);
      line(depth + 1, "Row" + cells);
    }
  }
  void render(const RawBlock& item, int depth) { line(depth, "RawBlock " + item.format + " " + quoted(item.text)); }

  std::string out_;
};

}  // namespace

std::string dump(const Publication& publication) {
  Dumper dumper;
  dumper.publication(publication);
  return dumper.take();
}

std::string dump(const Blocks& blocks) {
  Dumper dumper;
  dumper.blocks(blocks, 0);
  return dumper.take();
}

std::string dump(const Inlines& inlines) {
  std::string out;
  dump_inlines(inlines, out);
  return out;
}

}  // namespace persklaar
