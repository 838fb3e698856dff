// Layout values out of any sane range (a page of 1e308 points, negative margins, a count past what
// an int holds) are errors naming the file, the line and the range, before anything is laid out;
// the built edition never has null pages or text off the page.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <regex>

#include "tests/hostile/reproducer.h"
#include "tests/support/test_paths.h"

namespace persklaar {
namespace {

using ::testing::HasSubstr;

// The pocket layout with one attribute's value replaced (the first `name="…"` on the element's line).
std::filesystem::path pocket_with(const testing::Reproducer& reproducer, const std::string& element,
                                  const std::string& attribute, const std::string& value) {
  std::string xml = testing::read_file(testing::source_dir() / "layouts" / "pocket-a5.xml");
  std::smatch found;
  const std::regex pattern("<" + element + "[^>]*? " + attribute + "=\"([^\"]*)\"");
  if (std::regex_search(xml, found, pattern)) xml.replace(found.position(1), found.length(1), value);
  return reproducer.folder().write("layout.xml", xml);
}

struct OutOfRange {
  std::string element, attribute, value, message;
};

void PrintTo(const OutOfRange& value, std::ostream* out) {
  *out << value.element << " " << value.attribute << "=" << value.value;
}

class LayoutValues : public ::testing::TestWithParam<OutOfRange> {};

TEST_P(LayoutValues, AreRefusedNamingFileLineAndRange) {
  const OutOfRange& c = GetParam();
  testing::Reproducer reproducer;
  const auto layout = pocket_with(reproducer, c.element, c.attribute, c.value);
  const auto run = reproducer.build_markdown("---\ntitle: T\n---\n\n# H\n\nTekst.\n", {"--layout", layout.string()});
  EXPECT_EQ(run.exit_code, 1) << run.output;
  EXPECT_THAT(run.output, ::testing::ContainsRegex("layout.xml:[0-9]+: error: "));
  EXPECT_THAT(run.output, HasSubstr(c.message));
  EXPECT_THAT(reproducer.out_files(), ::testing::IsEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    Reproducers, LayoutValues,
    ::testing::Values(
        OutOfRange{"page", "width", "1e308pt", "<page width=\"1e308pt\"> is out of range: it must be 40mm to 1.2m"},
        OutOfRange{"page", "height", "1mm", "<page height=\"1mm\"> is out of range: it must be 40mm to 1.2m"},
        OutOfRange{"margins", "top", "-50mm", "<margins top=\"-50mm\"> is out of range: it must be 0 to 600mm"},
        OutOfRange{"margins", "outer", "-20mm", "<margins outer=\"-20mm\"> is out of range"},
        OutOfRange{"columns", "count", "1e10", "<columns count=\"1e10\"> is out of range: it must be 1 to 6"},
        OutOfRange{"grid", "baseline", "0.001pt", "<grid baseline=\"0.001pt\"> is out of range: it must be 4pt to"},
        OutOfRange{"role", "size", "1e300pt", "<role size=\"1e300pt\"> is out of range: it must be 4pt to 400pt"},
        OutOfRange{"paragraph", "max-hyphenated-lines", "3000000000", "it must be 0 to 20"},
        OutOfRange{"paragraph", "min-lines-at-break", "-2147483648", "it must be 1 to 10"},
        OutOfRange{"margins", "top", "200mm", "the type area is shorter than 5 lines of the baseline grid"}));

}  // namespace
}  // namespace persklaar
