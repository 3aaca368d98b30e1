#include "requests/money_fields.h"

#include "base/text.h"

namespace claims {

std::optional<Money> read_money(const FieldReader& r, const Json& obj, std::string_view key,
                                const Path& at, const Currency& currency, bool required) {
  const Json* v = FieldReader::find(obj, key);
  if (!v) {
    if (required) r.required_missing(key, at);
    return std::nullopt;
  }
  if (!v->is_string()) {
    r.issues.error("money.invalid", at,
                   std::string(key) + " must be a decimal string such as \"12.50\", not " +
                       json_type_name(*v) + ".");
    return std::nullopt;
  }
  const auto& s = v->get_ref<const std::string&>();
  if (s.empty()) {
    if (required) r.required_missing(key, at);
    else r.issues.error("money.invalid", at, std::string(key) + " is an empty amount.");
    return std::nullopt;
  }
  const ParsedAmount p = parse_amount(s, currency.decimals);
  const std::string code(currency.code);
  switch (p.error) {
    case AmountError::none:
      return Money(currency, p.minor);
    case AmountError::invalid:
      r.issues.error("money.invalid", at,
                     std::string(key) + " " + quote_value(s) +
                         " is not an amount (digits with an optional dot, e.g. \"12.50\").");
      break;
    case AmountError::too_many_decimals:
      r.issues.error("money.invalid", at,
                     std::string(key) + " " + quote_value(s) + " has more decimals than " + code +
                         " allows (" + std::to_string(currency.decimals) + ").");
      break;
    case AmountError::out_of_range:
      r.issues.error("money.out_of_range", at,
                     std::string(key) + " " + quote_value(s) + " " + code +
                         " is beyond the supported range of " +
                         format_minor(kMaxMinorUnits, currency.decimals) + ".");
      break;
  }
  return std::nullopt;
}

std::string unknown_currency_text(std::string_view key, std::string_view code) {
  return std::string(key) + " " + quote_value(code) +
         " is not a currency the core knows (upper-case ISO 4217 codes such as \"EUR\")";
}

const Currency* read_currency(const FieldReader& r, const Json& obj, std::string_view key,
                              const Path& at, bool required) {
  auto s = r.string(obj, key, at, required);
  if (!s) return nullptr;
  const Currency* c = find_currency(*s);
  if (!c) {
    r.issues.error("currency.unknown", at, unknown_currency_text(key, *s) + ".");
  }
  return c;
}

}  // namespace claims
