// The validation of claims (spec section 4, the table of validate_claims): one claim at a
// time, read into a ClaimView, then judged by the rules of the table, in its order.
#pragma once
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/issues.h"
#include "base/key_table.h"
#include "base/json.h"
#include "base/path.h"
#include "values/calendar.h"
#include "domain/claim.h"
#include "domain/known_orders.h"
#include "domain/policy.h"
#include "domain/proof_files.h"

namespace claims {

// What one claim's validation concluded, besides its issues.
struct ClaimVerdict {
  bool valid = false;         // no error issue
  bool has_warnings = false;  // at least one warning issue
  std::optional<Date> claimable_from;
  std::optional<Date> claimable_until;
};

// Validates claims one at a time, in request order, remembering what the duplicate rules
// need (claim ids, (advertiser, order) pairs, proof digests). One validator per request
// (or per CSV file): it is the request-wide duplicate state.
class ClaimValidator {
 public:
  // `policy` and `known_orders` must outlive the validator; known_orders may be nullptr.
  ClaimValidator(const Policy& policy, Date as_of, const KnownOrders* known_orders = nullptr);

  // Validates the claim object `claim`, whose JSON Pointer in the request is `base`
  // (e.g. Path("/claims") / 3; Path() gives paths relative to the claim, "/order/date").
  // Appends its issues to `issues` in the spec's order (table row, then document order).
  // When `view` is given it receives the model read from `claim` (views into `claim`).
  ClaimVerdict validate(const Json& claim, const Path& base, Issues& issues,
                        ClaimView* view = nullptr);

  // Optional: sizes the duplicate tables for `claims` claims up front (no rehashing).
  void reserve(std::size_t claims);

 private:
  struct DigestHash {
    std::size_t operator()(const Sha256& d) const;
  };
  struct FirstUse {
    std::size_t claim;      // ordinal of the claim that used it first
    std::string claim_id;   // its id ("" when it had none), for the message
  };

  // The groups of rows of the spec's table, in its order; each reads the claim as read.
  void check_duplicates(const ClaimView& c, const Path& base, Issues& issues);
  void check_dates(const ClaimView& c, const Path& base, Issues& issues, ClaimVerdict& verdict);
  void check_click(const ClaimView& c, const Path& base, Issues& issues);
  void check_money(const ClaimView& c, const Path& base, Issues& issues);
  void check_tracked(const ClaimView& c, const Path& base, Issues& issues);
  void check_order(const ClaimView& c, const Path& base, Issues& issues);
  void check_proofs(const ClaimView& c, const Path& base, Issues& issues);
  void check_comment(const ClaimView& c, const Path& base, Issues& issues);

  const Policy& policy_;
  Date as_of_;
  const KnownOrders* known_orders_;
  std::size_t ordinal_ = 0;  // claims seen so far
  KeyTable ids_;     // claim id → ordinal of the first claim with it
  KeyTable orders_;  // advertiser id, NUL, order id
  std::unordered_map<Sha256, FirstUse, DigestHash> digests_;
  std::string key_;  // reused buffer for order keys
};

// Position of a claim issue code in the validation table of spec section 4 (issues of one
// claim are ordered by it); codes not in the table sort last.
int claim_code_rank(std::string_view code);

}  // namespace claims
