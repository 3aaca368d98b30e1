#include "base/text.h"

#include <gtest/gtest.h>

#include <string>

using namespace claims;

TEST(Text, CountsUnicodeScalarsNotBytes) {
  EXPECT_EQ(scalar_count(""), 0u);
  EXPECT_EQ(scalar_count("abc"), 3u);
  EXPECT_EQ(scalar_count("caf\xC3\xA9"), 4u);         // é is 2 bytes
  EXPECT_EQ(scalar_count("\xE2\x82\xAC"), 1u);        // € is 3 bytes
  EXPECT_EQ(scalar_count("\xF0\x9F\x98\x80!"), 2u);   // 😀 is 4 bytes
}

TEST(Text, ControlCharacters) {
  // Free text allows tab, line feed and carriage return, nothing else below 0x20.
  EXPECT_FALSE(has_forbidden_control("a\tb\nc\rd"));
  EXPECT_TRUE(has_forbidden_control(std::string("a\0b", 3)));
  EXPECT_TRUE(has_forbidden_control("a\x1F"));
  EXPECT_TRUE(has_forbidden_control("\x7F"));           // DEL
  EXPECT_TRUE(has_forbidden_control("\xC2\x85"));       // U+0085, a C1 control
  EXPECT_FALSE(has_forbidden_control("\xC2\xA0"));      // U+00A0 is no control
  // Identifiers allow none at all.
  EXPECT_TRUE(has_any_control("a\tb"));
  EXPECT_FALSE(has_any_control("CLM-1 \xC3\xA9"));
}

TEST(Text, Identifiers) {
  EXPECT_TRUE(is_identifier("CLM-0001"));
  EXPECT_FALSE(is_identifier(""));
  EXPECT_TRUE(is_identifier(std::string(kMaxIdentifierScalars, 'x')));
  EXPECT_FALSE(is_identifier(std::string(kMaxIdentifierScalars + 1, 'x')));
  // 64 two-byte scalars are 128 bytes and still an identifier.
  std::string accents;
  for (std::size_t i = 0; i < kMaxIdentifierScalars; ++i) accents += "\xC3\xA9";
  EXPECT_TRUE(is_identifier(accents));
  EXPECT_FALSE(is_identifier("a\nb"));
  EXPECT_EQ(identifier_rule(), "1 to 64 characters without control characters");
}

TEST(Text, BlankAndTrim) {
  EXPECT_TRUE(is_blank(""));
  EXPECT_TRUE(is_blank(" \t\r\n"));
  EXPECT_FALSE(is_blank(" x "));
  EXPECT_EQ(trim_blanks(" \tAction \t"), "Action");
  EXPECT_EQ(trim_blanks("\nx\n"), "\nx\n");  // only spaces and tabs
}

TEST(Text, AsciiCaseOnly) {
  EXPECT_TRUE(equal_ignoring_case("WELCOME10", "welcome10"));
  EXPECT_TRUE(equal_ignoring_case("Image/PNG", "image/png"));
  EXPECT_FALSE(equal_ignoring_case("abc", "abcd"));
  EXPECT_FALSE(equal_ignoring_case("\xC3\x89", "\xC3\xA9"));  // É and é: not ASCII
  EXPECT_EQ(ascii_lower('Q'), 'q');
  EXPECT_EQ(ascii_upper('q'), 'Q');
  EXPECT_EQ(ascii_upper('-'), '-');
}

TEST(Text, QuoteValueCutsLongValues) {
  EXPECT_EQ(quote_value("abc"), "\"abc\"");
  EXPECT_EQ(quote_value(""), "\"\"");
  const std::string exact(kMaxQuotedScalars, 'a');
  EXPECT_EQ(quote_value(exact), "\"" + exact + "\"");
  EXPECT_EQ(quote_value(exact + "b"), "\"" + exact + "...\"");
  // Cut between scalars, never inside one: the result stays valid UTF-8.
  std::string euros;
  for (std::size_t i = 0; i < kMaxQuotedScalars + 1; ++i) euros += "\xE2\x82\xAC";
  const std::string quoted = quote_value(euros);
  EXPECT_EQ(quoted, "\"" + euros.substr(0, 3 * kMaxQuotedScalars) + "...\"");
}

// Issue 16 item 4: a list in a message shows its first values and counts the rest.
TEST(Text, ListValuesShowsTenThenCounts) {
  EXPECT_EQ(list_values({}), "none");
  EXPECT_EQ(list_values({}, "nothing"), "nothing");
  EXPECT_EQ(list_values({"A"}), "A");
  EXPECT_EQ(list_values({"A", "B", "C"}), "A, B, C");
  std::vector<std::string> many;
  for (int i = 0; i < 10000; ++i) many.push_back("C" + std::to_string(i));
  EXPECT_EQ(list_values(many), "C0, C1, C2, C3, C4, C5, C6, C7, C8, C9 and 9990 more");
  many.resize(10);
  EXPECT_EQ(list_values(many), "C0, C1, C2, C3, C4, C5, C6, C7, C8, C9");
  // Each value is cut as quote_value() cuts it.
  const std::string long_value(kMaxQuotedScalars + 1, 'x');
  EXPECT_EQ(list_values({long_value}), std::string(kMaxQuotedScalars, 'x') + "...");
}

TEST(Text, ListQuotedValuesQuotesEach) {
  EXPECT_EQ(list_quoted_values({}), "none");
  EXPECT_EQ(list_quoted_values({"sale", "lead"}), "\"sale\", \"lead\"");
  const std::string long_value(kMaxQuotedScalars + 1, 'x');
  EXPECT_EQ(list_quoted_values({long_value}), quote_value(long_value));
  EXPECT_EQ(list_quoted_values(std::vector<std::string>(12, "a")),
            "\"a\", \"a\", \"a\", \"a\", \"a\", \"a\", \"a\", \"a\", \"a\", \"a\" and 2 more");
}

TEST(Text, InvalidUtf8At) {
  const auto npos = std::string_view::npos;
  EXPECT_EQ(invalid_utf8_at(""), npos);
  EXPECT_EQ(invalid_utf8_at("plain ASCII, longer than eight bytes"), npos);
  EXPECT_EQ(invalid_utf8_at("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80"), npos);
  // The offset of the first bad byte, after an ASCII run read eight bytes at a time.
  EXPECT_EQ(invalid_utf8_at("0123456789\xFF"), 10u);
  EXPECT_EQ(invalid_utf8_at("ab\xC3\x28"), 2u);             // lead byte, no continuation
  EXPECT_EQ(invalid_utf8_at("\xC0\xAF"), 0u);               // overlong "/"
  EXPECT_EQ(invalid_utf8_at("a\xED\xA0\x80"), 1u);          // a UTF-16 surrogate
  EXPECT_EQ(invalid_utf8_at("\xF4\x90\x80\x80"), 0u);       // above U+10FFFF
  EXPECT_EQ(invalid_utf8_at("ok \xE2\x82"), 3u);            // cut at the end
  EXPECT_EQ(invalid_utf8_at("\x80"), 0u);                   // a lone continuation byte
}

TEST(Text, Utf8SequenceLength) {
  EXPECT_EQ(utf8_sequence_length("a", 0), 1u);
  EXPECT_EQ(utf8_sequence_length("caf\xC3\xA9", 3), 2u);
  EXPECT_EQ(utf8_sequence_length("\xE2\x82\xAC", 0), 3u);
  EXPECT_EQ(utf8_sequence_length("\xF0\x9F\x98\x80", 0), 4u);
  EXPECT_EQ(utf8_sequence_length("\xF0\x9F\x98", 0), 0u);  // cut short
  EXPECT_EQ(utf8_sequence_length("\xC3\xA9", 1), 0u);      // a continuation byte
  EXPECT_EQ(utf8_sequence_length("ab", 2), 0u);            // past the end
}
