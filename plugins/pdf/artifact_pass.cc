#include "plugins/pdf/artifact_pass.h"

#include <map>
#include <memory>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFTokenizer.hh>

namespace persklaar::pdf {
namespace {

using Token = QPDFTokenizer::Token;
using McidArtifacts = std::map<long long, Artifact>;  // MCID on one page → what it becomes

const char* properties_of(Artifact kind) {
  switch (kind) {
    case Artifact::header: return "/Artifact <</Type /Pagination /Subtype /Header>> BDC";
    case Artifact::footer: return "/Artifact <</Type /Pagination /Subtype /Footer>> BDC";
    case Artifact::background: return "/Artifact <</Type /Background>> BDC";
    default: return "/Artifact <</Type /Layout>> BDC";
  }
}

// Rewrites "/Private <</MCID n>> BDC" for the artifact MCIDs of one page; every other token passes
// as it is.
// Operands are held until their operator arrives, as Cairo writes a BDC's operands before it.
//
// The paper, painted before anything else and outside every tag (see paint_pdf), is the page's first
// fill: everything up to it is wrapped in a background artifact.
class ArtifactFilter final : public QPDFObjectHandle::TokenFilter {
 public:
  explicit ArtifactFilter(McidArtifacts artifacts) : artifacts_(std::move(artifacts)) {}

  void handleToken(const Token& token) override {
    if (!started_) {
      started_ = true;
      write(std::string(properties_of(Artifact::background)) + "\n");
      paper_open_ = true;
    }
    if (token.getType() != QPDFTokenizer::tt_word) {
      pending_.push_back(token);
      return;
    }
    if (paper_open_ && (token.getValue() == "BDC" || token.getValue() == "BMC")) {
      write("EMC\n");  // nothing was painted before the first marked sequence: an empty artifact
      paper_open_ = false;
    }
    if (paper_open_ && (token.getValue() == "f" || token.getValue() == "f*")) {
      flush();
      writeToken(token);
      write("\nEMC");
      paper_open_ = false;
      return;
    }
    if (token.getValue() == "BDC") {
      const long long mcid = artifact_mcid();
      const auto found = artifacts_.find(mcid);
      if (found != artifacts_.end()) {
        if (!pending_.empty() && pending_.front().getType() == QPDFTokenizer::tt_space) writeToken(pending_.front());
        pending_.clear();
        write(properties_of(found->second));
        return;
      }
    }
    flush();
    writeToken(token);
  }
  void handleEOF() override {
    flush();
    if (paper_open_) write("\nEMC\n");
  }

 private:
  // The MCID of "/Tag << /MCID n >>" in the held operands, or -1.
  long long artifact_mcid() const {
    std::vector<const Token*> meaningful;
    for (const Token& t : pending_) {
      if (t.getType() != QPDFTokenizer::tt_space && t.getType() != QPDFTokenizer::tt_comment) meaningful.push_back(&t);
    }
    if (meaningful.size() != 5) return -1;
    if (meaningful[0]->getType() != QPDFTokenizer::tt_name) return -1;
    if (meaningful[1]->getType() != QPDFTokenizer::tt_dict_open) return -1;
    if (meaningful[2]->getType() != QPDFTokenizer::tt_name || meaningful[2]->getValue() != "/MCID") return -1;
    if (meaningful[3]->getType() != QPDFTokenizer::tt_integer) return -1;
    if (meaningful[4]->getType() != QPDFTokenizer::tt_dict_close) return -1;
    return std::stoll(meaningful[3]->getValue());
  }
  void flush() {
    for (const Token& token : pending_) writeToken(token);
    pending_.clear();
  }

  McidArtifacts artifacts_;
  std::vector<Token> pending_;
  bool started_ = false;
  bool paper_open_ = false;  // inside the background artifact that ends after the paper
};

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

// Takes `element` out of its parent's /K.
void detach(QPDFObjectHandle element) {
  QPDFObjectHandle parent = element.getKey("/P");
  if (!parent.isDictionary()) return;
  QPDFObjectHandle kids = parent.getKey("/K");
  if (kids.isArray()) {
    for (int k = kids.getArrayNItems() - 1; k >= 0; --k) {
      if (kids.getArrayItem(k).getObjGen() == element.getObjGen()) kids.eraseItem(k);
    }
  } else if (kids.getObjGen() == element.getObjGen()) {
    parent.replaceKey("/K", QPDFObjectHandle::newArray());
  }
}

// Sets the parent tree's entries for the page's artifact MCIDs to null: they belong to no element.
void clear_parent_entries(QPDF& pdf, QPDFObjectHandle page, const McidArtifacts& artifacts) {
  QPDFObjectHandle tree = pdf.getRoot().getKey("/StructTreeRoot").getKey("/ParentTree");
  QPDFObjectHandle key = page.getKey("/StructParents");
  if (!tree.isDictionary() || !key.isInteger()) return;
  QPDFObjectHandle nums = tree.getKey("/Nums");  // Cairo writes a flat number tree
  if (!nums.isArray()) return;
  for (int k = 0; k + 1 < nums.getArrayNItems(); k += 2) {
    if (!nums.getArrayItem(k).isInteger() || nums.getArrayItem(k).getIntValue() != key.getIntValue()) continue;
    QPDFObjectHandle entries = nums.getArrayItem(k + 1);
    if (!entries.isArray()) return;
    for (const auto& [mcid, kind] : artifacts) {
      if (mcid >= 0 && mcid < entries.getArrayNItems())
        entries.setArrayItem(static_cast<int>(mcid), QPDFObjectHandle::newNull());
    }
    return;
  }
}

}  // namespace

void ArtifactPass::apply(QPDF& pdf) const {
  std::vector<QPDFObjectHandle> elements = structure_elements(pdf);
  if (elements.size() != elements_.size()) return;
  std::map<QPDFObjGen, McidArtifacts> per_page;
  for (std::size_t k = 0; k < elements.size(); ++k) {
    const Artifact kind = elements_[k].artifact;
    if (kind == Artifact::none) continue;
    collect_mcids(elements[k].getKey("/K"), elements[k].getKey("/Pg"), kind, per_page);
    detach(elements[k]);
  }
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    const auto found = per_page.find(page.getObjectHandle().getObjGen());
    McidArtifacts artifacts = found == per_page.end() ? McidArtifacts{} : found->second;
    clear_parent_entries(pdf, page.getObjectHandle(), artifacts);
    page.addContentTokenFilter(std::make_shared<ArtifactFilter>(std::move(artifacts)));
  }
}

}  // namespace persklaar::pdf
