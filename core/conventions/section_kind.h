#pragma once
// The manuscript conventions every input format shares: a section's kind comes from an explicit
// class (.introduction, .meeting, .experiences, .generic) or else from its title.
#include <optional>
#include <string>

#include "core/model/attributes.h"
#include "core/model/publication.h"

namespace persklaar {

// "Inleiding", "Introduction" → introduction; "Bijeenkomst", "Bijeenkomst II", "Meeting report"
// → meeting report; "Ervaringen", "Experiences" → experiences; anything else → generic.
SectionKind section_kind_from_title(const std::string& title);

// The kind a class names, if it names one.
std::optional<SectionKind> section_kind_from_class(const std::string& name);

// The explicit class wins over the title.
SectionKind section_kind_of(const Attributes& attributes, const std::string& title);

// .front and .back put a chapter in the front or back matter; anything else is a body chapter.
Matter matter_of(const Attributes& attributes);

}  // namespace persklaar
