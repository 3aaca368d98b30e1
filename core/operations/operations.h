// The operations of spec section 3, and how dispatch() runs them.
//
// dispatch() owns parsing, the request limits and the envelope, so an operation only deals
// with its own members: it reads its parsed request and gives its result object, or a
// request-level error (`ok: false`).
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "base/json.h"
#include "base/status.h"
#include "claims/dispatch.h"

namespace claims {

// An operation as dispatch() runs it: the result object appended to `out` as compact JSON
// text, or the request's error.
using Operation = Status (*)(const Json& request, std::string& out);
// A streamed path answers from the request text itself, one item at a time, with the
// whole envelope; nullopt when it declines (anything unusual, errors included), and the
// general path answers. When it answers, it gives the general path's bytes: both write
// their results with the same writers (claims_validation.h, envelope.h).
using StreamedOperation = std::optional<std::string> (*)(std::string_view request);

// A request's large text member given beside it (dispatch()'s payload form): the operation
// reads `text` where it would read the member, and may report progress through it.
// dispatch() has checked that the text is UTF-8 and that the request lacks the member.
struct Payload {
  std::string_view text;
  const Progress* progress = nullptr;  // null: nobody asked

  // Reports `done` bytes of the text read: about once per percent of the text, and once
  // at its end (dispatch() reports the end when the operation is done).
  void report(std::size_t done) const;

  // report()'s own: the next `done` worth a report, and whether the end was reported.
  mutable std::size_t next_report_ = 0;
  mutable bool ended_ = false;
};
using PayloadOperation = Status (*)(const Json& request, const Payload& payload,
                                    std::string& out);

// Operations whose result is a Json object (dispatch() writes it).
StatusOr<Json> sniff_media_type(const Json& request);
StatusOr<Json> compute_lifecycle(const Json& request);
// Spec section 5. preview_resolution calls it directly with the request it builds
// ({contract, event_type, sale, member_share, fx}); see docs/operations/compute_payout.md.
StatusOr<Json> compute_payout(const Json& request);
// Spec section 8.
StatusOr<Json> export_decisions_csv(const Json& request);
StatusOr<Json> import_decisions_csv(const Json& request);
// The same with the file's text as a payload (`csv` not in the request).
Status import_decisions_csv_payload(const Json& request, const Payload& csv, std::string& out);
// Spec section 7; see docs/operations/preview_resolution.md.
StatusOr<Json> preview_resolution(const Json& request);
// Spec section 10: claim packages.
StatusOr<Json> build_package(const Json& request);
StatusOr<Json> check_package(const Json& request);
// Spec section 11: response deadlines.
StatusOr<Json> review_queue(const Json& request);
// Spec section 13; see docs/operations/export_network_csv.md.
StatusOr<Json> export_network_csv(const Json& request);
// Spec section 12; see docs/operations/simulate_rules.md.
StatusOr<Json> simulate_rules(const Json& request);

// Operations that write their (large) results as text, and their streamed paths.
// Spec section 9: a group's members each make an entry, so the result can be far larger
// than the request.
Status apply_adjustments(const Json& request, std::string& out);
// Spec section 9: a group built from the members' activity; a million members' ids.
Status select_members(const Json& request, std::string& out);
Status validate_claims(const Json& request, std::string& out);
std::optional<std::string> validate_claims_streamed(std::string_view request);
Status import_claims_csv(const Json& request, std::string& out);
Status import_claims_csv_payload(const Json& request, const Payload& csv, std::string& out);
// Answers requests that validate the rows without returning the claims (`validate` given,
// `include_claims: false`), decoding the csv string once instead of through the DOM.
std::optional<std::string> import_claims_csv_streamed(std::string_view request);

// dispatch() through one path only, for the tests and the fuzz targets that hold the two
// paths to the same bytes:
// - the general path: the whole-document parse, never the streamed path;
std::string dispatch_general(std::string_view operation, std::string_view request);
// - the streamed path: nullopt when the operation has none, when it declines, or when
//   dispatch() answers before any path runs (unknown operation, over the size or nesting
//   limits). Exceptions are not caught here: a test or fuzz target is to see them.
std::optional<std::string> dispatch_streamed(std::string_view operation,
                                             std::string_view request);

}  // namespace claims
