// Operation validate_claims (spec section 4). dispatch() normally answers it through
// validate_claims_streamed() (validate_claims_stream.cpp), which gives the same bytes;
// this whole-document version is the reference and answers every request the streaming
// one declines.
#include "requests/request.h"
#include "operations/claims_request.h"
#include "operations/operations.h"

namespace claims {

StatusOr<ClaimsRequest> read_claims_request(const Json& request) {
  ClaimsRequest out;
  ASSIGN_OR_RETURN(out.as_of, read_as_of(request));
  ASSIGN_OR_RETURN(const Json* policy, read_object(request, "policy", false));
  ASSIGN_OR_RETURN(out.claims, read_array(request, "claims", true));
  ASSIGN_OR_RETURN(out.known_orders, read_known_orders(request));
  out.policy = parse_policy(policy, Path("/policy"), out.issues);
  return out;
}

StatusOr<Json> validate_claims(const Json& request) {
  ASSIGN_OR_RETURN(const ClaimsRequest req, read_claims_request(request));
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
