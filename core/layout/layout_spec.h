#pragma once
// A layout as data (layouts/*.xml): page geometry, the baseline grid, paragraph rules, font roles
// and colours. Every edition reads the same spec, so print, screen, EPUB and text look like one
// family; a new layout needs no C++.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics/diagnostic.h"

namespace persklaar {

// A colour for print, as the printer's four inks: 0…1 each (the layout writes percentages).
struct Cmyk {
  double cyan = 0, magenta = 0, yellow = 0, black = 0;
  double coverage() const { return cyan + magenta + yellow + black; }  // total area coverage, 0…4
  bool operator==(const Cmyk&) const = default;
};

struct Color {
  Color() = default;
  Color(double r, double g, double b, std::optional<Cmyk> print = std::nullopt)
      : red(r), green(g), blue(b), cmyk(print) {}

  double red = 0, green = 0, blue = 0;  // 0…1, sRGB
  // The same colour for print, when the layout gives it (`cmyk="c m y k"` beside `color`). The
  // print edition converts a colour without it through the output profile.
  std::optional<Cmyk> cmyk;
  std::string hex() const;  // "#1a2b3c"
};

struct FontRole {
  std::string family;   // a bundled family ("Charis SIL", "Inter") or one of the layout's house fonts
  double size = 10;     // points
  double leading = 12;  // baseline to baseline, points
  int weight = 400;     // 100…900
  bool italic = false;
  bool chapter_color = false;  // drawn in the chapter's colour instead of `color`
  Color color;
  double space_before = 0;  // points
  double space_after = 0;
  bool uppercase = false;
  double letter_spacing = 0;  // em
  // OpenType features in CSS/Pango form ("liga 0, calt 0"); empty for the font's defaults.
  std::string features;
};

// The bundled monospace family: code, and the code role of a layout that names none.
inline constexpr const char* kCodeFamily = "JetBrains Mono";
// Code is read character by character: no ligatures, no contextual alternates ("->" stays two signs).
inline constexpr const char* kCodeFeatures = "liga 0, clig 0, calt 0, dlig 0";

struct FontRoles {
  FontRole body, heading1, heading2, heading3, testimonial, attribution, running_head, folio, caption, cover_title,
      cover_subtitle, code;
};

struct PageGeometry {
  double width = 595.28, height = 841.89;  // trim size, points
  double bleed = 0;
  bool facing = true;
  double margin_top = 56, margin_bottom = 56, margin_inner = 56, margin_outer = 56;
  int columns = 1;
  double gutter = 12;
  double baseline = 12;  // the grid every body line sits on

  double type_area_width() const { return width - margin_inner - margin_outer; }
  double column_width() const { return (type_area_width() - gutter * (columns - 1)) / columns; }
};

struct ParagraphRules {
  double first_line_indent = 0;  // points; used when paragraph_spacing is 0
  double paragraph_spacing = 0;  // points between paragraphs (a multiple of the baseline keeps the grid)
  bool justify = true;
  bool hyphenate = true;
  int max_hyphenated_lines = 2;  // in a row
  double max_word_space = 1.5;   // widest word space allowed, as a multiple of the natural space
  double min_word_space = 0.8;   // narrowest
  // Letter spacing a justified line may add to (or take from) each character, in em: a little of
  // it keeps word spaces even where long words leave few spaces to stretch.
  double letter_stretch = 0.02;
  double letter_shrink = 0.01;
  int min_lines_at_break = 2;  // no widows, no orphans
};

// The printing condition the print edition is made for: its output intent (PDF/X). The profile is
// an ICC file in Persklaar's icc/ folder, or a path.
struct PrintCondition {
  std::string profile = "FOGRA39L_coated.icc";
  std::string identifier = "FOGRA39";  // OutputConditionIdentifier, as registered
  std::string registry = "http://www.color.org";
  std::string description = "Coated FOGRA39 (ISO 12647-2:2004)";
};

// The braille edition's page, from `<braille cells="40" lines="25" duplex="false"/>`: the cells of
// a line and the lines of a page an embosser gives, one-sided unless duplex.
struct BraillePage {
  int cells = 40;
  int lines = 25;
  bool duplex = false;
};

// Where the manuscript's branding goes, from `<cover scrim="#1b2a3a" scrim-opacity="0.45"
// logo="top-right" logo-width="22mm"/>`: the scrim is laid over a cover photo so that the title
// stays legible; the logo stands in that corner of the cover and of the back cover.
struct CoverDesign {
  Color scrim{0, 0, 0};
  double scrim_opacity = 0.4;
  std::string logo_corner = "top-right";  // top-left, top-right, bottom-left or bottom-right
  double logo_width = 56.69;              // 20 mm
};

// Where the print layout sets a chapter's notes, from `<notes place="column-foot"/>`: at the foot
// of the column that refers to each (the default), or after the chapter's last section under a
// "Noten" / "Notes" heading in the chapter's language (`chapter-end`).
enum class NotePlace { column_foot, chapter_end };

struct LayoutSpec {
  std::string name;
  std::filesystem::path file;
  PageGeometry page;
  ParagraphRules paragraph;
  FontRoles roles;
  std::vector<Color> chapter_colors;  // chapter n uses chapter_colors[(n - 1) % size]
  Color accent;                       // furniture: rules, front and back matter
  Color paper;                        // the page
  PrintCondition print;               // <print>: the print edition's output intent
  BraillePage braille;
  CoverDesign cover;
  NotePlace note_place = NotePlace::column_foot;
  // House fonts: the font files and folders the layout names with <font file="…"/> or
  // <font folder="…"/>, relative to the layout file, registered beside the bundled fonts.
  std::vector<std::filesystem::path> house_fonts;

  const Color& chapter_color(int number) const;
  std::vector<Color> colors() const;  // every colour the layout names: paper, accent, roles, chapters
};

// Reads and checks a layout file. Throws InputError with the file and line of an unknown element or
// attribute, a value that is not a length/colour/number, or a geometry that leaves no room for text.
LayoutSpec load_layout(const std::filesystem::path& file);

// load_layout(file), or the default layout (magazine-a4) when `file` is empty, as a request leaves it.
LayoutSpec load_layout_or_default(const std::filesystem::path& file);

// Reads the lengths "12pt", "4.2mm", "1.5cm", "0.5in"; returns points. Throws std::invalid_argument.
double parse_length(const std::string& text);
// Reads "#rgb" or "#rrggbb". Throws std::invalid_argument.
Color parse_color(const std::string& text);
// Reads four percentages "c m y k" (0…100 each, total at most 300). Throws std::invalid_argument.
Cmyk parse_cmyk(const std::string& text);

}  // namespace persklaar
