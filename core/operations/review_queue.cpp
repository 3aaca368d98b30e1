// Operation review_queue (spec section 11): who each open claim waits on, by when the
// advertiser must answer, and what the network does if nobody does, sorted by urgency.
// A view over the claims and the decisions taken so far: it decides nothing.
#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/text.h"
#include "requests/fields.h"
#include "requests/request.h"
#include "domain/claim_validator.h"
#include "operations/claims_validation.h"
#include "operations/operations.h"

namespace claims {

namespace {

enum class Decided : unsigned char { none, accept, decline, request_info };

constexpr const char* kDecisionValues[] = {"accept", "decline", "request_info", nullptr};

struct Entry {
  std::size_t claim;  // index in the request's claims
  std::string_view id;
  bool waiting_on_publisher = false;
  std::optional<Date> respond_by;
  std::optional<Date> auto_decision_on;
  std::optional<Date> claimable_until;
};

// A computed date the queue writes, or null with date.invalid at `at` when it passes the
// years dates have (spec section 2: 1970-2199; decisions.md). `what` says how it was
// computed.
std::optional<Date> written_date(Date d, const std::string& name, const std::string& what,
                                 const std::string_view claim_id, const Path& at,
                                 Issues& issues) {
  if (in_supported_years(d)) return d;
  issues.error("date.invalid", at,
               "Claim " + quote_value(claim_id) + ": " + name + " would be " + d.iso() + " (" +
                   what + "), past " + std::to_string(kMaxYear) +
                   "-12-31, the last date handled; it is null.");
  return std::nullopt;
}

// The claim's findings the queue depends on: the claim itself, its id and its filing
// day. The rest of validation is validate_claims' business.
bool concerns_queue(const Issue& issue, const Path& base) {
  return issue.path == base.str() || issue.path == (base / "id").str() ||
         issue.path == (base / "filed_on").str();
}

// N of a path "/claims/N/...".
std::size_t claim_index_of(const std::string& path) {
  constexpr std::string_view kPrefix = "/claims/";
  std::size_t n = 0;
  for (std::size_t k = kPrefix.size(); k < path.size() && path[k] >= '0' && path[k] <= '9'; ++k)
    n = n * 10 + static_cast<std::size_t>(path[k] - '0');
  return n;
}

// The last valid decision of each claim, by index; the decisions' own issues in `issues`.
std::vector<Decided> read_decisions(const Json* decisions,
                                    const std::unordered_map<std::string_view, std::size_t>& ids,
                                    std::size_t claim_count, Issues& issues) {
  std::vector<Decided> decided(claim_count, Decided::none);
  if (!decisions) return decided;
  FieldReader r{issues, "resolution.invalid", "resolution.invalid"};
  for (std::size_t n = 0; n < decisions->size(); ++n) {
    const Json& d = (*decisions)[n];
    const Path at = Path("/decisions") / n;
    if (!d.is_object()) {
      issues.error("resolution.invalid", at,
                   not_an_object("A decision", d));
      continue;
    }
    const auto claim_id = r.identifier(d, "claim_id", at / "claim_id", true);
    std::optional<std::size_t> claim;
    if (claim_id) {
      auto it = ids.find(*claim_id);
      if (it == ids.end()) {
        issues.warning("decision.unknown_claim", at / "claim_id",
                       "The decision is for claim " + quote_value(*claim_id) +
                           ", which is not among the claims; it changes nothing.");
      } else {
        claim = it->second;
      }
    }
    const auto decision = r.choice(d, "decision", at / "decision", true, kDecisionValues);
    if (!claim || !decision) continue;
    decided[*claim] = *decision == "accept"    ? Decided::accept
                      : *decision == "decline" ? Decided::decline
                                               : Decided::request_info;
  }
  return decided;
}

}  // namespace

StatusOr<Json> review_queue(const Json& request) {
  ASSIGN_OR_RETURN(ValidationInputs inputs, read_as_of_and_policy(request, Path()));
  ASSIGN_OR_RETURN(const Json* claims_json, read_array(request, "claims", true));
  ASSIGN_OR_RETURN(const Json* decisions, read_array(request, "decisions", false));
  const Json& claims = *claims_json;
  const Policy& policy = inputs.policy;
  const Date as_of = inputs.as_of;

  // The claims: their ids (the first of each), filing days and windows.
  Issues claim_issues;
  ClaimValidator validator(policy, as_of);
  validator.reserve(claims.size());
  std::unordered_map<std::string_view, std::size_t> ids;
  ids.reserve(claims.size());
  std::vector<Entry> entries;
  std::vector<std::optional<Date>> filed_on(claims.size());
  std::vector<bool> no_filing_date(claims.size(), false);
  Issues found;
  ClaimView view;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const Path base = Path("/claims") / i;
    found.clear();
    const ClaimVerdict verdict = validator.validate(claims[i], base, found, &view);
    for (const Issue& issue : found.list())
      if (concerns_queue(issue, base) || issue.code == "claim.duplicate_id")
        claim_issues.add(issue);
    if (!view.object_ok || !view.id.ok() || !ids.emplace(*view.id, i).second) continue;
    Entry e;
    e.claim = i;
    e.id = *view.id;
    if (verdict.claimable_until) {
      e.claimable_until = written_date(*verdict.claimable_until, "claimable_until",
                                       "the end of its filing window", e.id, base, claim_issues);
    }
    filed_on[i] = view.filed_on.value;
    no_filing_date[i] = view.filed_on.absent();
    entries.push_back(e);
  }

  Issues decision_issues;
  const std::vector<Decided> decided =
      read_decisions(decisions, ids, claims.size(), decision_issues);

  // Who each claim waits on, and its deadline.
  std::size_t resolved = 0, waiting_on_publisher = 0;
  std::vector<Entry> queue;
  queue.reserve(entries.size());
  for (Entry& e : entries) {
    const Decided d = decided[e.claim];
    if (d == Decided::accept || d == Decided::decline) {
      ++resolved;
      continue;
    }
    if (d == Decided::request_info) {
      e.waiting_on_publisher = true;
      ++waiting_on_publisher;
    } else {
      if (no_filing_date[e.claim]) {
        claim_issues.warning("claim.no_filing_date", Path("/claims") / e.claim / "filed_on",
                             "Claim " + quote_value(e.id) +
                                 " has no filed_on date, so its response deadline is unknown.");
      }
      if (filed_on[e.claim] && policy.response_days) {
        const Path at = Path("/claims") / e.claim / "filed_on";
        const std::string days = std::to_string(*policy.response_days);
        e.respond_by = written_date(*filed_on[e.claim] + Days{*policy.response_days},
                                    "respond_by",
                                    "filed_on " + filed_on[e.claim]->iso() + " + " + days +
                                        " response days",
                                    e.id, at, claim_issues);
        if (e.respond_by && policy.no_response != NoResponse::nothing) {
          e.auto_decision_on = written_date(*e.respond_by + Days{1}, "auto_decision_on",
                                            "the day after respond_by", e.id, at, claim_issues);
        }
      }
    }
    queue.push_back(e);
  }
  // Deadlines first, earliest first; then the rest; ties keep the claims' order.
  std::stable_sort(queue.begin(), queue.end(), [](const Entry& a, const Entry& b) {
    if (a.respond_by && b.respond_by) return *a.respond_by < *b.respond_by;
    return a.respond_by.has_value() && !b.respond_by.has_value();
  });

  std::size_t open = 0, overdue = 0, due_soon = 0;
  const bool auto_decides = policy.no_response != NoResponse::nothing;
  Json queue_json = Json::array();
  for (const Entry& e : queue) {
    Json entry = Json::object();
    entry["claim_id"] = std::string(e.id);
    entry["waiting_on"] = e.waiting_on_publisher ? "publisher" : "advertiser";
    std::optional<long long> days_left;
    if (e.respond_by) days_left = e.respond_by->days_since(as_of);
    const bool late = days_left && *days_left < 0;
    if (!e.waiting_on_publisher) {
      ++open;
      if (late) ++overdue;
      if (days_left && *days_left >= 0 && *days_left <= 7) ++due_soon;
    }
    entry["respond_by"] = date_or_null(e.respond_by);
    entry["days_left"] = days_left ? Json(*days_left) : Json();
    entry["overdue"] = late;
    const bool auto_decision = !e.waiting_on_publisher && auto_decides;
    entry["auto_decision"] = auto_decision ? Json(no_response_name(policy.no_response)) : Json();
    entry["auto_decision_on"] = auto_decision ? date_or_null(e.auto_decision_on) : Json();
    entry["claimable_until"] = date_or_null(e.claimable_until);
    queue_json.push_back(std::move(entry));
  }

  Json summary = Json::object();
  summary["open"] = open;
  summary["overdue"] = overdue;
  summary["due_within_7_days"] = due_soon;
  summary["waiting_on_publisher"] = waiting_on_publisher;
  summary["resolved"] = resolved;

  // Request order: a claim's no_filing_date joins its other findings.
  claim_issues.stable_sort_by([](const Issue& issue) { return claim_index_of(issue.path); });
  Issues issues = std::move(inputs.policy_issues);
  issues.append(std::move(claim_issues));
  issues.append(std::move(decision_issues));
  Json result = Json::object();
  result["queue"] = std::move(queue_json);
  result["summary"] = std::move(summary);
  result["issues"] = issues.to_json();
  return result;
}

}  // namespace claims
