#pragma once
// One walk through a page's content for PDF/UA: where each painting operator stands among the
// marked-content sequences (inside an MCID sequence, inside an artifact, both, or neither), which
// MCIDs the page uses, and which character codes each font shows (for ToUnicode).
#include <map>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <set>
#include <string>
#include <vector>

namespace persklaar::preflight_rules {

struct MarkedContent {
  int painted = 0;               // painting operators (fills, strokes, text, images, shadings, forms)
  int untagged = 0;              // … in no MCID sequence and no artifact
  int tagged_in_artifact = 0;    // MCID sequences opened inside an artifact
  int artifact_in_tagged = 0;    // artifacts opened inside an MCID sequence
  std::string first_untagged;    // the first such operator, with the text it shows if any
  std::vector<long long> mcids;  // in the order the page uses them
  std::map<std::string, std::set<unsigned>> codes;  // font resource name → character codes shown
  std::vector<std::string> problems;                // content that could not be read
};

MarkedContent walk_marked_content(QPDFPageObjectHelper& page);

}  // namespace persklaar::preflight_rules
