#include "core/render/font_subset.h"

#include <hb-subset.h>

#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>

#include "core/text/utf8.h"

namespace persklaar {
namespace {

template <typename T, void (*Destroy)(T*)>
struct HbDeleter {
  void operator()(T* object) const { Destroy(object); }
};
using Blob = std::unique_ptr<hb_blob_t, HbDeleter<hb_blob_t, hb_blob_destroy>>;
using Face = std::unique_ptr<hb_face_t, HbDeleter<hb_face_t, hb_face_destroy>>;
using SubsetInput = std::unique_ptr<hb_subset_input_t, HbDeleter<hb_subset_input_t, hb_subset_input_destroy>>;

// A set that holds everything: the subsetter keeps a default list of name records only, and the
// licence needs them all.
void keep_all(hb_subset_input_t* input, hb_subset_sets_t which) {
  hb_set_t* set = hb_subset_input_set(input, which);
  hb_set_clear(set);
  hb_set_invert(set);
}

}  // namespace

void collect_code_points(std::string_view text, std::set<char32_t>& into) {
  // Most of a text is ASCII: its characters are noted in a table and go into the set once each.
  bool ascii[0x80] = {};
  for (std::size_t offset = 0; offset < text.size();) {
    const auto byte = static_cast<unsigned char>(text[offset]);
    if (byte < 0x80) {
      ascii[byte] = true;
      ++offset;
      continue;
    }
    const DecodedCodePoint decoded = decode_utf8_at(text, offset);
    into.insert(decoded.code_point);
    offset += decoded.length;
  }
  for (char32_t c = 0; c < 0x80; ++c) {
    if (ascii[c]) into.insert(c);
  }
}

namespace {

std::string make_subset(const std::filesystem::path& file, const std::set<char32_t>& characters,
                        const std::set<std::string>& features) {
  const Blob blob(hb_blob_create_from_file_or_fail(file.c_str()));
  if (!blob) throw std::runtime_error("cannot read the font " + file.string());
  const Face face(hb_face_create(blob.get(), 0));
  const SubsetInput input(hb_subset_input_create_or_fail());
  if (!input) throw std::runtime_error("out of memory while subsetting " + file.string());

  hb_set_t* unicodes = hb_subset_input_unicode_set(input.get());
  for (const char32_t c : characters) hb_set_add(unicodes, c);
  // Every feature would keep what no reader asks for (Charis SIL's small capitals and alternates: a
  // fifth of the book, and a third of the subsetting's time).
  hb_set_t* kept_features = hb_subset_input_set(input.get(), HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
  for (const std::string& tag : features) {
    hb_set_add(kept_features, hb_tag_from_string(tag.c_str(), static_cast<int>(tag.size())));
  }
  keep_all(input.get(), HB_SUBSET_SETS_NAME_ID);
  keep_all(input.get(), HB_SUBSET_SETS_NAME_LANG_ID);

  const Face subset(hb_subset_or_fail(face.get(), input.get()));
  if (!subset) throw std::runtime_error("cannot subset the font " + file.string());
  const Blob bytes(hb_face_reference_blob(subset.get()));
  unsigned int length = 0;
  const char* data = hb_blob_get_data(bytes.get(), &length);
  return std::string(data, length);
}

// The last subset made of each font file, for the next build of the same process (`persklaar watch`):
// a change that brings no new character reuses it. Keyed on the file's size and time too, so that a
// house font replaced under the same name is cut anew.
struct LastSubset {
  std::uintmax_t size = 0;
  std::filesystem::file_time_type time;
  std::set<char32_t> characters;
  std::set<std::string> features;
  std::string bytes;
};

}  // namespace

std::string subset_font(const std::filesystem::path& file, const std::set<char32_t>& characters,
                        const std::set<std::string>& features) {
  static std::mutex mutex;
  static auto* last = new std::map<std::filesystem::path, LastSubset>;  // kept until exit
  std::error_code error;
  const std::uintmax_t size = std::filesystem::file_size(file, error);
  const auto time = std::filesystem::last_write_time(file, error);
  if (error) return make_subset(file, characters, features);
  {
    const std::lock_guard<std::mutex> lock(mutex);
    const auto found = last->find(file);
    if (found != last->end() && found->second.size == size && found->second.time == time &&
        found->second.characters == characters && found->second.features == features)
      return found->second.bytes;
  }
  std::string bytes = make_subset(file, characters, features);
  const std::lock_guard<std::mutex> lock(mutex);
  (*last)[file] = LastSubset{size, time, characters, features, bytes};
  return bytes;
}

}  // namespace persklaar
