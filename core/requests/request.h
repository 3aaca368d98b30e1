// Members of a request object. Problems here fail the whole request (`ok: false`,
// request.invalid with the member's path), unlike problems inside the data, which are
// issues in the result.
//
// Each reader takes the path of the object it reads from: Path() for the request itself,
// Path("/validate") for import_claims_csv's `validate` member. An error's path is that
// path / key, and its message names the member by its dotted path ("validate.as_of is
// required.").
#pragma once
#include <string>
#include <string_view>

#include "base/json.h"
#include "base/path.h"
#include "base/status.h"
#include "values/calendar.h"

namespace claims {

// `as_of`: required, a valid date.
StatusOr<Date> read_as_of(const Json& obj, const Path& at = Path());
// An object member: nullptr when absent or null and not required.
StatusOr<const Json*> read_object(const Json& obj, std::string_view key, bool required,
                                  const Path& at = Path());
// An array member: nullptr when absent or null and not required.
StatusOr<const Json*> read_array(const Json& obj, std::string_view key, bool required,
                                 const Path& at = Path());
// A string member that must be present (its content is judged by the operation).
StatusOr<const std::string*> read_string(const Json& obj, std::string_view key,
                                         const Path& at = Path());
// An optional string member: nullptr when absent or null.
StatusOr<const std::string*> read_optional_string(const Json& obj, std::string_view key,
                                                  const Path& at = Path());
// A boolean member: `absent` when absent or null.
StatusOr<bool> read_bool(const Json& obj, std::string_view key, bool absent,
                         const Path& at = Path());

// The request.invalid of a member of the wrong JSON type: "<name> must be <want>, not a
// number." at its path.
RequestError wrong_member_type(const Path& member, const char* want, const Json& got);

}  // namespace claims
