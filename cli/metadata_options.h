#pragma once
// Metadata from the command line: --metadata-file FILE (YAML, as in a manuscript) and -M KEY=VALUE,
// which wins over the file. Both win over the manuscript's own metadata.
#include "cli/command_line.h"
#include "core/diagnostics/diagnostic.h"
#include "core/model/publication.h"

namespace persklaar::cli {

// Throws UsageError for a -M that is not KEY=VALUE, an unknown key, a bad value, or a metadata file
// that does not exist; InputError (with file and line) for a broken metadata file.
Metadata metadata_overrides(const ParsedArguments& arguments, Diagnostics& diagnostics);

}  // namespace persklaar::cli
