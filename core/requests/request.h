// Top-level members of a request. Problems here fail the whole request (`ok: false`,
// request.invalid with the member's path), unlike problems inside the data, which are
// issues in the result.
#pragma once
#include <string_view>

#include "base/json.h"
#include "base/status.h"
#include "values/calendar.h"

namespace claims {

// `as_of`: required, a valid date; anything else is request.invalid at /as_of.
StatusOr<Date> read_as_of(const Json& request);
// An object member: nullptr when absent or null and not required.
StatusOr<const Json*> read_object(const Json& request, std::string_view key, bool required);
// An array member: nullptr when absent or null and not required.
StatusOr<const Json*> read_array(const Json& request, std::string_view key, bool required);
// A string member that must be present (its content is judged by the operation).
StatusOr<const Json*> read_string(const Json& request, std::string_view key);

}  // namespace claims
