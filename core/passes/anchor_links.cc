#include "core/passes/anchor_links.h"

#include <map>
#include <set>
#include <string>

#include "core/model/plain_text.h"
#include "core/model/walk.h"
#include "core/text/slug.h"

namespace persklaar {
namespace {

// Every id the publication gives, and each title's own slug with the ids that carry it.
struct Places {
  std::set<std::string> ids;
  std::map<std::string, std::set<std::string>> by_name;

  void add(const std::string& id, const std::string& title) {
    if (id.empty()) return;
    ids.insert(id);
    const std::string name = slugify(title);
    if (!name.empty()) by_name[name].insert(id);
  }
};

void add_headings(const Blocks& blocks, Places& places) {
  for (const Block& block : blocks) {
    if (const auto* heading = std::get_if<Heading>(&block.value)) {
      places.add(block.attributes.id, plain_text(heading->content));
    } else if (!block.attributes.id.empty()) {
      places.ids.insert(block.attributes.id);  // a figure or table with {#id}: linked by its id only
    }
  }
}

Places places_of(const Publication& publication) {
  Places places;
  for (const Chapter& chapter : publication.chapters) {
    places.add(chapter.attributes.id, plain_text(chapter.title));
    for (const Section& section : chapter.sections) {
      places.add(section.attributes.id, plain_text(section.title));
      add_headings(section.blocks, places);
    }
    for (const Note& note : chapter.notes) places.ids.insert(note.id);
  }
  return places;
}

void resolve_in(Inlines& inlines, const Places& places) {
  for_each_link(inlines, [&places](Link& link) {
    if (link.target.size() > 1 && link.target[0] == '#' && !places.ids.count(link.target.substr(1))) {
      const auto named = places.by_name.find(link.target.substr(1));
      if (named != places.by_name.end() && named->second.size() == 1) link.target = "#" + *named->second.begin();
    }
  });
}

}  // namespace

Publication resolve_anchor_links(Publication publication) {
  const Places places = places_of(publication);
  for_each_inline_sequence(publication, [&](Inlines& inlines) { resolve_in(inlines, places); });
  return publication;
}

}  // namespace persklaar
