// Reading the members of a claim into a ClaimView (internal to claim validation).
//
// Each member is checked first with cheap tests that allocate nothing; only when that
// fails is the member read again through FieldReader / read_money, which raise the issue
// with the spelled-out path. So the happy path builds no strings and no paths.
#pragma once
#include "base/issues.h"
#include "base/json.h"
#include "base/lazy_path.h"
#include "domain/claim.h"

namespace claims {

// Reads `claim` (at `at`): the member rules (claim.required, claim.invalid, date.invalid,
// money.*, currency.unknown, text.*) and nothing that compares members.
void read_claim(const Json& claim, const LazyPath& at, Issues& issues, ClaimView& out);

}  // namespace claims
