#include "core/input/limits.h"

#include <glib.h>

#include <charconv>
#include <cstdio>

#include "core/diagnostics/diagnostic.h"
#include "core/text/utf8.h"

namespace persklaar {
namespace {

// "64M", "512K", "1G" or a plain number; nullopt when it is none of these.
std::optional<std::uintmax_t> parse_amount(const std::string& text) {
  std::uintmax_t value = 0;
  const char* begin = text.data();
  const char* end = begin + text.size();
  const auto [rest, error] = std::from_chars(begin, end, value);
  if (error != std::errc() || rest == begin) return std::nullopt;
  std::uintmax_t unit = 1;
  const std::string suffix(rest, end);
  if (suffix == "K" || suffix == "k")
    unit = 1u << 10;
  else if (suffix == "M" || suffix == "m")
    unit = 1u << 20;
  else if (suffix == "G" || suffix == "g")
    unit = 1u << 30;
  else if (!suffix.empty())
    return std::nullopt;
  if (value > UINTMAX_MAX / unit) return std::nullopt;
  return value * unit;
}

}  // namespace

InputLimits& input_limits() {
  static InputLimits limits;
  return limits;
}

std::optional<std::string> set_input_limit(InputLimits& limits, const std::string& setting) {
  const std::size_t equals = setting.find('=');
  if (equals == std::string::npos) return "a limit is written NAME=VALUE, e.g. file-size=64M";
  const std::string name = setting.substr(0, equals);
  if (name != "file-size" && name != "paragraph" && name != "chapters") {
    return "unknown limit '" + name + "'; limits that can be set: " + describe_input_limits(limits);
  }
  const auto amount = parse_amount(setting.substr(equals + 1));
  if (!amount || *amount == 0) return "the value of '" + name + "' must be a positive number (K, M and G allowed)";
  if (name == "file-size") {
    limits.file_bytes = *amount;
  } else if (name == "paragraph") {
    limits.paragraph_bytes = static_cast<std::size_t>(*amount);
  } else {
    limits.chapters = static_cast<std::size_t>(*amount);
  }
  return std::nullopt;
}

std::string describe_input_limits(const InputLimits& limits) {
  return "file-size=" + human_size(limits.file_bytes) + ", paragraph=" + human_size(limits.paragraph_bytes) +
         ", chapters=" + std::to_string(limits.chapters);
}

void check_nesting_depth(int depth, const SourcePosition& where) {
  const int limit = input_limits().nesting;
  if (depth <= limit) return;
  throw InputError(where, "blocks or inline markup are nested more than " + std::to_string(limit) + " levels deep",
                   "a quotation, list or emphasis inside another is fine, but not " + std::to_string(limit) +
                       " times over; check for a stray run of '>', '-' or '*'");
}

std::optional<std::size_t> cut_combining_marks(std::string& text, int& run) {
  std::string kept;
  std::optional<std::size_t> first_cut;
  std::size_t copied = 0;  // text before this offset is in `kept` already (only once something is cut)
  for (std::size_t offset = 0; offset < text.size();) {
    const DecodedCodePoint decoded = decode_utf8_at(text, offset);
    const bool mark = g_unichar_combining_class(static_cast<gunichar>(decoded.code_point)) != 0;
    run = mark ? run + 1 : 0;
    if (run > kMostCombiningMarks) {
      if (!first_cut) first_cut = offset;
      kept.append(text, copied, offset - copied);
      copied = offset + decoded.length;
    }
    offset += decoded.length;
  }
  if (first_cut) {
    kept.append(text, copied, std::string::npos);
    text = std::move(kept);
  }
  return first_cut;
}

void warn_combining_marks_cut(const SourcePosition& where, Diagnostics& diagnostics) {
  diagnostics.warn(
      where,
      "more than " + std::to_string(kMostCombiningMarks) + " combining marks on one character; the rest are left out",
      "no language needs so many; check the text where it was pasted from");
}

void cap_combining_marks(std::string& text, const std::string& file, Diagnostics& diagnostics) {
  int run = 0;
  const auto first_cut = cut_combining_marks(text, run);
  if (!first_cut) return;
  // Nothing before the first cut moved, so its line and column are those of the original text.
  const LineColumn at = line_column_at(text, *first_cut);
  warn_combining_marks_cut(position_in(file, at.line, at.column), diagnostics);
}

void check_paragraph_size(std::size_t bytes, const SourcePosition& where) {
  const std::size_t limit = input_limits().paragraph_bytes;
  if (bytes <= limit) return;
  throw InputError(where, "the paragraph is " + human_size(bytes) + ", more than the limit of " + human_size(limit),
                   "break it into shorter paragraphs, or raise the limit with --limit paragraph=SIZE");
}

std::string human_size(std::uintmax_t bytes) {
  if (bytes >= (1u << 20) && bytes % (1u << 20) == 0) return std::to_string(bytes >> 20) + " MB";
  if (bytes >= (1u << 20)) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / (1u << 20));
    return text;
  }
  if (bytes >= (1u << 10)) return std::to_string((bytes + (1u << 9)) >> 10) + " KB";
  return std::to_string(bytes) + " bytes";
}

}  // namespace persklaar
