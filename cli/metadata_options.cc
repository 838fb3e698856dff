#include "cli/metadata_options.h"

#include "cli/commands.h"
#include "core/input/metadata_yaml.h"
#include "core/input/source_file.h"

namespace persklaar::cli {
namespace {

Metadata from_metadata_file(const std::string& file, Diagnostics& diagnostics) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(file, error)) {
    throw UsageError("--metadata-file " + file + ": no such file\n  hint: check the path");
  }
  const SourceText text = read_source_text(file);
  return metadata_from_yaml(parse_yaml_mapping(text.text, text.path, 1), text.path, 1, diagnostics);
}

// The -M options as one YAML mapping; a repeated author or contributor makes a list.
YAML::Node mapping_of(const std::vector<std::string>& assignments) {
  YAML::Node mapping(YAML::NodeType::Map);
  for (const std::string& assignment : assignments) {
    const auto equals = assignment.find('=');
    if (equals == std::string::npos || equals == 0) {
      throw UsageError("-M takes KEY=VALUE, not '" + assignment +
                       "'\n  hint: for example -M title=\"Kenniscafés 2027\"");
    }
    const std::string key = assignment.substr(0, equals), value = assignment.substr(equals + 1);
    if ((key == "author" || key == "contributors") && mapping[key]) {
      if (!mapping[key].IsSequence()) {
        YAML::Node list(YAML::NodeType::Sequence);
        list.push_back(mapping[key].as<std::string>());
        mapping[key] = list;
      }
      mapping[key].push_back(value);
    } else {
      mapping[key] = value;
    }
  }
  return mapping;
}

Metadata from_assignments(const std::vector<std::string>& assignments) {
  Diagnostics unknown_keys;
  Metadata metadata;
  try {
    metadata = metadata_from_yaml(mapping_of(assignments), "-M", 0, unknown_keys);
  } catch (const InputError& error) {  // a value of the wrong form, such as a date that does not exist
    throw UsageError("-M: " + error.diagnostic().message +
                     (error.diagnostic().hint.empty() ? "" : "\n  hint: " + error.diagnostic().hint));
  }
  for (const Diagnostic& diagnostic : unknown_keys.all()) {
    std::string message = diagnostic.message;
    if (const auto ignored = message.find(" is ignored"); ignored != std::string::npos) message.erase(ignored);
    throw UsageError("-M: " + message + "\n  hint: " + diagnostic.hint);
  }
  return metadata;
}

}  // namespace

Metadata metadata_overrides(const ParsedArguments& arguments, Diagnostics& diagnostics) {
  Metadata overrides;
  for (const std::string& file : arguments.values("metadata-file")) {
    override_metadata(overrides, from_metadata_file(file, diagnostics));
  }
  override_metadata(overrides, from_assignments(arguments.values("metadata")));
  return overrides;
}

}  // namespace persklaar::cli
