#pragma once
// Paragraph line breaking: Knuth and Plass's total-fit algorithm ("Breaking Paragraphs into Lines",
// 1981), as TeX does it, over abstract boxes, glue and penalties. It chooses the breaks of the whole
// paragraph at once, so one bad line is not bought with a good one just before it. The caller
// measures text (with Pango) and hands over widths; nothing here knows fonts or draws.
#include <cstddef>
#include <functional>
#include <vector>

namespace persklaar {

inline constexpr double kInfinitePenalty = 10000;

// One item of a paragraph, as in the paper. A box is material of fixed width (a word or part of
// one); glue is a space that may stretch or shrink, and a break opportunity when it follows a box;
// a penalty is a possible break with a cost (a hyphenation point, a forced line end, a tie).
struct BreakItem {
  enum class Type { box, glue, penalty };
  Type type = Type::box;
  double width = 0;      // box and glue: natural width; penalty: width added when broken here (a hyphen)
  double stretch = 0;    // glue only; infinity is allowed (a "fil" glue)
  double shrink = 0;     // glue only
  double cost = 0;       // penalty only: >= kInfinitePenalty never breaks, <= -kInfinitePenalty always breaks
  bool flagged = false;  // penalty only: a hyphenation break

  static BreakItem box(double width) { return {Type::box, width, 0, 0, 0, false}; }
  static BreakItem glue(double width, double stretch, double shrink) {
    return {Type::glue, width, stretch, shrink, 0, false};
  }
  static BreakItem penalty(double width, double cost, bool flagged = false) {
    return {Type::penalty, width, 0, 0, cost, flagged};
  }
};

struct LineBreakParameters {
  double tolerance = 1.0;              // largest adjustment ratio accepted in the first pass
  double second_pass_tolerance = 2.5;  // used when the first pass finds no solution
  double line_penalty = 10;            // TeX's \linepenalty
  double flagged_demerits = 3000;      // two hyphenated lines in a row (TeX's \doublehyphendemerits)
  double fitness_demerits = 100;       // adjacent lines of very different tightness (\adjdemerits)
  int max_consecutive_flagged = 2;     // a hard limit: never more hyphenated lines in a row (0: none)
};

// One line of the result: where it ends and how it is set. (Not `LineBreak`: that is the model's
// hard break, in the same namespace.)
struct ChosenBreak {
  std::size_t position = 0;  // index of the item broken at (a glue or penalty); the last is the final penalty
  double ratio = 0;          // how to set the line: <0 shrunk (never below -1), 0 natural, >0 stretched
  bool flagged = false;      // the line ends in a hyphen
  bool overfull = false;     // even fully shrunk it is wider than its measure (ratio is then -1)
  bool loose = false;        // stretched beyond parameters.tolerance, or short with nothing to stretch
                             // (ratio is then 0); only ever from the later passes
};

// Breaks a paragraph into lines, minimising the total demerits.
//
// `items` should end with finishing glue (0 width, large or infinite stretch) and a forced break
// (cost <= -kInfinitePenalty); a paragraph that doesn't is closed as if it did, and its last break
// then has position items.size(). No break is taken where it would leave the next line empty (so the
// finishing glue needs no +infinity penalty before it), and glue and penalties after a break are
// discarded at the start of the next line. A blank line between two forced breaks is set at its
// natural width (ratio 0), not reported loose.
//
// `line_width(n)` is the measure of line n (0-based), so a first line can be shorter (an indent or a
// drop) or the widths can change between columns. It is called once for each n below the number of
// break opportunities, before breaking starts. The result is optimal when the measures settle
// (are all equal from some line within the first 64 on); measures that keep changing beyond that
// are still respected line by line, only the choice between them may fall short of the best.
//
// Always returns the breaks of the whole paragraph, the last at its final forced break. A first pass
// accepts ratios up to parameters.tolerance and a second up to second_pass_tolerance. When both fail,
// a final pass accepts any stretch (the lines are marked loose) and, where nothing fits at all (a
// box wider than the measure), keeps the least overfull line and marks it overfull: the caller
// reports such lines rather than drawing them silently.
std::vector<ChosenBreak> break_lines(const std::vector<BreakItem>& items,
                                     const std::function<double(std::size_t line)>& line_width,
                                     const LineBreakParameters& parameters = {});

// Paragraphs with more items than this are broken line by line (first fit) instead: the result
// of a whole-paragraph choice is no better to read in a paragraph of many pages, and first fit
// costs nothing per line beyond the line itself. Callers say so to the user.
inline constexpr std::size_t kWholeParagraphItems = 100000;

// Breaks lines one at a time: each line takes as many items as fit within the measure (shrinking
// as far as the glue allows), at most parameters.max_consecutive_flagged hyphenated lines in a row.
// The same contract as break_lines otherwise: lines that must stretch beyond
// parameters.tolerance are marked loose, a box wider than the measure makes an overfull line.
std::vector<ChosenBreak> break_lines_first_fit(const std::vector<BreakItem>& items,
                                               const std::function<double(std::size_t line)>& line_width,
                                               const LineBreakParameters& parameters = {});

}  // namespace persklaar
