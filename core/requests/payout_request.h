// Top-level members of a payout request shared by compute_payout and preview_resolution
// (spec sections 5 and 7), read the same way by both: malformed is request.invalid.
#pragma once
#include <optional>

#include "base/json.h"
#include "base/status.h"
#include "values/exact.h"

namespace claims {

// `member_share`: absent or null is nullopt; else a percent string 0-100, <= 4 decimals.
StatusOr<std::optional<Percent>> read_share(const Json& request);
// `fx`: absent or null is nullopt; else {"rate": "0.9200"}, above 0, <= 6 decimals.
StatusOr<std::optional<FxRate>> read_fx(const Json& request);

}  // namespace claims
