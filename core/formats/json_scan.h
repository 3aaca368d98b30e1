// Finding where JSON values begin and end without parsing them, so that a large request
// can be parsed one piece at a time (validate_claims streams its `claims` array this way:
// a DOM of the whole request costs ~10x its size in memory and most of the time).
//
// The scan only checks the structure *between* the pieces (braces, commas, colons,
// whitespace). The pieces themselves are not checked: the caller parses each one with the
// real JSON parser, which rejects anything malformed. A piece the scan cannot delimit, or
// any text that is not the plain shape below, makes the scan fail; the caller then takes
// the general path (whole-document parse), which produces the exact error message.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claims {

struct ScannedMember {
  std::string_view key;    // the key token, quotes included (parse it to compare)
  std::string_view value;  // the value's text, no surrounding whitespace
};

// The members of a text that is one JSON object (optional JSON whitespace around it; a
// byte order mark or anything else fails). False when the structure is not that.
bool scan_object_members(std::string_view text, std::vector<ScannedMember>& members);

// The items of `array_text`, which must be exactly one array `[...]`. False when the
// structure is not that, or when there are more than `max_items` items.
bool scan_array_items(std::string_view array_text, std::size_t max_items,
                      std::vector<std::string_view>& items);

// What a whole request text would be once parsed, learned in one pass before anything is
// built, so that the limits of spec section 3 hold before a hostile text costs memory:
// the first place it nests deeper than `max_depth`, the first array with more than
// `max_items` items, and an upper estimate of the memory its DOM would take. The scan
// stops at the first limit passed. Malformed text is scanned as far as it goes (brackets
// counted, not matched); the parser reports it afterwards.
struct JsonShape {
  bool too_deep = false;
  std::optional<std::string> long_array;  // JSON Pointer of the array over max_items
  std::size_t containers = 0;             // objects and arrays
  std::size_t strings = 0;                // keys and string values
  std::size_t separators = 0;             // commas: one more item or member each
  std::size_t string_bytes = 0;           // between the quotes, escapes undecoded
  // Where the scan stopped on a limit: the offset of the bracket that went too deep or of
  // the comma that began the array's item past max_items (so that a caller can tell
  // whether a syntax error comes first). npos when no nesting or array limit was passed.
  std::size_t limit_at = std::string_view::npos;

  // Upper estimate of the DOM's memory in bytes (nlohmann::ordered_json, 64-bit, measured:
  // an object or array 32 bytes, a string 48 plus its text, and 16 a slot, doubled for the
  // vector's growth).
  // 64-bit on every target: on WASM, size_t would overflow for a large text.
  std::uint64_t dom_bytes() const {
    return 32 * std::uint64_t(containers) + 48 * std::uint64_t(strings) +
           32 * (std::uint64_t(separators) + containers) + string_bytes;
  }
};
JsonShape scan_json_shape(std::string_view text, int max_depth, std::size_t max_items);

}  // namespace claims
