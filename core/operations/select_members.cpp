// Operation select_members (spec section 9): a group built from the members' activity
// (recency, frequency, monetary value), to feed apply_adjustments' `groups`. This file
// reads the request into typed values and writes the result; the selection rule is
// core/domain/member_selection.h.
#include <string>
#include <unordered_set>

#include "base/text.h"
#include "formats/json_writer.h"
#include "values/calendar.h"
#include "values/currency.h"
#include "values/exact.h"
#include "values/money.h"
#include "requests/fields.h"
#include "requests/money_fields.h"
#include "requests/request.h"
#include "domain/member_selection.h"
#include "operations/operations.h"

namespace claims {

namespace {

const Path kCriteria("/criteria");

// The criteria of spec section 9, in its order.
constexpr const char* kCriterionNames[] = {
    "inactive_days_at_least",  "active_within_days",     "orders_at_least",
    "orders_at_most",          "average_basket_at_least", "average_basket_at_most",
    "available_at_least",      "available_at_most"};

bool is_criterion(const std::string& name) {
  for (const char* known : kCriterionNames)
    if (name == known) return true;
  return false;
}

// A whole-number criterion from `min` to `max`; nullopt when absent or null.
StatusOr<std::optional<long long>> read_count(const Json& criteria, const char* key,
                                              long long max) {
  Issues found;
  FieldReader r{found, "request.invalid", "request.invalid"};
  const std::optional<long long> n = r.integer(criteria, key, kCriteria / key, false, 0, max);
  if (!found.empty()) return invalid_request(found.list()[0].path, found.list()[0].message);
  return n;
}

// A money criterion in the request's currency; any problem fails the request.
StatusOr<std::optional<Money>> read_bound(const Json& criteria, const char* key,
                                          const Currency& currency) {
  Issues found;
  FieldReader r{found, "request.invalid", "request.invalid"};
  const std::optional<Money> m = read_money(r, criteria, key, kCriteria / key, currency, false);
  if (!found.empty()) return invalid_request(found.list()[0].path, found.list()[0].message);
  return m;
}

// The criteria that need no currency; the money ones are read by read_money_criteria.
StatusOr<SelectionCriteria> read_criteria(const Json& criteria) {
  for (auto it = criteria.begin(); it != criteria.end(); ++it) {
    if (!is_criterion(it.key()))
      return invalid_request((kCriteria / it.key()).str(),
                             "Unknown criterion " + quote_value(it.key()) +
                                 "; the criteria are inactive_days_at_least, active_within_days, "
                                 "orders_at_least, orders_at_most, average_basket_at_least, "
                                 "average_basket_at_most, available_at_least and "
                                 "available_at_most.");
  }
  SelectionCriteria c;
  ASSIGN_OR_RETURN(auto inactive, read_count(criteria, "inactive_days_at_least", kMaxDayCount));
  ASSIGN_OR_RETURN(auto active, read_count(criteria, "active_within_days", kMaxDayCount));
  ASSIGN_OR_RETURN(c.orders_at_least, read_count(criteria, "orders_at_least", kMaxMemberOrders));
  ASSIGN_OR_RETURN(c.orders_at_most, read_count(criteria, "orders_at_most", kMaxMemberOrders));
  if (inactive) c.inactive_days_at_least = Days{*inactive};
  if (active) c.active_within_days = Days{*active};
  return c;
}

Status read_money_criteria(const Json& criteria, const Currency& currency,
                           SelectionCriteria& c) {
  ASSIGN_OR_RETURN(c.average_basket_at_least,
                   read_bound(criteria, "average_basket_at_least", currency));
  ASSIGN_OR_RETURN(c.average_basket_at_most,
                   read_bound(criteria, "average_basket_at_most", currency));
  ASSIGN_OR_RETURN(c.available_at_least, read_bound(criteria, "available_at_least", currency));
  ASSIGN_OR_RETURN(c.available_at_most, read_bound(criteria, "available_at_most", currency));
  return Status();
}

// A member's money value (`spent`, `available`), 0 when absent; every problem, the
// money.* codes of read_money included, is member.invalid at the value's path.
std::optional<Money> read_member_money(const Json& member, const char* key, const Path& at,
                                       const Currency& currency, Issues& issues) {
  if (!FieldReader::find(member, key)) return Money(currency, 0);
  Issues found;
  const std::optional<Money> m =
      read_money(FieldReader{found, "member.invalid", "member.invalid"}, member, key, at,
                 currency, false);
  for (const Issue& i : found.list()) issues.add({Severity::error, "member.invalid", i.path, i.message});
  return m;
}

// last_order_on: absent (never ordered) or a date; a member may have ordered after as_of.
// `ok` turns false on a malformed value.
std::optional<Date> read_last_order(const Json& member, const Path& at, Issues& issues,
                                    bool& ok) {
  const Json* v = FieldReader{issues, "member.invalid", "member.invalid"}.typed(
      member, "last_order_on", at, false, &Json::is_string, "a date string");
  if (!v) {
    if (FieldReader::find(member, "last_order_on")) ok = false;
    return std::nullopt;
  }
  const std::string& text = v->get_ref<const std::string&>();
  std::optional<Date> d = parse_date(text);
  if (!d) {
    issues.error("member.invalid", at, invalid_date_message("last_order_on", text));
    ok = false;
  }
  return d;
}

// One member of the request: its activity, or nullopt (with member.invalid issues) when
// any value is malformed. The id was read by the caller.
std::optional<MemberActivity> read_activity(const Json& member, const Path& at,
                                            const Currency& currency, Issues& issues) {
  const std::size_t before = issues.size();
  bool ok = true;
  const std::optional<Date> last = read_last_order(member, at / "last_order_on", issues, ok);
  const std::optional<long long> orders =
      FieldReader{issues, "member.invalid", "member.invalid"}.integer(
          member, "orders", at / "orders", false, 0, kMaxMemberOrders);
  const std::optional<Money> spent =
      read_member_money(member, "spent", at / "spent", currency, issues);
  if (spent && spent->is_negative()) {
    issues.error("member.invalid", at / "spent",
                 "spent " + money_text(*spent) + " must not be negative.");
  }
  const std::optional<Money> available =
      read_member_money(member, "available", at / "available", currency, issues);
  if (!ok || issues.size() != before || !spent || !available) return std::nullopt;
  return MemberActivity{last, orders.value_or(0), *spent, *available};
}

// The result when no member can be read (the currency is unknown).
Status nothing_selected(const Issues& issues, std::string& out) {
  out += R"({"members":[],"count":0,"spent":null,"issues":)";
  append_issues(out, issues);
  out += '}';
  return Status();
}

}  // namespace

Status select_members(const Json& request, std::string& out) {
  ASSIGN_OR_RETURN(const Date as_of, read_as_of(request));
  ASSIGN_OR_RETURN(const std::string* currency_code, read_string(request, "currency"));
  ASSIGN_OR_RETURN(const Json* members_json, read_array(request, "members", true));
  ASSIGN_OR_RETURN(const Json* criteria_json, read_object(request, "criteria", true));
  ASSIGN_OR_RETURN(SelectionCriteria criteria, read_criteria(*criteria_json));

  Issues issues;
  const Currency* currency = find_currency(*currency_code);
  if (!currency) {
    issues.error("currency.unknown", Path("/currency"),
                 unknown_currency_text("currency", *currency_code) +
                     "; no member can be read, none was selected.");
    return nothing_selected(issues, out);
  }
  RETURN_IF_ERROR(read_money_criteria(*criteria_json, *currency, criteria));

  // Ids seen so far, valid members or not: views into the request, which outlives them.
  const Json& members = *members_json;
  std::unordered_set<std::string_view> seen;
  seen.reserve(members.size());
  std::string selected = "[";
  std::size_t count = 0;
  Int128 spent = 0;  // a million members of 9e12 minor units each fit in 128 bits
  for (std::size_t i = 0; i < members.size(); ++i) {
    const Json& m = members[i];
    const Path at = Path("/members") / i;
    if (!m.is_object()) {
      issues.error("member.invalid", at, not_an_object("A member", m));
      continue;
    }
    const Path id_at = at / "member";
    if (!FieldReader{issues, "member.invalid", "member.invalid"}.identifier(m, "member", id_at,
                                                                           true))
      continue;  // no id: nothing to select (its other values are not read)
    const std::string& id = FieldReader::find(m, "member")->get_ref<const std::string&>();
    if (!seen.insert(id).second) {
      issues.error("member.duplicate", id_at,
                   "Member " + quote_value(id) +
                       " is given earlier in members; this copy is ignored.");
      continue;
    }
    const std::optional<MemberActivity> activity = read_activity(m, at, *currency, issues);
    if (!activity || !meets_criteria(*activity, criteria, as_of)) continue;
    if (count++ > 0) selected += ',';
    append_json_string(selected, id);
    spent += activity->spent.minor();
  }
  selected += ']';

  const MoneyResult total = money_from_minor(*currency, spent);
  if (!total.ok()) {
    issues.error("money.out_of_range", Path("/members"),
                 "The selected members' spent adds up to " + to_string_128(spent) +
                     " minor units of " + std::string(currency->code) +
                     ", beyond the supported range of " +
                     format_minor(kMaxMinorUnits, currency->decimals) + ".");
  }
  out.reserve(out.size() + selected.size() + 64 + 128 * issues.size());
  out += R"({"members":)";
  out += selected;
  std::string().swap(selected);
  out += R"(,"count":)";
  append_json_unsigned(out, count);
  out += R"(,"spent":)";
  if (total.ok()) append_json_string(out, total.value().str());
  else out += "null";
  out += R"(,"issues":)";
  append_issues(out, issues);
  out += '}';
  return Status();
}

}  // namespace claims
