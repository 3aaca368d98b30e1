// Operation validate_claims (spec section 4), by two paths that write the same bytes.
//
// The streamed path (what dispatch() normally uses) reads the request's other members
// first, then parses, validates and writes one claim at a time: parsing the whole request
// into one DOM costs ~10x its size in memory and most of the time (a node per value of
// 100,000 claims). The whole-document path is the reference and answers every request the
// streamed one declines. Both read the request with read_claims_request() and write the
// result through the same ClaimsValidation.
#include <vector>

#include "formats/json_fast_parse.h"
#include "formats/json_parse.h"
#include "formats/json_scan.h"
#include "requests/request.h"
#include "requests/request_head.h"
#include "requests/request_limits.h"
#include "domain/known_orders.h"
#include "operations/claims_validation.h"
#include "operations/envelope.h"
#include "operations/operations.h"

namespace claims {

namespace {

// The request-level members, read in the order whose first failure is the request's
// error: as_of, policy, claims, known_orders.
struct ClaimsRequest {
  ValidationInputs inputs;
  const Json* claims;  // the claims array of the request read
};

StatusOr<ClaimsRequest> read_claims_request(const Json& request) {
  ASSIGN_OR_RETURN(ValidationInputs inputs, read_as_of_and_policy(request, Path()));
  ASSIGN_OR_RETURN(const Json* claims, read_array(request, "claims", true));
  ASSIGN_OR_RETURN(inputs.known_orders, read_known_orders(request));
  return ClaimsRequest{std::move(inputs), claims};
}

const Path kClaimsPath("/claims");

}  // namespace

Status validate_claims(const Json& request, std::string& out) {
  ASSIGN_OR_RETURN(ClaimsRequest req, read_claims_request(request));
  const Json& claims = *req.claims;
  ClaimsValidation validation(std::move(req.inputs), out);
  validation.reserve(claims.size());
  for (std::size_t i = 0; i < claims.size(); ++i) validation.add(claims[i], kClaimsPath / i);
  validation.finish();
  return Status();
}

std::optional<std::string> validate_claims_streamed(std::string_view text) {
  const std::optional<RequestHead> head = read_request_head(text, "claims", '[');
  if (!head) return std::nullopt;
  StatusOr<ClaimsRequest> read = read_claims_request(head->members);
  if (!read.ok()) return std::nullopt;
  ClaimsRequest req = std::move(read).value();

  // Only the items' places are kept (16 bytes a claim), so known_orders may come after
  // the claims in the request: everything request-wide is known before the first claim.
  std::vector<std::string_view> items;
  if (!scan_array_items(head->large, kMaxArrayItems, items)) return std::nullopt;

  std::string out;
  open_ok_envelope(out);
  ClaimsValidation validation(std::move(req.inputs), out);
  validation.reserve(items.size());
  Json claim;  // each claim is parsed into the nodes of the one before
  for (std::size_t i = 0; i < items.size(); ++i) {
    // A malformed claim is an ok:false for the whole request: give up and let the general
    // path find and word it. (Array lengths were checked on the whole text already.)
    if (!parse_json_fast(items[i], claim) && !parse_json(items[i], claim)) return std::nullopt;
    validation.add(claim, kClaimsPath / i);
  }
  validation.finish();
  close_ok_envelope(out);
  return out;
}

}  // namespace claims
