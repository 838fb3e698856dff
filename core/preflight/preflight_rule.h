#pragma once
// Inside preflight: the document as the rules see it, where they put what they find, and a rule.
// Not part of the public header; rules are grouped by what they read (document, pages, content).
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <string>
#include <vector>

#include "core/preflight/content_walk.h"
#include "core/preflight/marked_content.h"
#include "core/preflight/preflight.h"

namespace persklaar::preflight_rules {

// A structure element of the tree, as the PDF/UA rules see it.
struct TreeElement {
  mutable QPDFObjectHandle object;  // qpdf reads lazily, so reading is not const
  std::string type;                 // as written
  std::string standard;             // after the role map; empty when it never reaches a standard type
};

struct PdfUnderTest {
  QPDF& pdf;
  mutable std::vector<QPDFPageObjectHelper> pages;           // qpdf reads lazily, so reading is not const
  std::string header_version;                                // "1.6"
  std::vector<std::string> warnings;                         // what qpdf had to repair while reading
  std::vector<PageContent> content;                          // per page, walked once for every content rule
  mutable std::vector<MarkedContent> marked;                 // per page, for the PDF/UA rules; walked on first use
  mutable std::optional<std::vector<TreeElement>> elements;  // depth first, for the PDF/UA rules; on first use
};

// Collects findings, keeping at most a few per rule and page so that a 2,000-page file with one
// problem on every page still gives a readable report; the rest are counted.
class Findings {
 public:
  explicit Findings(PreflightReport& report) : report_(report) {}
  void add(const std::string& rule, int page, std::string object, std::string problem, std::string fix);

 private:
  PreflightReport& report_;
  std::map<std::pair<std::string, int>, int> per_rule_page_;
  std::map<std::string, int> per_rule_;
};

struct Rule {
  std::string name;
  std::string checks;
  std::function<void(const PdfUnderTest&, Findings&)> check;
};

std::vector<Rule> document_rules();  // version, encryption, output intent, metadata, ID, JavaScript
std::vector<Rule> page_rules();      // boxes, bleed, annotations, fonts, transfer functions
std::vector<Rule> content_rules();   // colour, coverage, text size, images, hairlines, trim safety

std::vector<Rule> ua_document_rules();  // PDF/UA-1: metadata, catalog, structure tree (Matterhorn 1.1)
std::vector<Rule> ua_page_rules();      // PDF/UA-1: marked content, annotations, fonts (Matterhorn 1.1)

// A property of an XMP packet: an element's text (the first rdf:li of an Alt, Seq or Bag) or an
// attribute's value. Empty when absent.
std::string xmp_property(const std::string& xmp, const std::string& name);

// "object 12" for an indirect object, "" for a direct one.
std::string object_label(QPDFObjectHandle object);

}  // namespace persklaar::preflight_rules
