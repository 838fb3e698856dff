#pragma once
// One diagnostic type for the whole tool: severity, where, what, and what to do about it.
// Warnings are collected; an error stops the edition by being thrown as InputError.
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/model/source_position.h"

namespace persklaar {

enum class Severity { warning, error };

struct Diagnostic {
  Severity severity = Severity::error;
  SourcePosition where;
  std::string message;  // lowercase, no final full stop: "unknown section kind 'foo'"
  std::string hint;     // what the user can do; may be empty
  int page = 0;         // the print page it concerns, for layout diagnostics; 0 when none
  std::string edition;  // the edition it concerns ("pdf"), empty when it concerns every edition

  // "file:line:col: error: message (print page 7)" and, when there is a hint, "\n  hint: …".
  std::string to_string() const;
};

// A fatal problem with the user's input: the build of this edition stops, the tool exits with 1.
class InputError : public std::runtime_error {
 public:
  explicit InputError(Diagnostic diagnostic);
  InputError(SourcePosition where, std::string message, std::string hint = {});
  const Diagnostic& diagnostic() const { return diagnostic_; }

 private:
  Diagnostic diagnostic_;
};

// Collects warnings while a build runs. A sink may be attached to see them as they come.
class Diagnostics {
 public:
  using Sink = std::function<void(const Diagnostic&)>;

  void set_sink(Sink sink) { sink_ = std::move(sink); }
  void warn(SourcePosition where, std::string message, std::string hint = {});
  void report(Diagnostic diagnostic);

  const std::vector<Diagnostic>& all() const { return collected_; }
  // For a pass that learns more about what was reported while it ran (the page of a layout
  // warning): the collected diagnostics, to complete in place.
  std::vector<Diagnostic>& collected() { return collected_; }
  std::size_t warning_count() const;

 private:
  std::vector<Diagnostic> collected_;
  Sink sink_;
};

}  // namespace persklaar
