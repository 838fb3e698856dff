#include "plugins/pdf/artifact_pass.h"

#include <map>
#include <memory>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <set>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "plugins/pdf/content_stream.h"

namespace persklaar::pdf {
namespace {

using McidArtifacts = std::map<long long, Artifact>;  // MCID on one page → what it becomes

const char* properties_of(Artifact kind) {
  switch (kind) {
    case Artifact::header: return "/Artifact <</Type /Pagination /Subtype /Header>> BDC";
    case Artifact::footer: return "/Artifact <</Type /Pagination /Subtype /Footer>> BDC";
    case Artifact::background: return "/Artifact <</Type /Background>> BDC";
    default: return "/Artifact <</Type /Layout>> BDC";
  }
}

// "/Private << /MCID 12 >> BDC", as Cairo writes a tag's beginning on a line of its own: 12; else -1.
long long mcid_of(std::string_view line) {
  constexpr std::string_view open = " << /MCID ", close = " >> BDC";
  if (line.empty() || line.front() != '/' || line.size() < close.size() ||
      line.substr(line.size() - close.size()) != close)
    return -1;
  const std::size_t at = line.find(open);
  if (at == std::string_view::npos) return -1;
  long long mcid = 0;
  for (std::size_t k = at + open.size(); k < line.size() - close.size(); ++k) {
    if (line[k] < '0' || line[k] > '9') return -1;
    mcid = mcid * 10 + (line[k] - '0');
  }
  return mcid;
}

bool ends_with(std::string_view line, std::string_view end) {
  return line.size() >= end.size() && line.substr(line.size() - end.size()) == end;
}

// Rewrites one page's content as Cairo wrote it, line by line (one operator and its operands a
// line, a tag's beginning alone on its line): the sequence of each artifact MCID gets the artifact's
// properties, and the paper, the page's first fill and painted before any tag, is wrapped in a
// background artifact. Reading lines rather than tokens keeps this pass cheap: the whole file's
// content goes through it on every build.
std::string with_artifacts(const std::string& content, const McidArtifacts& artifacts) {
  std::string out;
  out.reserve(content.size() + 64 * artifacts.size() + 64);
  out += properties_of(Artifact::background);
  out += '\n';
  bool paper_open = true;  // inside the background artifact, until the paper's fill
  for (std::size_t begin = 0; begin < content.size();) {
    std::size_t end = content.find('\n', begin);
    if (end == std::string::npos) end = content.size();
    const std::string_view line(content.data() + begin, end - begin);
    begin = end + 1;
    const bool marked = ends_with(line, " BDC") || ends_with(line, " BMC");
    if (paper_open && marked) {
      out += "EMC\n";  // nothing was painted before the first tag
      paper_open = false;
    }
    const long long mcid = marked ? mcid_of(line) : -1;
    const auto found = mcid >= 0 ? artifacts.find(mcid) : artifacts.end();
    out += found != artifacts.end() ? std::string_view(properties_of(found->second)) : line;
    out += '\n';
    if (paper_open && (line == "f" || ends_with(line, " f") || line == "f*" || ends_with(line, " f*"))) {
      out += "EMC\n";
      paper_open = false;
    }
  }
  if (paper_open) out += "EMC\n";
  return out;
}

// The rewrite's name for rewrite_content: what it does and to which MCIDs.
std::string pass_name(const McidArtifacts& artifacts) {
  std::string name = "artifacts";
  for (const auto& [mcid, kind] : artifacts)
    name += ' ' + std::to_string(mcid) + ':' + std::to_string(static_cast<int>(kind));
  return name;
}

// The (page, MCID) pairs an element's /K names: an integer (on the element's /Pg), a marked-content
// reference dictionary, or an array of these.
void collect_mcids(QPDFObjectHandle kids, QPDFObjectHandle page, Artifact kind,
                   std::map<QPDFObjGen, McidArtifacts>& out) {
  if (kids.isInteger()) {
    if (page.isDictionary()) out[page.getObjGen()][kids.getIntValue()] = kind;
  } else if (kids.isDictionary() && kids.getKey("/MCID").isInteger()) {
    QPDFObjectHandle on = kids.hasKey("/Pg") ? kids.getKey("/Pg") : page;
    if (on.isDictionary()) out[on.getObjGen()][kids.getKey("/MCID").getIntValue()] = kind;
  } else if (kids.isArray()) {
    for (int k = 0; k < kids.getArrayNItems(); ++k) collect_mcids(kids.getArrayItem(k), page, kind, out);
  }
}

// The elements to take out of the tree, by parent: each parent's /K is rewritten once, however many
// of its kids go (a long book's root holds thousands of artifact elements; taking them out one by
// one searched its /K once for each).
class Detachments {
 public:
  void add(QPDFObjectHandle element) {
    QPDFObjectHandle parent = element.getKey("/P");
    if (!parent.isDictionary()) return;
    auto& [handle, kids] = by_parent_[parent.getObjGen()];
    handle = parent;
    kids.insert(element.getObjGen());
  }

  void apply() {
    for (auto& [id, entry] : by_parent_) {
      auto& [parent, leaving] = entry;
      QPDFObjectHandle kids = parent.getKey("/K");
      if (kids.isArray()) {
        std::vector<QPDFObjectHandle> staying;
        for (int k = 0; k < kids.getArrayNItems(); ++k) {
          QPDFObjectHandle kid = kids.getArrayItem(k);
          if (!kid.isIndirect() || leaving.count(kid.getObjGen()) == 0) staying.push_back(kid);
        }
        parent.replaceKey("/K", QPDFObjectHandle::newArray(staying));
      } else if (kids.isIndirect() && leaving.count(kids.getObjGen()) > 0) {
        parent.replaceKey("/K", QPDFObjectHandle::newArray());
      }
    }
  }

 private:
  std::map<QPDFObjGen, std::pair<QPDFObjectHandle, std::set<QPDFObjGen>>> by_parent_;
};

// The parent tree's entry arrays by their key (a page's /StructParents), read once: Cairo writes a
// flat number tree.
std::map<long long, QPDFObjectHandle> parent_entries(QPDF& pdf) {
  std::map<long long, QPDFObjectHandle> entries;
  QPDFObjectHandle tree = pdf.getRoot().getKey("/StructTreeRoot").getKey("/ParentTree");
  if (!tree.isDictionary()) return entries;
  QPDFObjectHandle nums = tree.getKey("/Nums");
  if (!nums.isArray()) return entries;
  for (int k = 0; k + 1 < nums.getArrayNItems(); k += 2) {
    QPDFObjectHandle key = nums.getArrayItem(k);
    if (key.isInteger()) entries.emplace(key.getIntValue(), nums.getArrayItem(k + 1));
  }
  return entries;
}

// Sets the parent tree's entries for the page's artifact MCIDs to null: they belong to no element.
void clear_parent_entries(const std::map<long long, QPDFObjectHandle>& tree, QPDFObjectHandle page,
                          const McidArtifacts& artifacts) {
  QPDFObjectHandle key = page.getKey("/StructParents");
  if (!key.isInteger()) return;
  const auto found = tree.find(key.getIntValue());
  if (found == tree.end()) return;
  QPDFObjectHandle entries = found->second;  // a handle's methods are not const
  if (!entries.isArray()) return;
  for (const auto& [mcid, kind] : artifacts) {
    if (mcid >= 0 && mcid < entries.getArrayNItems())
      entries.setArrayItem(static_cast<int>(mcid), QPDFObjectHandle::newNull());
  }
}

}  // namespace

void ArtifactPass::apply(QPDF& pdf) const {
  std::vector<QPDFObjectHandle> elements = structure_elements(pdf);
  if (elements.size() != elements_.size()) return;
  std::map<QPDFObjGen, McidArtifacts> per_page;
  Detachments detachments;
  for (std::size_t k = 0; k < elements.size(); ++k) {
    const Artifact kind = elements_[k].artifact;
    if (kind == Artifact::none) continue;
    collect_mcids(elements[k].getKey("/K"), elements[k].getKey("/Pg"), kind, per_page);
    detachments.add(elements[k]);
  }
  detachments.apply();
  const std::map<long long, QPDFObjectHandle> tree = parent_entries(pdf);
  // The pages the other edition is rewriting at this moment are taken up after the rest, by when
  // their rewrite is made: the screen and the print edition share the pages between them.
  std::vector<std::pair<QPDFObjectHandle, McidArtifacts>> left;
  const auto rewrite_page = [&](QPDFObjectHandle contents, const McidArtifacts& artifacts, WhenBusy when_busy) {
    const auto rewrite = [&](const std::string& content) { return std::optional(with_artifacts(content, artifacts)); };
    const ContentRewritten rewritten = rewrite_content(contents, pass_name(artifacts), rewrite, when_busy);
    if (rewritten == ContentRewritten::no) throw std::runtime_error("qpdf cannot decode a page's content");
    if (rewritten == ContentRewritten::busy) left.emplace_back(contents, artifacts);
  };
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    const auto found = per_page.find(page.getObjectHandle().getObjGen());
    const McidArtifacts artifacts = found == per_page.end() ? McidArtifacts{} : found->second;
    clear_parent_entries(tree, page.getObjectHandle(), artifacts);
    QPDFObjectHandle contents = page.getObjectHandle().getKey("/Contents");
    if (!contents.isStream()) continue;  // Cairo writes one stream a page
    rewrite_page(contents, artifacts, WhenBusy::leave);
  }
  for (auto& [contents, artifacts] : std::vector(std::move(left))) rewrite_page(contents, artifacts, WhenBusy::wait);
}

}  // namespace persklaar::pdf
