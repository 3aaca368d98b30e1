// Reading money and currency members of request objects, reporting the spec's codes:
// money.invalid (malformed, too many decimals, a JSON number), money.out_of_range,
// currency.unknown. Sign rules (negative, zero) are the caller's.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "values/money.h"
#include "requests/fields.h"

namespace claims {

std::optional<Money> read_money(const FieldReader& r, const Json& obj, std::string_view key,
                                const Path& at, const Currency& currency, bool required);
// "<key> "<code>" is not a currency the core knows (...)", without the full stop.
std::string unknown_currency_text(std::string_view key, std::string_view code);
// A currency code member; unknown codes are currency.unknown.
const Currency* read_currency(const FieldReader& r, const Json& obj, std::string_view key,
                              const Path& at, bool required);

}  // namespace claims
