// Operation simulate_rules (spec section 12): an ordered set of auto-decide rules applied
// to a batch of claims without deciding anything. Each claim is validated as
// validate_claims would (one ClaimValidator over the whole batch), the first matching rule
// gives its decision, an accept is previewed by the accept path preview_resolution runs
// (resolution_preview.h), and the funds run through the batch in claim order.
#include <iterator>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "base/text.h"
#include "requests/fields.h"
#include "requests/money_fields.h"
#include "requests/payout_request.h"
#include "requests/request.h"
#include "domain/claim.h"
#include "domain/claim_validator.h"
#include "domain/contract.h"
#include "domain/known_orders.h"
#include "domain/policy.h"
#include "operations/operations.h"
#include "operations/resolution_preview.h"

namespace claims {

namespace {

// More rules than this is request.invalid: every claim is tried against every rule, so the
// rule count bounds the work per claim (the operation stays linear in the claims).
constexpr std::size_t kMaxRules = 1000;

const char* const kConditions[] = {"reason", "already_tracked", "has_errors",
                                   "expected_payout_at_most", "waited_days", nullptr};
const char* const kThenMembers[] = {"decision", "payout_option", "payout_amount",
                                    "decline_reason", "message", nullptr};

bool listed(std::string_view key, const char* const* list) {
  for (; *list; ++list)
    if (key == *list) return true;
  return false;
}

std::string list_text(const char* const* list) {
  std::string out;
  for (; *list; ++list) {
    if (!out.empty()) out += ", ";
    out += *list;
  }
  return out;
}

struct Rule {
  bool valid = false;  // read without an issue: only a valid rule can match
  std::optional<ReasonSet> reasons;
  std::optional<bool> already_tracked;
  std::optional<bool> has_errors;
  std::optional<Money> payout_at_most;  // in the contract's currency
  std::optional<long long> waited_days;
  Resolution then;
  Path then_at;
};

void read_reasons(const Json& v, const Path& at, Rule& rule, Issues& issues) {
  ReasonSet set;
  auto one = [&](const Json& item, const Path& item_at) {
    if (!item.is_string()) {
      issues.error("rule.invalid", item_at,
                   std::string("reason must be a claim reason or a list of them, not ") +
                       json_type_name(item) + ".");
      return;
    }
    const auto r = parse_reason(item.get_ref<const std::string&>());
    if (!r) {
      issues.error("rule.invalid", item_at,
                   "Unknown reason " + quote_value(item.get_ref<const std::string&>()) +
                       "; a rule's reason is untracked, wrong_amount or declined.");
      return;
    }
    set.add(*r);
  };
  if (v.is_array()) {
    if (v.empty()) issues.error("rule.invalid", at, "reason lists no reason.");
    for (std::size_t i = 0; i < v.size(); ++i) one(v[i], at / i);
  } else {
    one(v, at);
  }
  rule.reasons = set;
}

void read_when(const Json& when, const Path& at, const Contract& contract, Rule& rule,
               Issues& issues) {
  FieldReader r{issues, "rule.invalid", "rule.invalid"};
  // Conditions in the order they are written, so issues come in document order.
  for (const auto& item : when.items()) {
    const std::string& key = item.key();
    const Path key_at = at / key;
    if (item.value().is_null()) continue;  // null is the same as absent
    if (key == "reason") {
      read_reasons(item.value(), key_at, rule, issues);
    } else if (key == "already_tracked") {
      rule.already_tracked = r.boolean(when, key, key_at, false);
    } else if (key == "has_errors") {
      rule.has_errors = r.boolean(when, key, key_at, false);
    } else if (key == "expected_payout_at_most") {
      if (contract.currency) {
        rule.payout_at_most = read_money(r, when, key, key_at, *contract.currency, false);
        if (rule.payout_at_most && rule.payout_at_most->is_negative()) {
          issues.error("rule.invalid", key_at,
                       "expected_payout_at_most " + money_text(*rule.payout_at_most) +
                           " must not be negative.");
        }
      }
    } else if (key == "waited_days") {
      rule.waited_days = r.integer(when, key, key_at, false, 0, kMaxDayCount);
    } else {
      issues.error("rule.invalid", key_at,
                   "Unknown condition " + quote_value(key) + "; the conditions are " +
                       list_text(kConditions) + ".");
    }
  }
}

void read_then(const Json& then, const Path& at, const Contract& contract, Rule& rule,
               Issues& issues) {
  FieldReader r{issues, "rule.invalid", "rule.invalid"};
  Resolution& res = rule.then;
  res.decision = r.choice(then, "decision", at / "decision", true, kDecisions);
  read_decision_members(r, then, at, contract, res);
  for (const auto& item : then.items()) {
    if (listed(item.key(), kThenMembers)) continue;
    issues.error("rule.invalid", at / item.key(),
                 "A rule's then takes " + list_text(kThenMembers) + ", not " +
                     quote_value(item.key()) + " (dates and details come from the claim).");
  }
}

// The rules, each with its issues (rule.invalid and the money codes) in `issues`; a rule
// with any issue never matches.
std::vector<Rule> read_rules(const Json& rules, const Contract& contract, Issues& issues) {
  std::vector<Rule> out(rules.size());
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const Path at = Path("/rules") / i;
    Rule& rule = out[i];
    rule.then_at = at / "then";
    const std::size_t before = issues.size();
    const Json& json = rules[i];
    if (!json.is_object()) {
      issues.error("rule.invalid", at,
                   not_an_object("A rule", json, " {\"when\", \"then\"}"));
      continue;
    }
    for (const auto& item : json.items()) {
      if (item.key() != "when" && item.key() != "then")
        issues.error("rule.invalid", at / item.key(),
                     "A rule has when and then, not " + quote_value(item.key()) + ".");
    }
    if (const Json* when = FieldReader::find(json, "when")) {
      if (when->is_object()) {
        read_when(*when, at / "when", contract, rule, issues);
      } else {
        issues.error("rule.invalid", at / "when",
                     not_an_object("when", *when, " of conditions"));
      }
    }
    const Json* then = FieldReader::find(json, "then");
    if (!then) {
      issues.error("rule.invalid", at / "then", "A rule needs then, the decision it makes.");
    } else if (!then->is_object()) {
      issues.error("rule.invalid", at / "then",
                   not_an_object("then", *then, " (a resolution)"));
    } else {
      read_then(*then, at / "then", contract, rule, issues);
    }
    rule.valid = issues.size() == before;
  }
  return out;
}

// What the conditions look at besides the claim as read.
struct MatchContext {
  Date as_of;
  const KnownOrders& known_orders;
  const Contract& contract;
  const std::optional<FxRate>& fx;
};

bool already_tracked(const ClaimView& c, const KnownOrders& known) {
  return c.reason.ok() && *c.reason == ClaimReason::untracked && c.advertiser_id.ok() &&
         c.order.id.ok() && known.contains(*c.advertiser_id, *c.order.id);
}

// expected_payout <= limit, exactly: converted with fx before any rounding.
bool payout_at_most(const ClaimView& c, const Money& limit, const MatchContext& m) {
  if (!c.expected_payout.ok()) return false;
  const Money& e = *c.expected_payout;
  if (&e.currency() == &limit.currency()) return e.minor() <= limit.minor();
  if (!m.fx) return false;
  const std::optional<Decimal> converted = mul(exact(e), m.fx->value());
  return converted && compare(*converted, exact(limit)) <= 0;
}

bool matches(const Rule& rule, const ClaimView& c, bool has_errors, const MatchContext& m) {
  if (!rule.valid) return false;
  if (rule.reasons && !(c.reason.ok() && rule.reasons->has(*c.reason))) return false;
  if (rule.already_tracked && *rule.already_tracked != already_tracked(c, m.known_orders))
    return false;
  if (rule.has_errors && *rule.has_errors != has_errors) return false;
  if (rule.payout_at_most && !payout_at_most(c, *rule.payout_at_most, m)) return false;
  if (rule.waited_days &&
      !(c.filed_on.ok() && *c.filed_on + Days{*rule.waited_days} <= m.as_of))
    return false;
  return true;
}

Json money_or_null(const std::optional<Money>& m) { return m ? Json(m->str()) : Json(nullptr); }

// Adds an issue unless one with its code and path is there already.
void add_once(Issues& issues, const Issue& issue) {
  for (const Issue& i : issues.list())
    if (i.code == issue.code && i.path == issue.path) return;
  issues.add(issue);
}

// Top-level members in the order of the spec's request: the top-level issues are sorted by
// it (an accept's /contract/lifecycle issue is found after the rules were read).
int member_rank(const std::string& path) {
  static const char* const kOrder[] = {"/as_of",  "/contract",     "/policy",
                                       "/account", "/fx",          "/member_share",
                                       "/known_orders", "/claims", "/rules"};
  for (std::size_t i = 0; i < std::size(kOrder); ++i) {
    const std::string_view m = kOrder[i];
    if (path.compare(0, m.size(), m) == 0 && (path.size() == m.size() || path[m.size()] == '/'))
      return int(i);
  }
  return int(std::size(kOrder));
}

// A running sum in minor units of the contract's currency; Int128 cannot overflow over a
// million amounts of the supported range, the range is checked when it is written.
struct Sum {
  Int128 minor = 0;
};

}  // namespace

StatusOr<Json> simulate_rules(const Json& request) {
  ASSIGN_OR_RETURN(const Date as_of, read_as_of(request));
  ASSIGN_OR_RETURN(const Json* contract_json, read_object(request, "contract", true));
  ASSIGN_OR_RETURN(const Json* policy_json, read_object(request, "policy", false));
  ASSIGN_OR_RETURN(const Json* account_json, read_object(request, "account", false));
  ASSIGN_OR_RETURN(const std::optional<FxRate> fx, read_fx(request));
  ASSIGN_OR_RETURN(const std::optional<Percent> share, read_share(request));
  ASSIGN_OR_RETURN(const KnownOrders known_orders, read_known_orders(request));
  ASSIGN_OR_RETURN(const Json* claims_json, read_array(request, "claims", true));
  ASSIGN_OR_RETURN(const Json* rules_json, read_array(request, "rules", true));
  if (rules_json->size() > kMaxRules) {
    return invalid_request(Path("/rules").str(),
                           "rules holds " + std::to_string(rules_json->size()) +
                               " rules; at most " + std::to_string(kMaxRules) + " are allowed.");
  }

  Issues issues;  // the result's top-level issues
  const Contract contract =
      parse_contract(*contract_json, Path("/contract"), issues, /*with_lifecycle=*/true);
  const Policy policy = parse_policy(policy_json, Path("/policy"), issues);
  std::optional<Money> balance;
  if (account_json && contract.currency) {
    FieldReader r{issues, "request.invalid", "request.invalid"};
    balance = read_money(r, *account_json, "balance", Path("/account/balance"),
                         *contract.currency, false);
  }
  const std::vector<Rule> rules = read_rules(*rules_json, contract, issues);

  ClaimValidator validator(policy, as_of, &known_orders);
  validator.reserve(claims_json->size());
  const MatchContext context{as_of, known_orders, contract, fx};

  std::size_t accepted = 0, declined = 0, info_requested = 0, manual = 0;
  Sum payout_total, due_total;
  bool dues_known = true;  // false once an accepted action's due cannot be known
  std::map<Date, Sum> cash_flow;

  Json entries = Json::array();
  ClaimView view;
  for (std::size_t i = 0; i < claims_json->size(); ++i) {
    const Json& claim_json = (*claims_json)[i];
    const Path at = Path("/claims") / i;
    Issues entry_issues;
    view.clear();
    validator.validate(claim_json, at, entry_issues, &view);
    const bool has_errors = entry_issues.has_errors();

    std::optional<std::size_t> rule_index;
    for (std::size_t r = 0; r < rules.size() && !rule_index; ++r)
      if (matches(rules[r], view, has_errors, context)) rule_index = r;

    Json decision = nullptr;
    Json action = nullptr;
    if (!rule_index) {
      ++manual;
    } else {
      const Rule& rule = rules[*rule_index];
      const std::string& d = *rule.then.decision;
      decision = d;
      if (d == "decline") {
        ++declined;
      } else if (d == "request_info") {
        ++info_requested;
      } else {
        Issues found;
        AcceptPreview p = preview_accept({request, *contract_json, claim_json, view, has_errors,
                                          rule.then, contract, fx, share, as_of, at,
                                          rule.then_at},
                                         found);
        // What concerns the contract is said once, at the top; the rest is the claim's,
        // once per code and path as in preview_resolution (generate's compute_payout may
        // repeat what the claim's validation said).
        for (const Issue& issue : found.list())
          add_once(issue.path.rfind("/contract", 0) == 0 ? issues : entry_issues, issue);
        if (p.action.is_null()) {
          ++manual;
        } else {
          ++accepted;
          action = std::move(p.action);
          payout_total.minor += p.payout->minor();
          if (p.payout_on && !p.payout->is_zero()) cash_flow[*p.payout_on].minor += p.payout->minor();
          if (!p.due_known) dues_known = false;
          if (p.due && !p.due->is_zero()) {
            due_total.minor += p.due->minor();
            if (balance) {
              const Int128 running = Int128(balance->minor()) - due_total.minor;
              if (running < 0) {
                const MoneyResult left = money_from_minor(*contract.currency, running);
                entry_issues.warning(
                    "funds.insufficient", at,
                    "Accepting this claim takes " + money_text(*p.due) +
                        " on approval; the balance running through the batch falls to " +
                        (left.ok() ? money_text(left.value()) : std::string("below zero")) +
                        ".");
              }
            }
          }
        }
      }
    }

    Json entry = Json::object();
    entry["claim_id"] = view.id.ok() ? Json(std::string(*view.id)) : Json(nullptr);
    entry["rule"] = rule_index ? Json(*rule_index) : Json(nullptr);
    entry["decision"] = std::move(decision);
    entry["action"] = std::move(action);
    entry["issues"] = entry_issues.to_json();
    entries.push_back(std::move(entry));
  }

  // Totals in the contract's currency; null when it is unknown or a sum leaves the range.
  auto total = [&](const Sum& s) -> std::optional<Money> {
    if (!contract.currency) return std::nullopt;
    const MoneyResult m = money_from_minor(*contract.currency, s.minor);
    if (!m.ok()) {
      add_once(issues, {Severity::error, "money.out_of_range", "",
                        "A total of the batch is beyond the supported range of " +
                            std::string(contract.currency->code) + "."});
      return std::nullopt;
    }
    return m.value();
  };
  const std::optional<Money> payout_sum = total(payout_total);
  const std::optional<Money> due_sum = dues_known ? total(due_total) : std::nullopt;
  std::optional<Money> after;
  if (balance && due_sum) {
    Sum s;
    s.minor = Int128(balance->minor()) - due_sum->minor();
    after = total(s);
  }

  Json summary = Json::object();
  summary["accepted"] = accepted;
  summary["declined"] = declined;
  summary["info_requested"] = info_requested;
  summary["manual"] = manual;
  summary["payout_total"] = money_or_null(payout_sum);
  summary["due_on_approval"] = money_or_null(due_sum);
  summary["balance_after"] = money_or_null(after);
  summary["sufficient"] = after ? Json(!after->is_negative()) : Json(nullptr);

  Json flow = Json::array();
  for (const auto& [date, sum] : cash_flow) {
    if (sum.minor == 0) continue;
    const std::optional<Money> amount = total(sum);
    flow.push_back({{"date", date.iso()}, {"amount", money_or_null(amount)}});
  }

  issues.stable_sort_by([](const Issue& i) { return member_rank(i.path); });
  Json result = Json::object();
  result["claims"] = std::move(entries);
  result["summary"] = std::move(summary);
  result["cash_flow"] = std::move(flow);
  result["issues"] = issues.to_json();
  return result;
}

}  // namespace claims
