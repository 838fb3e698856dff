#include "cli/command_line.h"

#include "cli/commands.h"

namespace po = boost::program_options;

namespace persklaar::cli {

po::variables_map parse_arguments(const std::vector<std::string>& arguments, const po::options_description& options,
                                  const po::positional_options_description* positional) {
  po::variables_map values;
  try {
    po::command_line_parser parser(arguments);
    parser.options(options);
    if (positional) parser.positional(*positional);
    po::store(parser.run(), values);
    po::notify(values);
  } catch (const po::error& error) {
    throw UsageError(error.what());
  }
  return values;
}

std::vector<std::string> values_of(const po::variables_map& values, const char* name) {
  return values.count(name) ? values[name].as<std::vector<std::string>>() : std::vector<std::string>{};
}

}  // namespace persklaar::cli
