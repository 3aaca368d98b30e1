// Operation apply_adjustments (spec section 9): a publisher credits and debits members'
// cashback by hand, one member or a group at a time, and gets the new balances and one
// ledger entry per member touched.
#include <map>
#include <string>
#include <unordered_set>
#include <vector>

#include "base/text.h"
#include "formats/json_writer.h"
#include "values/currency.h"
#include "values/money.h"
#include "requests/fields.h"
#include "requests/money_fields.h"
#include "requests/request.h"
#include "requests/request_limits.h"
#include "operations/operations.h"

namespace claims {

namespace {

constexpr const char* kModes[] = {"relative", "absolute", nullptr};

// The members an adjustment applies to: one member, or a group's list (not copied).
struct Target {
  std::vector<std::string> member;
  const std::vector<std::string>* members = &member;
  bool ok = false;
};

// A member id inside balances or groups: part of the ledger's given state, so a malformed
// one fails the request rather than silently changing whose money moves.
std::optional<RequestError> check_member_id(const Json& v, const Path& at) {
  if (!v.is_string() || v.get_ref<const std::string&>().empty()) {
    return invalid_request(at.str(), std::string("A member id must be a non-empty string, not ") +
                                         (v.is_string() ? "an empty string" : json_type_name(v)) +
                                         ".");
  }
  const auto& s = v.get_ref<const std::string&>();
  if (!is_identifier(s))
    return invalid_request(at.str(), "Member id " + quote_value(s) + " is longer than " +
                                         std::to_string(kMaxIdentifierScalars) +
                                         " characters or has a control character.");
  return std::nullopt;
}

using Groups = std::map<std::string, std::vector<std::string>>;

StatusOr<Groups> read_groups(const Json* groups_json) {
  Groups groups;
  if (!groups_json) return groups;
  const Path base("/groups");
  for (auto it = groups_json->begin(); it != groups_json->end(); ++it) {
    const Path at = base / it.key();
    if (!is_identifier(it.key()))
      return invalid_request(at.str(), "Group name " + quote_value(it.key()) + " must be " +
                                           identifier_rule() + ".");
    if (!it->is_array())
      return invalid_request(at.str(), "Group " + quote_value(it.key()) +
                                           " must be an array of member ids, not " +
                                           json_type_name(*it) + ".");
    std::vector<std::string>& members = groups[it.key()];
    // Each member once, in the group's order (a set: a scan of the members taken so far
    // made a group of 100,000 take 14 s).
    std::unordered_set<std::string_view> seen;
    seen.reserve(it->size());
    for (std::size_t k = 0; k < it->size(); ++k) {
      if (auto e = check_member_id((*it)[k], at / k)) return *e;
      const auto& m = (*it)[k].get_ref<const std::string&>();
      if (seen.insert(m).second) members.push_back(m);
    }
  }
  return groups;
}

Target read_target(const Json& adjustment, const Path& at, const Groups& groups,
                   Issues& issues) {
  Target t;
  const Path tp = at / "target";
  const Json* target = FieldReader::find(adjustment, "target");
  if (!target) {
    issues.error("adjustment.invalid", tp, "target is required: {\"member\": ...} or {\"group\": ...}.");
    return t;
  }
  if (!target->is_object()) {
    issues.error("adjustment.invalid", tp,
                 not_an_object("target", *target));
    return t;
  }
  const bool has_member = FieldReader::find(*target, "member") != nullptr;
  const bool has_group = FieldReader::find(*target, "group") != nullptr;
  if (has_member == has_group) {
    issues.error("adjustment.invalid", tp,
                 "target must name exactly one of member or group.");
    return t;
  }
  FieldReader r{issues, "adjustment.invalid", "adjustment.invalid"};
  if (has_member) {
    auto m = r.identifier(*target, "member", tp / "member", true);
    if (!m) return t;
    t.member.push_back(*m);
  } else {
    auto g = r.identifier(*target, "group", tp / "group", true);
    if (!g) return t;
    auto it = groups.find(*g);
    if (it == groups.end()) {
      issues.error("ledger.unknown_group", tp / "group",
                   "Group " + quote_value(*g) + " is not among the request's groups; the "
                   "adjustment was skipped.");
      return t;
    }
    t.members = &it->second;
  }
  t.ok = true;
  return t;
}

// The result when the request's data leaves every balance undefined.
Status nothing_applied(const Issues& issues, std::string& out) {
  out += R"({"balances":null,"entries":[],"issues":)";
  append_issues(out, issues);
  out += '}';
  return Status();
}

// Every member of every adjustment applied is one entry (or one issue): a group of a
// million members adjusted twice would write two million. The result's arrays follow the
// request's array limit.
RequestError too_many_entries(const Path& at) {
  return {"request.too_large", at.str(),
          "The adjustments up to this one apply to more than " +
              std::to_string(kMaxArrayItems) +
              " members in all (each member of a group counts); split the request."};
}

}  // namespace

Status apply_adjustments(const Json& request, std::string& out) {
  ASSIGN_OR_RETURN(const std::string* currency_code, read_string(request, "currency"));
  ASSIGN_OR_RETURN(const bool allow_negative, read_bool(request, "allow_negative", false));
  ASSIGN_OR_RETURN(const Json* balances_json, read_array(request, "balances", false));
  ASSIGN_OR_RETURN(const Json* groups_json, read_object(request, "groups", false));
  ASSIGN_OR_RETURN(const Json* adjustments_json, read_array(request, "adjustments", true));
  ASSIGN_OR_RETURN(const Groups groups, read_groups(groups_json));

  // Balance entries' shape is checked before anything is applied.
  if (const Json* b = balances_json) {
    std::map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < b->size(); ++i) {
      const Json& e = (*b)[i];
      const Path at = Path("/balances") / i;
      if (!e.is_object())
        return invalid_request(at.str(), not_an_object("A balance", e));
      const Json* member = FieldReader::find(e, "member");
      if (!member) return invalid_request((at / "member").str(), "member is required.");
      if (auto err = check_member_id(*member, at / "member")) return *err;
      if (!seen.emplace(member->get<std::string>(), i).second)
        return invalid_request((at / "member").str(),
                               "Member " + quote_value(member->get<std::string>()) +
                                   " has two balances.");
      if (!FieldReader::find(e, "available"))
        return invalid_request((at / "available").str(), "available is required.");
    }
  }

  Issues issues;
  const std::string& code = *currency_code;
  const Currency* currency = find_currency(code);
  if (!currency) {
    issues.error("currency.unknown", Path("/currency"),
                 unknown_currency_text("currency", code) + "; nothing was applied.");
    return nothing_applied(issues, out);
  }

  // Byte order of member ids: std::string compares as unsigned bytes.
  std::map<std::string, std::int64_t> balances;
  if (const Json* b = balances_json) {
    FieldReader money_reader{issues, "money.invalid", "money.invalid"};
    for (std::size_t i = 0; i < b->size(); ++i) {
      const Path at = Path("/balances") / i;
      auto available = read_money(money_reader, (*b)[i], "available", at / "available",
                                  *currency, true);
      if (available) balances[(*b)[i]["member"].get<std::string>()] = available->minor();
    }
    // A starting balance that cannot be read leaves every result undefined: applying
    // adjustments on a guessed balance would produce wrong entries.
    if (issues.has_errors()) return nothing_applied(issues, out);
  }

  const int decimals = currency->decimals;
  // Entries are written as they are made: one Json object per entry took ~3 KB each.
  std::string entries = "[";
  std::size_t applied = 0;  // members of the adjustments applied so far
  const Json& adjustments = *adjustments_json;
  for (std::size_t i = 0; i < adjustments.size(); ++i) {
    const Json& adj = adjustments[i];
    const Path at = Path("/adjustments") / i;
    if (!adj.is_object()) {
      issues.error("adjustment.invalid", at,
                   not_an_object("An adjustment", adj));
      continue;
    }
    Issues mine;
    FieldReader r{mine, "adjustment.invalid", "adjustment.invalid"};
    const Target target = read_target(adj, at, groups, mine);
    auto mode = r.choice(adj, "mode", at / "mode", true, kModes);
    auto amount = read_money(r, adj, "amount", at / "amount", *currency, true);
    if (amount && mode && *mode == "absolute" && amount->is_negative()) {
      mine.error("money.invalid", at / "amount",
                 "An absolute amount sets the balance and cannot be below zero (" +
                     amount->str() + "); use 0 to write the whole balance off.");
    }
    auto date = r.date(adj, "date", at / "date", false);
    auto reference = r.identifier(adj, "reference", at / "reference", false);
    FieldReader comment_reader{mine, "adjustment.invalid", "comment.required"};
    auto comment = comment_reader.text(adj, "comment", at / "comment", true);
    if (comment && is_blank(*comment)) {
      mine.error("comment.required", at / "comment",
                 "comment is required: say why the balance changes.");
    }
    const bool bad = mine.has_errors() || !target.ok || !mode || !amount || !comment;
    issues.append(mine);
    if (bad) continue;

    const bool absolute = *mode == "absolute";
    applied += target.members->size();
    if (applied > kMaxArrayItems) return too_many_entries(at);
    for (const std::string& member : *target.members) {
      auto found = balances.find(member);
      const std::int64_t before = found == balances.end() ? 0 : found->second;
      std::int64_t after = amount->minor();
      if (!absolute) {
        const MoneyResult sum = checked_add(Money(*currency, before), *amount);
        if (!sum.ok()) {
          issues.error("money.out_of_range", at / "amount",
                       "Adding " + amount->str() + " to member " + quote_value(member) +
                           "'s balance of " + format_minor(before, decimals) + " " + code +
                           " goes beyond the supported range; skipped for this member.");
          continue;
        }
        after = sum.value().minor();
        if (amount->is_negative() && after < 0 && !allow_negative) {
          issues.error("ledger.insufficient_balance", at,
                       "Member " + quote_value(member) + " has " +
                           format_minor(before, decimals) + " " + code + " available; debiting " +
                           format_minor(-amount->minor(), decimals) + " would leave " +
                           format_minor(after, decimals) +
                           ". Skipped for this member (allow_negative is false).");
          continue;
        }
      }
      balances[member] = after;
      if (entries.size() > 1) entries += ',';
      entries += R"({"adjustment":)";
      append_json_unsigned(entries, i);
      entries += R"(,"member":)";
      append_json_string(entries, member);
      entries += R"(,"before":)";
      append_json_string(entries, format_minor(before, decimals));
      entries += R"(,"delta":)";
      append_json_string(entries, format_minor(after - before, decimals));
      entries += R"(,"after":)";
      append_json_string(entries, format_minor(after, decimals));
      entries += R"(,"comment":)";
      append_json_string(entries, *comment);
      if (date) {
        entries += R"(,"date":)";
        append_json_string(entries, date->iso());
      }
      if (reference) {
        entries += R"(,"reference":)";
        append_json_string(entries, *reference);
      }
      entries += '}';
    }
  }
  entries += ']';

  std::string written = R"({"balances":[)";
  bool first = true;
  for (const auto& [member, minor] : balances) {
    if (!first) written += ',';
    first = false;
    written += R"({"member":)";
    append_json_string(written, member);
    written += R"(,"available":)";
    append_json_string(written, format_minor(minor, decimals));
    written += '}';
  }
  written += R"(],"entries":)";
  // One allocation for the result: growing `out` by doubling while `entries` is alive held
  // up to three copies of the entries (the resource test "a group credited twice").
  out.reserve(out.size() + written.size() + entries.size() + 64 * (issues.size() + 1));
  out += written;
  out += entries;
  std::string().swap(entries);
  out += R"(,"issues":)";
  append_issues(out, issues);
  out += '}';
  return Status();
}

}  // namespace claims
