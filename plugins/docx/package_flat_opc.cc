// Reading a Flat OPC document: the package's parts written out inside one XML file, XML parts as
// elements under <pkg:xmlData> and binary parts (images) as base64 under <pkg:binaryData>.
#include "core/diagnostics/diagnostic.h"
#include "core/input/archive_limits.h"
#include "plugins/docx/base64.h"
#include "plugins/docx/package.h"
#include "plugins/docx/xml_part.h"

namespace persklaar::docx {
namespace {

std::string serialised(const tinyxml2::XMLElement* element) {
  tinyxml2::XMLPrinter printer(nullptr, true);
  element->Accept(&printer);
  return std::string(printer.CStr(), static_cast<std::size_t>(printer.CStrSize() - 1));
}

}  // namespace

Package read_flat_opc_package(const std::string& file, const std::string& bytes) {
  const XmlPart xml(file, "Flat OPC package", bytes);
  Package package(file);
  ArchiveBudget budget(file);
  std::uintmax_t parts = 0;
  for (const auto* part : elements(xml.root())) {
    if (!is(part, Ns::package, "part")) continue;
    const char* name = attribute(part, Ns::package, "name");
    if (!name) continue;
    std::string content;
    if (const auto* data = child(part, Ns::package, "xmlData")) {
      if (const auto* root = data->FirstChildElement()) content = serialised(root);
    } else if (const auto* binary = child(part, Ns::package, "binaryData")) {
      auto decoded = decode_base64(binary->GetText());
      if (!decoded) {
        throw InputError(xml.position(binary), std::string("the binary part '") + name + "' is not valid base64",
                         "the document is damaged: open it in Word or LibreOffice and save it again");
      }
      content = std::move(*decoded);
    }
    budget.check_entry_count(++parts);
    budget.count(name, content.size(), content.size());
    package.add(name, std::move(content));
  }
  return package;
}

}  // namespace persklaar::docx
