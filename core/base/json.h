// One JSON type for the whole core. ordered_json keeps members in insertion order, so
// responses read in the order the spec writes them and are identical on every platform.
#pragma once
#include <nlohmann/json.hpp>

namespace claims {
using Json = nlohmann::ordered_json;

// Short name of a JSON value's type for messages ("a string", "a number", ...).
const char* json_type_name(const Json& v);
}  // namespace claims
