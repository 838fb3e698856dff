#pragma once
// The command line as data. Every option is defined once (cli/options.cc) and every command is
// registered once (cli/command_registry.cc); the parser, `--help`, the man page and the bash
// completion are all made from these definitions, so they cannot disagree.
#include <functional>
#include <string>
#include <vector>

namespace persklaar::cli {

// What the shell may complete an option's value (or a command's argument) with.
enum class Completion { none, file, directory, choice, format, layout };

struct OptionSpec {
  std::string name;        // long name without dashes: "output"
  char short_name = 0;     // 'o', or 0 for none
  std::string value_name;  // "FILE|DIR"; empty for a switch
  std::string help;        // one sentence for people, may span lines
  bool repeatable = false;
  Completion completion = Completion::none;
  std::vector<std::string> choices;  // for Completion::choice; also the only values accepted

  bool is_switch() const { return value_name.empty(); }
  // "-o, --output FILE|DIR" or "    --wrap N"
  std::string signature() const;
};

struct Example {
  std::string command;  // "persklaar build magazine -o magazine.pdf"
  std::string meaning;  // "only the screen PDF, to magazine.pdf"
};

class ParsedArguments;

struct CommandSpec {
  std::string name;      // "build"
  std::string operands;  // "MANUSCRIPT", or empty when it takes none
  Completion operand_completion = Completion::none;
  int max_operands = 0;  // how many operands it takes at most
  std::string summary;   // one line: "make the editions of a manuscript"
  std::string description;
  std::vector<std::string> options;  // names of OptionSpecs, in the order help lists them
  std::vector<Example> examples;
  std::function<int(const ParsedArguments&)> run;
};

}  // namespace persklaar::cli
