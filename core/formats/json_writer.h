// Writing response JSON as text, byte for byte as nlohmann's dump(-1, ' ', false,
// error_handler_t::replace) would write the same values. Large results (validate_claims
// over 100,000 claims) are written this way instead of building a Json tree first: the
// tree costs an allocation per member and several times the response's size in memory.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "base/issues.h"
#include "base/json.h"

namespace claims {

// `value` in compact form, exactly as value.dump(-1, ' ', false, error_handler_t::replace)
// writes it, appended to `out` without an intermediate copy.
void append_json(std::string& out, const Json& value);
// `s` as a JSON string, quotes included.
void append_json_string(std::string& out, std::string_view s);
void append_json_unsigned(std::string& out, std::size_t n);
// An issue object {"severity","code","path","message"}, as issue_to_json() dumps it.
void append_issue(std::string& out, const Issue& issue);
// The same with `path` in place of the issue's own (import_claims_csv maps the
// validator's claim paths onto /rows/N/<column> without storing them).
void append_issue_at(std::string& out, const Issue& issue, std::string_view path);
// An issues array, as Issues::to_json() dumps it.
void append_issues(std::string& out, const Issues& issues);

}  // namespace claims
