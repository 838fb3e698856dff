#include "core/model/publication.h"

namespace persklaar {

const char* to_string(SectionKind kind) {
  switch (kind) {
    case SectionKind::generic: return "generic";
    case SectionKind::introduction: return "introduction";
    case SectionKind::meeting_report: return "meeting-report";
    case SectionKind::experiences: return "experiences";
  }
  return "generic";
}

const char* to_string(Matter matter) {
  switch (matter) {
    case Matter::front: return "front";
    case Matter::body: return "body";
    case Matter::back: return "back";
  }
  return "body";
}

}  // namespace persklaar
