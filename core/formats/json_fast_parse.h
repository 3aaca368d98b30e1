// A fast parser for the common shape of one claim's JSON, building the same Json as
// nlohmann's parser. nlohmann's lexer copies every byte twice (token and error context)
// and took ~9 us per claim, most of validate_claims' time.
//
// It handles a subset and declines the rest: numbers other than plain integers (the
// exact binary floating-point value is nlohmann's to compute), repeated keys (nlohmann's
// last-one-wins), objects of more than 64 members (its repeated-key search is linear),
// and anything malformed. The caller then parses the text with parse_json()
// (json_parse.h), so every document gets nlohmann's exact value or error. It never
// accepts a text nlohmann rejects.
#pragma once
#include <string_view>

#include "base/json.h"

namespace claims {

// True with `inout` set to the value of `text` (one JSON value, optional whitespace around
// it) when the text is in the subset; false otherwise (`inout` then holds some partial
// value). Whatever `inout` held before is overwritten, reusing its memory where the new
// value has the same shape (parse a run of similar documents into one Json).
bool parse_json_fast(std::string_view text, Json& inout);

}  // namespace claims
