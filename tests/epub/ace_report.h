#pragma once
// DAISY Ace's report.json, read for what the tests need: the rules that failed. The project has no
// JSON library, so a small strict parser reads the report into plain values first.
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace persklaar::testing {

struct JsonValue;
using JsonObject = std::map<std::string, JsonValue>;
using JsonArray = std::vector<JsonValue>;

struct JsonValue {
  // Numbers are kept as their text; the report's numbers are never needed.
  std::variant<std::nullptr_t, bool, std::string, std::shared_ptr<JsonArray>, std::shared_ptr<JsonObject>> value;

  const JsonObject* object() const;
  const JsonArray* array() const;
  const std::string* string() const;
  // The member `key` of an object, or null.
  const JsonValue* member(const std::string& key) const;
};

// Throws std::runtime_error, with the byte offset, for text that is not JSON.
JsonValue parse_json(std::string_view text);

// Every assertion in the report whose "earl:result" has "earl:outcome": "fail" and whose "earl:test"
// names a rule in "dct:title": the names of those rules ("image-alt", "metadata-accessmode", …).
std::set<std::string> ace_violations(const JsonValue& report);

// The report's own verdict: its top-level "earl:result" outcome ("pass" or "fail"; empty if none).
std::string ace_outcome(const JsonValue& report);

}  // namespace persklaar::testing
