#include "core/input/metadata_yaml.h"

#include <algorithm>
#include <regex>

#include "core/text/ascii_case.h"
#include "core/text/language.h"

namespace persklaar {
namespace {

const std::vector<std::string> kMetadataKeys = {"title",   "subtitle",     "publisher",   "author",
                                                "authors", "contributors", "date",        "language",
                                                "lang",    "identifier",   "cover-image", "logo"};

SourcePosition position_of(const YAML::Node& node, const std::string& file, int first_line) {
  const YAML::Mark mark = node.Mark();
  if (mark.line < 0) return position_in(file, first_line);
  return position_in(file, first_line + mark.line, mark.column + 1);
}

std::string scalar(const YAML::Node& node, const std::string& key, const std::string& file, int first_line) {
  if (!node.IsScalar()) {
    throw InputError(position_of(node, file, first_line), "'" + key + "' must be a single value",
                     "write it on one line: " + key + ": …");
  }
  return node.as<std::string>();
}

std::vector<std::string> scalar_list(const YAML::Node& node, const std::string& key, const std::string& file,
                                     int first_line) {
  if (node.IsScalar()) return {node.as<std::string>()};
  if (!node.IsSequence()) {
    throw InputError(position_of(node, file, first_line), "'" + key + "' must be a name or a list of names");
  }
  std::vector<std::string> values;
  for (const auto& item : node) values.push_back(scalar(item, key, file, first_line));
  return values;
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

void check_date(const std::string& date, const SourcePosition& where) {
  static const std::regex iso(R"(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)");
  if (!std::regex_match(date, iso)) {
    throw InputError(where, "date '" + date + "' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD",
                     "write for example: date: 2019-12");
  }
  if (date.size() == 10) {
    const int year = std::stoi(date.substr(0, 4)), month = std::stoi(date.substr(5, 2));
    const int day = std::stoi(date.substr(8, 2)), last = days_in_month(year, month);
    if (day > last) {
      throw InputError(where, "date '" + date + "' does not exist: that month has " + std::to_string(last) + " days",
                       "check the day and the month");
    }
  }
}

// The language decides typography, hyphenation, labels and every edition's language declaration: a
// name instead of a tag would make an e-book that no reading system understands.
void check_language(const std::string& language, const SourcePosition& where) {
  if (is_language_tag(language)) return;
  const std::string suggestion = suggest_language_tag(language);
  throw InputError(where, "language '" + language + "' is not a BCP 47 language tag",
                   suggestion.empty() ? "write a tag such as nl, en or nl-BE" : "write: language: " + suggestion);
}

void merge_field(std::string& into, const std::string& from, const char* key, const Metadata& source,
                 Diagnostics& diagnostics) {
  if (from.empty()) return;
  if (into.empty()) {
    into = from;
  } else if (into != from) {
    diagnostics.warn(source.position, std::string("'") + key + "' is '" + from + "' here but '" + into +
                                          "' earlier; the earlier value is used");
  }
}

}  // namespace

YAML::Node parse_yaml_mapping(const std::string& yaml, const std::string& file, int first_line) {
  YAML::Node document;
  try {
    document = YAML::Load(yaml);
  } catch (const YAML::Exception& error) {
    throw InputError(position_in(file, first_line + std::max(0, error.mark.line), error.mark.column + 1),
                     "broken YAML: " + error.msg, "check the indentation and quote values that contain ':'");
  }
  if (document.IsNull()) return YAML::Node(YAML::NodeType::Map);
  if (!document.IsMap()) {
    throw InputError(position_in(file, first_line), "the metadata is not a list of 'key: value' lines");
  }
  return document;
}

Metadata metadata_from_yaml(const YAML::Node& mapping, const std::string& file, int first_line,
                            Diagnostics& diagnostics, const std::vector<std::string>& also_known) {
  Metadata metadata;
  metadata.position = position_in(file, first_line);
  for (const auto& entry : mapping) {
    const SourcePosition where = position_of(entry.first, file, first_line);
    if (!entry.first.IsScalar()) {
      throw InputError(where, "a metadata key must be a plain name, not a list or a mapping",
                       "write 'key: value', e.g. title: My magazine");
    }
    const std::string written = entry.first.as<std::string>();
    // Matched in lower case, so that "Title:" and "Author:", as MultiMarkdown and some documentation
    // tools write them, are read as title and author. (The keys the caller reads itself, such as the
    // manifest's chapters, are matched as written.)
    const std::string key = ascii_lowercase(written);
    const YAML::Node& value = entry.second;
    if (key == "title") {
      metadata.title = scalar(value, key, file, first_line);
    } else if (key == "subtitle") {
      metadata.subtitle = scalar(value, key, file, first_line);
    } else if (key == "publisher") {
      metadata.publisher = scalar(value, key, file, first_line);
    } else if (key == "author" || key == "authors") {
      metadata.authors = scalar_list(value, key, file, first_line);
    } else if (key == "contributors") {
      metadata.contributors = scalar_list(value, key, file, first_line);
    } else if (key == "date") {
      metadata.date = scalar(value, key, file, first_line);
      check_date(metadata.date, where);
    } else if (key == "language" || key == "lang") {
      metadata.language = scalar(value, key, file, first_line);
      check_language(metadata.language, where);
    } else if (key == "identifier") {
      metadata.identifier = scalar(value, key, file, first_line);
    } else if (key == "cover-image") {
      metadata.cover_image = scalar(value, key, file, first_line);
      metadata.cover_image_position = where;
    } else if (key == "logo") {
      metadata.logo = scalar(value, key, file, first_line);
      metadata.logo_position = where;
    } else if (std::find(also_known.begin(), also_known.end(), written) == also_known.end()) {
      diagnostics.warn(where, "unknown metadata key '" + written + "' is ignored",
                       "known keys: title, subtitle, publisher, author, contributors, date, language, identifier, "
                       "cover-image, logo");
    }
  }
  return metadata;
}

void override_metadata(Metadata& into, const Metadata& overrides) {
  for (auto field : {&Metadata::title, &Metadata::subtitle, &Metadata::publisher, &Metadata::date, &Metadata::language,
                     &Metadata::identifier}) {
    if (!(overrides.*field).empty()) into.*field = overrides.*field;
  }
  if (!overrides.authors.empty()) into.authors = overrides.authors;
  if (!overrides.contributors.empty()) into.contributors = overrides.contributors;
  if (!overrides.cover_image.empty()) {
    into.cover_image = overrides.cover_image;
    into.cover_image_position = overrides.cover_image_position;
  }
  if (!overrides.logo.empty()) {
    into.logo = overrides.logo;
    into.logo_position = overrides.logo_position;
  }
}

void merge_metadata(Metadata& into, const Metadata& from, Diagnostics& diagnostics) {
  merge_field(into.title, from.title, "title", from, diagnostics);
  merge_field(into.subtitle, from.subtitle, "subtitle", from, diagnostics);
  merge_field(into.publisher, from.publisher, "publisher", from, diagnostics);
  merge_field(into.date, from.date, "date", from, diagnostics);
  merge_field(into.language, from.language, "language", from, diagnostics);
  merge_field(into.identifier, from.identifier, "identifier", from, diagnostics);
  if (into.authors.empty()) into.authors = from.authors;
  if (into.contributors.empty()) into.contributors = from.contributors;
  if (into.cover_image.empty()) {
    into.cover_image = from.cover_image;
    into.cover_image_position = from.cover_image_position;
  }
  if (into.logo.empty()) {
    into.logo = from.logo;
    into.logo_position = from.logo_position;
  }
  if (!into.position.file) into.position = from.position;
}

}  // namespace persklaar
