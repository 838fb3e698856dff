#include "core/conventions/figure.h"

#include "core/conventions/heading_attributes.h"

namespace persklaar {

std::optional<Figure> figure_from(const Inlines& content, Attributes* attributes) {
  if (content.empty() || content.size() > 2) return std::nullopt;
  const auto* image = std::get_if<Image>(&content.front().value);
  if (!image) return std::nullopt;
  if (content.size() == 2) {  // only an attribute block may follow the image
    const auto* text = std::get_if<Text>(&content.back().value);
    if (!text) return std::nullopt;
    std::string rest = " " + text->text;
    auto taken = take_trailing_attributes(rest);
    if (!taken || rest.find_first_not_of(" \t") != std::string::npos) return std::nullopt;
    if (attributes) *attributes = std::move(*taken);
  }
  Figure figure{image->source, image->alt, {}};
  if (!image->title.empty()) figure.caption.push_back(Inline{Text{image->title}, content.front().position});
  return figure;
}

bool is_decorative(const Block& block) {
  return std::holds_alternative<Figure>(block.value) && block.attributes.has_class("decorative");
}

}  // namespace persklaar
