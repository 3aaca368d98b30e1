// Operation validate_claims (spec section 4).
#include "claim.h"
#include "operations.h"
#include "policy.h"
#include "request.h"

namespace claims {

namespace {
Json date_or_null(const std::optional<Date>& d) { return d ? Json(d->iso()) : Json(nullptr); }
}  // namespace

StatusOr<Json> validate_claims(const Json& request) {
  auto as_of = read_as_of(request);
  if (!as_of.ok()) return as_of.error();
  auto policy_json = read_object(request, "policy", false);
  if (!policy_json.ok()) return policy_json.error();
  auto claims_json = read_array(request, "claims", true);
  if (!claims_json.ok()) return claims_json.error();
  auto known = read_known_orders(request);
  if (!known.ok()) return known.error();

  Issues request_issues;
  const Policy policy = parse_policy(policy_json.value(), Path("/policy"), request_issues);
  ClaimValidator validator(policy, as_of.value(), &known.value());

  const Json& list = *claims_json.value();
  validator.reserve(list.size());
  const Path claims_at("/claims");
  Json results = Json::array();
  results.get_ref<Json::array_t&>().reserve(list.size());
  std::size_t valid = 0, with_errors = 0, with_warnings = 0;
  Issues issues;
  ClaimView view;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const Json& claim = list[i];
    issues.clear();
    const ClaimVerdict v = validator.validate(claim, claims_at / i, issues, &view);
    valid += v.valid ? 1 : 0;
    with_errors += v.valid ? 0 : 1;
    with_warnings += v.has_warnings ? 1 : 0;

    Json entry = Json::object();
    // Entries are in request order; the id is echoed only when it is a valid identifier.
    entry["id"] = view.id.ok() ? Json(std::string(*view.id)) : Json(nullptr);
    entry["valid"] = v.valid;
    entry["claimable_from"] = date_or_null(v.claimable_from);
    entry["claimable_until"] = date_or_null(v.claimable_until);
    entry["issues"] = issues.to_json();
    results.push_back(std::move(entry));
  }
  Json result = Json::object();
  result["claims"] = std::move(results);
  result["summary"] = {{"total", list.size()},
                       {"valid", valid},
                       {"with_errors", with_errors},
                       {"with_warnings", with_warnings}};
  result["issues"] = request_issues.to_json();
  return result;
}

}  // namespace claims
