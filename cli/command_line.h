#pragma once
// What every subcommand does with its arguments: parse them with Boost.Program_options, turning any
// parse failure into a UsageError (exit code 2).
#include <boost/program_options.hpp>
#include <string>
#include <vector>

namespace persklaar::cli {

boost::program_options::variables_map parse_arguments(
    const std::vector<std::string>& arguments, const boost::program_options::options_description& options,
    const boost::program_options::positional_options_description* positional = nullptr);

// The values of a repeatable option, or none.
std::vector<std::string> values_of(const boost::program_options::variables_map& values, const char* name);

}  // namespace persklaar::cli
