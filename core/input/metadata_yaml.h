#pragma once
// Publication metadata written as YAML: the block at the top of a Markdown file and the manifest
// of a manuscript folder share these keys (see docs/manuscript-format.md).
#include <yaml-cpp/yaml.h>

#include <string>

#include "core/diagnostics/diagnostic.h"
#include "core/model/publication.h"

namespace persklaar {

// Parses YAML text whose first line is line `first_line` of `file`. Throws InputError with the file
// and line of a syntax error, or when the document is not a mapping of keys to values.
YAML::Node parse_yaml_mapping(const std::string& yaml, const std::string& file, int first_line);

// Reads the metadata keys of a mapping. Unknown keys are warnings (except those in `also_known`),
// values of the wrong shape are errors; both name the line.
Metadata metadata_from_yaml(const YAML::Node& mapping, const std::string& file, int first_line,
                            Diagnostics& diagnostics, const std::vector<std::string>& also_known = {});

// Sets every field of `into` that `overrides` sets (metadata given on the command line).
void override_metadata(Metadata& into, const Metadata& overrides);

// Fills every empty field of `into` from `from`; a field both set differently is a warning.
void merge_metadata(Metadata& into, const Metadata& from, Diagnostics& diagnostics);

}  // namespace persklaar
