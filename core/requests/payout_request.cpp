#include "requests/payout_request.h"

#include <string>

#include "base/text.h"
#include "requests/fields.h"
#include "requests/request.h"

namespace claims {

// A percent-typed top-level member (member_share): 0-100, at most 4 decimals.
StatusOr<std::optional<Percent>> read_share(const Json& request) {
  const Json* v = FieldReader::find(request, "member_share");
  if (!v) return std::optional<Percent>();
  if (!v->is_string()) {
    return invalid_request("/member_share",
                           std::string("member_share must be a decimal string of percent such "
                                       "as \"80\", not ") +
                               json_type_name(*v) + ".");
  }
  const auto& s = v->get_ref<const std::string&>();
  const ParsedScaled p = parse_scaled(s, Percent::kDecimals, Percent::kMaxUnits);
  if (p.error != ScaledError::none) {
    return invalid_request("/member_share",
                           "member_share " + quote_value(s) +
                               " is not a percentage from 0 to 100 with at most 4 decimals.");
  }
  return std::optional<Percent>(Percent(p.units));
}

// `fx`: optional object with a required `rate`, above 0, at most 6 decimals.
StatusOr<std::optional<FxRate>> read_fx(const Json& request) {
  auto fx = read_object(request, "fx", false);
  if (!fx.ok()) return fx.error();
  if (!fx.value()) return std::optional<FxRate>();
  const Json* v = FieldReader::find(*fx.value(), "rate");
  if (!v) return invalid_request("/fx/rate", "fx.rate is required when fx is given.");
  if (!v->is_string()) {
    return invalid_request("/fx/rate",
                           std::string("fx.rate must be a decimal string such as \"0.9200\", "
                                       "not ") +
                               json_type_name(*v) + ".");
  }
  const auto& s = v->get_ref<const std::string&>();
  const ParsedScaled p = parse_scaled(s, FxRate::kDecimals, FxRate::kMaxUnits);
  if (p.error != ScaledError::none || p.units == 0) {
    return invalid_request("/fx/rate",
                           "fx.rate " + quote_value(s) +
                               " is not a rate above 0 and at most 1000000 with at most 6 "
                               "decimals.");
  }
  return std::optional<FxRate>(FxRate(p.units));
}

}  // namespace claims
