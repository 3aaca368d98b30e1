// Operation compute_payout (spec section 5): the advertiser's commission on one sale under
// a contract, and the member's share of it. Every intermediate is exact (128-bit decimal);
// each reported amount is rounded once, with the contract's rounding.
#include <optional>
#include <string>
#include <vector>

#include "base/text.h"
#include "requests/fields.h"
#include "requests/money_fields.h"
#include "requests/payout_request.h"
#include "requests/request.h"
#include "domain/contract.h"
#include "operations/operations.h"

namespace claims {

namespace {

struct SaleItem {
  std::optional<std::string> sku;
  std::optional<std::string> category;
  std::optional<Money> subtotal;
  Path at;
};

struct Sale {
  const Currency* currency = nullptr;
  std::optional<Money> amount;
  bool has_items = false;
  std::vector<SaleItem> items;
  std::optional<std::string> promo_code;
};

// Reads `sale`. Values the rules judge (amounts, currency) get the spec's codes; members of
// the wrong JSON type are request.invalid issues at their paths.
Sale read_sale(const Json& j, const Contract& contract, Issues& issues) {
  Sale sale;
  const Path at("/sale");
  FieldReader r{issues, "request.invalid", "request.invalid"};

  // The currency decides how amounts parse, but amounts come first in the request:
  // read it into its own list and append its issues after the amount's.
  Issues currency_issues;
  FieldReader rc{currency_issues, "request.invalid", "request.invalid"};
  bool currency_given = FieldReader::find(j, "currency") != nullptr;
  if (currency_given) sale.currency = read_currency(rc, j, "currency", at / "currency", false);
  else sale.currency = contract.currency;  // absent: the sale is in the contract's currency

  if (sale.currency) {
    sale.amount = read_money(r, j, "amount", at / "amount", *sale.currency, false);
    if (sale.amount && sale.amount->is_negative()) {
      issues.error("money.invalid", at / "amount",
                   "amount " + sale.amount->str() + " is negative.");
      sale.amount.reset();
    }
  }
  issues.append(currency_issues);

  if (const Json* items = FieldReader::find(j, "items")) {
    if (!items->is_array()) {
      issues.error("request.invalid", at / "items",
                   std::string("items must be an array, not ") + json_type_name(*items) + ".");
    } else {
      sale.has_items = !items->empty();
      for (std::size_t i = 0; i < items->size(); ++i) {
        const Json& it = (*items)[i];
        SaleItem item;
        item.at = at / "items" / i;
        if (!it.is_object()) {
          issues.error("request.invalid", item.at,
                       not_an_object("An item", it));
          sale.items.push_back(std::move(item));
          continue;
        }
        item.sku = r.identifier(it, "sku", item.at / "sku", false);
        item.category = r.identifier(it, "category", item.at / "category", false);
        if (sale.currency) {
          item.subtotal = read_money(r, it, "subtotal", item.at / "subtotal", *sale.currency, true);
          if (item.subtotal && item.subtotal->is_negative()) {
            issues.error("money.invalid", item.at / "subtotal",
                         "subtotal " + item.subtotal->str() + " is negative.");
            item.subtotal.reset();
          }
        }
        sale.items.push_back(std::move(item));
      }
    }
  }

  auto code = r.string(j, "promo_code", at / "promo_code", false);
  if (code && !code->empty()) sale.promo_code = std::move(code);
  return sale;
}

Json null_result(const Contract& contract, Issues& issues) {
  Json result = Json::object();
  result["payout"] = nullptr;
  result["member_cashback"] = nullptr;
  result["currency"] = contract.currency ? Json(std::string(contract.currency->code)) : Json();
  result["lines"] = Json::array();
  result["capped"] = nullptr;
  result["issues"] = issues.to_json();
  return result;
}

std::string display(const Decimal& exact, const Currency& c, Rounding mode) {
  // Display values are bounded by the range checks done before they are shown.
  auto minor = exact.round_to(c.decimals, mode);
  if (!minor) return "";
  return format_minor(static_cast<std::int64_t>(*minor), c.decimals);
}

void out_of_range(Issues& issues, const Path& at, const std::string& what, const Currency& c) {
  issues.error("money.out_of_range", at,
               what + " is beyond the supported range of " +
                   format_minor(kMaxMinorUnits, c.decimals) + " " + std::string(c.code) + ".");
}

}  // namespace

StatusOr<Json> compute_payout(const Json& request) {
  ASSIGN_OR_RETURN(const Json* contract_json, read_object(request, "contract", true));
  ASSIGN_OR_RETURN(const std::string* event_json, read_string(request, "event_type"));
  ASSIGN_OR_RETURN(const Json* sale_json, read_object(request, "sale", true));
  ASSIGN_OR_RETURN(const std::optional<Percent> share, read_share(request));
  ASSIGN_OR_RETURN(const std::optional<FxRate> fx, read_fx(request));

  Issues issues;
  const Contract contract =
      parse_contract(*contract_json, Path("/contract"), issues, /*with_lifecycle=*/false);

  // Rule 1: the event type must be a term of the contract.
  const std::string& event_type = *event_json;
  const CommissionTerm* term = nullptr;
  if (contract.commission_readable) {
    term = contract.find_term(event_type);
    if (!term) {
      std::vector<std::string> known;
      known.reserve(contract.terms.size());
      for (const auto& t : contract.terms) known.push_back(t.event_type);
      issues.error("contract.unknown_event_type", Path("/event_type"),
                   "event_type " + quote_value(event_type) +
                       " has no commission term in the contract (it has " +
                       list_quoted_values(known) + ").");
    }
  }

  const Sale sale = read_sale(*sale_json, contract, issues);

  // Rule 8: another currency needs a rate.
  const bool converts = contract.currency && sale.currency && sale.currency != contract.currency;
  if (converts && !fx) {
    issues.error("currency.mismatch", Path("/sale/currency"),
                 "The sale is in " + std::string(sale.currency->code) + " but the contract pays in " +
                     std::string(contract.currency->code) +
                     "; give fx.rate (" + std::string(contract.currency->code) + " per " +
                     std::string(sale.currency->code) + ") to convert it.");
  }

  // A percent term without items is computed on the amount, which it then needs.
  if (term && term->valid && term->kind == CommissionTerm::Kind::percent && !sale.has_items &&
      sale.currency && !FieldReader::find(*sale_json, "amount")) {
    issues.error("request.invalid", Path("/sale/amount"),
                 "amount is required: the " + quote_value(event_type) +
                     " term is a percent and the sale has no items.");
  }

  // Rule 6: a promo code outside the allowed list may cancel the commission.
  const bool no_commission = term && sale.promo_code && !contract.promo_codes.allows(*sale.promo_code) &&
                             contract.promo_codes.others == PromoTerms::Others::no_commission;
  if (no_commission) {
    issues.warning("promo.no_commission", Path("/sale/promo_code"),
                   "Promo code " + quote_value(*sale.promo_code) +
                       " is not in the contract's allowed list, and other codes earn no "
                       "commission: the payout is 0.");
  }

  if (issues.has_errors() || !term || !contract.currency) return null_result(contract, issues);

  const Currency& cur = *contract.currency;
  const Rounding mode = contract.rounding;
  Json lines = Json::array();
  Money payout(cur, 0);
  Json capped = nullptr;

  if (!no_commission) {
    if (term->kind == CommissionTerm::Kind::flat) {
      payout = *term->flat;  // Rule 2: whatever the sale.
    } else {
      // Rules 3, 4, 8: convert exactly, apply the rate exactly, sum exactly, round once.
      const Decimal factor = converts ? fx->value() : *Decimal::make(1, 0);
      std::optional<Decimal> total = Decimal::make(0, 0);
      struct Base {
        Json sku;
        std::optional<std::string> category;
        Money amount;
        Path at;
      };
      std::vector<Base> bases;
      if (sale.has_items) {
        for (const auto& item : sale.items)
          bases.push_back({item.sku ? Json(*item.sku) : Json(), item.category, *item.subtotal,
                           item.at / "subtotal"});
      } else {
        bases.push_back({Json(), std::nullopt, *sale.amount, Path("/sale/amount")});
      }
      for (const auto& b : bases) {
        const auto base = mul(exact(b.amount), factor);
        // A converted base must itself be an amount the range allows.
        if (!base || !round_money(cur, *base, mode).ok()) {
          out_of_range(issues, b.at, b.amount.str() + " " + std::string(b.amount.currency().code) +
                                         " converted to " + std::string(cur.code),
                       cur);
          return null_result(contract, issues);
        }
        const Percent rate = term->rate_for(b.category);
        const auto line = mul(*base, rate.fraction());
        if (line && total) total = add(*total, *line);
        if (!line || !total) break;
        Json j = Json::object();
        j["sku"] = b.sku;
        j["base"] = display(*base, cur, mode);
        j["percent"] = rate.str();
        j["commission"] = display(*line, cur, mode);
        lines.push_back(std::move(j));
      }
      const MoneyResult rounded =
          total ? round_money(cur, *total, mode) : MoneyResult(MoneyError::out_of_range);
      if (!rounded.ok()) {
        out_of_range(issues, sale.has_items ? Path("/sale/items") : Path("/sale/amount"),
                     "The commission on this sale", cur);
        return null_result(contract, issues);
      }
      payout = rounded.value();
    }
    // Rule 5: min and max clamp the rounded total; capped only when the value changed.
    if (term->min && payout.minor() < term->min->minor()) {
      payout = *term->min;
      capped = "min";
    } else if (term->max && payout.minor() > term->max->minor()) {
      payout = *term->max;
      capped = "max";
    }
  }

  Json result = Json::object();
  result["payout"] = payout.str();
  // Rule 7: the member's share of the final payout, rounded once.
  if (share) {
    const MoneyResult cashback = apply_percent(payout, *share, mode);
    result["member_cashback"] = cashback.ok() ? Json(cashback.value().str()) : Json();
  } else {
    result["member_cashback"] = nullptr;
  }
  result["currency"] = std::string(cur.code);
  result["lines"] = std::move(lines);
  result["capped"] = std::move(capped);
  result["issues"] = issues.to_json();
  return result;
}

}  // namespace claims
