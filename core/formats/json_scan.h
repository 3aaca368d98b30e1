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

}  // namespace claims
