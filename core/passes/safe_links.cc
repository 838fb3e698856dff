#include "core/passes/safe_links.h"

#include <algorithm>

#include "core/model/walk.h"

namespace persklaar {
namespace {

void drop_in(Inlines& inlines, Diagnostics& diagnostics) {
  std::size_t k = 0;
  while (k < inlines.size()) {
    Inline& node = inlines[k];
    if (auto* emphasis = std::get_if<Emphasis>(&node.value)) drop_in(emphasis->content, diagnostics);
    if (auto* strong = std::get_if<Strong>(&node.value)) drop_in(strong->content, diagnostics);
    if (auto* raised = std::get_if<Superscript>(&node.value)) drop_in(raised->content, diagnostics);
    if (auto* lowered = std::get_if<Subscript>(&node.value)) drop_in(lowered->content, diagnostics);
    auto* link = std::get_if<Link>(&node.value);
    if (link) drop_in(link->content, diagnostics);
    if (!link || is_safe_link(link->target)) {
      ++k;
      continue;
    }
    const std::string shown = link->target.size() > 60 ? link->target.substr(0, 60) + "…" : link->target;
    diagnostics.warn(node.position, "the link to '" + shown + "' is left out; its text stays",
                     "editions link only to http, https, mailto and tel addresses and to places in the publication");
    Inlines content = std::move(link->content);
    const auto at = inlines.erase(inlines.begin() + static_cast<std::ptrdiff_t>(k));
    inlines.insert(at, std::make_move_iterator(content.begin()), std::make_move_iterator(content.end()));
    k += content.size();  // the link's text, already checked
  }
}

}  // namespace

std::string link_scheme(const std::string& address) {
  std::string scheme;
  for (const char c : address) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte == 0x7f) continue;  // browsers drop these inside a scheme
    if (c == ':') return scheme;
    if (!std::isalnum(byte) && c != '+' && c != '-' && c != '.') return {};  // '/', '#', '?': no scheme
    scheme += static_cast<char>(std::tolower(byte));
  }
  return {};
}

bool is_safe_link(const std::string& address) {
  const std::string scheme = link_scheme(address);
  return scheme.empty() || scheme == "http" || scheme == "https" || scheme == "mailto" || scheme == "tel";
}

Publication drop_unsafe_links(Publication publication, Diagnostics& diagnostics) {
  for_each_inline_sequence(publication, [&](Inlines& inlines) { drop_in(inlines, diagnostics); });
  return publication;
}

}  // namespace persklaar
