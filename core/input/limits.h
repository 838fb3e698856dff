#pragma once
// The limits that keep a hostile or mistaken manuscript from exhausting the machine: each is far
// beyond what a magazine or a book needs, and each is reported as an error naming the file, the
// limit and how to raise it (where raising it is safe). One set per process, set from the command
// line before anything is read (`persklaar build --limit NAME=VALUE`).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics/diagnostic.h"
#include "core/model/source_position.h"

namespace persklaar {

struct InputLimits {
  std::uintmax_t file_bytes = 16u << 20;   // one manuscript file (a long book is about 2 MB)
  std::size_t paragraph_bytes = 4u << 20;  // one paragraph's text
  std::size_t chapters = 2000;             // chapters of the whole publication
  // Blocks and inlines inside one another (a quote in a list in a quote…). Not adjustable: every
  // layer that walks the model goes one level deeper per level of nesting.
  int nesting = 100;
};

// The limits of this process; the command line may change them before a build starts.
InputLimits& input_limits();

// One adjustable limit as the command line names it, e.g. "file-size=64M", "paragraph=8M",
// "chapters=5000". Returns an explanation when `setting` is not one.
std::optional<std::string> set_input_limit(InputLimits& limits, const std::string& setting);
// The names and current values of the adjustable limits, for help and messages.
std::string describe_input_limits(const InputLimits& limits);

// Unicode's stream-safe text format (UAX #15) lets at most 30 combining marks follow a character;
// no writing system needs more. Shaping a longer run costs time that grows with its square.
inline constexpr int kMostCombiningMarks = 30;
// Removes every combining mark of `text` beyond kMostCombiningMarks in a row. `run` is the number of
// marks just before the text (0 at the start of a paragraph) and is left at the number at its end, so
// a run split over several pieces of text is counted whole. Returns the offset, in the text as it was,
// of the first mark removed, or nullopt when nothing was.
std::optional<std::size_t> cut_combining_marks(std::string& text, int& run);
// Cuts every run of combining marks in `text` to kMostCombiningMarks, warning once per file with
// the line and column of the first run cut.
void cap_combining_marks(std::string& text, const std::string& file, Diagnostics& diagnostics);
// The warning cap_combining_marks gives, at `where`, for readers that cut marks piece by piece.
void warn_combining_marks_cut(const SourcePosition& where, Diagnostics& diagnostics);

// Throws InputError at `where` when a paragraph's text of `bytes` exceeds the paragraph limit.
void check_paragraph_size(std::size_t bytes, const SourcePosition& where);

// Throws InputError at `where` when `depth` (1 = a top-level block) exceeds the nesting limit.
void check_nesting_depth(int depth, const SourcePosition& where);

// The size in bytes written the way people read it: "16 MB", "850 KB", "12 bytes".
std::string human_size(std::uintmax_t bytes);

}  // namespace persklaar
