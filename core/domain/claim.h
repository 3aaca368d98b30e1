// A claim (spec section 4) as read from its JSON object, and the validation of one claim.
//
// The model holds views into the JSON it was read from: keep that Json alive while the
// ClaimView is in use. Every member records whether it was absent, invalid (an issue was
// raised, or it was required and missing) or read, so that later rules can skip what
// they cannot judge ("a rule whose input is invalid is skipped", spec section 3).
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "base/issues.h"
#include "base/json.h"
#include "base/path.h"
#include "base/status.h"
#include "values/calendar.h"
#include "values/currency.h"
#include "values/money.h"
#include "domain/known_orders.h"
#include "domain/policy.h"

namespace claims {

// A member that was absent (neither value nor invalid), invalid, or read.
template <class T>
struct Field {
  std::optional<T> value;
  bool invalid = false;

  bool ok() const { return value.has_value(); }
  bool absent() const { return !value && !invalid; }
  const T& operator*() const { return *value; }
  const T* operator->() const { return &*value; }
};

struct ClaimOrder {
  bool object_ok = false;  // `order` is an object
  Field<std::string_view> id;
  Field<Date> date;
  Field<Money> amount;
  const Currency* currency = nullptr;  // nullptr when missing or unknown
  Field<std::string_view> promo_code;
  Field<bool> completed_online;
  Field<bool> returned;
  const Json* items = nullptr;  // the items array when it is one
  // Sum of the items' subtotals in minor units (saturating), when every subtotal that is
  // given is valid.
  std::optional<std::int64_t> items_total;
};

struct ClaimTracked {
  bool present = false;    // `tracked` given (not absent or null)
  bool object_ok = false;  // ... and an object
  Field<std::string_view> action_id;
  Field<Money> amount;  // order currency
  Field<Money> payout;  // payout currency
  Field<Date> date;
};

struct ClaimView {
  bool object_ok = false;  // the claim itself is an object
  Field<std::string_view> id;
  Field<std::string_view> publisher_id;
  Field<std::string_view> advertiser_id;
  Field<std::string_view> member_ref;
  Field<ClaimReason> reason;
  Field<Date> filed_on;
  ClaimOrder order;
  Field<Date> click_date;
  // The written event type; absent means "sale" (use event_type_or_sale()).
  Field<std::string_view> event_type;
  // payout_currency, defaulting to order.currency; nullptr when neither is known.
  const Currency* payout_currency = nullptr;
  bool payout_currency_invalid = false;
  Field<Money> expected_payout;
  ClaimTracked tracked;
  Field<std::string_view> comment;
  const Json* attachments = nullptr;  // the attachments array when it is one
  bool attachments_invalid = false;

  // The event type the claim stands for: its own, "sale" when absent, nullopt when invalid.
  std::optional<std::string_view> event_type_or_sale() const;
};

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
// One claim's entry in a validate_claims result: {id, valid, claimable_from,
// claimable_until, issues}; the id is echoed only when it is a valid identifier.
Json claim_entry_json(const ClaimView& view, const ClaimVerdict& verdict, Json issues);

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
    std::size_t operator()(const std::array<unsigned char, 32>& d) const;
  };
  struct FirstUse {
    std::size_t claim;      // ordinal of the claim that used it first
    std::string claim_id;   // its id ("" when it had none), for the message
  };

  void check_rules(const ClaimView& c, const Path& base, Issues& issues, ClaimVerdict& verdict);
  void check_proofs(const ClaimView& c, const Path& base, Issues& issues);

  const Policy& policy_;
  Date as_of_;
  const KnownOrders* known_orders_;
  std::size_t ordinal_ = 0;  // claims seen so far
  std::unordered_map<std::string, std::size_t> ids_;
  std::unordered_set<std::string> orders_;
  std::unordered_map<std::array<unsigned char, 32>, FirstUse, DigestHash> digests_;
  std::string key_;  // reused buffer for order keys
};

// Position of a claim issue code in the validation table of spec section 4 (issues of one
// claim are ordered by it); codes not in the table sort last.
int claim_code_rank(std::string_view code);

}  // namespace claims
