#include "core/input/limits.h"

#include <charconv>

#include "core/diagnostics/diagnostic.h"

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
  const auto amount = parse_amount(setting.substr(equals + 1));
  if (!amount || *amount == 0) return "the value of '" + name + "' must be a positive number (K, M and G allowed)";
  if (name == "file-size") {
    limits.file_bytes = *amount;
  } else if (name == "paragraph") {
    limits.paragraph_bytes = static_cast<std::size_t>(*amount);
  } else if (name == "chapters") {
    limits.chapters = static_cast<std::size_t>(*amount);
  } else {
    return "unknown limit '" + name + "'; limits that can be set: " + describe_input_limits(limits);
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

std::string human_size(std::uintmax_t bytes) {
  if (bytes >= (1u << 20) && bytes % (1u << 20) == 0) return std::to_string(bytes >> 20) + " MB";
  if (bytes >= (10u << 20)) return std::to_string((bytes + (1u << 19)) >> 20) + " MB";
  if (bytes >= (1u << 10)) return std::to_string((bytes + (1u << 9)) >> 10) + " KB";
  return std::to_string(bytes) + " bytes";
}

}  // namespace persklaar
