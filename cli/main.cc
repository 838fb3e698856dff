// persklaar: one manuscript in, every edition out. See `persklaar --help` or persklaar(1).
#include <iostream>
#include <string>
#include <vector>

#include "cli/command_line.h"
#include "cli/commands.h"
#include "cli/diagnostic_report.h"
#include "cli/exit_codes.h"
#include "cli/help_text.h"
#include "cli/leaving.h"
#include "core/diagnostics/diagnostic.h"
#include "core/output/interrupt.h"

namespace {

using namespace persklaar::cli;

int dispatch(const std::vector<std::string>& arguments) {
  if (arguments.empty()) throw UsageError("no command given; 'persklaar build MANUSCRIPT' makes the editions");
  const std::string& name = arguments.front();
  const std::vector<std::string> rest(arguments.begin() + 1, arguments.end());
  if (name == "--help" || name == "-h") return find_command("help").run(parse_command_line(find_command("help"), rest));
  if (name == "--version") {
    std::cout << "persklaar " << PERSKLAAR_VERSION << '\n';
    return kOk;
  }
  if (name == "--list-layouts") return find_command("layouts").run(parse_command_line(find_command("layouts"), rest));
  if (!name.empty() && name.front() == '-' && name != "-") {
    throw UsageError("'" + name +
                     "' is not a command; options follow the command, as in 'persklaar build "
                     "MANUSCRIPT " +
                     name + "'");
  }
  const CommandSpec& command = find_command(name);
  const ParsedArguments parsed = parse_command_line(command, rest);
  if (parsed.has("help")) {
    std::cout << command_help(command);
    return kOk;
  }
  return command.run(parsed);
}

int run(int argc, char** argv) {
  const std::vector<std::string> arguments(argv + 1, argv + argc);
  try {
    return dispatch(arguments);
  } catch (const UsageError& error) {
    if (asks_for_json_diagnostics(arguments)) {
      print_json_failure(error.what(), "", kUsageError);
      return kUsageError;
    }
    std::cerr << "persklaar: " << error.what() << '\n';
    if (argc < 2) std::cerr << '\n' << overview_help();
    return kUsageError;
  } catch (const persklaar::InputError& error) {
    std::cerr << error.diagnostic().to_string() << '\n';
    return kInputError;
  } catch (const std::exception& error) {
    std::cerr << "persklaar: internal error: " << error.what() << "\n  please report this with the manuscript\n";
    return kInternalError;
  }
}

}  // namespace

int main(int argc, char** argv) {
  persklaar::remove_temporaries_on_interrupt();
  leave(run(argc, argv));
}
