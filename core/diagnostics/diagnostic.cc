#include "core/diagnostics/diagnostic.h"

#include <algorithm>

namespace persklaar {

std::string Diagnostic::to_string() const {
  std::string out = where.to_string();
  if (!out.empty()) out += ": ";
  out += severity == Severity::error ? "error: " : "warning: ";
  out += message;
  if (page > 0) out += " (print page " + std::to_string(page) + ")";
  if (!hint.empty()) out += "\n  hint: " + hint;
  return out;
}

InputError::InputError(Diagnostic diagnostic)
    : std::runtime_error(diagnostic.to_string()), diagnostic_(std::move(diagnostic)) {}

InputError::InputError(SourcePosition where, std::string message, std::string hint)
    : InputError(Diagnostic{Severity::error, std::move(where), std::move(message), std::move(hint), 0, {}}) {}

void Diagnostics::warn(SourcePosition where, std::string message, std::string hint) {
  report(Diagnostic{Severity::warning, std::move(where), std::move(message), std::move(hint), 0, {}});
}

void Diagnostics::report(Diagnostic diagnostic) {
  if (sink_) sink_(diagnostic);
  collected_.push_back(std::move(diagnostic));
}

std::size_t Diagnostics::warning_count() const {
  return static_cast<std::size_t>(std::count_if(collected_.begin(), collected_.end(),
                                                [](const Diagnostic& d) { return d.severity == Severity::warning; }));
}

}  // namespace persklaar
