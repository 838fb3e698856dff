#include "cli/help_text.h"

#include <sstream>

#include "cli/commands.h"
#include "cli/options.h"

namespace persklaar::cli {
namespace {

constexpr std::size_t kWidth = 100;

// `text` broken into lines of at most `width` characters after `indent` spaces (the first line's
// indent is the caller's).
std::string wrapped(const std::string& text, std::size_t indent, std::size_t first_column) {
  std::istringstream words(text);
  std::string out, word;
  std::size_t column = first_column;
  bool first = true;
  while (words >> word) {
    if (!first && column + 1 + word.size() > kWidth) {
      out += "\n" + std::string(indent, ' ');
      column = indent;
    } else if (!first) {
      out += ' ';
      ++column;
    }
    out += word;
    column += word.size();
    first = false;
  }
  return out;
}

std::string padded(const std::string& text, std::size_t width) {
  return text.size() >= width ? text + "  " : text + std::string(width - text.size(), ' ');
}

}  // namespace

const char* const kExitStatusText =
    "0 ok; 1 the manuscript (or a file it names) cannot be made into an edition, or a warning with "
    "--fail-on-warnings; 2 the command line is wrong; 3 an internal error (please report it)";

std::string usage_line(const CommandSpec& command) {
  std::string line = "persklaar " + command.name;
  if (!command.operands.empty()) line += " " + command.operands;
  if (command.options.size() > 1) line += " [options]";
  return line;
}

std::string overview_help() {
  std::string out =
      "usage: persklaar build MANUSCRIPT [options]\n"
      "       persklaar COMMAND [arguments]\n\n"
      "Persklaar makes the editions of a magazine (screen PDF, EPUB, plain text) from one manuscript.\n\n"
      "Commands:\n";
  for (const CommandSpec& command : all_commands()) out += "  " + padded(command.name, 12) + command.summary + "\n";
  out +=
      "\nRun 'persklaar help COMMAND' (or 'persklaar COMMAND --help') for its options and examples.\n"
      "Other options: --version, --list-layouts (= persklaar layouts).\n\n"
      "Exit status: " +
      wrapped(kExitStatusText, 2, 13) + ".\n";
  return out;
}

std::string command_help(const CommandSpec& command) {
  std::string out = "usage: " + usage_line(command) + "\n\n" + wrapped(command.description, 0, 0) + "\n";
  if (!command.options.empty()) {
    std::size_t width = 0;
    for (const std::string& name : command.options) width = std::max(width, option(name).signature().size());
    width = std::min<std::size_t>(width + 2, 34);
    out += "\nOptions:\n";
    for (const std::string& name : command.options) {
      const OptionSpec& spec = option(name);
      const std::string signature = "  " + spec.signature();
      out += padded(signature, width + 2);
      const std::size_t column = std::max(signature.size() + 2, width + 2);
      out += wrapped(spec.help, width + 2, column) + "\n";
    }
  }
  if (!command.examples.empty()) {
    out += "\nExamples:\n";
    for (const Example& example : command.examples) {
      out += "  " + example.command + "\n      " + wrapped(example.meaning, 6, 6) + "\n";
    }
  }
  return out;
}

}  // namespace persklaar::cli
