// Operation validate_claims (spec section 4). dispatch() normally answers it through
// validate_claims_streamed() (validate_claims_stream.cpp), which gives the same bytes;
// this whole-document version is the reference and answers every request the streaming
// one declines.
#include "requests/request.h"
#include "operations/claims_request.h"
#include "operations/operations.h"

namespace claims {

StatusOr<ClaimsRequest> read_claims_request(const Json& request) {
  auto as_of = read_as_of(request);
  if (!as_of.ok()) return as_of.error();
  auto policy_json = read_object(request, "policy", false);
  if (!policy_json.ok()) return policy_json.error();
  auto claims_json = read_array(request, "claims", true);
  if (!claims_json.ok()) return claims_json.error();
  auto known = read_known_orders(request);
  if (!known.ok()) return known.error();

  ClaimsRequest out;
  out.as_of = as_of.value();
  out.policy = parse_policy(policy_json.value(), Path("/policy"), out.issues);
  out.known_orders = std::move(known).value();
  out.claims = claims_json.value();
  return out;
}

StatusOr<Json> validate_claims(const Json& request) {
  auto read = read_claims_request(request);
  if (!read.ok()) return read.error();
  const ClaimsRequest& req = read.value();
  ClaimValidator validator(req.policy, req.as_of, &req.known_orders);

  const Json& list = *req.claims;
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

    results.push_back(claim_entry_json(view, v, issues.to_json()));  // in request order
  }
  Json result = Json::object();
  result["claims"] = std::move(results);
  result["summary"] = {{"total", list.size()},
                       {"valid", valid},
                       {"with_errors", with_errors},
                       {"with_warnings", with_warnings}};
  result["issues"] = req.issues.to_json();
  return result;
}

}  // namespace claims
