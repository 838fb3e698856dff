#include "tests/layout_check/figure_descriptions.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <set>
#include <stdexcept>

namespace persklaar::testing {
namespace {

// Depth first through the structure tree; a node seen before (a broken file's cycle) is skipped.
void collect(QPDFObjectHandle node, std::vector<std::string>& out, std::set<QPDFObjGen>& seen) {
  if (node.isIndirect() && !seen.insert(node.getObjGen()).second) return;
  if (node.isArray()) {
    for (QPDFObjectHandle item : node.aitems()) collect(item, out, seen);
    return;
  }
  if (!node.isDictionary()) return;
  if (node.getKey("/S").isNameAndEquals("/Figure")) {
    for (const char* key : {"/Alt", "/ActualText"}) {
      if (node.getKey(key).isString()) {
        out.push_back(node.getKey(key).getUTF8Value());
        break;
      }
    }
  }
  if (node.hasKey("/K")) collect(node.getKey("/K"), out, seen);
}

}  // namespace

std::vector<std::string> figure_descriptions(const std::filesystem::path& pdf) {
  std::vector<std::string> out;
  try {
    QPDF file;
    file.processFile(pdf.c_str());
    std::set<QPDFObjGen> seen;
    collect(file.getRoot().getKey("/StructTreeRoot"), out, seen);
  } catch (const std::exception& error) {
    throw std::runtime_error(pdf.string() + ": " + error.what());
  }
  return out;
}

}  // namespace persklaar::testing
