// One JSON type for the whole core. ordered_json keeps members in insertion order, so
// responses read in the order the spec writes them and are identical on every platform.
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace claims {
using Json = nlohmann::ordered_json;

// Short name of a JSON value's type for messages ("a string", "a number", ...).
const char* json_type_name(const Json& v);

// A value the user wrote, for a message, keeping its type: a string quoted
// (quote_value), a number, true, false or null as JSON writes it, unquoted; an object or
// an array by its type name.
std::string value_shown(const Json& v);

// The one wording of "this member must be an object": "<subject> must be an
// object<qualifier>, not <type>." (qualifier e.g. " of conditions"). Every layer's readers
// use it, whatever code and path they give it.
std::string not_an_object(std::string_view subject, const Json& value,
                          std::string_view qualifier = {});
}  // namespace claims
