// An advertiser's contract (spec section 5): currency, rounding, commission terms per
// event type, promo-code terms and the action lifecycle. Shared by compute_payout and
// preview_resolution, so both read a contract the same way and report the same issues.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/issues.h"
#include "base/name_set.h"
#include "base/json.h"
#include "base/path.h"
#include "values/exact.h"
#include "values/money.h"
#include "domain/lifecycle.h"

namespace claims {

struct CategoryRate {
  std::string category;
  Percent percent;
};

// One entry of `commission`: either a percent of the sale or a flat amount, optionally
// clamped by min / max (in the contract's currency).
struct CommissionTerm {
  enum class Kind { percent, flat };
  std::string event_type;
  Kind kind = Kind::percent;
  bool valid = false;  // false when any contract.invalid / currency.unknown was found in it
  std::optional<Percent> percent;  // Kind::percent
  std::optional<Money> flat;       // Kind::flat
  std::optional<Money> min;
  std::optional<Money> max;
  std::vector<CategoryRate> categories;  // sorted by name (one search per sale item)

  // The percent for an item of `category`: the category's when `categories` names it
  // (exact match), else the term's. Only for a valid percent term.
  Percent rate_for(const std::optional<std::string>& category) const;
};

struct PromoTerms {
  enum class Others { no_commission, allowed };
  std::optional<std::vector<std::string>> allowed;  // absent: every code is fine
  NameSet allowed_index;                             // `allowed`, for allows()
  Others others = Others::allowed;                   // default when `others` is absent
  // True when `code` is in `allowed` ignoring (ASCII) case, or there is no list.
  bool allows(std::string_view code) const;
};

struct Contract {
  const Currency* currency = nullptr;  // nullptr when missing or unknown
  Rounding rounding = Rounding::half_up;
  bool commission_readable = false;  // `commission` is an object, so event types can be looked up
  std::vector<CommissionTerm> terms;  // in contract order
  PromoTerms promo_codes;
  std::optional<Lifecycle> lifecycle;  // nullopt when absent, invalid or not asked for
  bool valid = true;  // no issue was reported for the parts that were read

  // nullptr when `commission` has no such event type.
  const CommissionTerm* find_term(std::string_view event_type) const;
};

// Reads a contract object (a non-object is the caller's request.invalid). Invalid values
// are `contract.invalid` issues at their paths under `at`; an unknown currency code is
// `currency.unknown` (spec section 2). `with_lifecycle` false skips `lifecycle` entirely
// (compute_payout does not need it); `lifecycle` is optional either way.
Contract parse_contract(const Json& j, const Path& at, Issues& issues, bool with_lifecycle);


}  // namespace claims
