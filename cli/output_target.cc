#include "cli/output_target.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "core/pipeline/build_editions.h"

namespace persklaar::cli {
namespace {

std::string list_of(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& name : names) out += (out.empty() ? "" : ", ") + name;
  return out;
}

std::string lowercase_extension(const std::filesystem::path& file) {
  std::string extension = file.extension().string();
  if (!extension.empty()) extension.erase(0, 1);
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

bool names_a_folder(const std::string& value) {
  return !value.empty() && value.back() == '/';
}

}  // namespace

OutputTarget output_target(const std::string& value, const std::vector<std::string>& known_formats) {
  OutputTarget target;
  if (value == "-") {
    target.kind = OutputTarget::Kind::standard_output;
    return target;
  }
  if (value.empty()) {  // `-o ''`, or a variable that was never set
    throw UsageError(
        "-o '': an empty name is neither a folder nor a file\n  hint: name a folder such as out, or a "
        "file such as magazine.pdf");
  }
  target.path = value;
  std::error_code error;
  const bool exists = std::filesystem::exists(target.path, error);
  if (names_a_folder(value) || std::filesystem::is_directory(target.path, error)) {
    if (exists && !std::filesystem::is_directory(target.path, error)) {
      throw UsageError("-o " + value + ": '" + value +
                       "' is a file, not a folder\n  hint: name a folder for the "
                       "editions, or a file such as magazine.pdf for one edition");
    }
    return target;  // a folder, made when missing
  }
  const std::string extension = lowercase_extension(target.path);
  if (extension.empty()) {
    if (exists) {
      throw UsageError("-o " + value + ": '" + value +
                       "' is a file without an extension, so it is not a folder "
                       "for the editions and names no edition\n  hint: name a folder, or a file ending in ." +
                       (known_formats.empty() ? std::string("pdf") : known_formats.front()));
    }
    return target;  // a folder, made when missing
  }
  target.kind = OutputTarget::Kind::file;
  if (std::find(known_formats.begin(), known_formats.end(), extension) != known_formats.end()) {
    target.format = extension;
  }
  const std::filesystem::path folder = target.path.has_parent_path() ? target.path.parent_path() : ".";
  if (!std::filesystem::is_directory(folder, error)) {
    throw UsageError("-o " + value + ": the folder '" + folder.string() +
                     "' does not exist\n  hint: make it first, "
                     "or write the file somewhere else");
  }
  if (exists && !std::filesystem::is_regular_file(target.path, error)) {
    throw UsageError("-o " + value + ": '" + value + "' exists and is not a file");
  }
  return target;
}

std::vector<std::string> formats_for_target(const OutputTarget& target, const std::vector<std::string>& requested) {
  if (target.kind == OutputTarget::Kind::folder) return requested;
  const std::string where = target.kind == OutputTarget::Kind::file ? "-o " + target.path.string() : "-o -";
  if (requested.size() > 1) {
    throw UsageError(where + " holds one edition, but -t asks for " + list_of(requested) +
                     "\n  hint: name one format with -t, or a folder with -o");
  }
  const auto one_file = [&](const std::string& format) {
    if (!written_as_several_files(format)) return;
    throw UsageError(where + ": the " + format +
                     " edition is a file for each page, which one file cannot hold\n  hint: name a folder with -o "
                     "(for example -o pages/ -t " +
                     format + ")");
  };
  for (const std::string& format : requested) one_file(format);
  if (target.kind == OutputTarget::Kind::file) {
    if (requested.empty()) {
      if (target.format.empty()) {
        throw UsageError(where + ": the extension '" + target.path.extension().string() +
                         "' names no edition\n  hint: use an extension from 'persklaar formats', or name the "
                         "format with -t");
      }
      one_file(target.format);
      return {target.format};
    }
    if (!target.format.empty() && target.format != requested.front()) {
      throw UsageError(where + " names a " + target.format + " edition, but -t asks for " + requested.front() +
                       "\n  hint: drop -t, or give the file the extension ." + requested.front());
    }
    return requested;
  }
  if (requested.empty()) {
    throw UsageError("-o - writes one edition to standard output: name it with -t (for example -t txt)");
  }
  return requested;
}

StagingFolder::StagingFolder(const std::filesystem::path& inside) {
  std::string pattern = (inside / ".persklaar-XXXXXX").string();
  if (!::mkdtemp(pattern.data())) {
    throw UsageError("cannot make a temporary folder in '" + inside.string() +
                     "'\n  hint: check that you may "
                     "write there");
  }
  path_ = pattern;
}

StagingFolder::~StagingFolder() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

void deliver(const OutputTarget& target, const std::vector<std::filesystem::path>& written) {
  if (written.size() != 1) {
    throw UsageError("this edition is " + std::to_string(written.size()) +
                     " files, which one file cannot hold\n  hint: name a folder with -o");
  }
  if (target.kind == OutputTarget::Kind::file) {
    std::filesystem::rename(written.front(), target.path);  // same folder's file system: atomic
    return;
  }
  std::ifstream in(written.front(), std::ios::binary);
  std::cout << in.rdbuf();
  std::cout.flush();
}

}  // namespace persklaar::cli
