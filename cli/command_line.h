#pragma once
// Parsing a command's arguments against its registered options (Boost.Program_options underneath).
// Every failure is a UsageError (exit code 2) that says what was wrong and, for a misspelt option,
// which one was probably meant.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cli/command_spec.h"

namespace persklaar::cli {

class ParsedArguments {
 public:
  bool has(const std::string& option) const { return values_.count(option) > 0; }
  // The value of a single-valued option, or `fallback` when it was not given.
  std::string value(const std::string& option, const std::string& fallback = "") const;
  // Every value of a repeatable option, in command-line order.
  std::vector<std::string> values(const std::string& option) const;
  const std::vector<std::string>& operands() const { return operands_; }

 private:
  friend ParsedArguments parse_command_line(const CommandSpec&, const std::vector<std::string>&);
  std::map<std::string, std::vector<std::string>> values_;  // a switch given has one empty value
  std::vector<std::string> operands_;
};

ParsedArguments parse_command_line(const CommandSpec& command, const std::vector<std::string>& arguments);

// A whole number in [minimum, maximum], or a UsageError naming the option and what it takes.
int whole_number_option(const ParsedArguments& arguments, const std::string& option, int minimum, int maximum,
                        int fallback);

}  // namespace persklaar::cli
