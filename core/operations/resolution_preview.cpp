// The accept path of a resolution preview, shared by preview_resolution and simulate_rules.
#include "operations/resolution_preview.h"

#include <utility>

#include "requests/fields.h"
#include "requests/money_fields.h"
#include "domain/lifecycle.h"
#include "operations/operations.h"

namespace claims {

const char* const kDecisions[] = {"accept", "decline", "request_info", nullptr};
const char* const kPayoutOptions[] = {"expected", "specify", "generate", nullptr};
const char* const kDeclineReasons[] = {
    "already_tracked", "other_channel", "other_channel_voucher", "terms_not_met", "returned",
    "not_found",       "not_online",    "incomplete_information", "other",       nullptr};

void read_decision_members(const FieldReader& r, const Json& obj, const Path& at,
                           const Contract& contract, Resolution& out) {
  const bool accept = out.decision && *out.decision == "accept";
  out.payout_option = r.choice(obj, "payout_option", at / "payout_option", accept, kPayoutOptions);
  if (accept && out.payout_option && *out.payout_option == "specify" && contract.currency) {
    out.payout_amount =
        read_money(r, obj, "payout_amount", at / "payout_amount", *contract.currency, true);
    if (out.payout_amount && out.payout_amount->is_negative()) {
      r.issues.error("money.invalid", at / "payout_amount",
                     "payout_amount " + money_text(*out.payout_amount) + " must not be negative.");
      out.payout_amount.reset();
    }
  }
  const bool decline = out.decision && *out.decision == "decline";
  r.choice(obj, "decline_reason", at / "decline_reason", decline, kDeclineReasons);
  const bool request_info = out.decision && *out.decision == "request_info";
  r.text(obj, "message", at / "message", request_info);
}

namespace {

Json money_or_null(const std::optional<Money>& m) { return m ? Json(m->str()) : Json(nullptr); }

// Replaces the leading `from` of a path by `to` ("/sale/items/0" -> "/claim/order/items/0").
bool remap(std::string& path, std::string_view from, std::string_view to) {
  if (path.compare(0, from.size(), from) != 0) return false;
  if (path.size() > from.size() && path[from.size()] != '/') return false;
  path.replace(0, from.size(), to);
  return true;
}

// The sale of a `generate` payout: the claim's order with resolution.details overriding
// it member by member; records where each member came from, to map issue paths back.
struct GeneratedSale {
  Json sale = Json::object();
  std::string amount_from, items_from, promo_from;
};

GeneratedSale build_sale(const Json& claim, const Json* details, const Path& order_at,
                         const Path& details_at) {
  GeneratedSale g;
  g.amount_from = (order_at / "amount").str();
  g.items_from = (order_at / "items").str();
  g.promo_from = (order_at / "promo_code").str();
  const Json* order = FieldReader::find(claim, "order");
  auto member = [&](const char* key, std::string& from) {
    if (details) {
      if (const Json* v = FieldReader::find(*details, key)) {
        g.sale[key] = *v;
        from = (details_at / key).str();
        return;
      }
    }
    if (order) {
      if (const Json* v = FieldReader::find(*order, key)) g.sale[key] = *v;
    }
  };
  member("amount", g.amount_from);
  if (order) {
    if (const Json* c = FieldReader::find(*order, "currency")) g.sale["currency"] = *c;
  }
  member("items", g.items_from);
  member("promo_code", g.promo_from);
  return g;
}

// Runs compute_payout for `generate` and maps its issues back into this request. Returns
// the total payout, or nullopt when compute_payout could not give one.
std::optional<Money> generate_total(const AcceptInputs& in, std::string_view event_type,
                                    bool event_from_resolution, Issues& issues) {
  const Path order_at = in.claim_at / "order";
  GeneratedSale g =
      build_sale(in.claim_json, in.resolution.details, order_at, in.resolution_at / "details");
  Json call = Json::object();
  call["contract"] = in.contract_json;
  call["event_type"] = std::string(event_type);
  call["sale"] = std::move(g.sale);  // one copy of the items, not two
  if (const Json* fx = FieldReader::find(in.request, "fx")) call["fx"] = *fx;

  const std::string currency_at = (order_at / "currency").str();
  const std::string event_at =
      (event_from_resolution ? in.resolution_at / "event_type" : in.claim_at / "event_type")
          .str();
  auto map_path = [&](std::string path) {
    if (remap(path, "/sale/amount", g.amount_from) || remap(path, "/sale/items", g.items_from) ||
        remap(path, "/sale/promo_code", g.promo_from) ||
        remap(path, "/sale/currency", currency_at) || remap(path, "/sale", order_at.str()) ||
        remap(path, "/event_type", event_at)) {
    }
    return path;
  };
  // compute_payout's request.invalid issues are about members of the claim or the details.
  const std::string& claim_prefix = in.claim_at.str();
  auto map_code = [&](const std::string& code, const std::string& path) {
    if (code != "request.invalid") return code;
    return path.rfind(claim_prefix, 0) == 0 ? std::string("claim.invalid")
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
    // The contract was read (and its issues reported) once already, by the operation.
    if (path.rfind("/contract", 0) == 0) continue;
    const std::string code = map_code(i.at("code").get<std::string>(), path);
    issues.add({i.at("severity") == "error" ? Severity::error : Severity::warning, code, path,
                i.at("message").get<std::string>()});
  }
  const Json& payout = result.at("payout");
  if (!payout.is_string() || !in.contract.currency) return std::nullopt;
  return parse_money(payout.get_ref<const std::string&>(), *in.contract.currency);
}

}  // namespace

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

AcceptPreview preview_accept(const AcceptInputs& in, Issues& issues) {
  const ClaimView& claim = in.claim;
  const Resolution& res = in.resolution;
  const Contract& contract = in.contract;
  const Date as_of = in.as_of;
  AcceptPreview out;
  bool ok = true;

  // Transaction date: the resolution's, else the claim's order date.
  std::optional<Date> tx = res.transaction_date;
  Path tx_at = in.resolution_at / "transaction_date";
  if (!tx && !res.transaction_date_invalid) {
    if (claim.order.date.ok()) {
      tx = claim.order.date.value;
      tx_at = in.claim_at / "order" / "date";
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
      issues.error("resolution.required", in.resolution_at / "event_type",
                   "event_type is required: the claim has no valid event type.");
    }
  }
  ok = ok && event.has_value();

  // The total the advertiser agrees to, in the contract's currency.
  std::optional<Money> total;
  const Path payout_currency_at = FieldReader::find(in.claim_json, "payout_currency")
                                      ? in.claim_at / "payout_currency"
                                      : in.claim_at / "order" / "currency";
  if (res.payout_option && contract.currency) {
    const std::string& option = *res.payout_option;
    if (option == "expected") {
      if (claim.expected_payout.ok()) {
        total = in_contract_currency(*claim.expected_payout, contract, in.fx, payout_currency_at,
                                     "The expected payout", issues);
      } else {
        issues.error("resolution.no_expected_payout", in.resolution_at / "payout_option",
                     "The claim has no valid expected_payout to accept.");
      }
    } else if (option == "specify") {
      total = res.payout_amount;
    } else if (event) {
      total = generate_total(in, *event, event_from_resolution, issues);
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
      tracked = in_contract_currency(*claim.tracked.payout, contract, in.fx, payout_currency_at,
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
      if (in.fx) {
        const MoneyResult c = convert(*sale, *in.fx, *contract.currency, contract.rounding);
        if (!c.ok()) {
          issues.error("money.out_of_range", Path("/fx/rate"),
                       "The sale amount " + money_text(*sale) + " at the fx rate " +
                           in.fx->str() + " is beyond the supported range in " +
                           std::string(contract.currency->code) + "; sale_amount is null.");
        }
        sale = c.ok() ? std::optional<Money>(c.value()) : std::nullopt;
      } else {
        sale.reset();  // not an issue unless the payout needs it (generate reports that)
      }
    }

    std::optional<Money> cashback;
    if (in.share) {
      // member_share is at most 100 %: the share of a payout in range is in range.
      const MoneyResult c = apply_percent(*payout, *in.share, contract.rounding);
      if (c.ok()) cashback = c.value();
    }

    Json lifecycle = nullptr;
    if (contract.lifecycle) {
      const LifecycleOutcome o = evaluate(*contract.lifecycle, *tx, as_of, as_of);
      lifecycle = to_json(o);
      out.due = o.pays_on_approval ? *payout : Money(*contract.currency, 0);
      out.payout_on = o.effective.payout;
    } else {
      out.due_known = false;
      if (!FieldReader::find(in.contract_json, "lifecycle")) {
        issues.error("contract.invalid", Path("/contract/lifecycle"),
                     "The contract has no lifecycle, so the new action's lock and payout "
                     "dates cannot be previewed.");
      }
    }

    Json action = Json::object();
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
    out.action = std::move(action);
    out.payout = payout;
  }
  if (in.claim_has_errors) {
    issues.warning("resolution.claim_has_errors", in.claim_at,
                   "The claim has errors (see claim_issues); accepting it anyway is the "
                   "advertiser's decision.");
  }
  return out;
}

}  // namespace claims
