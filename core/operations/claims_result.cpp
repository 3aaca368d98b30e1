#include "operations/claims_result.h"

#include "formats/json_writer.h"

namespace claims {

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

void append_claims_summary(std::string& out, std::size_t total, std::size_t valid,
                           std::size_t with_warnings) {
  out += R"("summary":{"total":)";
  append_json_unsigned(out, total);
  out += R"(,"valid":)";
  append_json_unsigned(out, valid);
  out += R"(,"with_errors":)";
  append_json_unsigned(out, total - valid);
  out += R"(,"with_warnings":)";
  append_json_unsigned(out, with_warnings);
  out += '}';
}

}  // namespace claims
