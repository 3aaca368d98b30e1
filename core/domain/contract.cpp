#include "domain/contract.h"

#include <algorithm>

#include "base/text.h"
#include "requests/fields.h"
#include "requests/money_fields.h"

namespace claims {

namespace {

constexpr const char* kInvalid = "contract.invalid";

const char* const kRoundings[] = {"half_up", "half_even", nullptr};
const char* const kOthers[] = {"no_commission", "allowed", nullptr};

// A percent member ("5", "2.5", "0.1250"): 0 to 100 with at most 4 decimals.
std::optional<Percent> read_percent(const Json& obj, std::string_view key, const Path& at,
                                    Issues& issues) {
  const Json* v = FieldReader::find(obj, key);
  if (!v) {
    issues.error(kInvalid, at, std::string(key) + " is required.");
    return std::nullopt;
  }
  if (!v->is_string()) {
    issues.error(kInvalid, at,
                 wrong_type_message(key, "a decimal string of percent such as \"2.5\"", *v));
    return std::nullopt;
  }
  const auto& s = v->get_ref<const std::string&>();
  const ParsedScaled p = parse_scaled(s, Percent::kDecimals, Percent::kMaxUnits);
  switch (p.error) {
    case ScaledError::none:
      return Percent(p.units);
    case ScaledError::invalid:
      issues.error(kInvalid, at,
                   std::string(key) + " " + quote_value(s) +
                       " is not a percentage (digits with an optional dot, e.g. \"2.5\").");
      break;
    case ScaledError::too_many_decimals:
      issues.error(kInvalid, at,
                   std::string(key) + " " + quote_value(s) + " has more than " +
                       std::to_string(Percent::kDecimals) + " decimals.");
      break;
    case ScaledError::out_of_range:
      issues.error(kInvalid, at,
                   std::string(key) + " " + quote_value(s) + " is above " +
                       format_scaled(Percent::kMaxUnits, Percent::kDecimals) + " %.");
      break;
  }
  return std::nullopt;
}

// An amount of the contract (flat, min, max): a non-negative amount in its currency.
// Inside a contract a bad amount is contract.invalid (spec section 3), not money.invalid.
std::optional<Money> read_amount(const Json& obj, std::string_view key, const Path& at,
                                 const Currency& currency, Issues& issues) {
  Issues local;
  FieldReader r{local, kInvalid, kInvalid};
  auto m = read_money(r, obj, key, at, currency, false);
  // read_money speaks money.*; a contract reports every bad value as contract.invalid.
  for (Issue i : local.list()) {
    i.code = kInvalid;
    issues.add(std::move(i));
  }
  if (m && m->is_negative()) {
    issues.error(kInvalid, at,
                 std::string(key) + " " + m->str() + " " + std::string(currency.code) +
                     " is negative.");
    return std::nullopt;
  }
  return m;
}

CommissionTerm parse_term(const std::string& event_type, const Json& t, const Path& at,
                          const Currency* currency, Issues& issues) {
  CommissionTerm term;
  term.event_type = event_type;
  const std::size_t before = issues.size();
  if (!is_identifier(event_type)) {
    issues.error(kInvalid, at,
                 "Event type " + quote_value(event_type) + " must be " + identifier_rule() + ".");
  }
  if (!t.is_object()) {
    issues.error(kInvalid, at,
                 not_an_object("The commission term for " + quote_value(event_type), t));
    return term;
  }
  const bool has_percent = FieldReader::find(t, "percent") != nullptr;
  const bool has_flat = FieldReader::find(t, "flat") != nullptr;
  if (has_percent == has_flat) {
    issues.error(kInvalid, at,
                 std::string("The commission term for ") + quote_value(event_type) +
                     (has_percent ? " has both percent and flat; it needs exactly one."
                                  : " has neither percent nor flat; it needs exactly one."));
  } else if (has_percent) {
    term.kind = CommissionTerm::Kind::percent;
    term.percent = read_percent(t, "percent", at / "percent", issues);
  } else {
    term.kind = CommissionTerm::Kind::flat;
    if (currency) term.flat = read_amount(t, "flat", at / "flat", *currency, issues);
  }
  if (currency) {
    term.min = read_amount(t, "min", at / "min", *currency, issues);
    term.max = read_amount(t, "max", at / "max", *currency, issues);
    if (term.min && term.max && term.min->minor() > term.max->minor()) {
      issues.error(kInvalid, at / "max",
                   "max " + term.max->str() + " is below min " + term.min->str() + ".");
    }
  }
  if (const Json* cats = FieldReader::find(t, "categories")) {
    const Path cat_at = at / "categories";
    if (!cats->is_object()) {
      issues.error(kInvalid, cat_at, wrong_type_message("categories", "an object", *cats));
    } else if (has_flat && !has_percent) {
      issues.error(kInvalid, cat_at,
                   "categories only apply to a percent term; this term is flat.");
    } else {
      for (auto it = cats->begin(); it != cats->end(); ++it) {
        const Path p = cat_at / it.key();
        if (!is_identifier(it.key())) {
          issues.error(kInvalid, p,
                       "Category name " + quote_value(it.key()) + " must be " +
                           identifier_rule() + ".");
          continue;
        }
        if (!it->is_object()) {
          issues.error(kInvalid, p,
                       not_an_object("Category " + quote_value(it.key()), *it, " with a percent"));
          continue;
        }
        if (auto pc = read_percent(*it, "percent", p / "percent", issues))
          term.categories.push_back({it.key(), *pc});
      }
      // Keys are unique (the parse keeps one value per key): sorted for rate_for().
      std::sort(term.categories.begin(), term.categories.end(),
                [](const CategoryRate& a, const CategoryRate& b) { return a.category < b.category; });
    }
  }
  term.valid = issues.size() == before && currency != nullptr;
  return term;
}

PromoTerms parse_promo(const Json& j, const Path& at, Issues& issues) {
  PromoTerms promo;
  FieldReader r{issues, kInvalid, kInvalid};
  if (const Json* allowed = FieldReader::find(j, "allowed")) {
    if (!allowed->is_array()) {
      issues.error(kInvalid, at / "allowed", wrong_type_message("allowed", "an array of codes", *allowed));
    } else {
      std::vector<std::string> codes;
      for (std::size_t i = 0; i < allowed->size(); ++i) {
        const Json& c = (*allowed)[i];
        const Path p = at / "allowed" / i;
        if (!c.is_string()) {
          issues.error(kInvalid, p, std::string("A promo code must be a string, not ") +
                                        json_type_name(c) + ".");
          continue;
        }
        const auto& code = c.get_ref<const std::string&>();
        if (!is_identifier(code)) {
          issues.error(kInvalid, p,
                       "Promo code " + quote_value(code) + " must be " + identifier_rule() + ".");
          continue;
        }
        codes.push_back(code);
      }
      promo.allowed_index = NameSet(codes, NameSet::Case::ignore_ascii);
      promo.allowed = std::move(codes);
    }
  }
  if (auto others = r.choice(j, "others", at / "others", false, kOthers))
    promo.others = *others == "no_commission" ? PromoTerms::Others::no_commission
                                              : PromoTerms::Others::allowed;
  return promo;
}

}  // namespace


bool PromoTerms::allows(std::string_view code) const {
  return !allowed || allowed_index.contains(code);
}

Percent CommissionTerm::rate_for(const std::optional<std::string>& category) const {
  if (category) {
    const auto it = std::lower_bound(
        categories.begin(), categories.end(), *category,
        [](const CategoryRate& c, const std::string& name) { return c.category < name; });
    if (it != categories.end() && it->category == *category) return it->percent;
  }
  return *percent;
}

const CommissionTerm* Contract::find_term(std::string_view event_type) const {
  for (const auto& t : terms)
    if (t.event_type == event_type) return &t;
  return nullptr;
}

Contract parse_contract(const Json& j, const Path& at, Issues& issues, bool with_lifecycle) {
  Contract c;
  const std::size_t before = issues.size();
  FieldReader r{issues, kInvalid, kInvalid};

  c.currency = read_currency(r, j, "currency", at / "currency", true);
  if (auto rounding = r.choice(j, "rounding", at / "rounding", false, kRoundings))
    c.rounding = *parse_rounding(*rounding);

  const Json* commission = FieldReader::find(j, "commission");
  const Path com_at = at / "commission";
  if (!commission) {
    r.required_missing("commission", com_at);
  } else if (!commission->is_object()) {
    issues.error(kInvalid, com_at, wrong_type_message("commission", "an object of event types", *commission));
  } else {
    c.commission_readable = true;
    for (auto it = commission->begin(); it != commission->end(); ++it)
      c.terms.push_back(parse_term(it.key(), *it, com_at / it.key(), c.currency, issues));
  }

  if (const Json* promo = FieldReader::find(j, "promo_codes")) {
    if (!promo->is_object())
      issues.error(kInvalid, at / "promo_codes", wrong_type_message("promo_codes", "an object", *promo));
    else
      c.promo_codes = parse_promo(*promo, at / "promo_codes", issues);
  }

  if (with_lifecycle) {
    if (const Json* lc = FieldReader::find(j, "lifecycle")) {
      if (!lc->is_object())
        issues.error(kInvalid, at / "lifecycle", wrong_type_message("lifecycle", "an object", *lc));
      else
        c.lifecycle = parse_lifecycle(*lc, at / "lifecycle", issues, kInvalid);
    }
  }
  c.valid = issues.size() == before;
  return c;
}

}  // namespace claims
