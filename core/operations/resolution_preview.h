// The accept path of a resolution preview (spec section 7): the action an accept would
// create — total, payout, sale amount, cashback, lifecycle — and what the approval takes
// from the account. One copy, run by preview_resolution for its one claim and by
// simulate_rules (spec section 12) for every claim a rule accepts.
//
// Issue paths are built from where the claim and the resolution sit in the request
// ("/claim" and "/resolution" in preview_resolution; "/claims/3" and "/rules/1/then" in
// simulate_rules), so the same rule reports at the right place in both.
#pragma once
#include <optional>
#include <string>

#include "base/issues.h"
#include "base/json.h"
#include "base/path.h"
#include "values/calendar.h"
#include "values/exact.h"
#include "values/money.h"
#include "domain/claim.h"
#include "requests/fields.h"
#include "domain/contract.h"

namespace claims {

// A resolution as read (preview_resolution's `resolution`, simulate_rules' `then`).
struct Resolution {
  std::optional<std::string> decision;
  std::optional<Date> transaction_date;
  bool transaction_date_invalid = false;
  std::optional<std::string> event_type;
  bool event_type_invalid = false;
  const Json* details = nullptr;  // an object when given
  std::optional<std::string> payout_option;
  std::optional<Money> payout_amount;
};

// The accepted resolution's choices, null-terminated, as both readers check them.
extern const char* const kDecisions[];
extern const char* const kPayoutOptions[];
extern const char* const kDeclineReasons[];

// The members of a resolution after its decision and dates — payout_option, payout_amount
// (for specify, in the contract's currency, not negative), decline_reason, message — each
// required when the decision needs it, with `r`'s codes. preview_resolution's `resolution`
// and simulate_rules' `then` are read by it, so both judge them alike.
void read_decision_members(const FieldReader& r, const Json& obj, const Path& at,
                           const Contract& contract, Resolution& out);

// Everything an accept preview reads. `request` is the object holding `contract` and
// `fx` (the generate option runs compute_payout with them).
struct AcceptInputs {
  const Json& request;
  const Json& contract_json;
  const Json& claim_json;
  const ClaimView& claim;
  bool claim_has_errors;  // the claim's validate_claims issues hold an error
  const Resolution& resolution;
  const Contract& contract;
  const std::optional<FxRate>& fx;
  const std::optional<Percent>& share;
  Date as_of;  // also the approval day
  Path claim_at;
  Path resolution_at;
};

struct AcceptPreview {
  Json action = nullptr;      // null when the resolution has an error
  std::optional<Money> payout;  // the action's payout (set with action)
  std::optional<Money> due;   // what the approval takes from the account (set with action)
  bool due_known = true;      // false without a lifecycle: nothing can be said
  std::optional<Date> payout_on;  // the action's effective payout date (null: open_ended)
};

// Previews accepting the claim; the resolution's own issues go to `issues` (never
// funds.insufficient: funds are the caller's).
AcceptPreview preview_accept(const AcceptInputs& in, Issues& issues);

// An amount in the contract's currency: as is, converted with fx, or currency.mismatch at
// `currency_at` (what: "The expected payout").
std::optional<Money> in_contract_currency(const Money& m, const Contract& contract,
                                          const std::optional<FxRate>& fx, const Path& currency_at,
                                          const char* what, Issues& issues);

}  // namespace claims
