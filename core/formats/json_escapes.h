// The short escapes of JSON strings (RFC 8259, section 7), one table for reading
// (json_fast_parse) and writing (json_writer). `\/` is read but never written: nlohmann
// writes `/` as it is, and the writer matches nlohmann byte for byte.
#pragma once
#include <array>

namespace claims {

struct JsonShortEscape {
  char letter;  // what follows the backslash
  char value;   // the character it stands for
};

inline constexpr JsonShortEscape kJsonShortEscapes[] = {
    {'"', '"'}, {'\\', '\\'}, {'b', '\b'}, {'f', '\f'}, {'n', '\n'}, {'r', '\r'}, {'t', '\t'}};

// The character `\<letter>` stands for; 0 when it is no short escape (`u` included).
constexpr char json_unescaped(char letter) {
  if (letter == '/') return '/';
  for (const JsonShortEscape& e : kJsonShortEscapes)
    if (e.letter == letter) return e.value;
  return 0;
}

// For each byte, the letter of its short escape when it is written as one; 0 otherwise.
inline constexpr std::array<char, 256> kJsonEscapeLetters = [] {
  std::array<char, 256> letters{};
  for (const JsonShortEscape& e : kJsonShortEscapes)
    letters[static_cast<unsigned char>(e.value)] = e.letter;
  return letters;
}();

}  // namespace claims
