// validate_claims one claim at a time (see claims_request.h). Parsing the whole request
// into one DOM cost ~10x its size in memory and most of the time (allocating, then freeing,
// a node per value of 100,000 claims); here only one claim's DOM is alive at a time, and
// the response is written as text as we go.
//
// Same bytes as the whole-document path: the request members are read by the same
// read_claims_request(), each claim by the same ClaimValidator, and the text is written
// in nlohmann's compact form. Anything unusual returns nullopt and the general path runs.
#include <vector>

#include "formats/json_fast_parse.h"
#include "formats/json_scan.h"
#include "formats/json_writer.h"
#include "requests/request_head.h"
#include "requests/request_limits.h"
#include "operations/claims_request.h"
#include "operations/claims_result.h"
#include "operations/envelope.h"

namespace claims {

std::optional<std::string> validate_claims_streamed(std::string_view text) {
  const std::optional<RequestHead> head = read_request_head(text, "claims", '[');
  if (!head) return std::nullopt;
  const std::string_view claims_text = head->large;
  auto read = read_claims_request(head->members);
  if (!read.ok()) return std::nullopt;
  const ClaimsRequest& req = read.value();

  // Only the items' places are kept (16 bytes a claim), so known_orders may come after
  // the claims in the request: everything request-wide is known before the first claim.
  std::vector<std::string_view> items;
  if (!scan_array_items(claims_text, kMaxArrayItems, items)) return std::nullopt;

  ClaimValidator validator(req.policy, req.as_of, &req.known_orders);
  validator.reserve(items.size());
  const Path claims_at("/claims");
  std::size_t valid = 0, with_warnings = 0;
  Issues issues;
  ClaimView view;
  Json claim;
  std::string out;
  open_ok_envelope(out);
  out += R"({"claims":[)";
  for (std::size_t i = 0; i < items.size(); ++i) {
    // A malformed claim or an oversized array in one is an ok:false for the whole
    // request: give up and let the general path find and word it.
    if (!parse_json_fast(items[i], claim))
      claim = Json::parse(items[i], nullptr, /*allow_exceptions=*/false);
    if (claim.is_discarded() || has_oversized_array(claim, kMaxArrayItems)) return std::nullopt;
    issues.clear();
    const ClaimVerdict v = validator.validate(claim, claims_at / i, issues, &view);
    valid += v.valid ? 1 : 0;
    with_warnings += v.has_warnings ? 1 : 0;

    if (i != 0) out += ',';
    append_claim_entry_head(out, view.id, v);
    append_issues(out, issues);
    out += '}';
  }
  out += "],";
  append_claims_summary(out, items.size(), valid, with_warnings);
  out += R"(,"issues":)";
  append_issues(out, req.issues);
  out += '}';
  close_ok_envelope(out);
  return out;
}

}  // namespace claims
