#include "core/layout/layout_spec.h"

#include <tinyxml2.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <sstream>
#include <stdexcept>

#include "core/render/font_library.h"
#include "core/resources/resource_paths.h"

namespace persklaar {
namespace {

using tinyxml2::XMLElement;

// The values a layout may give a length, number or count: far enough apart for any real design,
// close enough that page building never meets an absurd number (a page of 1e308 points, a negative
// margin, a column count that overflows). `text` says the range in the user's units.
struct Range {
  double min = -HUGE_VAL, max = HUGE_VAL;
  const char* text = nullptr;
};

constexpr double kMillimetre = 72.0 / 25.4;
const Range kPageSize{40 * kMillimetre, 1200 * kMillimetre, "40mm to 1.2m"};
const Range kBleed{0, 25 * kMillimetre, "0 to 25mm"};
const Range kMargin{0, 600 * kMillimetre, "0 to 600mm"};
const Range kColumns{1, 6, "1 to 6"};
// Braille pages narrower than 20 cells or shorter than 5 lines cannot carry a page number line beside
// text; embossers stop well below 100 of either.
const Range kBrailleCells{20, 100, "20 to 100 cells (40 is the usual line)"};
const Range kBrailleLines{5, 100, "5 to 100 lines (25 is the usual page)"};
const Range kGutter{0, 100 * kMillimetre, "0 to 100mm"};
const Range kBaseline{4, 400, "4pt to 400pt"};
const Range kFontSize{4, 400, "4pt to 400pt"};
const Range kLeading{4, 800, "4pt to 800pt"};
const Range kSpace{0, 800, "0 to 800pt"};
const Range kIndent{0, 200 * kMillimetre, "0 to 200mm"};
const Range kLetterSpacing{-0.2, 1, "-0.2 to 1 em"};
const Range kMaxWordSpace{1, 5, "1 to 5"};
const Range kMinWordSpace{0.1, 1, "0.1 to 1"};
const Range kLetterStretch{0, 0.2, "0 to 0.2 em"};
const Range kLetterShrink{0, 0.1, "0 to 0.1 em"};
const Range kOpacity{0, 1, "0 to 1"};
const Range kLogoWidth{5, 200, "5pt to 200pt"};
const Range kHyphenatedLines{0, 20, "0 to 20"};
const Range kLinesAtBreak{1, 10, "1 to 10"};

// Reads one element's attributes into fields, refusing any attribute it does not know.
class AttributeReader {
 public:
  AttributeReader(const XMLElement& element, const std::string& file) : element_(element), file_(file) {}

  AttributeReader& length(const char* name, double& field, const Range& range) {
    return read(
        name, [&](const std::string& v) { field = within(parse_length(v), range, name); },
        "a length such as 12pt or 4mm");
  }
  AttributeReader& number(const char* name, double& field, const Range& range) {
    return read(
        name, [&](const std::string& v) { field = within(parse_number(v), range, name); }, "a number");
  }
  AttributeReader& integer(const char* name, int& field, const Range& range) {
    return read(
        name,
        [&](const std::string& v) {
          const double value = parse_number(v);
          if (value != std::floor(value)) throw std::invalid_argument(v);
          field = static_cast<int>(within(value, range, name));  // in range, so the cast is exact
        },
        "a whole number");
  }
  AttributeReader& color(const char* name, Color& field) {
    return read(
        name, [&](const std::string& v) { field = parse_color(v); }, "a colour such as #1a1a1a");
  }
  // `cmyk="c m y k"`: the print value of the colour read beside it (call after that colour).
  AttributeReader& cmyk(const char* name, Color& field) {
    return read(
        name, [&](const std::string& v) { field.cmyk = parse_cmyk(v); },
        "four percentages such as \"90 20 45 10\" (total at most 300)");
  }
  AttributeReader& boolean(const char* name, bool& field) {
    return read(
        name, [&](const std::string& v) { field = parse_boolean(v); }, "true or false");
  }
  // An attribute read elsewhere, named so that check_all_known() accepts it.
  AttributeReader& known(const char* name) {
    known_[name] = true;
    return *this;
  }
  AttributeReader& text(const char* name, std::string& field) {
    return read(
        name, [&](const std::string& v) { field = v; }, "text");
  }

  // Throws for any attribute no reader call named.
  void check_all_known() const {
    for (const auto* a = element_.FirstAttribute(); a; a = a->Next()) {
      if (!known_.count(a->Name())) {
        throw InputError(position_in(file_, element_.GetLineNum()),
                         std::string("unknown attribute '") + a->Name() + "' on <" + element_.Name() + ">");
      }
    }
  }

 private:
  static double parse_number(const std::string& v) {
    std::size_t used = 0;
    const double value = std::stod(v, &used);
    if (used != v.size() || !std::isfinite(value)) throw std::invalid_argument(v);
    return value;
  }
  static bool parse_boolean(const std::string& v) {
    if (v == "true" || v == "yes") return true;
    if (v == "false" || v == "no") return false;
    throw std::invalid_argument(v);
  }

  double within(double value, const Range& range, const char* name) const {
    if (value >= range.min && value <= range.max) return value;
    throw InputError(position_in(file_, element_.GetLineNum()),
                     std::string("<") + element_.Name() + " " + name + "=\"" + element_.Attribute(name) +
                         "\"> is out of range: it must be " + range.text,
                     "layouts/magazine-a4.xml shows values that work");
  }

  AttributeReader& read(const char* name, const std::function<void(const std::string&)>& parse, const char* expected) {
    known_[name] = true;
    const char* value = element_.Attribute(name);
    if (!value) return *this;
    try {
      parse(value);
    } catch (const InputError&) {
      throw;
    } catch (const std::exception&) {
      throw InputError(position_in(file_, element_.GetLineNum()),
                       std::string("<") + element_.Name() + " " + name + "=\"" + value + "\"> is not " + expected);
    }
    return *this;
  }

  const XMLElement& element_;
  const std::string& file_;
  std::map<std::string, bool> known_;
};

int parse_weight(const std::string& v) {
  static const std::map<std::string, int> names = {{"regular", 400}, {"medium", 500}, {"semibold", 600}, {"bold", 700}};
  if (auto found = names.find(v); found != names.end()) return found->second;
  std::size_t used = 0;
  const int weight = std::stoi(v, &used);
  if (used != v.size() || weight < 100 || weight > 900) throw std::invalid_argument(v);
  return weight;
}

FontRole* role_named(FontRoles& roles, const std::string& name) {
  static const std::map<std::string, FontRole FontRoles::*> members = {{"body", &FontRoles::body},
                                                                       {"heading1", &FontRoles::heading1},
                                                                       {"heading2", &FontRoles::heading2},
                                                                       {"heading3", &FontRoles::heading3},
                                                                       {"testimonial", &FontRoles::testimonial},
                                                                       {"attribution", &FontRoles::attribution},
                                                                       {"running-head", &FontRoles::running_head},
                                                                       {"folio", &FontRoles::folio},
                                                                       {"caption", &FontRoles::caption},
                                                                       {"cover-title", &FontRoles::cover_title},
                                                                       {"cover-subtitle", &FontRoles::cover_subtitle},
                                                                       {"code", &FontRoles::code}};
  const auto found = members.find(name);
  return found == members.end() ? nullptr : &(roles.*(found->second));
}

// A family the fonts do not have would silently become another face: say which there are.
void check_family(const std::string& family, const std::vector<std::filesystem::path>& house_fonts,
                  const SourcePosition& where) {
  std::vector<std::string> families;
  for (const FontFile& file : FontLibrary::with_house_fonts(house_fonts).files()) {
    if (file.family == family) return;
    if (std::find(families.begin(), families.end(), file.family) == families.end()) families.push_back(file.family);
  }
  std::sort(families.begin(), families.end());
  std::string list;
  for (const auto& known : families) list += (list.empty() ? "'" : ", '") + known + "'";
  throw InputError(where,
                   std::string("no ") + (house_fonts.empty() ? "bundled" : "bundled or house") +
                       " font has the family '" + family + "'",
                   "families available: " + list +
                       " (spelled exactly so); a layout adds its own with <font file=\"fonts/Face.ttf\"/>");
}

void read_role(const XMLElement& element, const std::string& file,
               const std::vector<std::filesystem::path>& house_fonts, FontRoles& roles) {
  const char* name = element.Attribute("name");
  FontRole* role = name ? role_named(roles, name) : nullptr;
  if (!role) {
    throw InputError(position_in(file, element.GetLineNum()),
                     std::string("unknown font role '") + (name ? name : "") + "'",
                     "roles: body, heading1, heading2, heading3, testimonial, attribution, running-head, folio, "
                     "caption, cover-title, cover-subtitle, code");
  }
  std::string weight, style, color, cmyk;
  AttributeReader reader(element, file);
  reader.known("name")
      .text("family", role->family)
      .length("size", role->size, kFontSize)
      .length("leading", role->leading, kLeading)
      .text("weight", weight)
      .text("style", style)
      .text("color", color)
      .text("cmyk", cmyk)
      .length("space-before", role->space_before, kSpace)
      .length("space-after", role->space_after, kSpace)
      .boolean("uppercase", role->uppercase)
      .number("letter-spacing", role->letter_spacing, kLetterSpacing)
      .text("features", role->features)
      .check_all_known();
  const SourcePosition where = position_in(file, element.GetLineNum());
  if (!weight.empty()) {
    try {
      role->weight = parse_weight(weight);
    } catch (const std::exception&) {
      throw InputError(where, "weight '" + weight + "' is not regular, medium, semibold, bold or 100…900");
    }
  }
  if (!style.empty()) {
    if (style != "normal" && style != "italic")
      throw InputError(where, "style '" + style + "' is not normal or italic");
    role->italic = style == "italic";
  }
  if (color == "chapter") {
    role->chapter_color = true;
  } else if (!color.empty()) {
    try {
      role->color = parse_color(color);
    } catch (const std::exception&) {
      throw InputError(where, "color '" + color + "' is not #rrggbb or 'chapter'");
    }
  }
  if (!cmyk.empty()) {
    if (role->chapter_color) throw InputError(where, "a role in the chapter colour takes its cmyk from <chapter>");
    try {
      role->color.cmyk = parse_cmyk(cmyk);
    } catch (const std::exception&) {
      throw InputError(where, "cmyk '" + cmyk + "' is not four percentages such as \"90 20 45 10\"",
                       "each 0 to 100, together at most 300");
    }
  }
  if (role->family.empty()) throw InputError(where, std::string("font role '") + name + "' names no family");
  check_family(role->family, house_fonts, where);
  if (role->size <= 0 || role->leading <= 0) throw InputError(where, "size and leading must be more than 0");
}

// <font file="fonts/House-Regular.ttf"/> or <font folder="fonts"/>: house fonts beside the layout
// (OFL, or licensed by the user), each checked to be a font fontconfig can read before any role
// names its family.
std::vector<std::filesystem::path> read_house_fonts(const XMLElement& root, const std::filesystem::path& layout) {
  const std::string name = layout.string();
  std::vector<std::filesystem::path> fonts;
  for (const XMLElement* e = root.FirstChildElement("font"); e; e = e->NextSiblingElement("font")) {
    std::string file, folder;
    AttributeReader(*e, name).text("file", file).text("folder", folder).check_all_known();
    const SourcePosition where = position_in(name, e->GetLineNum());
    if (file.empty() == folder.empty())
      throw InputError(where, "<font> names either a file or a folder", "<font file=\"fonts/House-Regular.ttf\"/>");
    const std::string& given = file.empty() ? folder : file;
    const std::filesystem::path path = (layout.parent_path() / given).lexically_normal();
    if (!folder.empty() && std::filesystem::is_regular_file(path))
      throw InputError(where, "the house font folder '" + given + "' is a file",
                       "write <font file=\"" + given + "\"/>");
    if (const auto problem = house_font_problem(path)) {
      throw InputError(where, "cannot use the house font '" + given + "': " + *problem,
                       "paths are relative to the layout's folder (" + path.string() +
                           "); use TrueType or OpenType files you may embed (OFL, or licensed for it)");
    }
    fonts.push_back(path);
  }
  return fonts;
}

// A layout without a code role sets code in the bundled monospace face, a little smaller than the
// text and on its leading (so code stays on the grid); code never gets ligatures unless asked for.
void complete_code_role(FontRoles& roles) {
  if (roles.code.family.empty()) {
    roles.code = roles.body;
    roles.code.family = kCodeFamily;
    roles.code.italic = false;
    roles.code.size = roles.body.size * 0.85;
  }
  if (roles.code.features.empty()) roles.code.features = kCodeFeatures;
}

void read_braille_page(const XMLElement& element, const std::string& file, BraillePage& page) {
  AttributeReader(element, file)
      .integer("cells", page.cells, kBrailleCells)
      .integer("lines", page.lines, kBrailleLines)
      .boolean("duplex", page.duplex)
      .check_all_known();
}

void read_note_place(const XMLElement& element, const std::string& file, NotePlace& place) {
  std::string value = "column-foot";
  AttributeReader(element, file).text("place", value).check_all_known();
  if (value == "column-foot") {
    place = NotePlace::column_foot;
  } else if (value == "chapter-end") {
    place = NotePlace::chapter_end;
  } else {
    throw InputError(position_in(file, element.GetLineNum()), "unknown note place '" + value + "' on <notes>",
                     "write column-foot (each note at the foot of its column) or chapter-end (after the chapter)");
  }
}

void check_geometry(const LayoutSpec& spec, const SourcePosition& where) {
  const PageGeometry& p = spec.page;
  // Each value is in its range already; these are the ones that only make sense together.
  if (p.column_width() < 72)
    throw InputError(where, "the columns are narrower than 1 inch: check margins, columns, gutter");
  if (p.height - p.margin_top - p.margin_bottom < 5 * p.baseline)
    throw InputError(where, "the type area is shorter than 5 lines of the baseline grid",
                     "make the top and bottom margins smaller than the page's height, or the baseline smaller");
  if (spec.paragraph.min_word_space > spec.paragraph.max_word_space)
    throw InputError(where, "min-word-space is larger than max-word-space");
  if (spec.chapter_colors.empty())
    throw InputError(where, "the layout names no chapter colours", "add <chapter color=\"#…\"/>");
}

// The print edition finds a colour's CMYK by its screen value, so one screen colour has one print colour.
void check_print_colors(const LayoutSpec& spec, const SourcePosition& where) {
  std::map<std::string, Cmyk> seen;
  for (const Color& color : spec.colors()) {
    if (!color.cmyk) continue;
    const auto [found, added] = seen.emplace(color.hex(), *color.cmyk);
    if (!added && !(found->second == *color.cmyk)) {
      throw InputError(where, "the colour " + color.hex() + " is given two different cmyk values",
                       "give one screen colour one print colour, or make the screen colours differ");
    }
  }
}

}  // namespace

std::string Color::hex() const {
  char buffer[8];
  auto byte = [](double v) { return static_cast<int>(std::lround(std::clamp(v, 0.0, 1.0) * 255)); };
  std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", byte(red), byte(green), byte(blue));
  return buffer;
}

std::vector<Color> LayoutSpec::colors() const {
  std::vector<Color> all = {paper, accent};
  for (const FontRole* role :
       {&roles.body, &roles.heading1, &roles.heading2, &roles.heading3, &roles.testimonial, &roles.attribution,
        &roles.running_head, &roles.folio, &roles.caption, &roles.cover_title, &roles.cover_subtitle}) {
    if (!role->chapter_color) all.push_back(role->color);
  }
  all.insert(all.end(), chapter_colors.begin(), chapter_colors.end());
  return all;
}

const Color& LayoutSpec::chapter_color(int number) const {
  if (chapter_colors.empty() || number <= 0) return accent;
  return chapter_colors[static_cast<std::size_t>(number - 1) % chapter_colors.size()];
}

double parse_length(const std::string& text) {
  std::size_t used = 0;
  const double value = std::stod(text, &used);
  const std::string unit = text.substr(used);
  if (!std::isfinite(value)) throw std::invalid_argument(text);
  if (unit == "pt") return value;
  if (unit == "mm") return value * 72.0 / 25.4;
  if (unit == "cm") return value * 72.0 / 2.54;
  if (unit == "in") return value * 72.0;
  throw std::invalid_argument(text);
}

Color parse_color(const std::string& text) {
  auto nibble = [&text](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    throw std::invalid_argument(text);
  };
  if (text.size() == 4 && text[0] == '#') {
    return {nibble(text[1]) * 17 / 255.0, nibble(text[2]) * 17 / 255.0, nibble(text[3]) * 17 / 255.0};
  }
  if (text.size() == 7 && text[0] == '#') {
    auto channel = [&](int k) { return (nibble(text[k]) * 16 + nibble(text[k + 1])) / 255.0; };
    return {channel(1), channel(3), channel(5)};
  }
  throw std::invalid_argument(text);
}

Cmyk parse_cmyk(const std::string& text) {
  std::istringstream stream(text);
  double inks[4];
  for (double& ink : inks) {
    if (!(stream >> ink) || !std::isfinite(ink) || ink < 0 || ink > 100) throw std::invalid_argument(text);
    ink /= 100;
  }
  std::string rest;
  if (stream >> rest) throw std::invalid_argument(text);
  const Cmyk cmyk{inks[0], inks[1], inks[2], inks[3]};
  if (cmyk.coverage() > 3.0 + 1e-9) throw std::invalid_argument(text);
  return cmyk;
}

LayoutSpec load_layout(const std::filesystem::path& file) {
  const std::string name = file.string();
  tinyxml2::XMLDocument document;
  if (!std::filesystem::is_regular_file(file)) {
    throw InputError(position_in(name), "no such layout file", "layouts are in the layouts/ folder");
  }
  if (document.LoadFile(name.c_str()) != tinyxml2::XML_SUCCESS) {
    throw InputError(position_in(name, document.ErrorLineNum()), std::string("broken XML: ") + document.ErrorStr());
  }
  const XMLElement* root = document.RootElement();
  if (!root || std::string(root->Name()) != "layout") {
    throw InputError(position_in(name, root ? root->GetLineNum() : 0), "the root element must be <layout>");
  }
  LayoutSpec spec;
  spec.file = file;
  spec.paper = {1, 1, 1};
  std::string version;
  AttributeReader(*root, name).text("name", spec.name).text("version", version).check_all_known();
  if (!version.empty() && version != "1") {
    throw InputError(position_in(name, root->GetLineNum()), "layout version " + version + " is not supported (only 1)");
  }
  spec.house_fonts = read_house_fonts(*root, file);
  for (const XMLElement* e = root->FirstChildElement(); e; e = e->NextSiblingElement()) {
    const std::string element = e->Name();
    PageGeometry& p = spec.page;
    ParagraphRules& r = spec.paragraph;
    if (element == "page") {
      AttributeReader(*e, name)
          .length("width", p.width, kPageSize)
          .length("height", p.height, kPageSize)
          .length("bleed", p.bleed, kBleed)
          .boolean("facing", p.facing)
          .color("paper", spec.paper)
          .cmyk("paper-cmyk", spec.paper)
          .check_all_known();
    } else if (element == "margins") {
      AttributeReader(*e, name)
          .length("top", p.margin_top, kMargin)
          .length("bottom", p.margin_bottom, kMargin)
          .length("inner", p.margin_inner, kMargin)
          .length("outer", p.margin_outer, kMargin)
          .check_all_known();
    } else if (element == "columns") {
      AttributeReader(*e, name)
          .integer("count", p.columns, kColumns)
          .length("gutter", p.gutter, kGutter)
          .check_all_known();
    } else if (element == "grid") {
      AttributeReader(*e, name).length("baseline", p.baseline, kBaseline).check_all_known();
    } else if (element == "paragraph") {
      AttributeReader(*e, name)
          .length("indent", r.first_line_indent, kIndent)
          .length("spacing", r.paragraph_spacing, kSpace)
          .boolean("justify", r.justify)
          .boolean("hyphenate", r.hyphenate)
          .integer("max-hyphenated-lines", r.max_hyphenated_lines, kHyphenatedLines)
          .number("max-word-space", r.max_word_space, kMaxWordSpace)
          .number("min-word-space", r.min_word_space, kMinWordSpace)
          .number("letter-stretch", r.letter_stretch, kLetterStretch)
          .number("letter-shrink", r.letter_shrink, kLetterShrink)
          .integer("min-lines-at-break", r.min_lines_at_break, kLinesAtBreak)
          .check_all_known();
    } else if (element == "role") {
      read_role(*e, name, spec.house_fonts, spec.roles);
    } else if (element == "font") {
      continue;  // read before the roles, by read_house_fonts
    } else if (element == "chapter") {
      Color color;
      AttributeReader(*e, name).color("color", color).cmyk("cmyk", color).check_all_known();
      spec.chapter_colors.push_back(color);
    } else if (element == "accent") {
      AttributeReader(*e, name).color("color", spec.accent).cmyk("cmyk", spec.accent).check_all_known();
    } else if (element == "print") {
      AttributeReader(*e, name)
          .text("profile", spec.print.profile)
          .text("condition", spec.print.identifier)
          .text("registry", spec.print.registry)
          .text("description", spec.print.description)
          .check_all_known();
    } else if (element == "braille") {
      read_braille_page(*e, name, spec.braille);
    } else if (element == "notes") {
      read_note_place(*e, name, spec.note_place);
    } else if (element == "cover") {
      AttributeReader(*e, name)
          .color("scrim", spec.cover.scrim)
          .number("scrim-opacity", spec.cover.scrim_opacity, kOpacity)
          .text("logo", spec.cover.logo_corner)
          .length("logo-width", spec.cover.logo_width, kLogoWidth)
          .check_all_known();
      const std::string& corner = spec.cover.logo_corner;
      if (corner != "top-left" && corner != "top-right" && corner != "bottom-left" && corner != "bottom-right") {
        throw InputError(position_in(name, e->GetLineNum()), "unknown logo corner '" + corner + "' on <cover>",
                         "write top-left, top-right, bottom-left or bottom-right");
      }
    } else {
      throw InputError(
          position_in(name, e->GetLineNum()), "unknown element <" + element + ">",
          "elements: page, margins, columns, grid, paragraph, font, role, chapter, accent, print, braille, cover, "
          "notes");
    }
  }
  check_geometry(spec, position_in(name, root->GetLineNum()));
  complete_code_role(spec.roles);
  check_print_colors(spec, position_in(name, root->GetLineNum()));
  return spec;
}

LayoutSpec load_layout_or_default(const std::filesystem::path& file) {
  return load_layout(file.empty() ? default_layout_file() : file);
}

}  // namespace persklaar
