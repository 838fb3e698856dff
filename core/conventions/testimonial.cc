#include "core/conventions/testimonial.h"

#include <algorithm>
#include <string_view>

namespace persklaar {
namespace {

// Before the name: an em dash, or what Word's autocorrect makes of one (an en dash), or the two
// hyphens typed for it.
constexpr std::string_view kAttributionDashes[] = {"\xE2\x80\x94", "\xE2\x80\x93", "--"};
// Between name and role: a spaced hyphen, en dash or em dash.
constexpr std::string_view kSeparators[] = {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "};

bool is_break(const Inline& node) {
  return std::holds_alternative<SoftBreak>(node.value) || std::holds_alternative<LineBreak>(node.value);
}

// The length of the dash `text` begins with, or 0.
std::size_t attribution_dash(const std::string& text) {
  for (std::string_view dash : kAttributionDashes) {
    if (text.rfind(dash, 0) == 0) return dash.size();
  }
  return 0;
}

// Index of the first inline of the attribution line inside `content`, or nullopt.
std::optional<std::size_t> attribution_start(const Inlines& content) {
  for (std::size_t k = content.size(); k-- > 0;) {
    const bool line_start = k == 0 || is_break(content[k - 1]);
    if (!line_start) continue;
    const auto* text = std::get_if<Text>(&content[k].value);
    if (text && attribution_dash(text->text) > 0) return k;
    return std::nullopt;  // only the last line may be the attribution
  }
  return std::nullopt;
}

void trim_front(Inlines& inlines) {
  while (!inlines.empty()) {
    auto* text = std::get_if<Text>(&inlines.front().value);
    if (!text) return;
    const auto first = text->text.find_first_not_of(" \t");
    if (first != std::string::npos) {
      text->text.erase(0, first);
      return;
    }
    inlines.erase(inlines.begin());
  }
}

void trim_back(Inlines& inlines) {
  while (!inlines.empty()) {
    auto* text = std::get_if<Text>(&inlines.back().value);
    if (!text) {
      if (is_break(inlines.back())) {
        inlines.pop_back();
        continue;
      }
      return;
    }
    const auto last = text->text.find_last_not_of(" \t");
    if (last != std::string::npos) {
      text->text.erase(last + 1);
      return;
    }
    inlines.pop_back();
  }
}

// Splits "Name - role" at the first separator found in a plain text run.
void split_person_and_role(Inlines line, Testimonial& testimonial) {
  for (std::size_t k = 0; k < line.size(); ++k) {
    auto* text = std::get_if<Text>(&line[k].value);
    if (!text) continue;
    for (std::string_view separator : kSeparators) {
      const auto at = text->text.find(separator);
      if (at == std::string::npos) continue;
      Inline rest_of_run = line[k];
      std::get<Text>(rest_of_run.value).text = text->text.substr(at + separator.size());
      text->text.erase(at);
      testimonial.person.assign(line.begin(), line.begin() + static_cast<long>(k) + 1);
      testimonial.role.push_back(std::move(rest_of_run));
      testimonial.role.insert(testimonial.role.end(), line.begin() + static_cast<long>(k) + 1, line.end());
      trim_back(testimonial.person);
      trim_front(testimonial.role);
      return;
    }
  }
  testimonial.person = std::move(line);
  trim_back(testimonial.person);
}

// "> - Name - role" typed in Word: the attribution's hyphen made the last line a one-item list.
std::optional<Testimonial> testimonial_from_list_attribution(const Blocks& quote) {
  if (quote.size() < 2) return std::nullopt;
  const auto* list = std::get_if<List>(&quote.back().value);
  if (!list || list->ordered || list->items.size() != 1 || list->items.front().size() != 1) return std::nullopt;
  const auto* line = std::get_if<Paragraph>(&list->items.front().front().value);
  if (!line || line->content.empty()) return std::nullopt;
  const auto* text = std::get_if<Text>(&line->content.front().value);
  const bool has_role = text && std::any_of(std::begin(kSeparators), std::end(kSeparators), [&](std::string_view s) {
                          return text->text.find(s) != std::string::npos;
                        });
  if (!has_role) return std::nullopt;
  Testimonial testimonial;
  testimonial.content.assign(quote.begin(), quote.end() - 1);
  split_person_and_role(line->content, testimonial);
  return testimonial;
}

}  // namespace

std::optional<Testimonial> testimonial_from_quote(const Blocks& quote) {
  if (quote.empty()) return std::nullopt;
  if (auto testimonial = testimonial_from_list_attribution(quote)) return testimonial;
  const auto* last = std::get_if<Paragraph>(&quote.back().value);
  if (!last) return std::nullopt;
  const auto start = attribution_start(last->content);
  if (!start) return std::nullopt;
  if (*start == 0 && quote.size() == 1) return std::nullopt;

  Testimonial testimonial;
  testimonial.content.assign(quote.begin(), quote.end() - 1);
  if (*start > 0) {  // the attribution shares the paragraph with the quotation's last lines
    Block kept = quote.back();
    auto& content = std::get<Paragraph>(kept.value).content;
    content.erase(content.begin() + static_cast<long>(*start), content.end());
    trim_back(content);
    testimonial.content.push_back(std::move(kept));
  }
  Inlines line(last->content.begin() + static_cast<long>(*start), last->content.end());
  auto& first = std::get<Text>(line.front().value).text;
  first.erase(0, attribution_dash(first));
  trim_front(line);
  split_person_and_role(std::move(line), testimonial);
  return testimonial;
}

}  // namespace persklaar
