// persklaar preflight FILE.pdf [--profile pdfx] [--json]: checks any PDF against a preflight profile
// and reports each problem with its rule, page, object and what to do. Exit 0 only when every rule
// passes; 1 when a rule fails or the file cannot be read.
#include <boost/program_options.hpp>
#include <iostream>

#include "cli/command_line.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "core/preflight/preflight.h"

namespace po = boost::program_options;

namespace persklaar::cli {

int run_preflight(const std::vector<std::string>& arguments) {
  po::options_description options("persklaar preflight FILE.pdf [options]");
  options.add_options()("help,h", "show this help")("profile", po::value<std::string>()->default_value("pdfx"),
                                                    "the rules to check: pdfx (PDF/X-4 and print sanity)")(
      "json", "write the report as JSON on standard output");
  po::options_description hidden;
  hidden.add_options()("file", po::value<std::vector<std::string>>());
  po::options_description all;
  all.add(options).add(hidden);
  po::positional_options_description positional;
  positional.add("file", -1);
  const po::variables_map values = parse_arguments(arguments, all, &positional);
  if (values.count("help")) {
    std::cout << options;
    return kOk;
  }
  const std::vector<std::string> files = values_of(values, "file");
  if (files.size() != 1) throw UsageError("preflight checks one PDF: persklaar preflight FILE.pdf");

  const PreflightReport report = preflight(files.front(), values["profile"].as<std::string>());
  std::cout << (values.count("json") ? preflight_report_json(report) : preflight_report_text(report));
  return report.passed() ? kOk : kInputError;
}

}  // namespace persklaar::cli
