#include "requests/payout_request.h"

#include <string>

#include "base/text.h"
#include "requests/fields.h"
#include "requests/request.h"

namespace claims {

// A percent-typed top-level member (member_share): 0-100, at most 4 decimals.
StatusOr<std::optional<Percent>> read_share(const Json& request) {
  const Path at("/member_share");
  const Json* v = FieldReader::find(request, "member_share");
  if (!v) return std::optional<Percent>();
  if (!v->is_string())
    return wrong_member_type(at, "a decimal string of percent such as \"80\"", *v);
  const auto& s = v->get_ref<const std::string&>();
  const ParsedScaled p = parse_scaled(s, Percent::kDecimals, Percent::kMaxUnits);
  if (p.error != ScaledError::none) {
    return invalid_request(at.str(), "member_share " + quote_value(s) +
                                         " is not a percentage " + Percent::rule() + ".");
  }
  return std::optional<Percent>(Percent(p.units));
}

// `fx`: optional object with a required `rate`, above 0, at most 6 decimals.
StatusOr<std::optional<FxRate>> read_fx(const Json& request) {
  ASSIGN_OR_RETURN(const Json* fx, read_object(request, "fx", false));
  if (!fx) return std::optional<FxRate>();
  const Path at("/fx/rate");
  const Json* v = FieldReader::find(*fx, "rate");
  if (!v) return invalid_request(at.str(), "fx.rate is required when fx is given.");
  if (!v->is_string()) return wrong_member_type(at, "a decimal string such as \"0.9200\"", *v);
  const auto& s = v->get_ref<const std::string&>();
  const ParsedScaled p = parse_scaled(s, FxRate::kDecimals, FxRate::kMaxUnits);
  if (p.error != ScaledError::none || p.units == 0)
    return invalid_request(at.str(),
                           "fx.rate " + quote_value(s) + " is not a rate " + FxRate::rule() + ".");
  return std::optional<FxRate>(FxRate(p.units));
}

}  // namespace claims
