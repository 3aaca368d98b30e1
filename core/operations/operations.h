// Every operation of spec section 3 has this shape: a parsed request object in, a result
// object (with its "issues" array) or a request-level error out. dispatch() owns parsing,
// limits and the envelope, so an operation only deals with its own members.
#pragma once
#include "base/json.h"
#include "base/status.h"

namespace claims {

using Operation = StatusOr<Json> (*)(const Json& request);

StatusOr<Json> sniff_media_type(const Json& request);
StatusOr<Json> compute_lifecycle(const Json& request);
// Spec section 5. preview_resolution calls it directly with the request it builds
// ({contract, event_type, sale, member_share, fx}); see docs/operations/compute_payout.md.
StatusOr<Json> compute_payout(const Json& request);
// Spec sections 8 and 9.
StatusOr<Json> apply_adjustments(const Json& request);
StatusOr<Json> export_decisions_csv(const Json& request);
StatusOr<Json> import_claims_csv(const Json& request);
StatusOr<Json> import_decisions_csv(const Json& request);
StatusOr<Json> validate_claims(const Json& request);
// Spec section 7; see docs/operations/preview_resolution.md.
StatusOr<Json> preview_resolution(const Json& request);

// The table dispatch() looks operations up in; nullptr when the name is unknown.
Operation find_operation(std::string_view name);

}  // namespace claims
