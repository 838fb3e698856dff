#include "core/passes/anchor_links.h"

#include <map>
#include <set>
#include <string>

#include "core/model/plain_text.h"
#include "core/model/walk.h"
#include "core/text/slug.h"

namespace persklaar {
namespace {

// The names one tool gives headings, numbered as it numbers a title met again in the same file
// ("meta", "meta-1", "meta-2"): each name is one place.
class ToolNames {
 public:
  explicit ToolNames(std::string (*name_of)(std::string_view)) : name_of_(name_of) {}

  void add(const std::string& id, const std::string& title, const SourcePosition& where) {
    const std::string name = name_of_(title);
    if (name.empty()) return;
    int& seen = seen_[where.file_name()][name];
    const std::string numbered = seen == 0 ? name : name + "-" + std::to_string(seen);
    ++seen;
    places_.emplace(numbered, id);
  }
  const std::string* find(const std::string& name) const {
    const auto found = places_.find(name);
    return found == places_.end() ? nullptr : &found->second;
  }

 private:
  std::string (*name_of_)(std::string_view);
  std::map<std::string, std::map<std::string, int>> seen_;  // file → name → times met
  std::map<std::string, std::string> places_;               // name → id
};

// Every id the publication gives; each title's own slug with the ids that carry it; and the names
// GitHub and pandoc give the titles, in the order the manuscript has them.
struct Places {
  std::set<std::string> ids;
  std::map<std::string, std::set<std::string>> by_name;
  ToolNames github{github_slug};
  ToolNames pandoc{pandoc_identifier};

  void add(const std::string& id, const std::string& title, const SourcePosition& where) {
    if (id.empty()) return;
    ids.insert(id);
    const std::string name = slugify(title);
    if (!name.empty()) by_name[name].insert(id);
    github.add(id, title, where);
    pandoc.add(id, title, where);
  }

  // The id a "#name" link means: an id itself; else the title GitHub or pandoc names so (the tools
  // the Markdown was most likely written for); else the one title whose slug it is.
  const std::string* id_for(const std::string& name) const {
    if (const auto found = ids.find(name); found != ids.end()) return &*found;
    if (const std::string* id = github.find(name)) return id;
    if (const std::string* id = pandoc.find(name)) return id;
    const auto named = by_name.find(name);
    if (named != by_name.end() && named->second.size() == 1) return &*named->second.begin();
    return nullptr;
  }
};

void add_headings(const Blocks& blocks, Places& places) {
  for (const Block& block : blocks) {
    if (const auto* heading = std::get_if<Heading>(&block.value)) {
      places.add(block.attributes.id, plain_text(heading->content), block.position);
    } else if (!block.attributes.id.empty()) {
      places.ids.insert(block.attributes.id);  // a figure or table with {#id}: linked by its id only
    }
  }
}

Places places_of(const Publication& publication) {
  Places places;
  for (const Chapter& chapter : publication.chapters) {
    places.add(chapter.attributes.id, plain_text(chapter.title), chapter.position);
    for (const Section& section : chapter.sections) {
      places.add(section.attributes.id, plain_text(section.title), section.position);
      add_headings(section.blocks, places);
    }
    for (const Note& note : chapter.notes) places.ids.insert(note.id);
  }
  return places;
}

void resolve_in(Inlines& inlines, const Places& places) {
  for_each_link(inlines, [&places](Link& link) {
    if (link.target.size() < 2 || link.target[0] != '#') return;
    if (const std::string* id = places.id_for(link.target.substr(1))) link.target = "#" + *id;
  });
}

}  // namespace

Publication resolve_anchor_links(Publication publication) {
  const Places places = places_of(publication);
  for_each_inline_sequence(publication, [&](Inlines& inlines) { resolve_in(inlines, places); });
  return publication;
}

}  // namespace persklaar
