#pragma once
// The core model: a publication of chapters, each made of sections of a kind, made of blocks.
// Input plugins fill it, core passes refine it, output plugins render it. Plain value types.
#include <string>
#include <vector>

#include "core/model/block.h"
#include "core/model/note.h"

namespace persklaar {

enum class SectionKind { generic, introduction, meeting_report, experiences };

struct Section {
  SectionKind kind = SectionKind::generic;
  Inlines title;             // empty for the untitled opening text of a chapter
  bool has_heading = false;  // the manuscript gave it a heading (which may still be empty)
  Blocks blocks;
  Attributes attributes;  // attributes.id is the stable anchor after the ids pass
  SourcePosition position;
  std::vector<PrintPageBreak> print_pages;  // print pages beginning at its title
};

// Where a chapter stands: before the numbered chapters, among them, or after them.
enum class Matter { front, body, back };

struct Chapter {
  Matter matter = Matter::body;
  int number = 0;            // 1, 2, 3 … for body chapters after numbering; 0 for front and back matter
  Inlines title;             // empty only for text a manuscript has before its first chapter title
  bool has_heading = false;  // the manuscript gave it a heading (which may still be empty)
  std::vector<Section> sections;
  Notes notes;  // the notes its text refers to, in order of first reference once numbered
  Attributes attributes;
  SourcePosition position;
  std::vector<PrintPageBreak> print_pages;  // print pages beginning at its title or opener
};

struct Metadata {
  std::string title;
  std::string subtitle;
  std::string publisher;
  std::vector<std::string> authors;
  std::vector<std::string> contributors;
  std::string date;      // ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD
  std::string language;  // BCP 47, e.g. "nl"
  std::string identifier;
  SourcePosition position;  // where the metadata was read
  // Branding: images named relative to the metadata's file (their position), empty for none. The
  // cover photo fills the cover behind its title; the logo stands on the cover and the back cover.
  std::string cover_image;
  SourcePosition cover_image_position;
  std::string logo;
  SourcePosition logo_position;
};

struct TocEntry {
  int level = 1;  // 1 chapter, 2 section
  Matter matter = Matter::body;
  int chapter_number = 0;
  SectionKind kind = SectionKind::generic;
  std::string title;  // plain text
  std::string id;
};

struct Publication {
  Metadata metadata;
  std::vector<Chapter> chapters;  // in reading order: front matter, body, back matter
  std::vector<TocEntry> toc;      // filled by the table-of-contents pass
  int print_page_count = 0;       // pages of the print edition, when pagination has run
};

const char* to_string(SectionKind kind);
const char* to_string(Matter matter);

}  // namespace persklaar
