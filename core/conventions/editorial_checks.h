#pragma once
// An editor's everyday mistakes that would otherwise pass silently and give a wrong magazine: a
// chapter file without its title, a class Persklaar does not know on a heading, a quotation in an
// experiences section that is not a testimonial. Shared by every input format, like the other
// conventions.
#include <string>

#include "core/diagnostics/diagnostic.h"
#include "core/model/publication.h"

namespace persklaar {

// The classes and attribute keys a chapter or section heading may carry.
const std::vector<std::string>& known_heading_classes();
const std::vector<std::string>& known_heading_keys();

// Throws InputError when a chapter file's text begins before its first chapter title: that text
// would belong to no chapter (each edition would place it differently). The pipeline checks the
// files a manifest names; a single-file manuscript may open with untitled text.
void check_part_begins_with_chapter(const Publication& fragment, const std::string& part);

// Warns about unknown classes and keys on chapter and section headings, and about block
// quotations in experiences sections that are not testimonials.
void check_editorial_conventions(const Publication& publication, Diagnostics& diagnostics);

}  // namespace persklaar
