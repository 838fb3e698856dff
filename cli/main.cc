// persklaar: one manuscript in, every edition out. See `persklaar --help`.
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "core/diagnostics/diagnostic.h"
#include "core/output/interrupt.h"

namespace {

constexpr const char* kUsage =
    "usage: persklaar build MANUSCRIPT [-o DIR] [-t txt,...] [--layout FILE] [--wrap N]\n"
    "       persklaar preflight FILE.pdf [--profile pdfx] [--json]\n"
    "       persklaar plugins\n"
    "       persklaar --help | --version\n"
    "\n"
    "  build     make the editions of a manuscript (a .md file, or a folder with manuscript.yaml)\n"
    "  preflight check a PDF for print (PDF/X-4, CMYK, bleed, fonts, images); exit 0 when it passes\n"
    "  plugins   list the input and output plugins found, and any refused\n"
    "\n"
    "Run 'persklaar COMMAND --help' for a command's options.\n"
    "Exit status: 0 ok, 1 input error, 2 usage error, 3 internal error.\n";

int dispatch(const std::vector<std::string>& arguments) {
  using namespace persklaar::cli;
  if (arguments.empty()) throw UsageError("no command given");
  const std::string& command = arguments.front();
  const std::vector<std::string> rest(arguments.begin() + 1, arguments.end());
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << kUsage;
    return kOk;
  }
  if (command == "--version") {
    std::cout << "persklaar " << PERSKLAAR_VERSION << '\n';
    return kOk;
  }
  if (command == "build") return run_build(rest);
  if (command == "plugins") return run_plugins(rest);
  if (command == "preflight") return run_preflight(rest);
  throw UsageError("unknown command '" + command + "'");
}

}  // namespace

int main(int argc, char** argv) {
  using namespace persklaar::cli;
  persklaar::remove_temporaries_on_interrupt();
  try {
    return dispatch(std::vector<std::string>(argv + 1, argv + argc));
  } catch (const UsageError& error) {
    std::cerr << "persklaar: " << error.what() << "\n\n" << kUsage;
    return kUsageError;
  } catch (const persklaar::InputError& error) {
    std::cerr << error.diagnostic().to_string() << '\n';
    return kInputError;
  } catch (const std::exception& error) {
    std::cerr << "persklaar: internal error: " << error.what() << "\n  please report this with the manuscript\n";
    return kInternalError;
  }
}
