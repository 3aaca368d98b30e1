// The text of validate_claims' result pieces, written by the streamed paths of
// validate_claims and import_claims_csv.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "domain/claim.h"

namespace claims {

// One entry of validate_claims' `claims` array up to its issues:
// {"id":...,"valid":...,"claimable_from":...,"claimable_until":...,"issues":
// (the caller writes the issues array and the closing brace).
void append_claim_entry_head(std::string& out, const Field<std::string_view>& id,
                             const ClaimVerdict& verdict);
// validate_claims' "summary":{...} member (no leading comma).
void append_claims_summary(std::string& out, std::size_t total, std::size_t valid,
                           std::size_t with_warnings);

}  // namespace claims
