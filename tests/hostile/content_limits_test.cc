// The content limits on a publication an input plugin built (enforce_content_limits), for readers
// whose source is not the text itself: the Word reader's XML limits its depth to 100 elements, so a
// model nested this deep can only be made here.
#include "core/input/content_limits.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/input/limits.h"
#include "core/model/plain_text.h"

namespace persklaar {
namespace {

using ::testing::HasSubstr;

Block paragraph(const std::string& text, int line) {
  Block block{Paragraph{{Inline{Text{text}, position_in("boek.docx", line)}}}, position_in("boek.docx", line), {}, {}};
  return block;
}

Publication publication_of(Blocks blocks) {
  Publication publication;
  Chapter chapter;
  chapter.title = {Inline{Text{"Titel"}, {}}};
  Section section;
  section.blocks = std::move(blocks);
  chapter.sections.push_back(std::move(section));
  publication.chapters.push_back(std::move(chapter));
  return publication;
}

std::string refusal(Publication& publication, Diagnostics& diagnostics) {
  try {
    enforce_content_limits(publication, diagnostics);
  } catch (const InputError& error) {
    return error.diagnostic().to_string();
  }
  return "";
}

TEST(ContentLimits, QuotesNestedBeyondTheLimitAreRefusedAtTheDeepestAllowedOnesChild) {
  Block inner = paragraph("Diep.", 7);
  for (int k = 0; k < 120; ++k) {
    Block quote{BlockQuote{{std::move(inner)}}, position_in("boek.docx", 7 - (k % 3)), {}, {}};
    inner = std::move(quote);
  }
  Publication publication = publication_of({std::move(inner)});
  Diagnostics diagnostics;
  EXPECT_THAT(refusal(publication, diagnostics), HasSubstr("nested more than 100 levels deep"));
}

TEST(ContentLimits, EmphasisNestedBeyondTheLimitIsRefusedToo) {
  Inline inner{Text{"diep"}, position_in("boek.docx", 3)};
  for (int k = 0; k < 150; ++k) inner = Inline{Emphasis{{std::move(inner)}}, position_in("boek.docx", 3)};
  Block block{Paragraph{{std::move(inner)}}, position_in("boek.docx", 3), {}, {}};
  Publication publication = publication_of({std::move(block)});
  Diagnostics diagnostics;
  EXPECT_THAT(refusal(publication, diagnostics), HasSubstr("boek.docx:3: error: blocks or inline markup are nested"));
}

TEST(ContentLimits, AParagraphBeyondTheLimitIsRefusedAtItsPosition) {
  const std::size_t before = input_limits().paragraph_bytes;
  input_limits().paragraph_bytes = 1000;
  Publication publication = publication_of({paragraph("kort", 4), paragraph(std::string(1001, 'a'), 9)});
  Diagnostics diagnostics;
  const std::string message = refusal(publication, diagnostics);
  input_limits().paragraph_bytes = before;
  EXPECT_THAT(message, HasSubstr("boek.docx:9: error: the paragraph is 1001 bytes, more than the limit of 1000 bytes"));
}

TEST(ContentLimits, CombiningMarksAreCountedAcrossThePiecesOfAParagraph) {
  std::string marks;
  for (int k = 0; k < 20; ++k) marks += "\xCC\x81";  // U+0301, twenty in each piece
  Inlines pieces{Inline{Text{"a" + marks}, position_in("boek.docx", 5)},
                 Inline{Strong{{Inline{Text{marks}, position_in("boek.docx", 5)}}}, position_in("boek.docx", 5)},
                 Inline{Text{marks + " b" + marks}, position_in("boek.docx", 6)}};
  Block block{Paragraph{std::move(pieces)}, position_in("boek.docx", 5), {}, {}};
  Publication publication = publication_of({std::move(block)});
  Diagnostics diagnostics;
  EXPECT_EQ(refusal(publication, diagnostics), "");
  const auto& content = std::get<Paragraph>(publication.chapters[0].sections[0].blocks[0].value).content;
  // 60 marks on the "a" cut to 30, the 20 on the "b" kept: 50 marks of two bytes each.
  EXPECT_EQ(plain_text(content).size(), std::string("a b").size() + 50 * 2);
  ASSERT_EQ(diagnostics.all().size(), 1u);
  EXPECT_THAT(diagnostics.all()[0].to_string(), HasSubstr("boek.docx:5: warning: more than 30 combining marks"));
}

}  // namespace
}  // namespace persklaar
