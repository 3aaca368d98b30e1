// Operation preview_resolution (spec section 7): what accepting, declining or asking about
// a claim would do — the new action, its lifecycle and the advertiser's funds — without
// doing it.
#include <algorithm>
#include <set>
#include <utility>

#include "base/text.h"
#include "requests/fields.h"
#include "requests/money_fields.h"
#include "requests/payout_request.h"
#include "requests/request.h"
#include "domain/claim.h"
#include "domain/claim_validator.h"
#include "domain/contract.h"
#include "domain/lifecycle.h"
#include "domain/policy.h"
#include "operations/operations.h"
#include "operations/resolution_preview.h"

namespace claims {

namespace {

// Top-level members in the order of the spec's request: issues are sorted by it.
constexpr std::string_view kMemberOrder[] = {"as_of",  "contract", "policy",       "claim",
                                             "account", "fx",      "member_share", "resolution"};

int member_rank(const std::string& path) {
  const std::size_t end = path.find('/', 1);
  const std::string_view first =
      path.size() > 1 ? std::string_view(path).substr(1, end == std::string::npos ? end : end - 1)
                      : std::string_view();
  for (std::size_t i = 0; i < std::size(kMemberOrder); ++i)
    if (kMemberOrder[i] == first) return int(i);
  return int(std::size(kMemberOrder));
}

Json money_or_null(const std::optional<Money>& m) { return m ? Json(m->str()) : Json(nullptr); }

Resolution read_resolution(const Json& res, const Contract& contract, Issues& issues) {
  Resolution out;
  const Path at("/resolution");
  FieldReader r{issues, "resolution.invalid", "resolution.required"};
  out.decision = r.choice(res, "decision", at / "decision", true, kDecisions);

  const std::size_t before_date = issues.size();
  out.transaction_date = r.date(res, "transaction_date", at / "transaction_date", false);
  out.transaction_date_invalid = issues.size() != before_date;
  const std::size_t before_event = issues.size();
  out.event_type = r.identifier(res, "event_type", at / "event_type", false);
  out.event_type_invalid = issues.size() != before_event;

  if (const Json* d = FieldReader::find(res, "details")) {
    if (d->is_object()) {
      out.details = d;
    } else {
      issues.error("resolution.invalid", at / "details",
                   not_an_object("details", *d));
    }
  }
  read_decision_members(r, res, at, contract, out);
  return out;
}

}  // namespace

StatusOr<Json> preview_resolution(const Json& request) {
  ASSIGN_OR_RETURN(const Date as_of, read_as_of(request));
  ASSIGN_OR_RETURN(const Json* contract_json, read_object(request, "contract", true));
  ASSIGN_OR_RETURN(const Json* policy_json, read_object(request, "policy", false));
  ASSIGN_OR_RETURN(const Json* claim_json, read_object(request, "claim", true));
  ASSIGN_OR_RETURN(const Json* account_json, read_object(request, "account", false));
  ASSIGN_OR_RETURN(const std::optional<FxRate> fx, read_fx(request));
  ASSIGN_OR_RETURN(const std::optional<Percent> share, read_share(request));
  ASSIGN_OR_RETURN(const Json* res_json, read_object(request, "resolution", true));

  Issues issues;
  const Contract contract =
      parse_contract(*contract_json, Path("/contract"), issues, /*with_lifecycle=*/true);
  const Policy policy = parse_policy(policy_json, Path("/policy"), issues);

  // The claim's own validate_claims issues, judged on its filed_on (else as_of).
  ClaimValidator validator(policy, as_of);
  Issues claim_issues;
  ClaimView claim;
  validator.validate(*claim_json, Path("/claim"), claim_issues, &claim);

  std::optional<Money> balance;
  if (account_json && contract.currency) {
    FieldReader r{issues, "request.invalid", "request.invalid"};
    balance = read_money(r, *account_json, "balance", Path("/account/balance"),
                         *contract.currency, false);
  }

  const Resolution res = read_resolution(*res_json, contract, issues);
  const bool accept = res.decision && *res.decision == "accept";

  Json action = nullptr;
  std::optional<Money> due;  // what the approval takes from the account today
  bool due_known = true;
  if (accept) {
    AcceptPreview preview = preview_accept(
        {request, *contract_json, *claim_json, claim, claim_issues.has_errors(), res, contract,
         fx, share, as_of, Path("/claim"), Path("/resolution")},
        issues);
    action = std::move(preview.action);
    due = preview.due;
    due_known = preview.due_known;
  }

  // Funds, in the contract's currency: nothing is due unless the action pays on approval.
  Json funds = Json::object();
  if (contract.currency && due_known && !due) due = Money(*contract.currency, 0);
  std::optional<Money> after;
  if (balance && due) {
    const MoneyResult a = checked_sub(*balance, *due);
    if (a.ok()) {
      after = a.value();
    } else {
      issues.error("money.out_of_range", Path("/account/balance"),
                   "The balance " + money_text(*balance) + " less the " + money_text(*due) +
                       " paid out on approval is beyond the supported range; balance_after "
                       "and sufficient are null.");
    }
  }
  funds["balance_before"] = money_or_null(balance);
  funds["due_on_approval"] = money_or_null(due);
  funds["balance_after"] = money_or_null(after);
  Json sufficient = nullptr;
  if (due && due->is_zero()) sufficient = true;
  else if (after) sufficient = !after->is_negative();
  funds["sufficient"] = sufficient;
  if (sufficient == false) {
    issues.warning("funds.insufficient", Path("/account/balance"),
                   "The balance " + money_text(*balance) + " does not cover the " +
                       money_text(*due) + " paid out on approval; it would fall to " +
                       money_text(*after) + ".");
  }

  // One issue per code and path (compute_payout may repeat what the claim's own issues say),
  // in request order.
  Issues ordered;
  {
    std::set<std::pair<std::string, std::string>> seen;
    for (const Issue& i : claim_issues.list()) seen.insert({i.code, i.path});
    for (const Issue& i : issues.list())
      if (seen.insert({i.code, i.path}).second) ordered.add(i);
    ordered.stable_sort_by([](const Issue& i) { return member_rank(i.path); });
  }

  Json result = Json::object();
  result["decision"] = res.decision ? Json(*res.decision) : Json(nullptr);
  result["claim_issues"] = claim_issues.to_json();
  result["action"] = std::move(action);
  result["funds"] = std::move(funds);
  result["issues"] = ordered.to_json();
  return result;
}

}  // namespace claims
