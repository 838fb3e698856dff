#include "core/layout/linebreak.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <optional>

namespace persklaar {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
// A short line with nothing to stretch is infinitely bad; a large finite badness lets the final
// pass still compare such lines (fewer is better) instead of drowning every total in infinity.
constexpr double kUnstretchableBadness = 1e7;
// Sums of widths are differences of running totals; a line that fits exactly must not come out
// overfull by a rounding error when it has nothing to shrink.
constexpr double kEpsilon = 1e-9;
// Likewise a line shrunk exactly to its limit (a ratio of -1 computed as -1.0000000001) is feasible.
constexpr double kRatioSlack = 1e-9;
// Breaks reached after different numbers of lines stay apart until the measures settle (TeX's
// easy_line), but past this many lines they are merged anyway: measures that never settle would
// otherwise multiply the active list with every line (ruinously in the final pass, where a line may
// be as loose as it likes). Merging costs optimality, never validity: each line is still measured
// against its own width.
constexpr std::size_t kMostLineClasses = 64;
constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

// Running totals of the items from the start of the paragraph. Infinite stretch is counted apart,
// so that differences of totals stay finite.
struct Totals {
  double width = 0, stretch = 0, shrink = 0;
  int infinite_stretch = 0;
  std::size_t boxes = 0;

  void add(const BreakItem& item) {
    if (item.type == BreakItem::Type::box) {
      width += item.width;
      ++boxes;
    } else if (item.type == BreakItem::Type::glue) {
      width += item.width;
      if (std::isinf(item.stretch)) {
        ++infinite_stretch;
      } else {
        stretch += item.stretch;
      }
      shrink += item.shrink;
    }
  }
};

// TeX's four fitness classes, in order, so that classes more than one apart are "very different".
enum Fitness : int { very_loose = 0, loose = 1, decent = 2, tight = 3 };

int fitness_class(double ratio) {
  if (ratio > 1) return very_loose;
  if (ratio > 0.5) return loose;
  if (ratio >= -0.5) return decent;
  return tight;
}

// The adjustment ratio of a line of natural width `length` set to `measure`, with the stretch and
// shrink between `from` and `to`; ±infinity when it can't stretch or shrink at all.
double adjustment_ratio(double length, double measure, const Totals& from, const Totals& to) {
  if (std::abs(length - measure) <= kEpsilon * std::max(1.0, std::abs(measure))) return 0;
  if (length < measure) {
    if (to.infinite_stretch > from.infinite_stretch) return 0;
    const double stretch = to.stretch - from.stretch;
    return stretch > kEpsilon ? (measure - length) / stretch : kInfinity;
  }
  const double shrink = to.shrink - from.shrink;
  return shrink > kEpsilon ? (measure - length) / shrink : -kInfinity;
}

double badness(double ratio) {
  return std::isinf(ratio) ? kUnstretchableBadness : 100 * std::abs(ratio) * std::abs(ratio) * std::abs(ratio);
}

// A feasible break, or the start of the paragraph: one node of the active list.
struct Active {
  std::size_t record = 0;  // its entry in Breaker::records_
  std::size_t line = 0;    // lines before it, so the number of the line that starts here
  int fitness = decent;    // of the line ending here
  int flagged_run = 0;     // hyphenated lines in a row ending here (0: this break isn't flagged)
  double demerits = 0;     // total, from the start of the paragraph
  Totals after;            // totals where the next line starts, discarded glue skipped
};

// What backtracking needs of a break once it is no longer active.
struct Record {
  std::size_t position = 0;
  std::size_t previous = 0;
  double ratio = 0;
  bool flagged = false;
};

// The best way found so far to break at the current item for one node identity: (line class,
// fitness class, flagged run).
struct Candidate {
  std::size_t line_class = 0;
  int fitness = decent;
  int flagged_run = 0;
  double demerits = 0;
  double ratio = 0;
  std::size_t previous = 0;  // the record of the break the line starts after
  std::size_t line = 0;      // the number of the line starting here
  std::size_t next = kNone;  // the next candidate of the same line class
  bool dominated = false;
};

// A possible break: an item index (or items.size() for the implicit end) and what breaking costs.
struct Breakpoint {
  std::size_t position = 0;
  double width = 0;  // a penalty's width, added to the line when broken here
  double cost = 0;
  bool flagged = false;
  bool forced = false;
};

class Breaker {
 public:
  Breaker(const std::vector<BreakItem>& items, const std::function<double(std::size_t)>& line_width,
          const LineBreakParameters& parameters)
      : items_(items), parameters_(parameters), max_flagged_run_(std::max(0, parameters.max_consecutive_flagged)) {
    closed_ = !items.empty() && items.back().type == BreakItem::Type::penalty && items.back().cost <= -kInfinitePenalty;
    std::size_t opportunities = closed_ ? 0 : 1;
    for (std::size_t i = 0; i < items.size(); ++i) opportunities += is_breakpoint(i);
    // No paragraph has more lines than break opportunities, so these are all the measures it can use.
    widths_.reserve(opportunities);
    for (std::size_t n = 0; n < opportunities; ++n) widths_.push_back(line_width(n));
    // From uniform_from_ on, every line has the same measure, so the line number stops mattering
    // to the optimum (TeX's easy_line); before it, breaks on different lines are kept apart.
    uniform_from_ = widths_.size() - 1;
    while (uniform_from_ > 0 && widths_[uniform_from_ - 1] == widths_[uniform_from_]) --uniform_from_;
    uniform_from_ = std::min(uniform_from_, kMostLineClasses);
    class_head_.assign(uniform_from_ + 1, kNone);
  }

  // One pass over the paragraph. False when no break sequence stays within `tolerance`; the final
  // pass (any stretch, overfull lines when unavoidable) always succeeds.
  bool run(double tolerance, bool final_pass) {
    tolerance_ = tolerance;
    final_pass_ = final_pass;
    records_.assign(1, Record{});
    active_.assign(1, Active{});
    sum_ = Totals{};
    for (std::size_t i = 0; i < items_.size(); ++i) {
      const BreakItem& item = items_[i];
      if (is_breakpoint(i)) {
        const bool penalty = item.type == BreakItem::Type::penalty;
        try_break({i, penalty ? item.width : 0, penalty ? item.cost : 0, penalty && item.flagged,
                   penalty && item.cost <= -kInfinitePenalty});
      }
      sum_.add(item);
      if (active_.empty()) return false;
    }
    if (!closed_) try_break({items_.size(), 0, -kInfinitePenalty, false, true});
    return !active_.empty();
  }

  // The breaks of the best sequence the last successful run found.
  std::vector<ChosenBreak> result() const {
    const Active& best = *std::min_element(active_.begin(), active_.end(),
                                           [](const Active& a, const Active& b) { return a.demerits < b.demerits; });
    std::vector<ChosenBreak> breaks;
    for (std::size_t r = best.record; r != 0; r = records_[r].previous) {
      const Record& record = records_[r];
      ChosenBreak line;
      line.position = record.position;
      line.flagged = record.flagged;
      line.overfull = record.ratio < -1 - kRatioSlack;
      line.loose = record.ratio > parameters_.tolerance + kRatioSlack;
      line.ratio = line.overfull ? -1 : std::isinf(record.ratio) ? 0 : std::max(-1.0, record.ratio);
      breaks.push_back(line);
    }
    std::reverse(breaks.begin(), breaks.end());
    return breaks;
  }

 private:
  bool is_breakpoint(std::size_t i) const {
    const BreakItem& item = items_[i];
    if (item.type == BreakItem::Type::glue) return i > 0 && items_[i - 1].type == BreakItem::Type::box;
    return item.type == BreakItem::Type::penalty && item.cost < kInfinitePenalty;
  }

  // Totals where the line after a break at `b` starts: the glue and penalties following the break
  // are discarded, up to the next box or forced break. Sets `empty` when no box comes before that.
  Totals totals_after(const Breakpoint& b, bool& empty) const {
    Totals after = sum_;
    for (std::size_t j = b.position; j < items_.size(); ++j) {
      const BreakItem& item = items_[j];
      if (item.type == BreakItem::Type::box) {
        empty = false;
        return after;
      }
      if (item.type == BreakItem::Type::penalty && item.cost <= -kInfinitePenalty && j > b.position) break;
      after.add(item);
    }
    empty = true;
    return after;
  }

  void try_break(const Breakpoint& b) {
    bool next_line_empty = false;
    const Totals after = totals_after(b, next_line_empty);
    // A break before nothing but discardable items would only add an empty line.
    if (next_line_empty && !b.forced) return;

    candidates_.clear();
    std::size_t kept = 0;
    bool any_deactivated = false;
    Active least_bad;
    double least_overflow = kInfinity;
    for (std::size_t k = 0; k < active_.size(); ++k) {
      const Active& a = active_[k];
      // When b lies among the items discarded after a, the line is empty: a blank line if b is
      // forced (set as it is, not a loose line: its finishing glue was discarded), else no line
      // at all, neither a candidate nor a reason to give up on a.
      const bool empty = sum_.boxes == a.after.boxes;
      const double measure = measure_of(a.line);
      const double length = sum_.width - a.after.width + b.width;
      const double ratio = empty ? 0 : adjustment_ratio(length, measure, a.after, sum_);
      const bool too_wide = ratio < -1 - kRatioSlack;
      const bool feasible = !too_wide && (final_pass_ || ratio <= tolerance_ + kRatioSlack);
      if (feasible && (!empty || b.forced)) consider(a, b, ratio);
      if (too_wide || b.forced) {
        // Deactivated: no later line from here can be narrower. The final pass remembers the node
        // that overflows least, in case none is left.
        const double overflow = length - measure - (sum_.shrink - a.after.shrink);
        if (final_pass_ && (!any_deactivated || overflow < least_overflow ||
                            (overflow == least_overflow && a.demerits < least_bad.demerits))) {
          least_overflow = overflow;
          least_bad = a;
        }
        any_deactivated = true;
        continue;
      }
      if (kept != k) active_[kept] = a;
      ++kept;
    }
    active_.resize(kept);

    if (final_pass_ && kept == 0 && candidates_.empty() && any_deactivated) {
      const int run = b.flagged ? least_bad.flagged_run + 1 : 0;
      if (run <= max_flagged_run_ || b.forced) {
        // TeX's last resort: break here anyway, overfull, rather than lose the paragraph.
        const double length = sum_.width - least_bad.after.width + b.width;
        const double ratio = adjustment_ratio(length, measure_of(least_bad.line), least_bad.after, sum_);
        add_candidate({line_class(least_bad.line + 1), tight, run, least_bad.demerits, ratio, least_bad.record,
                       least_bad.line + 1});
      } else {
        // Only one hyphenated line too many would be left: keep the line going instead.
        active_.push_back(least_bad);
      }
    }
    add_candidates(b, after);
  }

  double measure_of(std::size_t line) const { return widths_[std::min(line, widths_.size() - 1)]; }

  std::size_t line_class(std::size_t line) const { return std::min(line, uniform_from_); }

  // Records the line from `a` to `b` as a candidate, unless it makes one hyphenated line too many.
  void consider(const Active& a, const Breakpoint& b, double ratio) {
    const int run = b.flagged ? a.flagged_run + 1 : 0;
    if (run > max_flagged_run_) return;
    const double base = parameters_.line_penalty + badness(ratio);
    double demerits = base * base;
    if (b.cost >= 0) {
      demerits += b.cost * b.cost;
    } else if (!b.forced) {
      demerits -= b.cost * b.cost;
    }
    if (b.flagged && a.flagged_run > 0) demerits += parameters_.flagged_demerits;
    const int fitness = fitness_class(ratio);
    if (std::abs(fitness - a.fitness) > 1) demerits += parameters_.fitness_demerits;
    const double total = a.demerits + demerits;

    const std::size_t line = line_class(a.line + 1);
    for (std::size_t j = class_head_[line]; j != kNone; j = candidates_[j].next) {
      Candidate& c = candidates_[j];
      if (c.fitness != fitness || c.flagged_run != run) continue;
      if (total < c.demerits) {
        c.demerits = total;
        c.ratio = ratio;
        c.previous = a.record;
        c.line = a.line + 1;
      }
      return;
    }
    add_candidate({line, fitness, run, total, ratio, a.record, a.line + 1});
  }

  void add_candidate(Candidate candidate) {
    candidate.next = class_head_[candidate.line_class];
    class_head_[candidate.line_class] = candidates_.size();
    candidates_.push_back(candidate);
  }

  // Candidate `j` (of the same line class) is certain to do at least as well as `i` from here on: no
  // longer a run of hyphens, and ahead by at least the most the fitness classes can still cost.
  bool dominates(const Candidate& j, const Candidate& i) const {
    const double fitness_margin = j.fitness == i.fitness ? 0 : std::max(0.0, parameters_.fitness_demerits);
    return j.flagged_run <= i.flagged_run && j.demerits + fitness_margin <= i.demerits;
  }

  // Turns the candidates no other one beats for sure into active nodes (TeX keeps a fitness class only
  // when it is within \adjdemerits of the best, which is the same idea).
  void add_candidates(const Breakpoint& b, const Totals& after) {
    for (std::size_t i = 0; i < candidates_.size(); ++i) {
      Candidate& c = candidates_[i];
      for (std::size_t j = class_head_[c.line_class]; j != kNone && !c.dominated; j = candidates_[j].next) {
        if (j == i || !dominates(candidates_[j], c)) continue;
        c.dominated = !dominates(c, candidates_[j]) || j < i;  // of two equals, the first stays
      }
    }
    for (const Candidate& c : candidates_) {
      class_head_[c.line_class] = kNone;
      if (c.dominated) continue;
      records_.push_back({b.position, c.previous, c.ratio, b.flagged});
      active_.push_back({records_.size() - 1, c.line, c.fitness, c.flagged_run, c.demerits, after});
    }
  }

  const std::vector<BreakItem>& items_;
  const LineBreakParameters& parameters_;
  const int max_flagged_run_;
  bool closed_ = false;  // the items end with a forced break
  std::vector<double> widths_;
  std::size_t uniform_from_ = 0;

  double tolerance_ = 0;
  bool final_pass_ = false;
  Totals sum_;  // of the items before the current one
  std::vector<Record> records_;
  std::vector<Active> active_;
  // Scratch space of try_break, kept between calls so that breaking allocates nothing per item.
  std::vector<Candidate> candidates_;
  std::vector<std::size_t> class_head_;  // per line class, its first candidate in candidates_
};

// Totals where the line after a break at `position` starts: glue and penalties after the break are
// discarded up to the next box or forced break.
Totals start_after(const std::vector<BreakItem>& items, std::size_t position, Totals totals) {
  for (std::size_t j = position; j < items.size(); ++j) {
    if (items[j].type == BreakItem::Type::box) break;
    if (items[j].type == BreakItem::Type::penalty && items[j].cost <= -kInfinitePenalty && j > position) break;
    totals.add(items[j]);
  }
  return totals;
}

}  // namespace

std::vector<ChosenBreak> break_lines_first_fit(const std::vector<BreakItem>& items,
                                               const std::function<double(std::size_t line)>& line_width,
                                               const LineBreakParameters& parameters) {
  std::vector<ChosenBreak> breaks;
  Totals sum;                       // of the items before the current one
  Totals start;                     // where the current line starts
  std::optional<ChosenBreak> fits;  // the last break where the current line fits
  Totals fits_sum;                  // `sum` at that break
  int flagged_run = 0;
  const auto take = [&](const ChosenBreak& line, const Totals& at) {
    breaks.push_back(line);
    flagged_run = line.flagged ? flagged_run + 1 : 0;
    start = start_after(items, line.position, at);
    fits.reset();
  };
  const auto line_at = [&](std::size_t position, double extra, bool flagged, bool forced) {
    const double measure = line_width(breaks.size());
    const double length = sum.width - start.width + extra;
    ChosenBreak line{position, adjustment_ratio(length, measure, start, sum), flagged, false, false};
    if (forced && line.ratio > 0) line.ratio = 0;  // a last line is set at its natural width
    line.overfull = line.ratio < -1 - kRatioSlack;
    line.loose = line.ratio > parameters.tolerance + kRatioSlack && !std::isinf(line.ratio);
    line.ratio = line.overfull ? -1 : std::isinf(line.ratio) ? 0 : std::max(-1.0, line.ratio);
    return line;
  };
  const auto consider = [&](std::size_t position, double extra, bool flagged, bool forced) {
    if (sum.boxes == start.boxes && !forced) return;  // nothing on the line yet
    ChosenBreak line = line_at(position, extra, flagged, forced);
    if (line.overfull && fits) {
      take(*fits, fits_sum);
      line = line_at(position, extra, flagged, forced);
    }
    const bool allowed = !flagged || flagged_run < std::max(0, parameters.max_consecutive_flagged);
    if (forced || (line.overfull && !fits)) {
      take(line, sum);
    } else if (allowed) {
      fits = line;
      fits_sum = sum;
    }
  };
  for (std::size_t i = 0; i < items.size(); ++i) {
    const BreakItem& item = items[i];
    const bool breakpoint = item.type == BreakItem::Type::glue
                                ? i > 0 && items[i - 1].type == BreakItem::Type::box
                                : item.type == BreakItem::Type::penalty && item.cost < kInfinitePenalty;
    if (breakpoint) {
      const bool penalty = item.type == BreakItem::Type::penalty;
      consider(i, penalty ? item.width : 0, penalty && item.flagged, penalty && item.cost <= -kInfinitePenalty);
    }
    sum.add(item);
  }
  const bool closed =
      !items.empty() && items.back().type == BreakItem::Type::penalty && items.back().cost <= -kInfinitePenalty;
  if (!closed) consider(items.size(), 0, false, true);
  return breaks;
}

std::vector<ChosenBreak> break_lines(const std::vector<BreakItem>& items,
                                     const std::function<double(std::size_t line)>& line_width,
                                     const LineBreakParameters& parameters) {
  Breaker breaker(items, line_width, parameters);
  if (breaker.run(parameters.tolerance, false)) return breaker.result();
  if (parameters.second_pass_tolerance > parameters.tolerance && breaker.run(parameters.second_pass_tolerance, false)) {
    return breaker.result();
  }
  breaker.run(kInfinity, true);
  return breaker.result();
}

}  // namespace persklaar
