#include "core/layout/paragraph.h"

#include <glib.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <iterator>
#include <set>

#include "core/layout/hyphenate.h"
#include "core/layout/line_cutter.h"
#include "core/layout/linebreak.h"
#include "core/layout/missing_glyphs.h"
#include "core/layout/paragraph_shaping.h"
#include "core/layout/string_breaks.h"
#include "core/layout/text_style.h"
#include "core/text/language.h"
#include "core/text/utf8.h"

namespace persklaar {
namespace {

constexpr double kHyphenPenalty = 50;
constexpr double kRaggedWordSpace = 4;  // the stretch a ragged fallback allows each space, for breaking
constexpr double kFill = 1e6;           // the finishing glue's stretch: "infinite"
constexpr const char* kInsertedHyphen = "\xE2\x80\x90";  // U+2010 HYPHEN

bool is_letter_byte(unsigned char c) {
  return std::isalpha(c) || c >= 0x80;
}

// The width of every character of the paragraph, indexed by its first byte, from one shaping.
std::vector<double> character_widths(const std::vector<PangoGlyphItem*>& runs, const std::string& text) {
  std::vector<double> widths(text.size() + 1, 0.0);
  std::vector<int> logical;
  for (PangoGlyphItem* run : runs) {
    const int count = run->item->num_chars;
    logical.assign(static_cast<std::size_t>(count), 0);
    pango_glyph_item_get_logical_widths(run, text.c_str(), logical.data());
    const char* p = text.c_str() + run->item->offset;
    for (int k = 0; k < count; ++k) {
      widths[static_cast<std::size_t>(p - text.c_str())] = from_pango(logical[static_cast<std::size_t>(k)]);
      p = g_utf8_next_char(p);
    }
  }
  return widths;
}

std::vector<std::string> unknown_characters(const std::vector<PangoGlyphItem*>& runs, const std::string& text) {
  std::vector<std::string> missing;
  for (const PangoGlyphItem* run : runs) {
    for (int g = 0; g < run->glyphs->num_glyphs; ++g) {
      if (!(run->glyphs->glyphs[g].glyph & PANGO_GLYPH_UNKNOWN_FLAG)) continue;
      const std::size_t at = static_cast<std::size_t>(run->item->offset + run->glyphs->log_clusters[g]);
      const std::size_t length = decode_utf8_at(text, at).length;
      std::string character = text.substr(at, length);
      if (std::find(missing.begin(), missing.end(), character) == missing.end()) missing.push_back(character);
    }
  }
  return missing;
}

bool inside(const std::vector<std::pair<std::size_t, std::size_t>>& ranges, std::size_t at) {
  return std::any_of(ranges.begin(), ranges.end(), [at](const auto& r) { return at > r.first && at < r.second; });
}

bool looks_like_address(const std::string& text, std::size_t begin, std::size_t end) {
  const std::string_view part(text.data() + begin, end - begin);
  return part.find("://") != std::string_view::npos || part.find("www.") != std::string_view::npos ||
         part.find('@') != std::string_view::npos;
}

// Where the hyphenator allows a discretionary hyphen, as byte offsets in the paragraph.
std::set<std::size_t> hyphenation_points(const StyledText& styled, const Hyphenator* hyphenator) {
  std::set<std::size_t> points;
  if (!hyphenator) return points;
  const std::string& text = styled.text;
  auto is_word_character = [&text](std::size_t at) {
    const char32_t cp = decode_utf8_at(text, at).code_point;
    return cp == '-' || g_unichar_isalpha(cp);
  };
  std::size_t k = 0;
  while (k < text.size()) {
    if (!is_word_character(k)) {
      k += decode_utf8_at(text, k).length;
      continue;
    }
    std::size_t end = k;
    while (end < text.size() && is_word_character(end)) end += decode_utf8_at(text, end).length;
    if (!inside(styled.no_hyphenation, k + 1)) {
      for (std::size_t point : hyphenator->points(std::string_view(text).substr(k, end - k))) points.insert(k + point);
    }
    k = end;
  }
  return points;
}

struct Breakable {
  std::vector<BreakItem> items;
  std::vector<std::size_t> offsets;  // byte offset of each item: start of a box, the space of a glue,
                                     // the break position of a penalty
  std::vector<bool> inserts_hyphen;  // penalty items that print a hyphen when broken at
  std::vector<bool> letter_glue;     // glue standing for the letter spacing of the box before it
  std::vector<bool> emergency;       // penalty items between two ordinary characters of a long string
};

void push(Breakable& b, BreakItem item, std::size_t offset, bool hyphen = false, bool letter = false,
          bool emergency = false) {
  b.items.push_back(item);
  b.offsets.push_back(offset);
  b.inserts_hyphen.push_back(hyphen);
  b.letter_glue.push_back(letter);
  b.emergency.push_back(emergency);
}

// Per-character letter-spacing limits, in points.
struct LetterSpacing {
  double stretch = 0, shrink = 0;
};

Breakable breakable_items(const StyledText& styled, const std::vector<double>& widths,
                          const std::set<std::size_t>& points, const std::vector<StringBreak>& string_points,
                          double hyphen_width, const ParagraphRules& rules, const LetterSpacing& letters,
                          bool justify) {
  // Ragged lines are never squeezed: only justified text may close up its word spaces.
  const double space_shrink = justify ? 1 - rules.min_word_space : 0;
  const std::string& text = styled.text;
  Breakable b;
  double box = 0;
  int characters = 0;
  std::size_t box_start = 0;
  // A box is followed by an unbreakable glue that lets its letters spread or close up a little.
  auto flush = [&](std::size_t next) {
    if (box > 0) {
      push(b, BreakItem::box(box), box_start);
      if (letters.stretch > 0 || letters.shrink > 0) {
        push(b, BreakItem::penalty(0, kInfinitePenalty), next);
        push(b, BreakItem::glue(0, characters * letters.stretch, characters * letters.shrink), next, false, true);
      }
    }
    box = 0;
    characters = 0;
    box_start = next;
  };
  auto string_point = string_points.begin();
  for (std::size_t k = 0; k < text.size();) {
    const DecodedCodePoint cp = decode_utf8_at(text, k);
    const std::size_t next = k + cp.length;
    while (string_point != string_points.end() && string_point->offset < k) ++string_point;
    const bool already_breakable = !b.items.empty() && b.items.back().type == BreakItem::Type::penalty &&
                                   b.offsets.back() == k && b.items.back().cost < kInfinitePenalty;
    if (string_point != string_points.end() && string_point->offset == k && !points.count(k) && !already_breakable) {
      flush(k);
      const bool emergency = string_point->emergency;
      const double cost = emergency ? kEmergencyBreakPenalty : string_point->ideographic ? 0 : kSeparatorBreakPenalty;
      push(b, BreakItem::penalty(0, cost), k, false, false, emergency);
    }
    if (points.count(k)) {
      flush(k);
      push(b, BreakItem::penalty(hyphen_width, kHyphenPenalty, true), k, true);
    }
    if (cp.code_point == ' ') {
      flush(next);
      const double space = widths[k];
      // The break is the penalty before the space (a glue after the letter glue could not be one).
      push(b, BreakItem::penalty(0, 0), k);
      push(b, BreakItem::glue(space, space * (rules.max_word_space - 1), space * space_shrink), k);
    } else if (cp.code_point == 0x2028) {
      flush(next);
      push(b, BreakItem::glue(0, kFill, 0), k);
      push(b, BreakItem::penalty(0, -kInfinitePenalty), k);
    } else {
      if (box == 0) box_start = k;
      box += widths[k];
      ++characters;
      const bool in_word = k > 0 && next < text.size() && is_letter_byte(static_cast<unsigned char>(text[k - 1])) &&
                           is_letter_byte(static_cast<unsigned char>(text[next]));
      const bool address_break =
          inside(styled.no_hyphenation, k) && std::string_view("/-_.?&=").find(text[k]) != std::string_view::npos;
      if ((cp.code_point == '-' || cp.code_point == 0x2013) && in_word) {
        flush(next);
        push(b, BreakItem::penalty(0, kHyphenPenalty, true), next);
      } else if (address_break && next < text.size() && text[next] != ' ') {
        bool address = false;
        for (const auto& range : styled.no_hyphenation) {
          if (k > range.first && k < range.second) address = looks_like_address(text, range.first, range.second);
        }
        if (address) {
          flush(next);
          push(b, BreakItem::penalty(0, 100), next);
        }
      }
    }
    k = next;
  }
  flush(text.size());
  push(b, BreakItem::glue(0, kFill, 0), text.size());
  push(b, BreakItem::penalty(0, -kInfinitePenalty), text.size());
  return b;
}

// Removes the diaeresis from a letter that starts the second half of a hyphenated Dutch word:
// co-ö-pe-ra-tie breaks as co- / operatie.
std::string without_diaeresis(const std::string& text, std::size_t at) {
  static const std::pair<const char*, const char*> kLetters[] = {
      {"ë", "e"}, {"ï", "i"}, {"ö", "o"}, {"ü", "u"}, {"ä", "a"}};
  for (const auto& [accented, plain] : kLetters) {
    if (text.compare(at, 2, accented) == 0) return text.substr(0, at) + plain + text.substr(at + 2);
  }
  return text;
}

// How a line's justification is spread: the extra advance after each of its characters (word
// spaces their share as the line breaker computed it, letters their smaller share), indexed from
// the line's start.
struct LineSpacing {
  std::vector<double> extra;
  std::vector<std::size_t> spaces;  // offsets of the word spaces in `extra`
  double widest = 1.0;              // the widest word space, as a multiple of its natural width
};

LineSpacing line_spacing(const Breakable& b, const std::string& text, std::size_t first_item, std::size_t at,
                         std::size_t start, std::size_t end, double ratio, double letter_extra, double letter_surplus) {
  LineSpacing spacing{std::vector<double>(end - start, 0.0), {}, 1.0};
  double widest = 0;
  for (std::size_t i = first_item; i < at; ++i) {
    const BreakItem& glue = b.items[i];
    if (glue.type != BreakItem::Type::glue || b.letter_glue[i]) continue;
    if (b.offsets[i] < start || b.offsets[i] >= end) continue;
    const double extra = ratio > 0 ? ratio * glue.stretch : ratio * glue.shrink;
    spacing.extra[b.offsets[i] - start] = extra;
    spacing.spaces.push_back(b.offsets[i] - start);
    if (glue.width > 0) widest = std::max(widest, (glue.width + extra) / glue.width);
  }
  if (widest > 0) spacing.widest = widest;
  // After the last letter its share would only move the right edge: it goes to the spaces instead.
  std::size_t last_letter = end - start;
  if (last_letter > 0) --last_letter;
  while (last_letter > 0 && (static_cast<unsigned char>(text[start + last_letter]) & 0xC0) == 0x80) --last_letter;
  for (std::size_t k = 0; k < end - start; ++k) {
    const bool is_space = text[start + k] == ' ';
    const bool starts_character = (static_cast<unsigned char>(text[start + k]) & 0xC0) != 0x80;
    if (!is_space && starts_character && k != last_letter) spacing.extra[k] = letter_extra;
  }
  if (!spacing.spaces.empty() && (letter_extra != 0 || letter_surplus != 0)) {
    const double share = (letter_extra + letter_surplus) / static_cast<double>(spacing.spaces.size());
    for (std::size_t offset : spacing.spaces) spacing.extra[offset] += share;
  }
  return spacing;
}

// Letters never spread or close up past the layout's limit: a line's ratio beyond ±1 leaves the
// letter glue's share beyond the limit (returned) to the word spaces.
double letter_surplus(const Breakable& b, std::size_t first_item, std::size_t at, double ratio) {
  const double capped = std::clamp(ratio, -1.0, 1.0);
  double surplus = 0;
  for (std::size_t i = first_item; i < at; ++i) {
    if (!b.letter_glue[i]) continue;
    surplus += (ratio - capped) * (ratio > 0 ? b.items[i].stretch : b.items[i].shrink);
  }
  return surplus;
}

// Whether justifying would take a line past the layout's limits: word spaces beyond what the second
// pass allows, or a line with no word space that only letter spacing past its limit could fill.
// Such a paragraph is set ragged-right instead.
bool cannot_justify(const Breakable& b, const std::vector<ChosenBreak>& breaks, const LineBreakParameters& parameters) {
  std::size_t first_item = 0;
  for (std::size_t n = 0; n + 1 < breaks.size(); ++n) {
    const std::size_t at = breaks[n].position;
    const bool forced = b.items[at].type == BreakItem::Type::penalty && b.items[at].cost <= -kInfinitePenalty;
    bool has_space = false;
    for (std::size_t i = first_item; i < at && !has_space; ++i) {
      has_space = b.items[i].type == BreakItem::Type::glue && !b.letter_glue[i] && b.items[i].width > 0;
    }
    if (!forced && (breaks[n].ratio > parameters.second_pass_tolerance + 1e-6 || (!has_space && breaks[n].ratio > 1)))
      return true;
    first_item = at + 1;
  }
  return false;
}

// The same spacing as Pango letter-spacing attributes, one per character, for a line shaped on its
// own (rare: see set_paragraph); `correction` is added to every word space.
void add_spacing_attributes(PangoAttrList* list, const LineSpacing& spacing, const std::string& text, std::size_t start,
                            double correction) {
  for (std::size_t k = 0; k < spacing.extra.size();) {
    const std::size_t length = decode_utf8_at(text, start + k).length;
    const double value = spacing.extra[k] + (text[start + k] == ' ' ? correction : 0);
    if (value != 0) {
      PangoAttribute* attribute = pango_attr_letter_spacing_new(to_pango(value));
      attribute->start_index = static_cast<guint>(k);
      attribute->end_index = static_cast<guint>(k + length);
      pango_attr_list_insert(list, attribute);
    }
    k += length;
  }
}

}  // namespace

SetParagraph set_paragraph(const StyledText& original, const ParagraphStyle& style, PangoContext* context) {
  const FontRole& role = *style.role;
  StyledText styled = original;
  if (style.uppercase) {
    gchar* upper = g_utf8_strup(styled.text.c_str(), static_cast<gssize>(styled.text.size()));
    if (std::string(upper).size() == styled.text.size()) styled.text = upper;  // keep span offsets valid
    g_free(upper);
  }
  const std::string& text = styled.text;
  SetParagraph result;

  // One shaping of the whole paragraph measures every character.
  const FontDescriptionHandle font = font_description(role);
  PangoAttrList* attributes = span_attributes(styled, 0, text.size(), role, style.link_color);
  const ShapedParagraph shaped(context, text, font.get(), attributes);
  pango_attr_list_unref(attributes);
  result.missing_glyphs = unknown_characters(shaped.runs(), text);
  show_missing_as_replacement(shaped.runs());
  const std::vector<double> widths = character_widths(shaped.runs(), text);

  PangoAttrList* hyphen_attributes = role_attributes(role, std::string_view(kInsertedHyphen).size());
  const ShapedParagraph hyphen(context, kInsertedHyphen, font.get(), hyphen_attributes);
  if (hyphen_attributes) pango_attr_list_unref(hyphen_attributes);

  // What cutting lines out of the paragraph's shaping needs: its glyph items, its text, a shaped
  // hyphen, and the font's ascent and descent.
  const std::vector<const PangoGlyphItem*> shaped_runs(shaped.runs().begin(), shaped.runs().end());
  const auto shared_text = std::make_shared<const std::string>(text);
  const auto hyphen_text = std::make_shared<const std::string>(kInsertedHyphen);
  const PangoGlyphItem* hyphen_glyphs = hyphen.runs().empty() ? nullptr : hyphen.runs().front();
  const PangoRectangle first_line = shaped.first_line_logical();
  const double paragraph_ascent = -from_pango(first_line.y);
  const double paragraph_descent = from_pango(first_line.height) + from_pango(first_line.y);

  const ParagraphRules& rules = *style.rules;
  const LetterSpacing letters{style.justify ? rules.letter_stretch * role.size : 0,
                              style.justify ? rules.letter_shrink * role.size : 0};
  // Emergency points inside strings are a last resort: offered only when without them a line would
  // stick out of the measure (they would otherwise spare the breaker a loose line).
  std::vector<StringBreak> string_points = string_breaks(text, widths, style.measure);
  std::vector<StringBreak> natural_points;
  std::copy_if(string_points.begin(), string_points.end(), std::back_inserter(natural_points),
               [](const StringBreak& point) { return !point.emergency; });
  const std::set<std::size_t> hyphen_points = hyphenation_points(styled, style.hyphenator);
  LineBreakParameters parameters;
  parameters.max_consecutive_flagged = rules.max_hyphenated_lines;
  const double measure = style.measure;
  const double indent = style.first_line_indent;
  const auto line_width = [&](std::size_t line) { return line == 0 ? measure - indent : measure; };
  auto break_with = [&](const std::vector<StringBreak>& points, Breakable& b) {
    b = breakable_items(styled, widths, hyphen_points, points, from_pango(hyphen.first_line_logical().width), rules,
                        letters, style.justify);
    // Weighing every break of a huge paragraph costs too much: beyond kWholeParagraphItems it is set
    // line by line.
    result.first_fit = b.items.size() > kWholeParagraphItems;
    return result.first_fit ? break_lines_first_fit(b.items, line_width, parameters)
                            : break_lines(b.items, line_width, parameters);
  };
  Breakable b;
  std::vector<ChosenBreak> breaks = break_with(natural_points, b);
  const bool overfull = std::any_of(breaks.begin(), breaks.end(), [](const ChosenBreak& c) { return c.overfull; });
  if (overfull && natural_points.size() < string_points.size()) {
    breaks = break_with(needed_breaks(string_points, hyphen_points, text, widths, measure - indent), b);
  }
  if (style.justify && cannot_justify(b, breaks, parameters)) {
    // Set ragged, the breaker may leave a line short by a few word spaces: ragged lines are never
    // stretched, so this only steers where the lines end.
    ParagraphRules ragged_rules = rules;
    ragged_rules.max_word_space = std::max(rules.max_word_space, kRaggedWordSpace);
    ParagraphStyle ragged = style;
    ragged.justify = false;
    ragged.rules = &ragged_rules;
    SetParagraph set = set_paragraph(original, ragged, context);
    set.ragged_fallback = true;
    return set;
  }

  std::size_t start = 0;       // byte where the current line starts
  std::size_t first_item = 0;  // item where it starts
  bool drop_diaeresis = false;
  for (std::size_t n = 0; n < breaks.size(); ++n) {
    const ChosenBreak& line_break = breaks[n];
    const std::size_t at = line_break.position;
    const BreakItem& item = b.items[at];
    std::size_t end = b.offsets[at];
    const bool hyphenated = item.type == BreakItem::Type::penalty && b.inserts_hyphen[at];
    const bool forced = item.type == BreakItem::Type::penalty && item.cost <= -kInfinitePenalty;
    const bool last_or_forced = forced;  // lines ending in a forced break are set flush left
    while (end > start && text[end - 1] == ' ') --end;

    std::string original_line = text.substr(start, end - start);
    if (hyphenated) original_line += kInsertedHyphen;
    std::string line_text = drop_diaeresis ? without_diaeresis(original_line, 0) : original_line;
    // Dropping a diaeresis makes the line one byte shorter than the paragraph's text it comes from:
    // offsets taken from the paragraph move back by one after the first letter.
    const bool shortened = line_text.size() < original_line.size();
    auto line_offset = [&](std::size_t paragraph_offset) {
      const std::size_t offset = paragraph_offset - start;
      return shortened && offset > 0 ? offset - 1 : offset;
    };

    LineItem line;
    line.x = n == 0 ? indent : 0;
    line.measure = n == 0 ? measure - indent : measure;
    line.role = LineRole::body;
    line.color = style.color;
    line.hyphenated = hyphenated;
    line.overfull = line_break.overfull;
    line.justified = style.justify && !last_or_forced;
    line.loose = line.justified && line_break.loose;
    line.text = line_text;
    if (at < b.emergency.size() && b.emergency[at]) result.emergency_breaks.push_back(line_text);

    // A paragraph's last line is not stretched, but it is shrunk when the breaker counted on that.
    const bool adjust = line_break.ratio != 0 && (line.justified || (style.justify && line_break.ratio < 0));
    const double ratio = line_break.ratio;
    const double letter_ratio = std::clamp(ratio, -1.0, 1.0);
    const double letter_extra = letter_ratio > 0 ? letter_ratio * letters.stretch : letter_ratio * letters.shrink;

    // The usual way: the line is cut out of the paragraph's shaping, its justification put into the
    // glyph advances. Each word space gets its share of the adjustment as the line breaker computed
    // it and each letter its smaller share; the last letter's share goes to the spaces, since after
    // the last letter it would only move the right edge.
    const LineSpacing spacing = adjust ? line_spacing(b, text, first_item, at, start, end, ratio, letter_extra,
                                                      letter_surplus(b, first_item, at, ratio))
                                       : LineSpacing{std::vector<double>(end - start, 0.0), {}, 1.0};
    line.word_space = spacing.widest;
    bool cut = false;
    if (!shortened) {
      const LineCut line_cut{start, end, spacing.extra, style.color, style.link_color};
      double width = 0;
      if (auto runs = cut_line(shaped_runs, shared_text, styled, line_cut, hyphenated ? hyphen_glyphs : nullptr,
                               hyphen_text, width)) {
        line.runs = std::move(*runs);
        line.width = width;
        line.ascent = paragraph_ascent;
        line.descent = paragraph_descent;
        for (const StyleSpan& span : styled.spans) {
          if (span.link.empty() || span.end <= start || span.begin >= end) continue;
          const double left = x_of_offset(line.runs, std::max(span.begin, start));
          const double right = span.end >= end ? line.width : x_of_offset(line.runs, span.end);
          line.links.push_back({left, -line.ascent, right - left, line.ascent + line.descent, span.link});
        }
        cut = true;
      }
    }

    // Where a line cannot be cut (a dropped diaeresis, an end inside a ligature), it is shaped anew.
    if (!cut) {
      LayoutHandle layout(pango_layout_new(context), g_object_unref);
      pango_layout_set_font_description(layout.get(), font.get());
      pango_layout_set_text(layout.get(), line_text.data(), static_cast<int>(line_text.size()));
      // The line's attributes: its styles, and its spacing with `correction` added to each word space.
      auto attributes_with = [&](double correction) {
        PangoAttrList* list = span_attributes(styled, start, end, role, style.link_color);
        add_spacing_attributes(list, spacing, text, start, correction);
        if (shortened) pango_attr_list_update(list, 0, 2, 1);
        return list;
      };
      auto set_attributes = [&](double correction) {
        PangoAttrList* list = attributes_with(correction);
        pango_layout_set_attributes(layout.get(), list);
        pango_attr_list_unref(list);
        PangoRectangle logical;
        pango_layout_get_extents(layout.get(), nullptr, &logical);
        line.width = from_pango(logical.width);
        return logical;
      };
      PangoRectangle logical = set_attributes(0);
      // Pango spaces letters a little differently at run edges than the breaker assumed: a justified
      // line that misses its measure by more than a hair gets the difference spread over its spaces.
      if (line.justified && !spacing.spaces.empty() && std::abs(line.measure - line.width) > 0.05) {
        logical = set_attributes((line.measure - line.width) / static_cast<double>(spacing.spaces.size()));
      }
      show_missing_as_replacement(layout.get());
      line.ascent = from_pango(pango_layout_get_baseline(layout.get()));
      line.descent = from_pango(logical.height) - line.ascent;
      for (const StyleSpan& span : styled.spans) {
        if (span.link.empty() || span.end <= start || span.begin >= end) continue;
        PangoRectangle from, to;
        pango_layout_index_to_pos(layout.get(), static_cast<int>(line_offset(std::max(span.begin, start))), &from);
        pango_layout_index_to_pos(layout.get(), static_cast<int>(line_offset(std::min(span.end, end))), &to);
        const double left = from_pango(from.x);
        const double right = std::min(span.end, end) == end ? line.width : from_pango(to.x);
        line.links.push_back({left, -line.ascent, right - left, line.ascent + line.descent, span.link});
      }
      line.layout = std::move(layout);
    }
    result.lines.push_back(std::move(line));

    // The next line starts after the break: past a word space, at the hyphenation point, or after
    // the line separator.
    start = b.offsets[at];
    if (forced && start < text.size()) start += 3;  // U+2028 is three bytes
    while (start < text.size() && text[start] == ' ') ++start;
    drop_diaeresis = hyphenated && style.hyphenator && is_dutch(style.hyphenator->language());
    first_item = at + 1;
  }
  return result;
}

}  // namespace persklaar
