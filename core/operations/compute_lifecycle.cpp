// Operation compute_lifecycle (spec section 6).
#include "requests/fields.h"
#include "requests/request.h"
#include "domain/lifecycle.h"
#include "operations/operations.h"

namespace claims {

namespace {
Json null_dates() { return {{"lock", nullptr}, {"payout", nullptr}}; }

Json undefined_result(Json scheduled, Issues& issues) {
  Json result = Json::object();
  result["scheduled"] = std::move(scheduled);
  result["effective"] = null_dates();
  result["locks_on_approval"] = nullptr;
  result["pays_on_approval"] = nullptr;
  result["status"] = nullptr;
  result["issues"] = issues.to_json();
  return result;
}
}  // namespace

StatusOr<Json> compute_lifecycle(const Json& request) {
  ASSIGN_OR_RETURN(const Date as_of, read_as_of(request));
  ASSIGN_OR_RETURN(const Json* lc_json, read_object(request, "lifecycle", true));
  RETURN_IF_ERROR(read_string(request, "transaction_date"));

  Issues issues;
  // Top-level dates are request members: wrong types fail the request, impossible days
  // are date.invalid issues so the caller sees which field is off.
  FieldReader r{issues, "request.invalid", "request.invalid"};
  auto lifecycle = parse_lifecycle(*lc_json, Path("/lifecycle"), issues,
                                   "contract.invalid");
  auto transaction = r.date(request, "transaction_date", Path("/transaction_date"), true);
  std::optional<Date> approved_on;
  if (const Json* a = FieldReader::find(request, "approved_on")) {
    if (!a->is_string()) return wrong_member_type(Path("/approved_on"), "a date string", *a);
    approved_on = r.date(request, "approved_on", Path("/approved_on"), false);
    if (!approved_on) return undefined_result(null_dates(), issues);
  }
  if (!lifecycle || !transaction) return undefined_result(null_dates(), issues);

  if (approved_on && *transaction > *approved_on) {
    issues.error("lifecycle.transaction_after_approval", Path("/transaction_date"),
                 "The transaction date " + transaction->iso() +
                     " is after the approval date " + approved_on->iso() + ".");
    const auto scheduled = schedule(*lifecycle, *transaction);
    LifecycleOutcome partial;
    partial.scheduled = scheduled;
    return undefined_result(to_json(partial)["scheduled"], issues);
  }
  Json result = to_json(evaluate(*lifecycle, *transaction, approved_on, as_of));
  result["issues"] = issues.to_json();
  return result;
}

}  // namespace claims
