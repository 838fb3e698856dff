// The stable publication identifier: RFC 4122 version 5 UUIDs, and the same id for the same title,
// publisher and date.
#include "core/passes/identifier.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace persklaar {
namespace {

Metadata kenniscafes() {
  Metadata metadata;
  metadata.title = "Kenniscafés";
  metadata.publisher = "Werkplaats Sociaal Domein Zuid-Holland Zuid";
  metadata.date = "2019-12";
  return metadata;
}

TEST(NameBasedUuid, MatchesTheRfcAlgorithm) {
  // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
  EXPECT_EQ(name_based_uuid("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "python.org"),
            "886313e1-3b8a-5372-9b90-0c9aee199e5d");
  EXPECT_THROW(name_based_uuid("not-a-uuid", "x"), std::invalid_argument);
  EXPECT_THROW(name_based_uuid("6ba7b810-9dad-11d1-80b4-00c04fd430c", "x"), std::invalid_argument);
}

TEST(StableIdentifier, IsTheSameForTheSamePublication) {
  EXPECT_EQ(stable_identifier(kenniscafes()), "urn:uuid:eafe30c7-f92c-5167-902e-ab2228106de6");
  EXPECT_EQ(stable_identifier(kenniscafes()), stable_identifier(kenniscafes()));
}

TEST(StableIdentifier, ChangesWithTitlePublisherOrDate) {
  const std::string original = stable_identifier(kenniscafes());
  Metadata other = kenniscafes();
  other.date = "2020-12";
  EXPECT_NE(stable_identifier(other), original);
  other = kenniscafes();
  other.publisher += " ";
  EXPECT_NE(stable_identifier(other), original);
  // Fields do not run into each other.
  Metadata a, b;
  a.title = "ab";
  a.publisher = "c";
  b.title = "a";
  b.publisher = "bc";
  EXPECT_NE(stable_identifier(a), stable_identifier(b));
}

TEST(StableIdentifier, KeepsTheManuscriptsOwnIdentifier) {
  Metadata metadata = kenniscafes();
  metadata.identifier = "isbn:9789000000000";
  EXPECT_EQ(stable_identifier(metadata), "isbn:9789000000000");
}

}  // namespace
}  // namespace persklaar
