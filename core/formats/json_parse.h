// The core's whole-document JSON parser: nlohmann's lexer and grammar (so every document
// gets nlohmann's exact values and is refused exactly when nlohmann refuses it), with the
// core's own DOM builder. nlohmann's builder finds a repeated key by a linear search of
// the object's members, so an object of n members costs O(n^2) to parse (40,000 members:
// 7.5 s); here large objects keep a hash index of their keys while they are being built.
// A repeated key keeps its first place and its last value, as nlohmann does.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "base/json.h"

namespace claims {

// Parses `text` (one JSON value, optional whitespace around it) into `out`. On failure
// returns false and, when `error` is given, sets it to a sentence for a person: where
// (line and column) and what, with any echoed token cut to 64 characters, so that a
// 20 MB number or an unterminated 20 MB string does not come back whole.
bool parse_json(std::string_view text, Json& out, std::string* error = nullptr);

// parse_json()'s sentence for the first syntax error of `text`, found without building
// anything (memory bounded by the nesting); nullopt when the text is JSON. With
// `cut_short_is_fine`, a text that is only the beginning of a JSON text (the parser
// wanting more at its end) has no error: a prefix up to a limit scan_json_shape() found.
std::optional<std::string> json_syntax_error(std::string_view text,
                                             bool cut_short_is_fine = false);

}  // namespace claims
