#include "core/layout/paragraph_cache.h"

#include <cstring>
#include <mutex>
#include <string>
#include <type_traits>
#include <unordered_map>

#include "core/layout/hyphenate.h"
#include "core/memo/remembered.h"

namespace persklaar {
namespace {

// Every field of the style goes into the key; a field added to ParagraphStyle must be added there
// too, or two different styles would share their lines. The size check is the reminder.
static_assert(sizeof(ParagraphStyle) == 3 * sizeof(void*) + 2 * sizeof(Color) + 2 * sizeof(double) + 8,
              "a new field of ParagraphStyle must be part of the paragraph cache's key");

// Beyond this many paragraphs (a few books' worth) the cache starts afresh rather than grow.
constexpr std::size_t kMostEntries = 100000;

class KeyWriter {
 public:
  template <typename T>
  void add(const T& value) {
    static_assert(std::is_trivially_copyable_v<T>);
    key_.append(reinterpret_cast<const char*>(&value), sizeof value);
  }
  void add(const std::string& text) {
    add(text.size());
    key_ += text;
  }
  void add(const Color& color) {
    add(color.red), add(color.green), add(color.blue);
    add(color.cmyk.has_value());
    if (color.cmyk) add(*color.cmyk);
  }
  std::string take() { return std::move(key_); }

 private:
  std::string key_;
};

std::string key_of(const StyledText& text, const ParagraphStyle& style, PangoContext* context) {
  KeyWriter key;
  key.add(text.text);
  key.add(text.spans.size());
  for (const StyleSpan& span : text.spans) {
    key.add(span.begin), key.add(span.end), key.add(span.italic), key.add(span.bold), key.add(span.code);
    key.add(span.script), key.add(span.link);
  }
  key.add(text.no_hyphenation.size());
  for (const auto& [begin, end] : text.no_hyphenation) key.add(begin), key.add(end);

  const FontRole& role = *style.role;
  key.add(role.family), key.add(role.size), key.add(role.leading), key.add(role.weight), key.add(role.italic);
  key.add(role.uppercase), key.add(role.letter_spacing), key.add(role.features), key.add(role.color);
  key.add(style.color), key.add(style.link_color), key.add(style.measure), key.add(style.first_line_indent);
  key.add(style.justify), key.add(style.uppercase);
  key.add(style.hyphenator ? style.hyphenator->language() : std::string());
  const ParagraphRules& rules = *style.rules;
  key.add(rules.first_line_indent), key.add(rules.paragraph_spacing), key.add(rules.justify);
  key.add(rules.hyphenate), key.add(rules.max_hyphenated_lines), key.add(rules.max_word_space);
  key.add(rules.min_word_space), key.add(rules.letter_stretch), key.add(rules.letter_shrink);
  key.add(rules.min_lines_at_break);

  key.add(static_cast<const void*>(pango_context_get_font_map(context)));
  const char* language = pango_language_to_string(pango_context_get_language(context));
  key.add(std::string(language ? language : ""));  // none when the publication names no language
  return key.take();
}

struct Entry {
  SetParagraph set;
  unsigned made = 0;       // the build that set it
  unsigned last_used = 0;  // the last build that set or reused it
};

struct Cache {
  std::mutex mutex;
  unsigned build = 0;
  std::unordered_map<std::string, Entry> entries;
};

Cache& cache() {
  static Cache* instance = new Cache;  // never destroyed: editions may still run at exit
  return *instance;
}

}  // namespace

SetParagraph set_paragraph_reusing(const StyledText& text, const ParagraphStyle& style, PangoContext* context,
                                   Reuse reuse) {
  const bool this_build = reuse == Reuse::also_this_build;
  const bool keeping = remembering_across_builds();
  if (!keeping && !this_build) return set_paragraph(text, style, context);
  std::string key = key_of(text, style, context);
  Cache& shared = cache();
  {
    const std::lock_guard<std::mutex> lock(shared.mutex);
    const auto found = shared.entries.find(key);
    const bool earlier = found != shared.entries.end() && found->second.made < shared.build;
    const bool now = found != shared.entries.end() && found->second.made == shared.build;
    if ((earlier && keeping) || (now && this_build)) {
      found->second.last_used = shared.build;
      return found->second.set;
    }
  }
  SetParagraph set = set_paragraph(text, style, context);
  const std::lock_guard<std::mutex> lock(shared.mutex);
  if (shared.entries.size() >= kMostEntries) shared.entries.clear();
  shared.entries[std::move(key)] = Entry{set, shared.build, shared.build};
  return set;
}

void begin_paragraph_reuse() {
  Cache& shared = cache();
  const std::lock_guard<std::mutex> lock(shared.mutex);
  const unsigned finished = shared.build;
  ++shared.build;
  std::erase_if(shared.entries, [&](const auto& item) { return item.second.last_used < finished; });
}

void forget_set_paragraphs() {
  Cache& shared = cache();
  const std::lock_guard<std::mutex> lock(shared.mutex);
  shared.entries.clear();
}

}  // namespace persklaar
