// Setting paragraphs with the bundled fonts and Dutch hyphenation: line widths, hyphens, forced
// breaks, indents and missing glyphs, checked on the set lines.
#include "core/layout/paragraph.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/layout/hyphenate.h"
#include "core/layout/layout_spec.h"
#include "core/layout/linebreak.h"
#include "core/layout/paragraph_cache.h"
#include "core/layout/text_style.h"
#include "core/render/font_library.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

constexpr const char* kHyphen = "\xE2\x80\x90";  // U+2010, the inserted hyphen
constexpr double kTolerance = 0.5;               // points

// From a report on a kenniscafé; long words on purpose.
const std::string kDutch =
    "In het omgekeerde keukentafelgesprek vertellen ervaringsdeskundigen aan beleidsmedewerkers en "
    "wijkverpleegkundigen hoe de ondersteuning vanuit de gemeente bij hen thuis aankomt. De "
    "samenwerkingsverbanden tussen zorgaanbieders, onderwijsinstellingen en woningcorporaties bleken "
    "daarbij minder vanzelfsprekend dan de deelnemers hadden verwacht. Een wijkteammedewerker vertelde "
    "over de arbeidsmarktparticipatie van jongvolwassenen met een licht verstandelijke beperking, en over "
    "de schuldhulpverleningstrajecten die pas op gang komen wanneer de huisuitzetting al is aangekondigd. "
    "Iedereen was het erover eens dat vroegsignalering de belangrijkste opdracht voor de komende jaren is.";

const std::string kLongWords =
    "Arbeidsmarktparticipatiebevordering, schuldhulpverleningsorganisaties, ervaringsdeskundigheidstrajecten "
    "en woningcorporatiemedewerkers bespraken jeugdgezondheidszorgvoorzieningen, "
    "mantelzorgondersteuningsregelingen, wijkverpleegkundigenbijeenkomsten, "
    "gemeenteraadsverkiezingsprogramma's, huisuitzettingspreventiemaatregelen en "
    "onderwijsinstellingssamenwerkingsverbanden met beleidsmedewerkersbijeenkomsten, "
    "zorgverzekeringsmaatschappijen, kinderopvangtoeslagenaffaire, arbeidsongeschiktheidsverzekeringen, "
    "bestemmingsplanwijzigingen, verantwoordelijkheidsgevoelens en klachtenbehandelingsprocedures.";

using ContextHandle = std::unique_ptr<PangoContext, decltype(&g_object_unref)>;

class ParagraphSetting : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    spec_ = std::make_unique<LayoutSpec>(load_layout(testing::source_dir() / "layouts" / "magazine-a4.xml"));
    dutch_ = std::make_unique<Hyphenator>("nl");
  }
  static void TearDownTestSuite() {
    dutch_.reset();
    spec_.reset();
  }

  ParagraphSetting() : context_(FontLibrary::bundled().create_context(), g_object_unref) {
    pango_context_set_language(context_.get(), pango_language_from_string("nl"));
    rules_ = spec_->paragraph;
  }

  ParagraphStyle style(double measure, const Hyphenator* hyphenator) const {
    ParagraphStyle s;
    s.role = &spec_->roles.body;
    s.measure = measure;
    s.justify = true;
    s.hyphenator = hyphenator;
    s.rules = &rules_;
    return s;
  }

  SetParagraph set(const std::string& text, const ParagraphStyle& s) {
    StyledText styled;
    styled.text = text;
    return set_paragraph(styled, s, context_.get());
  }

  // The natural width of `text` in the body role.
  double width_of(const std::string& text) {
    PangoLayout* layout = plain_layout(context_.get(), text, spec_->roles.body);
    PangoRectangle logical;
    pango_layout_get_extents(layout, nullptr, &logical);
    g_object_unref(layout);
    return from_pango(logical.width);
  }

  double column() const { return spec_->page.column_width(); }

  static std::unique_ptr<LayoutSpec> spec_;
  static std::unique_ptr<Hyphenator> dutch_;
  ContextHandle context_;
  ParagraphRules rules_;
};

std::unique_ptr<LayoutSpec> ParagraphSetting::spec_;
std::unique_ptr<Hyphenator> ParagraphSetting::dutch_;

bool ends_with(const std::string& text, const std::string& end) {
  return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

// The lines joined back into the paragraph: inserted hyphens removed, a space between lines
// except after a hyphen or an emergency break inside a string.
std::string joined(const SetParagraph& set) {
  std::string text;
  bool joins = true;  // the next line continues the word: at the start, after a hyphen
  for (const LineItem& line : set.lines) {
    if (!joins) text += ' ';
    const bool inserted = line.hyphenated && ends_with(line.text, kHyphen);
    text += inserted ? line.text.substr(0, line.text.size() - 3) : line.text;
    const bool emergency =
        std::find(set.emergency_breaks.begin(), set.emergency_breaks.end(), line.text) != set.emergency_breaks.end();
    joins = inserted || ends_with(line.text, "-") || emergency;
  }
  return text;
}

std::string dump(const SetParagraph& set) {
  std::string out;
  for (const LineItem& line : set.lines) {
    out += "  [" + std::to_string(line.width) + "/" + std::to_string(line.measure) + (line.justified ? " J" : "") +
           (line.loose ? " loose" : "") + (line.overfull ? " overfull" : "") + "] " + line.text + "\n";
  }
  return out;
}

TEST_F(ParagraphSetting, JustifiedLinesFillTheMeasure) {
  for (const double measure : {column(), 180.0, 300.0}) {
    const SetParagraph result = set(kDutch, style(measure, dutch_.get()));
    ASSERT_GE(result.lines.size(), 4u) << dump(result);
    for (std::size_t k = 0; k + 1 < result.lines.size(); ++k) {
      const LineItem& line = result.lines[k];
      EXPECT_TRUE(line.justified) << "line " << k << ": " << line.text;
      EXPECT_DOUBLE_EQ(line.measure, measure);
      EXPECT_NEAR(line.width, measure, kTolerance) << "measure " << measure << ", line " << k << ": " << line.text;
      EXPECT_FALSE(line.overfull) << line.text;
    }
    EXPECT_EQ(joined(result), kDutch) << "no character lost or added\n" << dump(result);
  }
}

// Long compounds in a narrow column cannot always be justified within the layout's limits: such a
// paragraph is set ragged-right, never letter-spaced or word-spaced past them, and never wider than
// its measure.
TEST_F(ParagraphSetting, AParagraphThatCannotBeJustifiedWithinTheLimitsIsSetRagged) {
  const LineBreakParameters parameters;
  const double widest_space = 1 + (rules_.max_word_space - 1) * parameters.second_pass_tolerance;
  for (const double measure : {80.0, 110.0, 140.0, column()}) {
    const SetParagraph result = set(kLongWords, style(measure, dutch_.get()));
    for (std::size_t k = 0; k < result.lines.size(); ++k) {
      const LineItem& line = result.lines[k];
      EXPECT_LE(line.width, measure + kTolerance) << "line " << k << "\n" << dump(result);
      EXPECT_FALSE(line.overfull) << dump(result);
      if (result.ragged_fallback) {
        EXPECT_FALSE(line.justified) << dump(result);
      } else if (k + 1 < result.lines.size()) {
        EXPECT_NEAR(line.width, measure, kTolerance) << dump(result);
        EXPECT_LE(line.word_space, widest_space + 1e-6) << dump(result);
      }
    }
    EXPECT_EQ(joined(result), kLongWords) << dump(result);
  }
  EXPECT_FALSE(set(kDutch, style(column(), dutch_.get())).ragged_fallback) << "ordinary text stays justified";
}

// A string with no place to break that is wider than the measure is broken between two characters
// (no hyphen added) and reported; addresses and long names break after their separators.
TEST_F(ParagraphSetting, LongStringsBreakAtSeparatorsOrInAnEmergency) {
  const std::string text =
      "See https://en.wikipedia.org/wiki/Help:Wikitext#Blend_link and "
      "Text.Pandoc.Readers.LaTeX.Math.Citation.Table.Macro.Inline and "
      "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.";
  const SetParagraph result = set(text, style(120, nullptr));
  for (const LineItem& line : result.lines) {
    EXPECT_LE(line.width, 120 + kTolerance) << line.text << "\n" << dump(result);
    EXPECT_FALSE(line.hyphenated) << line.text;
  }
  ASSERT_FALSE(result.emergency_breaks.empty()) << dump(result);
  for (const std::string& line : result.emergency_breaks) {
    EXPECT_NE(line.find("xxx"), std::string::npos)
        << "only the string with no separator breaks in an emergency: " << line;
  }
  auto without_spaces = [](std::string s) {
    s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
    return s;
  };
  std::string printed;
  for (const LineItem& line : result.lines) printed += line.text;
  EXPECT_EQ(without_spaces(printed), without_spaces(text)) << dump(result);
}

TEST_F(ParagraphSetting, TheLastLineIsNotJustified) {
  const SetParagraph result = set(kDutch, style(column(), dutch_.get()));
  ASSERT_FALSE(result.lines.empty());
  const LineItem& last = result.lines.back();
  EXPECT_FALSE(last.justified);
  EXPECT_DOUBLE_EQ(last.word_space, 1.0);
  EXPECT_NEAR(last.width, width_of(last.text), kTolerance) << "set at its natural width: " << last.text;
  EXPECT_LT(last.width, column());
}

TEST_F(ParagraphSetting, AFlushLeftParagraphIsNotJustified) {
  ParagraphStyle flush = style(column(), dutch_.get());
  flush.justify = false;
  const SetParagraph result = set(kDutch, flush);
  for (const LineItem& line : result.lines) {
    EXPECT_FALSE(line.justified) << line.text;
    EXPECT_LE(line.width, column() + kTolerance) << line.text;
  }
}

// Long Dutch compounds in a narrow column need many hyphens; never more than the layout allows in
// a row.
TEST_F(ParagraphSetting, NoMoreHyphenatedLinesInARowThanTheLayoutAllows) {
  for (const int limit : {2, 1}) {
    rules_.max_hyphenated_lines = limit;
    for (const double measure : {110.0, 140.0, column()}) {
      const SetParagraph result = set(kLongWords, style(measure, dutch_.get()));
      int run = 0, longest = 0, total = 0;
      for (const LineItem& line : result.lines) {
        const bool hyphen = line.hyphenated || ends_with(line.text, "-");
        run = hyphen ? run + 1 : 0;
        total += hyphen;
        longest = std::max(longest, run);
      }
      EXPECT_GT(total, 0) << "the test needs hyphenated lines\n" << dump(result);
      EXPECT_LE(longest, limit) << "limit " << limit << ", measure " << measure << "\n" << dump(result);
    }
  }
}

TEST_F(ParagraphSetting, NoHyphenationWithoutAHyphenator) {
  const SetParagraph result = set(kLongWords, style(140, nullptr));
  EXPECT_FALSE(result.emergency_breaks.empty()) << "words wider than the measure break in an emergency";
  ASSERT_GT(result.lines.size(), 5u);
  for (const LineItem& line : result.lines) {
    EXPECT_FALSE(line.hyphenated) << line.text;
    EXPECT_EQ(line.text.find(kHyphen), std::string::npos) << line.text;
  }
  EXPECT_EQ(joined(result), kLongWords);
}

TEST_F(ParagraphSetting, InsertedHyphensAreU2010) {
  const SetParagraph result = set(kLongWords, style(140, dutch_.get()));
  int hyphenated = 0;
  for (const LineItem& line : result.lines) {
    if (line.hyphenated) {
      ++hyphenated;
      EXPECT_TRUE(ends_with(line.text, kHyphen)) << line.text;
    } else {
      EXPECT_FALSE(ends_with(line.text, kHyphen)) << line.text;
    }
    EXPECT_FALSE(ends_with(line.text, "\xC2\xAD")) << "no soft hyphen: " << line.text;
  }
  EXPECT_GT(hyphenated, 0) << dump(result);
  EXPECT_EQ(joined(result), kLongWords) << dump(result);
}

// An author's hyphen in a compound is a break too; it stays U+002D and is not counted as inserted.
TEST_F(ParagraphSetting, AnAuthorsHyphenStaysAHyphenMinus) {
  const std::string text = "De samenwerking tussen mbo-studenten en hbo-professionals in het sociaal-agogisch werkveld";
  const double measure = width_of("De samenwerking tussen mbo-") + 0.5;
  const SetParagraph result = set(text, style(measure, nullptr));
  ASSERT_GE(result.lines.size(), 2u);
  int at_hyphen = 0;
  for (const LineItem& line : result.lines) {
    if (!ends_with(line.text, "-")) continue;
    ++at_hyphen;
    EXPECT_FALSE(line.hyphenated) << line.text;
  }
  EXPECT_GE(at_hyphen, 1) << dump(result);
  EXPECT_EQ(joined(result), text) << dump(result);
}

TEST_F(ParagraphSetting, AForcedLineBreakEndsALineFlushLeft) {
  const std::string text =
      "Marieke de Vries\xE2\x80\xA8"
      "coördinator van het wijkteam in de binnenstad, die al jaren de kenniscafés in de bibliotheek organiseert "
      "en daarover in dit nummer vertelt.";
  const SetParagraph result = set(text, style(column(), dutch_.get()));
  ASSERT_GE(result.lines.size(), 3u) << dump(result);
  const LineItem& first = result.lines[0];
  EXPECT_EQ(first.text, "Marieke de Vries");
  EXPECT_FALSE(first.justified);
  EXPECT_DOUBLE_EQ(first.word_space, 1.0);
  EXPECT_NEAR(first.width, width_of("Marieke de Vries"), kTolerance);
  EXPECT_EQ(result.lines[1].text.rfind("coördinator", 0), 0u) << dump(result);
  EXPECT_TRUE(result.lines[1].justified) << "the lines after the break are justified again";
  EXPECT_NEAR(result.lines[1].width, column(), kTolerance) << result.lines[1].text;
  for (const LineItem& line : result.lines) {
    EXPECT_EQ(line.text.find("\xE2\x80\xA8"), std::string::npos) << "the separator is not printed: " << line.text;
  }
}

TEST_F(ParagraphSetting, TheFirstLineIndentShortensLineOne) {
  const double indent = spec_->paragraph.first_line_indent;
  ASSERT_GT(indent, 0);
  ParagraphStyle indented = style(column(), dutch_.get());
  indented.first_line_indent = indent;
  const SetParagraph result = set(kDutch, indented);
  ASSERT_GE(result.lines.size(), 3u);
  EXPECT_DOUBLE_EQ(result.lines[0].x, indent);
  EXPECT_DOUBLE_EQ(result.lines[0].measure, column() - indent);
  EXPECT_NEAR(result.lines[0].width, column() - indent, kTolerance) << result.lines[0].text;
  for (std::size_t k = 1; k < result.lines.size(); ++k) {
    EXPECT_DOUBLE_EQ(result.lines[k].x, 0) << result.lines[k].text;
    EXPECT_DOUBLE_EQ(result.lines[k].measure, column());
  }
}

// Dutch drops the diaeresis when a word breaks right before it: co‐ / operatie. The measure leaves
// room for "co‐" and not for "coö‐", and the line would be too loose without the hyphen.
TEST_F(ParagraphSetting, ABreakAtADiaeresisDropsIt) {
  ASSERT_EQ(dutch_->points("coöperatie").front(), 2u);
  const std::string prefix = "Zo ontstond de";
  const double measure = width_of(prefix + " co" + kHyphen) + 0.2;
  ASSERT_LT(measure, width_of(prefix + " coö" + kHyphen));
  const SetParagraph result = set(prefix + " coöperatie", style(measure, dutch_.get()));
  ASSERT_EQ(result.lines.size(), 2u) << dump(result);
  EXPECT_EQ(result.lines[0].text, prefix + " co" + kHyphen);
  EXPECT_TRUE(result.lines[0].hyphenated);
  EXPECT_EQ(result.lines[1].text, "operatie");
  EXPECT_NEAR(result.lines[1].width, width_of("operatie"), kTolerance);
}

bool is_italic(PangoFont* font) {
  PangoFontDescription* description = pango_font_describe(font);
  const bool italic = pango_font_description_get_style(description) != PANGO_STYLE_NORMAL;
  pango_font_description_free(description);
  return italic;
}

// Where the first italic glyphs of a set line stand, in points from its left edge, as the painter
// shows it (its glyph runs, or else its layout); NaN when nothing is italic.
double italic_x(const LineItem& line) {
  double x = std::nan("");
  for (const GlyphRun& run : line.runs) {
    if (is_italic(run.glyphs->item->analysis.font) && !(run.x >= x)) x = run.x;
  }
  if (!line.runs.empty() || !line.layout) return x;
  PangoLayoutIter* iter = pango_layout_get_iter(line.layout.get());
  do {
    PangoLayoutRun* run = pango_layout_iter_get_run_readonly(iter);
    if (!run || !is_italic(run->item->analysis.font)) continue;
    PangoRectangle logical;
    pango_layout_iter_get_run_extents(iter, nullptr, &logical);
    if (!(from_pango(logical.x) >= x)) x = from_pango(logical.x);
  } while (pango_layout_iter_next_run(iter));
  pango_layout_iter_free(iter);
  return x;
}

// "<prefix> <word> site" with "site" an italic link.
SetParagraph with_italic_link(const std::string& prefix, const std::string& word, const ParagraphStyle& style,
                              PangoContext* context) {
  StyledText styled;
  styled.text = prefix + " " + word + " site";
  const std::size_t link = styled.text.size() - 4;
  styled.spans.push_back({link, styled.text.size(), true, false, false, "https://example.org"});
  return set_paragraph(styled, style, context);
}

// After a dropped diaeresis the line's text is one byte shorter than the paragraph's: styles and
// links on that line must still land on their own characters. The same paragraph broken in a word
// without a diaeresis is the control.
TEST_F(ParagraphSetting, StylesAndLinksAfterADroppedDiaeresisKeepTheirPlace) {
  const std::string prefix = "Zo ontstond de";
  struct Case {
    std::string word, first_line, second_line;
  };
  for (const Case& c : {Case{"samenwerking", prefix + " samen" + kHyphen, "werking site"},
                        Case{"coöperatie", prefix + " co" + kHyphen, "operatie site"}}) {
    const double measure = width_of(c.first_line) + 0.2;
    const SetParagraph result = with_italic_link(prefix, c.word, style(measure, dutch_.get()), context_.get());
    ASSERT_EQ(result.lines.size(), 2u) << dump(result);
    ASSERT_EQ(result.lines[0].text, c.first_line) << dump(result);
    ASSERT_EQ(result.lines[1].text, c.second_line);
    const LineItem& line = result.lines[1];
    const std::size_t site = line.text.find("site");
    const double before_site = width_of(line.text.substr(0, site));
    EXPECT_NEAR(italic_x(line), before_site, kTolerance) << c.word << ": the italic starts at 's' of 'site'";
    ASSERT_EQ(line.links.size(), 1u);
    EXPECT_NEAR(line.links[0].x, before_site, kTolerance)
        << c.word << ": the link starts at 'site', not one character later";
  }
}

TEST_F(ParagraphSetting, MissingGlyphsAreReported) {
  const SetParagraph result =
      set("Een glimlach \xF0\x9F\x98\x80 en het teken \xE6\xBC\xA2 ontbreken; \xC3\xA9\xC3\xA9n en caf\xC3\xA9 niet.",
          style(column(), dutch_.get()));
  EXPECT_EQ(result.missing_glyphs, (std::vector<std::string>{"\xF0\x9F\x98\x80", "\xE6\xBC\xA2"}));
  const SetParagraph fine = set(kDutch, style(column(), dutch_.get()));
  EXPECT_TRUE(fine.missing_glyphs.empty());
}

// Addresses and code (no_hyphenation ranges) take no inserted hyphen.
TEST_F(ParagraphSetting, AnAddressIsNeverHyphenated) {
  StyledText styled;
  styled.text =
      "Meer informatie staat op https://www.kenniscafes-sociaaldomein.nl/verslagen/omgekeerde-keukentafel "
      "en in de nieuwsbrief van de gemeente.";
  const std::size_t begin = styled.text.find("https");
  const std::size_t end = styled.text.find(" en in");
  styled.no_hyphenation.push_back({begin, end});
  const SetParagraph result = set_paragraph(styled, style(120, dutch_.get()), context_.get());
  for (const LineItem& line : result.lines) {
    const bool inside_address = line.text.find("kenniscafes") != std::string::npos ||
                                line.text.find("verslagen") != std::string::npos ||
                                line.text.find("keukentafel") != std::string::npos;
    if (inside_address) {
      EXPECT_FALSE(line.hyphenated) << line.text;
    }
  }
}

// Page furniture (a running head on every page, a contents line measured and then placed) is set once
// a build; a paragraph of the text is set afresh each time it is asked for in a build.
TEST_F(ParagraphSetting, FurnitureIsSetOnceABuildAndTextEveryTime) {
  StyledText head;
  head.text = "Wat is een kenniscaf\xC3\xA9? " + std::to_string(reinterpret_cast<std::uintptr_t>(this));
  const ParagraphStyle s = style(column(), nullptr);
  begin_paragraph_reuse();
  const SetParagraph first = set_paragraph_reusing(head, s, context_.get(), Reuse::also_this_build);
  const SetParagraph again = set_paragraph_reusing(head, s, context_.get(), Reuse::also_this_build);
  ASSERT_FALSE(first.lines.empty());
  ASSERT_FALSE(first.lines.front().runs.empty());
  EXPECT_EQ(first.lines.front().runs.front().glyphs.get(), again.lines.front().runs.front().glyphs.get())
      << "the second is the first's lines";
  EXPECT_EQ(first.lines.front().text, again.lines.front().text);

  StyledText text = head;
  text.text += " (text)";
  const SetParagraph once = set_paragraph_reusing(text, s, context_.get());
  const SetParagraph twice = set_paragraph_reusing(text, s, context_.get());
  EXPECT_NE(once.lines.front().runs.front().glyphs.get(), twice.lines.front().runs.front().glyphs.get())
      << "text is set afresh within a build";
  EXPECT_EQ(once.lines.front().text, twice.lines.front().text);

  begin_paragraph_reuse();  // the next build
  const SetParagraph next = set_paragraph_reusing(head, s, context_.get(), Reuse::also_this_build);
  EXPECT_EQ(next.lines.front().text, first.lines.front().text);
}

// Japanese, written without spaces, breaks between its characters: no emergency breaks, no line
// wider than the column, and none that starts with closing punctuation (。、」) or a small kana's
// iteration mark, nor ends with opening punctuation (「).
TEST_F(ParagraphSetting, JapaneseBreaksBetweenItsCharactersAsUnicodeAllows) {
  std::string text;
  for (int k = 0; k < 12; ++k) {
    text +=
        "\xE3\x80\x8C\xE6\x83\x85\xE5\xA0\xB1\xE3\x80\x8D\xE3\x82\x92\xE5\x9F\xBA\xE6\x9C\xAC"
        "\xE3\x81\xA8\xE3\x81\x99\xE3\x82\x8B\xE3\x80\x81\xE6\x97\xA5\xE5\xB8\xB8\xE3\x81\xAE"
        "\xE6\x93\x8D\xE4\xBD\x9C\xE3\x80\x82";  // 「情報」を基本とする、日常の操作。
  }
  const SetParagraph set = this->set(text, style(column() / 2, dutch_.get()));
  EXPECT_TRUE(set.emergency_breaks.empty()) << set.emergency_breaks.size() << " emergency breaks";
  ASSERT_GT(set.lines.size(), 3u);
  for (const LineItem& line : set.lines) {
    EXPECT_LE(line.width, column() / 2 + 0.01) << line.text;
    for (const char* closing : {"\xE3\x80\x82", "\xE3\x80\x81", "\xE3\x80\x8D"}) {
      EXPECT_NE(line.text.rfind(closing, 0), 0u) << "a line starts with closing punctuation: " << line.text;
    }
    EXPECT_FALSE(ends_with(line.text, "\xE3\x80\x8C")) << "a line ends with opening punctuation: " << line.text;
  }
}

}  // namespace
}  // namespace persklaar
