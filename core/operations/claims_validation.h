// validate_claims' result (spec section 4), written as text claim by claim. The one loop
// and the one writer of that result: validate_claims (whole-document and streamed paths)
// and import_claims_csv's `validation` (both paths) write it here, so they cannot differ.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "base/issues.h"
#include "base/json.h"
#include "base/path.h"
#include "base/status.h"
#include "formats/json_writer.h"
#include "domain/claim.h"
#include "domain/claim_validator.h"
#include "domain/known_orders.h"
#include "domain/policy.h"

namespace claims {

// What validating claims needs besides the claims.
struct ValidationInputs {
  Date as_of;
  Policy policy;
  KnownOrders known_orders;
  Issues policy_issues;  // policy.invalid findings: the result's top-level issues
};

// `as_of` and `policy` of the object at `at` (the request, or import_claims_csv's
// `validate`); the caller reads known_orders (read_known_orders) after whatever it reads
// in between, so that the first failure in request order is the request's error.
StatusOr<ValidationInputs> read_as_of_and_policy(const Json& obj, const Path& at);

// One entry of the result's `claims` array: {"id","valid","claimable_from",
// "claimable_until","issues"}, each issue's path as `path_of(issue.path)` gives it (the
// id is echoed only when it is a valid identifier).
template <class PathOf>
void append_claim_entry(std::string& out, const Field<std::string_view>& id,
                        const ClaimVerdict& verdict, const Issues& issues, PathOf&& path_of);

// {"claims":[entries],"summary":{...},"issues":[policy issues]} into `out`, which must
// outlive this object. Writes the opening in the constructor, then one entry per add(),
// and the rest in finish().
class ClaimsValidation {
 public:
  ClaimsValidation(ValidationInputs inputs, std::string& out);
  // The validator refers to this object's policy and known orders: it stays where built.
  ClaimsValidation(const ClaimsValidation&) = delete;
  ClaimsValidation& operator=(const ClaimsValidation&) = delete;

  // Sizes the duplicate tables for `claims` claims.
  void reserve(std::size_t claims) { validator_.reserve(claims); }
  // Validates `claim`, whose path in the request is `base`, and writes its entry.
  void add(const Json& claim, const Path& base) {
    add(claim, base, [](const std::string& path) -> std::string_view { return path; });
  }
  // The same, each issue's path written as `path_of(path)` gives it (import_claims_csv
  // validates with base Path() and maps claim members onto /rows/N/<column>).
  template <class PathOf>
  void add(const Json& claim, const Path& base, PathOf&& path_of) {
    const ClaimVerdict verdict = validate(claim, base);
    append_claim_entry(out_, view_.id, verdict, found_, path_of);
  }
  // Closes the claims array and writes the summary and the top-level issues.
  void finish();
  std::size_t count() const { return total_; }

 private:
  ClaimVerdict validate(const Json& claim, const Path& base);

  ValidationInputs inputs_;
  ClaimValidator validator_;
  std::string& out_;
  Issues found_;
  ClaimView view_;
  std::size_t total_ = 0, valid_ = 0, with_warnings_ = 0;
};

// The entry up to its issues array: {"id":...,"valid":...,"claimable_from":...,
// "claimable_until":...,"issues":
void append_claim_entry_head(std::string& out, const Field<std::string_view>& id,
                             const ClaimVerdict& verdict);

template <class PathOf>
void append_claim_entry(std::string& out, const Field<std::string_view>& id,
                        const ClaimVerdict& verdict, const Issues& issues, PathOf&& path_of) {
  append_claim_entry_head(out, id, verdict);
  out += '[';
  bool first = true;
  for (const Issue& issue : issues.list()) {
    if (!first) out += ',';
    first = false;
    append_issue_at(out, issue, path_of(issue.path));
  }
  out += "]}";
}

}  // namespace claims
