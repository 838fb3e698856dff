#include "core/conventions/figure.h"

namespace persklaar {

std::optional<Figure> figure_from(const Inlines& content) {
  if (content.size() != 1) return std::nullopt;
  const auto* image = std::get_if<Image>(&content.front().value);
  if (!image) return std::nullopt;
  Figure figure{image->source, image->alt, {}};
  if (!image->title.empty()) figure.caption.push_back(Inline{Text{image->title}, content.front().position});
  return figure;
}

}  // namespace persklaar
