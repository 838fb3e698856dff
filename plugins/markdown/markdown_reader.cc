#include "plugins/markdown/markdown_reader.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <memory>

#include "core/input/limits.h"
#include "core/input/metadata_yaml.h"
#include "plugins/markdown/cmark_to_model.h"
#include "plugins/markdown/document_structure.h"
#include "plugins/markdown/front_matter.h"

namespace persklaar::markdown {
namespace {

struct ParserDeleter {
  void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};
struct NodeDeleter {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};

std::unique_ptr<cmark_node, NodeDeleter> parse_commonmark(const std::string& text) {
  cmark_gfm_core_extensions_ensure_registered();
  std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES));
  if (cmark_syntax_extension* table = cmark_find_syntax_extension("table")) {
    cmark_parser_attach_syntax_extension(parser.get(), table);
  }
  cmark_parser_feed(parser.get(), text.data(), text.size());
  return std::unique_ptr<cmark_node, NodeDeleter>(cmark_parser_finish(parser.get()));
}

}  // namespace

Publication read_markdown(SourceText source, Diagnostics& diagnostics) {
  cap_combining_marks(source.text, source.path, diagnostics);
  Publication publication;
  const FrontMatter front = take_front_matter(source.text, source.path);
  if (!front.yaml.empty()) {
    const YAML::Node mapping = parse_yaml_mapping(front.yaml, source.path, front.first_line);
    publication.metadata = metadata_from_yaml(mapping, source.path, front.first_line, diagnostics);
  }
  const auto document = parse_commonmark(source.text);
  CmarkConverter converter(source.path, diagnostics);
  converter.check_nesting(document.get());
  publication.chapters = build_chapters(document.get(), converter);
  return publication;
}

}  // namespace persklaar::markdown
