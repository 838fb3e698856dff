#include "plugins/epub/stylesheet.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>

namespace persklaar::epub {
namespace {

// Display sizes that suit a printed page overwhelm a phone: a heading is at most this many times the
// text size, whatever the layout says; the order of sizes stays the layout's.
constexpr double kLargestHeading = 2.4;

// "1.368", locale-independent, without trailing zeros.
std::string number(double value) {
  char text[32];
  const auto result =
      std::to_chars(text, text + sizeof text, std::round(value * 1000) / 1000, std::chars_format::fixed, 3);
  std::string out(text, result.ptr);
  while (out.back() == '0') out.pop_back();
  if (out.back() == '.') out.pop_back();
  return out == "-0" ? "0" : out;
}

std::string em(double value) {
  const std::string text = number(value);
  return text == "0" ? text : text + "em";
}

double relative_luminance(const Color& color) {
  auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
  return 0.2126 * channel(color.red) + 0.7152 * channel(color.green) + 0.0722 * channel(color.blue);
}

double contrast(const Color& a, const Color& b) {
  const double la = relative_luminance(a), lb = relative_luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

std::string family_list(const std::string& family) {
  // A generic family after the bundled one, for a reader that will not load embedded fonts.
  const bool serif = family.find("Charis") != std::string::npos || family.find("Serif") != std::string::npos;
  const bool mono = family.find("Mono") != std::string::npos;
  return "\"" + family + "\", " + (mono ? "monospace" : serif ? "serif" : "sans-serif");
}

// The declarations of a role, sized relative to the body text (or to `parent_size` when nested).
std::string role_declarations(const FontRole& role, double parent_size, const Color& paper, bool cap = false) {
  double size = role.size / parent_size;
  if (cap) size = std::min(size, kLargestHeading);
  std::string out = "  font-family: " + family_list(role.family) + ";\n";
  if (std::abs(size - 1) > 0.001) out += "  font-size: " + em(size) + ";\n";
  out += "  line-height: " + number(role.leading / role.size) + ";\n";
  out += "  font-weight: " + std::to_string(role.weight) + ";\n";
  out += std::string("  font-style: ") + (role.italic ? "italic" : "normal") + ";\n";
  if (!role.chapter_color) out += "  color: " + readable_on(role.color, paper).hex() + ";\n";
  if (role.space_before > 0) out += "  margin-top: " + em(role.space_before / role.size) + ";\n";
  if (role.space_after > 0) out += "  margin-bottom: " + em(role.space_after / role.size) + ";\n";
  if (role.uppercase) out += "  text-transform: uppercase;\n";
  if (role.letter_spacing != 0) out += "  letter-spacing: " + em(role.letter_spacing) + ";\n";
  return out;
}

std::string rule(const std::string& selector, const std::string& declarations) {
  return selector + " {\n" + declarations + "}\n";
}

const char* font_media_type(const std::filesystem::path& file) {
  std::string extension = file.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (extension == ".otf") return "font/otf";
  if (extension == ".woff") return "font/woff";
  if (extension == ".woff2") return "font/woff2";
  return "font/ttf";
}

// Every face the rules below ask for: each role's own, the body's and testimonial's italic and
// bold for emphasis inside them, and the code face when there is code.
std::vector<EmbeddedFont> used_fonts(const LayoutSpec& layout, const FontLibrary& library, bool with_code,
                                     std::string& css) {
  const FontRoles& roles = layout.roles;
  struct Face {
    std::string family;
    int weight;
    bool italic;
  };
  std::vector<Face> faces;
  for (const FontRole* role : {&roles.body, &roles.testimonial}) {
    for (const int weight : {role->weight, 700}) {
      for (const bool italic : {false, true}) faces.push_back({role->family, weight, italic});
    }
  }
  for (const FontRole* role : {&roles.heading1, &roles.heading2, &roles.heading3, &roles.attribution, &roles.caption,
                               &roles.running_head, &roles.cover_title, &roles.cover_subtitle}) {
    faces.push_back({role->family, role->weight, role->italic});
  }
  if (with_code) faces.push_back({roles.code.family, roles.code.weight, roles.code.italic});
  std::map<std::string, const FontFile*> files;  // by package path: sorted, and each file once
  for (const Face& face : faces) {
    if (const FontFile* file = library.find(face.family, face.weight, face.italic)) {
      files.emplace("fonts/" + file->file.filename().string(), file);
    }
  }
  std::vector<EmbeddedFont> fonts;
  for (const auto& [path, file] : files) {
    fonts.push_back({file->file, path, font_media_type(file->file)});
    css +=
        rule("@font-face", "  font-family: \"" + file->family + "\";\n  font-weight: " + std::to_string(file->weight) +
                               ";\n  font-style: " + (file->italic ? "italic" : "normal") + ";\n  src: url(\"../" +
                               path + "\");\n");
  }
  return fonts;
}

// Rules that colour the roles drawn in the chapter's colour, for one colour class.
std::string colour_rules(const std::string& name, const Color& color, const LayoutSpec& layout) {
  const FontRoles& roles = layout.roles;
  const std::pair<const FontRole*, const char*> selectors[] = {
      {&roles.heading1, "h1"},
      {&roles.heading2, "h2:not(.subheading)"},
      {&roles.heading3, "h3, h4, h5, h6, h2.subheading"},
      {&roles.testimonial, "figure.testimonial blockquote"},
      {&roles.attribution, "figcaption.attribution"},
      {&roles.caption, "figure.image figcaption"},
      {&roles.running_head, ".chapter-number"},
  };
  const std::string readable = readable_on(color, layout.paper).hex();
  std::string out;
  for (const auto& [role, selector] : selectors) {
    if (!role->chapter_color) continue;
    std::string list;
    std::string text(selector);
    for (std::size_t begin = 0; begin <= text.size();) {
      std::size_t end = text.find(", ", begin);
      if (end == std::string::npos) end = text.size();
      list += (list.empty() ? "" : ", ") + ("." + name + " " + text.substr(begin, end - begin));
      begin = end + 2;
    }
    out += rule(list, "  color: " + readable + ";\n");
  }
  // The testimonial's rule and the chapter opening's bar are furniture: the colour as the layout has it.
  out += rule("." + name + " figure.testimonial", "  border-left-color: " + color.hex() + ";\n");
  out += rule("." + name + " section.chapter > h1::before", "  background-color: " + color.hex() + ";\n");
  return out;
}

}  // namespace

Color readable_on(const Color& color, const Color& paper) {
  Color out = color;
  for (int step = 0; step < 40 && contrast(out, paper) < 4.5; ++step) {
    out.red *= 0.95;
    out.green *= 0.95;
    out.blue *= 0.95;
  }
  return out;
}

Stylesheet make_stylesheet(const LayoutSpec& layout, const FontLibrary& library, bool with_code) {
  const FontRoles& roles = layout.roles;
  const ParagraphRules& paragraph = layout.paragraph;
  const double body = roles.body.size;
  const std::string accent = readable_on(layout.accent, layout.paper).hex();

  Stylesheet sheet;
  sheet.css = "/* Made by Persklaar from the layout '" + layout.name +
              "'. Sizes are relative to the reader's text size. */\n\n";
  sheet.fonts = used_fonts(layout, library, with_code, sheet.css);

  // The text: the body role, the paragraph rules, hyphenation in the language of each element.
  std::string text = "  font-family: " + family_list(roles.body.family) +
                     ";\n  line-height: " + number(roles.body.leading / body) + ";\n";
  text += "  widows: " + std::to_string(paragraph.min_lines_at_break) +
          ";\n  orphans: " + std::to_string(paragraph.min_lines_at_break) + ";\n";
  sheet.css += "\n" + rule("body", text);
  const std::string hyphens = paragraph.hyphenate ? "auto" : "manual";
  sheet.css += rule("p, li, td, th, figcaption, blockquote",
                    "  -webkit-hyphens: " + hyphens + ";\n  -epub-hyphens: " + hyphens +
                        ";\n  adobe-hyphenate: " + hyphens + ";\n  hyphens: " + hyphens + ";\n");
  sheet.css += rule("p", std::string("  margin: 0;\n  text-indent: 0;\n  text-align: ") +
                             (paragraph.justify ? "justify" : "left") + ";\n");
  if (paragraph.paragraph_spacing > 0) {
    sheet.css += rule("p + p", "  margin-top: " + em(paragraph.paragraph_spacing / body) + ";\n");
  } else {
    sheet.css += rule("p + p", "  text-indent: " + em(std::max(paragraph.first_line_indent / body, 1.0)) + ";\n");
  }

  // Headings: the layout's roles, never hyphenated, never left alone at the foot of a page.
  sheet.css += rule("h1, h2, h3, h4, h5, h6",
                    "  -webkit-hyphens: manual;\n  -epub-hyphens: manual;\n  hyphens: manual;\n"
                    "  overflow-wrap: break-word;\n  text-align: left;\n  page-break-after: avoid;\n"
                    "  break-after: avoid;\n  margin-bottom: 0.5em;\n");
  sheet.css += rule("h1", role_declarations(roles.heading1, body, layout.paper, true) + "  margin-top: 0;\n");
  sheet.css += rule("h2", role_declarations(roles.heading2, body, layout.paper, true));
  // A manuscript's subheadings keep the heading3 look when the outline makes them h2.
  sheet.css += rule("h3, h4, h5, h6, h2.subheading", role_declarations(roles.heading3, body, layout.paper, true));
  // The chapter's number above its title, in the running head's face at text size; a bar in the
  // chapter's colour above both, as the chapters of the magazine open.
  const double heading1_size = std::min(roles.heading1.size / body, kLargestHeading);
  sheet.css += rule(".chapter-number",
                    "  display: block;\n  font-family: " + family_list(roles.running_head.family) +
                        ";\n  font-size: " + em(1 / heading1_size) +
                        ";\n  line-height: 1.6;\n  font-weight: " + std::to_string(roles.running_head.weight) + ";\n" +
                        (roles.running_head.uppercase ? "  text-transform: uppercase;\n" : "") +
                        "  letter-spacing: " + em(roles.running_head.letter_spacing) + ";\n");
  sheet.css += rule("section.chapter > h1::before",
                    "  content: \"\";\n  display: block;\n  width: 2.5em;\n  height: 0.18em;\n"
                    "  margin-bottom: 0.35em;\n  background-color: " +
                        accent + ";\n");

  // Testimonials: the quote in the testimonial role beside a rule, the attribution under it.
  sheet.css += rule("figure.testimonial", "  margin: " + em(std::max(roles.testimonial.space_before, body) / body) +
                                              " 0;\n  padding-left: 1em;\n  border-left: 0.25em solid " + accent +
                                              ";\n  page-break-inside: avoid;\n  break-inside: avoid;\n");
  FontRole quote = roles.testimonial;
  quote.space_before = 0;
  sheet.css += rule("figure.testimonial blockquote", "  margin: 0;\n" + role_declarations(quote, body, layout.paper));
  sheet.css += rule("figure.testimonial blockquote p", "  text-align: left;\n");
  FontRole attribution = roles.attribution;
  attribution.space_after = 0;
  sheet.css +=
      rule("figcaption.attribution", role_declarations(attribution, body, layout.paper) + "  margin-top: 0.6em;\n");
  sheet.css += rule("figcaption.attribution .person", "  font-weight: 700;\n");

  // Everything else the manuscript may hold.
  sheet.css += rule("blockquote", "  margin: 1em 0 1em 1.5em;\n");
  sheet.css += rule("ul, ol", "  margin: 0.6em 0;\n  padding-left: 1.5em;\n");
  sheet.css += rule("li", "  margin: 0.15em 0;\n");
  sheet.css += rule("li p", "  text-align: left;\n");
  sheet.css += rule("a", "  color: " + accent + ";\n  overflow-wrap: anywhere;\n  word-break: break-word;\n");
  // Code in the print edition's monospace face, read character by character: no ligatures.
  sheet.css += rule("code, pre", "  font-family: " + family_list(roles.code.family) +
                                     ";\n  font-size: " + em(roles.code.size / body) +
                                     ";\n  font-variant-ligatures: none;\n  font-feature-settings: \"liga\" 0, "
                                     "\"clig\" 0, \"calt\" 0, \"dlig\" 0;\n");
  sheet.css += rule("pre", "  margin: 1em 0;\n  white-space: pre-wrap;\n");
  sheet.css += rule("hr", "  border: 0;\n  border-top: 1px solid " + accent + ";\n  margin: 1.5em 25%;\n");
  sheet.css += rule("sup", "  line-height: 0;\n");
  sheet.css += rule("section.notes", "  margin-top: 2em;\n  font-size: 0.9em;\n");
  sheet.css += rule("section.notes p", "  text-align: left;\n");
  sheet.css += rule("figure.image", "  margin: 1em 0;\n  text-align: center;\n");
  sheet.css += rule("figure.image img", "  max-width: 100%;\n  height: auto;\n");
  sheet.css += rule("figure.image figcaption", role_declarations(roles.caption, body, layout.paper) +
                                                   "  margin-top: 0.4em;\n  text-align: left;\n");
  sheet.css += rule(".image-description", "  font-style: italic;\n");
  sheet.css += rule("table", "  border-collapse: collapse;\n  width: 100%;\n  margin: 1em 0;\n  font-family: " +
                                 family_list(roles.caption.family) + ";\n  font-size: 0.85em;\n  line-height: 1.35;\n");
  sheet.css += rule("th, td",
                    "  padding: 0.3em 0.6em 0.3em 0;\n  border-bottom: 1px solid #c8c8c8;\n"
                    "  text-align: left;\n  vertical-align: top;\n");
  sheet.css += rule(
      "th", "  font-weight: " + std::to_string(roles.heading3.weight) + ";\n  border-bottom-color: " + accent + ";\n");
  sheet.css += rule("th.align-center, td.align-center", "  text-align: center;\n");
  sheet.css += rule("th.align-right, td.align-right", "  text-align: right;\n");

  // The pages the EPUB adds: cover, title page, contents.
  sheet.css += rule("body.cover", "  margin: 0;\n  padding: 0;\n  text-align: center;\n");
  sheet.css += rule("body.cover img", "  max-width: 100%;\n  max-height: 100vh;\n");
  FontRole title = roles.cover_title;
  title.color = layout.accent;
  FontRole subtitle = roles.cover_subtitle;
  subtitle.color = layout.accent;
  sheet.css +=
      rule("body.title-page h1.title", role_declarations(title, body, layout.paper, true) + "  margin-top: 2em;\n");
  sheet.css += rule("body.title-page .subtitle", role_declarations(subtitle, body, layout.paper, true) +
                                                     "  text-align: left;\n  margin-bottom: 2em;\n");
  sheet.css +=
      rule("body.title-page p",
           "  text-align: left;\n  text-indent: 0;\n  font-family: " + family_list(roles.caption.family) + ";\n");
  sheet.css += rule("nav#toc ol", "  list-style: none;\n  padding-left: 0;\n");
  sheet.css += rule("nav#toc ol ol", "  padding-left: 1.5em;\n  margin: 0.2em 0 0.6em;\n");
  sheet.css += rule("nav#toc a", "  color: inherit;\n  text-decoration: none;\n");
  sheet.css += rule("nav#toc > ol > li > a", "  font-family: " + family_list(roles.heading2.family) +
                                                 ";\n  font-weight: " + std::to_string(roles.heading2.weight) + ";\n");

  // One class per chapter colour; front and back matter in the accent.
  sheet.css += "\n";
  for (std::size_t k = 0; k < layout.chapter_colors.size(); ++k) {
    sheet.css += colour_rules("chapter-color-" + std::to_string(k + 1), layout.chapter_colors[k], layout);
  }
  sheet.css += colour_rules("accent", layout.accent, layout);
  return sheet;
}

}  // namespace persklaar::epub
