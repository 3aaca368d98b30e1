// Text rules of spec section 2: length in Unicode scalar values, control characters,
// identifiers; and the few ASCII helpers the formats need. Invalid UTF-8 never reaches
// the other functions here: the JSON parser rejects it as request.invalid_json, and
// dispatch() checks a payload with invalid_utf8_at().
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace claims {

constexpr std::size_t kMaxTextScalars = 2000;
constexpr std::size_t kMaxIdentifierScalars = 64;
// quote_value() cuts what it quotes at this many scalars.
constexpr std::size_t kMaxQuotedScalars = 64;

// Length of the well-formed UTF-8 sequence starting at text[at] (Unicode table 3-7, the
// ranges nlohmann's lexer accepts), 0 when there is none there.
std::size_t utf8_sequence_length(std::string_view text, std::size_t at);
// Offset of the first byte that does not begin a well-formed UTF-8 sequence (Unicode
// table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF); npos when the
// whole text is well-formed.
std::size_t invalid_utf8_at(std::string_view text);
// Number of Unicode scalar values in valid UTF-8 (counts lead bytes).
std::size_t scalar_count(std::string_view utf8);
// A C0 control other than tab, LF, CR, or DEL / C1 controls.
bool has_forbidden_control(std::string_view utf8);
// Identifiers allow no control characters at all, not even tab or newline.
bool has_any_control(std::string_view utf8);
// An identifier: non-empty, at most kMaxIdentifierScalars, no control character.
bool is_identifier(std::string_view utf8);
// The identifier rule in words, for messages: "1 to 64 characters without control
// characters".
std::string identifier_rule();
// Only spaces, tabs and line breaks (or nothing): an empty comment.
bool is_blank(std::string_view s);

// ASCII case of one character; other bytes (UTF-8 included) unchanged.
constexpr char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; }
constexpr char ascii_upper(char c) { return (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c; }
// Without surrounding spaces and tabs (CSV header names and action words).
std::string_view trim_blanks(std::string_view s);

// ASCII case-insensitive equality (promo codes, media types, CSV words): the spec's
// case rules concern ASCII identifiers only.
bool equal_ignoring_case(std::string_view a, std::string_view b);

// Every message that names values from the request goes through these three, so that no
// input, however large, makes a large message (issue 16: a 20 MB number echoed whole, a
// 10,000-code list written into each of 10,000 issues).
//
// The value cut to `max_scalars` Unicode scalars, with "..." when something was cut. Always
// valid UTF-8 when the input is.
// Characters a reader cannot see (controls such as U+0085, zero-width characters,
// direction marks, the byte order mark) are written \uXXXX.
std::string cut_text(std::string_view utf8, std::size_t max_scalars = kMaxQuotedScalars);
// A value for a message: cut_text() in quotation marks.
std::string quote_value(std::string_view utf8);
// A name for a message (a file or ZIP entry): as quote_value(), but a long one is cut in
// the middle so that its end (".pdf", ".pdf.exe") stays visible.
std::string quote_name(std::string_view utf8);
// A list for a message: its first `max_items` values, each cut_text(), then "and N more":
// "A, B, C and 9997 more"; `empty` when the list is empty.
constexpr std::size_t kMaxListedValues = 10;
std::string list_values(const std::vector<std::string>& values, const char* empty = "none",
                        std::size_t max_items = kMaxListedValues);
// The same with each value quote_value()d: "\"sale\", \"lead\" and 3 more".
std::string list_quoted_values(const std::vector<std::string>& values,
                               const char* empty = "none",
                               std::size_t max_items = kMaxListedValues);

}  // namespace claims
