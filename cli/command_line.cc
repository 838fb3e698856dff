#include "cli/command_line.h"

#include <boost/program_options.hpp>
#include <charconv>

#include "cli/commands.h"
#include "cli/options.h"
#include "cli/suggest.h"

namespace po = boost::program_options;

namespace persklaar::cli {
namespace {

po::options_description described(const CommandSpec& command) {
  po::options_description description;
  for (const std::string& name : command.options) {
    const OptionSpec& spec = option(name);
    const std::string names = spec.short_name ? spec.name + "," + spec.short_name : spec.name;
    if (spec.is_switch()) {
      description.add_options()(names.c_str(), spec.help.c_str());
    } else if (spec.repeatable) {
      description.add_options()(names.c_str(), po::value<std::vector<std::string>>()->composing(), spec.help.c_str());
    } else {
      description.add_options()(names.c_str(), po::value<std::string>(), spec.help.c_str());
    }
  }
  description.add_options()("operand", po::value<std::vector<std::string>>());
  return description;
}

std::vector<std::string> long_names(const CommandSpec& command) {
  std::vector<std::string> names;
  for (const std::string& name : command.options) names.push_back("--" + name);
  return names;
}

std::string how_to_get_help(const CommandSpec& command) {
  return "\n  see 'persklaar " + command.name + " --help'";
}

[[noreturn]] void unknown_option(const CommandSpec& command, const std::string& given) {
  const std::string bare = given.substr(0, given.find('='));
  throw UsageError("'" + command.name + "' has no option '" + bare + "'" + did_you_mean(bare, long_names(command)) +
                   how_to_get_help(command));
}

void check_choice(const OptionSpec& spec, const std::string& value) {
  if (spec.choices.empty()) return;
  for (const std::string& choice : spec.choices) {
    if (choice == value) return;
  }
  std::string list;
  for (const std::string& choice : spec.choices) list += (list.empty() ? "" : ", ") + choice;
  throw UsageError("--" + spec.name + " takes " + list + ", not '" + value + "'" + did_you_mean(value, spec.choices));
}

}  // namespace

std::string ParsedArguments::value(const std::string& option, const std::string& fallback) const {
  const auto found = values_.find(option);
  return found == values_.end() || found->second.empty() ? fallback : found->second.back();
}

std::vector<std::string> ParsedArguments::values(const std::string& option) const {
  const auto found = values_.find(option);
  return found == values_.end() ? std::vector<std::string>{} : found->second;
}

ParsedArguments parse_command_line(const CommandSpec& command, const std::vector<std::string>& arguments) {
  const po::options_description description = described(command);
  po::positional_options_description positional;
  positional.add("operand", -1);
  po::variables_map map;
  try {
    po::store(po::command_line_parser(arguments).options(description).positional(positional).run(), map);
    po::notify(map);
  } catch (const po::unknown_option& error) {
    unknown_option(command, error.get_option_name());
  } catch (const po::multiple_occurrences& error) {
    throw UsageError("option '" + error.get_option_name() + "' is given more than once; give it once" +
                     how_to_get_help(command));
  } catch (const po::error& error) {
    throw UsageError(error.what() + how_to_get_help(command));
  }

  ParsedArguments parsed;
  for (const std::string& name : command.options) {
    if (!map.count(name)) continue;
    const OptionSpec& spec = option(name);
    auto& values = parsed.values_[name];
    if (spec.is_switch()) {
      values.emplace_back();
    } else if (spec.repeatable) {
      values = map[name].as<std::vector<std::string>>();
    } else {
      values.push_back(map[name].as<std::string>());
    }
    for (const std::string& value : values) check_choice(spec, value);
  }
  if (map.count("operand")) parsed.operands_ = map["operand"].as<std::vector<std::string>>();
  if (parsed.has("help")) return parsed;
  if (static_cast<int>(parsed.operands_.size()) > command.max_operands) {
    const std::string& extra = parsed.operands_[static_cast<std::size_t>(command.max_operands)];
    throw UsageError(command.max_operands == 0
                         ? "'" + command.name + "' takes no arguments, but was given '" + extra + "'"
                         : "'" + command.name + "' takes one " + command.operands + ", but was also given '" + extra +
                               "'" + how_to_get_help(command));
  }
  return parsed;
}

int whole_number_option(const ParsedArguments& arguments, const std::string& option, int minimum, int maximum,
                        int fallback) {
  if (!arguments.has(option)) return fallback;
  const std::string text = arguments.value(option);
  int number = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (error != std::errc() || end != text.data() + text.size() || number < minimum || number > maximum) {
    throw UsageError("--" + option + " takes a whole number from " + std::to_string(minimum) + " to " +
                     std::to_string(maximum) + ", not '" + text + "'");
  }
  return number;
}

}  // namespace persklaar::cli
