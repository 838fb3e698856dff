#pragma once
// Collects the pieces of a paragraph run by run, each with its character format, and turns them into
// the model's inlines: neighbouring runs with the same format are one Strong or Emphasis (Word splits
// runs for reasons no reader sees, such as spelling marks and revision ids), and their text is one
// Text.
#include <string_view>

#include "core/model/inline.h"

namespace persklaar::docx {

// The formatting the model can show. Underline counts as emphasis.
struct RunStyle {
  bool strong = false;
  bool emphasis = false;
  bool code = false;
  int script = 0;  // 1 superscript, -1 subscript (w:vertAlign)
  bool operator==(const RunStyle&) const = default;
};

class FormattedRuns {
 public:
  void add_text(std::string_view text, RunStyle style, const SourcePosition& where);
  // A piece that is not text (a line break, an image, a link): it keeps the run's style around it.
  void add(Inline piece, RunStyle style);
  std::size_t size() const { return pieces_.size(); }
  // Takes the pieces from `begin` on out of the collection (a hyperlink field's result).
  FormattedRuns take_from(std::size_t begin);

  Inlines finish() &&;

 private:
  struct Piece {
    Inline inline_;
    RunStyle style;
  };
  std::vector<Piece> pieces_;
};

}  // namespace persklaar::docx
