// Writing response JSON as text, byte for byte as nlohmann's dump(-1, ' ', false,
// error_handler_t::replace) would write the same values. Large results (validate_claims
// over 100,000 claims) are written this way instead of building a Json tree first: the
// tree costs an allocation per member and several times the response's size in memory.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "claim.h"
#include "issues.h"

namespace claims {

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

// One entry of validate_claims' `claims` array up to its issues:
// {"id":...,"valid":...,"claimable_from":...,"claimable_until":...,"issues":
// (the caller writes the issues array and the closing brace).
void append_claim_entry_head(std::string& out, const Field<std::string_view>& id,
                             const ClaimVerdict& verdict);
// validate_claims' "summary":{...} member (no leading comma).
void append_claims_summary(std::string& out, std::size_t total, std::size_t valid,
                           std::size_t with_warnings);

}  // namespace claims
