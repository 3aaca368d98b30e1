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

namespace claims {

namespace {

const char* const kDecisions[] = {"accept", "decline", "request_info", nullptr};
const char* const kPayoutOptions[] = {"expected", "specify", "generate", nullptr};
const char* const kDeclineReasons[] = {
    "already_tracked", "other_channel", "other_channel_voucher", "terms_not_met", "returned",
    "not_found",       "not_online",    "incomplete_information", "other",       nullptr};

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

// Replaces the leading `from` of a path by `to` ("/sale/items/0" -> "/claim/order/items/0").
bool remap(std::string& path, std::string_view from, std::string_view to) {
  if (path.compare(0, from.size(), from) != 0) return false;
  if (path.size() > from.size() && path[from.size()] != '/') return false;
  path.replace(0, from.size(), to);
  return true;
}

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

Resolution read_resolution(const Json& res, const Contract& contract, Issues& issues) {
  Resolution out;
  const Path at("/resolution");
  FieldReader r{issues, "resolution.invalid", "resolution.required"};
  out.decision = r.choice(res, "decision", at / "decision", true, kDecisions);
  const bool accept = out.decision && *out.decision == "accept";

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
                   std::string("details must be an object, not ") + json_type_name(*d) + ".");
    }
  }
  out.payout_option = r.choice(res, "payout_option", at / "payout_option", accept, kPayoutOptions);
  if (accept && out.payout_option && *out.payout_option == "specify" && contract.currency) {
    out.payout_amount =
        read_money(r, res, "payout_amount", at / "payout_amount", *contract.currency, true);
    if (out.payout_amount && out.payout_amount->is_negative()) {
      issues.error("money.invalid", at / "payout_amount",
                   "payout_amount " + money_text(*out.payout_amount) + " must not be negative.");
      out.payout_amount.reset();
    }
  }
  const bool decline = out.decision && *out.decision == "decline";
  r.choice(res, "decline_reason", at / "decline_reason", decline, kDeclineReasons);
  const bool request_info = out.decision && *out.decision == "request_info";
  r.text(res, "message", at / "message", request_info);
  return out;
}

// An amount in the contract's currency: as is, converted with fx, or currency.mismatch.
std::optional<Money> in_contract_currency(const Money& m, const Contract& contract,
                                          const std::optional<FxRate>& fx, const Path& currency_at,
                                          const char* what, Issues& issues) {
  const Currency& to = *contract.currency;
  if (&m.currency() == &to) return m;
  if (!fx) {
    issues.error("currency.mismatch", currency_at,
                 std::string(what) + " " + money_text(m) + " is not in the contract's currency " +
                     std::string(to.code) + "; give fx.rate (" + std::string(to.code) + " per " +
                     std::string(m.currency().code) + ").");
    return std::nullopt;
  }
  const MoneyResult converted = convert(m, *fx, to, contract.rounding);
  if (!converted.ok()) {
    issues.error("money.out_of_range", currency_at,
                 std::string(what) + " " + money_text(m) + " converted to " +
                     std::string(to.code) + " is beyond the supported range.");
    return std::nullopt;
  }
  return converted.value();
}

// The sale of a `generate` payout: the claim's order with resolution.details overriding
// it member by member; records where each member came from, to map issue paths back.
struct GeneratedSale {
  Json sale = Json::object();
  std::string amount_from = "/claim/order/amount";
  std::string items_from = "/claim/order/items";
  std::string promo_from = "/claim/order/promo_code";
};

GeneratedSale build_sale(const Json& claim, const Json* details) {
  GeneratedSale g;
  const Json* order = FieldReader::find(claim, "order");
  auto member = [&](const char* key, std::string& from, const char* details_path) {
    if (details) {
      if (const Json* v = FieldReader::find(*details, key)) {
        g.sale[key] = *v;
        from = details_path;
        return;
      }
    }
    if (order) {
      if (const Json* v = FieldReader::find(*order, key)) g.sale[key] = *v;
    }
  };
  member("amount", g.amount_from, "/resolution/details/amount");
  if (order) {
    if (const Json* c = FieldReader::find(*order, "currency")) g.sale["currency"] = *c;
  }
  member("items", g.items_from, "/resolution/details/items");
  member("promo_code", g.promo_from, "/resolution/details/promo_code");
  return g;
}

// Runs compute_payout for `generate` and maps its issues back into this request. Returns
// the total payout, or nullopt when compute_payout could not give one.
std::optional<Money> generate_total(const Json& request, const Json& claim,
                                    const Resolution& res, std::string_view event_type,
                                    bool event_from_resolution, const Contract& contract,
                                    Issues& issues) {
  GeneratedSale g = build_sale(claim, res.details);
  Json call = Json::object();
  call["contract"] = request.at("contract");
  call["event_type"] = std::string(event_type);
  call["sale"] = std::move(g.sale);  // one copy of the items, not two
  if (const Json* fx = FieldReader::find(request, "fx")) call["fx"] = *fx;

  auto map_path = [&](std::string path) {
    if (remap(path, "/sale/amount", g.amount_from) || remap(path, "/sale/items", g.items_from) ||
        remap(path, "/sale/promo_code", g.promo_from) ||
        remap(path, "/sale/currency", "/claim/order/currency") ||
        remap(path, "/sale", "/claim/order") ||
        remap(path, "/event_type",
              event_from_resolution ? "/resolution/event_type" : "/claim/event_type")) {
    }
    return path;
  };
  // compute_payout's request.invalid issues are about members of the claim or the details.
  auto map_code = [](const std::string& code, const std::string& path) {
    if (code != "request.invalid") return code;
    return path.rfind("/claim", 0) == 0 ? std::string("claim.invalid")
                                        : std::string("resolution.invalid");
  };

  StatusOr<Json> out = compute_payout(call);
  if (!out.ok()) {
    const RequestError& e = out.error();
    const std::string path = map_path(e.path);
    issues.add({Severity::error, map_code(e.code, path), path, e.message});
    return std::nullopt;
  }
  const Json& result = out.value();
  for (const Json& i : result.at("issues")) {
    std::string path = map_path(i.at("path").get<std::string>());
    // The contract was read (and its issues reported) once already, by this operation.
    if (path.rfind("/contract", 0) == 0) continue;
    const std::string code = map_code(i.at("code").get<std::string>(), path);
    issues.add({i.at("severity") == "error" ? Severity::error : Severity::warning, code, path,
                i.at("message").get<std::string>()});
  }
  const Json& payout = result.at("payout");
  if (!payout.is_string() || !contract.currency) return std::nullopt;
  return parse_money(payout.get_ref<const std::string&>(), *contract.currency);
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
    bool ok = true;

    // Transaction date: the resolution's, else the claim's order date.
    std::optional<Date> tx = res.transaction_date;
    Path tx_at("/resolution/transaction_date");
    if (!tx && !res.transaction_date_invalid) {
      if (claim.order.date.ok()) {
        tx = claim.order.date.value;
        tx_at = Path("/claim/order/date");
      } else {
        issues.error("resolution.required", tx_at,
                     "transaction_date is required: the claim has no valid order date.");
      }
    }
    if (tx && *tx > as_of) {
      issues.error("lifecycle.transaction_after_approval", tx_at,
                   "The transaction date " + tx->iso() + " is after the approval date " +
                       as_of.iso() + " (as_of).");
      tx.reset();
    }
    ok = ok && tx.has_value();

    // Event type: the resolution's, else the claim's ("sale" when it has none).
    std::optional<std::string> event = res.event_type;
    const bool event_from_resolution = event.has_value();
    if (!event && !res.event_type_invalid) {
      if (auto e = claim.event_type_or_sale()) {
        event = std::string(*e);
      } else {
        issues.error("resolution.required", Path("/resolution/event_type"),
                     "event_type is required: the claim has no valid event type.");
      }
    }
    ok = ok && event.has_value();

    // The total the advertiser agrees to, in the contract's currency.
    std::optional<Money> total;
    const Path payout_currency_at = FieldReader::find(*claim_json, "payout_currency")
                                        ? Path("/claim/payout_currency")
                                        : Path("/claim/order/currency");
    if (res.payout_option && contract.currency) {
      const std::string& option = *res.payout_option;
      if (option == "expected") {
        if (claim.expected_payout.ok()) {
          total = in_contract_currency(*claim.expected_payout, contract, fx, payout_currency_at,
                                       "The expected payout", issues);
        } else {
          issues.error("resolution.no_expected_payout", Path("/resolution/payout_option"),
                       "The claim has no valid expected_payout to accept.");
        }
      } else if (option == "specify") {
        total = res.payout_amount;
      } else if (event) {
        total = generate_total(request, *claim_json, res, *event, event_from_resolution,
                               contract, issues);
      }
    }
    ok = ok && total.has_value();

    // wrong_amount: the new action pays the difference to what was tracked.
    std::optional<Money> payout = total;
    const bool wrong_amount = claim.reason.ok() && *claim.reason == ClaimReason::wrong_amount;
    const bool declined = claim.reason.ok() && *claim.reason == ClaimReason::declined;
    if (ok && wrong_amount) {
      std::optional<Money> tracked;
      if (claim.tracked.payout.ok())
        tracked = in_contract_currency(*claim.tracked.payout, contract, fx, payout_currency_at,
                                       "The tracked payout", issues);
      if (tracked) {
        const std::int64_t diff = total->minor() - tracked->minor();
        payout = Money(*contract.currency, diff < 0 ? 0 : diff);
      } else {
        payout.reset();  // undefined without the tracked payout (see claim_issues)
      }
    }
    ok = ok && payout.has_value();

    if (ok) {
      // sale_amount in the contract's currency: the order's (or the details' for generate),
      // less the tracked amount for wrong_amount; null when it cannot be known.
      std::optional<Money> sale;
      if (res.payout_option && *res.payout_option == "generate" && res.details &&
          FieldReader::find(*res.details, "amount")) {
        const Json& a = *FieldReader::find(*res.details, "amount");
        if (a.is_string() && claim.order.currency) {
          sale = parse_money(a.get_ref<const std::string&>(), *claim.order.currency);
          if (sale && sale->is_negative()) sale.reset();
        }
      } else if (claim.order.amount.ok()) {
        sale = claim.order.amount.value;
      }
      if (sale && wrong_amount) {
        if (claim.tracked.amount.ok()) {
          const std::int64_t d = sale->minor() - claim.tracked.amount->minor();
          sale = Money(sale->currency(), d < 0 ? 0 : d);
        } else {
          sale.reset();
        }
      }
      if (sale && &sale->currency() != contract.currency) {
        if (fx) {
          const MoneyResult c = convert(*sale, *fx, *contract.currency, contract.rounding);
          if (!c.ok()) {
            issues.error("money.out_of_range", Path("/fx/rate"),
                         "The sale amount " + money_text(*sale) + " at the fx rate " +
                             fx->str() + " is beyond the supported range in " +
                             std::string(contract.currency->code) + "; sale_amount is null.");
          }
          sale = c.ok() ? std::optional<Money>(c.value()) : std::nullopt;
        } else {
          sale.reset();  // not an issue unless the payout needs it (generate reports that)
        }
      }

      std::optional<Money> cashback;
      if (share) {
        // member_share is at most 100 %: the share of a payout in range is in range.
        const MoneyResult c = apply_percent(*payout, *share, contract.rounding);
        if (c.ok()) cashback = c.value();
      }

      Json lifecycle = nullptr;
      if (contract.lifecycle) {
        const LifecycleOutcome o = evaluate(*contract.lifecycle, *tx, as_of, as_of);
        lifecycle = to_json(o);
        due = o.pays_on_approval ? *payout : Money(*contract.currency, 0);
      } else {
        due_known = false;
        if (!FieldReader::find(*contract_json, "lifecycle")) {
          issues.error("contract.invalid", Path("/contract/lifecycle"),
                       "The contract has no lifecycle, so the new action's lock and payout "
                       "dates cannot be previewed.");
        }
      }

      action = Json::object();
      action["claim_id"] = claim.id.ok() ? Json(std::string(*claim.id)) : Json(nullptr);
      action["transaction_date"] = tx->iso();
      action["event_type"] = *event;
      action["sale_amount"] = money_or_null(sale);
      action["payout"] = payout->str();
      action["member_cashback"] = money_or_null(cashback);
      action["currency"] = std::string(contract.currency->code);
      action["adjusts_action_id"] = wrong_amount && claim.tracked.action_id.ok()
                                        ? Json(std::string(*claim.tracked.action_id))
                                        : Json(nullptr);
      action["reinstates_action_id"] = declined && claim.tracked.action_id.ok()
                                           ? Json(std::string(*claim.tracked.action_id))
                                           : Json(nullptr);
      action["lifecycle"] = std::move(lifecycle);
    }
    if (claim_issues.has_errors()) {
      issues.warning("resolution.claim_has_errors", Path("/claim"),
                     "The claim has errors (see claim_issues); accepting it anyway is the "
                     "advertiser's decision.");
    }
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
