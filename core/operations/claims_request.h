// The request-level members of validate_claims (spec section 4), read in the order whose
// first failure is the request's error: as_of, policy, claims, known_orders. Shared by the
// whole-document operation and its streaming twin, so both fail and judge alike.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "base/issues.h"
#include "base/json.h"
#include "base/status.h"
#include "values/calendar.h"
#include "domain/claim.h"
#include "domain/policy.h"

namespace claims {

struct ClaimsRequest {
  Date as_of{date::sys_days{}};
  Policy policy;
  KnownOrders known_orders;
  Issues issues;  // policy.invalid findings: the result's top-level issues
  const Json* claims = nullptr;  // the claims array of the request read
};

StatusOr<ClaimsRequest> read_claims_request(const Json& request);

// The complete validate_claims envelope ({"ok":true,"result":...}) for `text`, parsing
// one claim at a time; nullopt whenever the request is not plainly well-formed and valid
// at the request level (malformed JSON, limits, request.invalid, duplicate top-level
// members, a byte order mark...): the caller then runs the general path, which says
// exactly what is wrong. dispatch() checks the size and nesting limits before.
std::optional<std::string> validate_claims_streamed(std::string_view text);

}  // namespace claims
