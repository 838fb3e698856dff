#include "plugins/docx/part_text.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

namespace persklaar::docx {
namespace {

// Paragraph, run, table, section, style and list-level properties the reader never asks for
// (direction, alignment, spacing, indents, fonts, sizes, colours, language, complex-script bold
// and italic, widths, page size, a list level's text and alignment), left out as empty elements
// (<w:jc w:val="left"/>).
// clang-format off
constexpr std::string_view kUnreadEmpty[] = {
    // paragraphs
    "bidi", "ind", "jc", "keepNext", "snapToGrid", "spacing", "suppressAutoHyphens", "suppressLineNumbers",
    "widowControl",
    // runs
    "bCs", "color", "iCs", "kern", "lang", "noProof", "rFonts", "rtl", "sz", "szCs",
    // tables
    "gridCol", "tblInd", "tblLayout", "tblW", "tcW", "vAlign",
    // sections, styles, list levels
    "pgMar", "pgSz", "qFormat", "lvlJc", "lvlText", "suff"};
// clang-format on

// Properties left out when they hold nothing, or only what is left out (<w:rPr></w:rPr>,
// <w:tcPr><w:tcW w:w="7141"/></w:tcPr>): the reader finds an empty one and none alike.
constexpr std::string_view kUnreadWhenEmpty[] = {"pPr", "rPr", "tcBorders", "tcPr", "trPr"};

bool listed(std::string_view name, const auto& names) {
  for (const std::string_view entry : names) {
    if (entry.size() == name.size() && entry[0] == name[0] && entry == name) return true;
  }
  return false;
}

// Every tag in w: is looked at, and most are read: the first two letters of every name on the lists
// above (and "tabs") tell at once of most tags that they are none of them.
constexpr auto kUnreadBeginnings = [] {
  std::array<std::uint64_t, 128 * 128 / 64> bits{};
  const auto mark = [&bits](std::string_view name) {
    const std::size_t pair = static_cast<std::size_t>(name[0]) * 128 + static_cast<std::size_t>(name[1]);
    bits[pair / 64] |= std::uint64_t{1} << (pair % 64);
  };
  for (const std::string_view name : kUnreadEmpty) mark(name);
  for (const std::string_view name : kUnreadWhenEmpty) mark(name);
  mark("tabs");
  return bits;
}();

bool may_be_unread(char first, char second) {
  const auto a = static_cast<unsigned char>(first);
  const auto b = static_cast<unsigned char>(second);
  if (a >= 128 || b >= 128) return false;
  const std::size_t pair = std::size_t{a} * 128 + b;
  return (kUnreadBeginnings[pair / 64] >> (pair % 64)) & 1;
}

bool is_name_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// The local name of a start tag in w: ("jc" for <w:jc w:val="left"/>), or "" for any other tag.
std::string_view word_start_tag_name(std::string_view tag) {
  if (tag.size() < 5 || tag[1] != 'w' || tag[2] != ':') return {};
  std::size_t end = 3;
  while (end < tag.size() && is_name_letter(tag[end])) ++end;
  const bool whole = end < tag.size() && (tag[end] == ' ' || tag[end] == '/' || tag[end] == '>' || tag[end] == '\t' ||
                                          tag[end] == '\r' || tag[end] == '\n');
  return whole ? tag.substr(3, end - 3) : std::string_view();
}

// Whether the end tag of w:`name` stands at `at`.
bool end_tag_at(std::string_view text, std::size_t at, std::string_view name) {
  return text.compare(at, 4, "</w:") == 0 && text.compare(at + 4, name.size(), name) == 0 &&
         text.compare(at + 4 + name.size(), 1, ">") == 0;
}

// Where what the reader never reads ends, when the tag [lt, gt] begins such a thing; 0 otherwise.
// Only what stands on one line is left out, so that every line stays where it was. `depth` counts
// the property elements around the tag that are being left out (two at most: a paragraph's run
// properties, a cell's borders), which keeps the work linear whatever the nesting.
std::size_t end_of_unread(std::string_view text, std::size_t lt, std::size_t gt, int depth = 0) {
  const std::string_view tag = text.substr(lt, gt + 1 - lt);
  if (tag.size() < 5 || !may_be_unread(tag[3], tag[4])) return 0;
  const std::string_view name = word_start_tag_name(tag);
  if (name.empty()) return 0;
  if (tag[tag.size() - 2] == '/') {
    return listed(name, kUnreadEmpty) && tag.find('\n') == std::string_view::npos ? gt + 1 : 0;
  }
  if (listed(name, kUnreadWhenEmpty)) {
    if (tag.find('\n') != std::string_view::npos) return 0;
    for (std::size_t at = gt + 1; at < text.size() && text[at] == '<';) {
      if (end_tag_at(text, at, name)) return at + name.size() + 5;
      const std::size_t close = depth < 2 ? text.find('>', at) : std::string_view::npos;
      const std::size_t inner = close == std::string_view::npos ? 0 : end_of_unread(text, at, close, depth + 1);
      if (!inner) return 0;
      at = inner;
    }
    return 0;
  }
  // A paragraph's tab stops (<w:tabs><w:tab w:val="left" w:pos="720"/>…</w:tabs>): left out whole
  // when they hold nothing but empty w:tab elements.
  if (name == "tabs" && tag.find('\n') == std::string_view::npos) {
    for (std::size_t at = gt + 1; at < text.size() && text[at] == '<';) {
      if (end_tag_at(text, at, name)) return at + name.size() + 5;
      const std::size_t close = text.find('>', at);
      if (close == std::string_view::npos) return 0;
      const std::string_view stop = text.substr(at, close + 1 - at);
      if (word_start_tag_name(stop) != "tab" || stop[stop.size() - 2] != '/' ||
          stop.find('\n') != std::string_view::npos) {
        return 0;
      }
      at = close + 1;
    }
  }
  return 0;
}

// A CDATA section may hold text that looks like the properties left out, so a part with one is
// taken as it is. ("CDATA[" is rare in text; "<![" is everywhere '<' is.)
bool has_cdata(std::string_view text) {
  for (std::size_t at = text.find("CDATA["); at != std::string_view::npos; at = text.find("CDATA[", at + 1)) {
    if (at >= 3 && text.compare(at - 3, 3, "<![") == 0) return true;
  }
  return false;
}

}  // namespace

std::string prepare_for_parsing(const std::string& bytes, bool leave_out_unread) {
  const std::string_view text(bytes);
  const bool leave_out = leave_out_unread && !has_cdata(text);
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 64);
  std::size_t copied = 0;  // the text before this is in `out` (or left out)
  std::size_t k = 0;
  while (k < text.size()) {
    const std::size_t lt = text.find('<', k);
    if (lt == std::string_view::npos) break;
    const std::size_t gt = text.find('>', lt);
    if (gt == std::string_view::npos) break;
    if (const std::size_t end = leave_out ? end_of_unread(text, lt, gt) : 0) {
      out.append(text, copied, lt - copied);
      copied = k = end;
      continue;
    }
    std::size_t end = gt + 1;
    while (end < text.size() && (text[end] == ' ' || text[end] == '\t')) ++end;
    if (end > gt + 1 && text.compare(end, 2, "</") == 0) {
      out.append(text, copied, gt + 1 - copied);
      for (std::size_t j = gt + 1; j < end; ++j) out += text[j] == ' ' ? "&#32;" : "&#9;";
      copied = end;
    }
    k = end;
  }
  out.append(text, copied, std::string_view::npos);
  return out;
}

}  // namespace persklaar::docx
