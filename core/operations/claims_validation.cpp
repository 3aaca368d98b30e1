#include "operations/claims_validation.h"

#include <optional>
#include <utility>

#include "requests/request.h"

namespace claims {

StatusOr<ValidationInputs> read_as_of_and_policy(const Json& obj, const Path& at) {
  ASSIGN_OR_RETURN(const Date as_of, read_as_of(obj, at));
  ASSIGN_OR_RETURN(const Json* policy, read_object(obj, "policy", false, at));
  ValidationInputs inputs{as_of, {}, {}, {}};
  inputs.policy = parse_policy(policy, at / "policy", inputs.policy_issues);
  return inputs;
}

namespace {
void append_date_or_null(std::string& out, const std::optional<Date>& d) {
  if (d) {
    append_json_string(out, d->iso());
  } else {
    out += "null";
  }
}
}  // namespace

void append_claim_entry_head(std::string& out, const Field<std::string_view>& id,
                             const ClaimVerdict& verdict) {
  out += R"({"id":)";
  if (id.ok()) {
    append_json_string(out, *id);
  } else {
    out += "null";
  }
  out += verdict.valid ? R"(,"valid":true,"claimable_from":)"
                       : R"(,"valid":false,"claimable_from":)";
  append_date_or_null(out, verdict.claimable_from);
  out += R"(,"claimable_until":)";
  append_date_or_null(out, verdict.claimable_until);
  out += R"(,"issues":)";
}

ClaimsValidation::ClaimsValidation(ValidationInputs inputs, std::string& out)
    : inputs_(std::move(inputs)),
      validator_(inputs_.policy, inputs_.as_of, &inputs_.known_orders),
      out_(out) {
  out_ += R"({"claims":[)";
}

ClaimVerdict ClaimsValidation::validate(const Json& claim, const Path& base) {
  found_.clear();
  const ClaimVerdict verdict = validator_.validate(claim, base, found_, &view_);
  if (total_ != 0) out_ += ',';
  ++total_;
  valid_ += verdict.valid ? 1 : 0;
  with_warnings_ += verdict.has_warnings ? 1 : 0;
  return verdict;
}

void ClaimsValidation::finish() {
  out_ += R"(],"summary":{"total":)";
  append_json_unsigned(out_, total_);
  out_ += R"(,"valid":)";
  append_json_unsigned(out_, valid_);
  out_ += R"(,"with_errors":)";
  append_json_unsigned(out_, total_ - valid_);
  out_ += R"(,"with_warnings":)";
  append_json_unsigned(out_, with_warnings_);
  out_ += R"(},"issues":)";
  append_issues(out_, inputs_.policy_issues);
  out_ += '}';
}

}  // namespace claims
