#include "values/currency.h"

namespace claims {

namespace {
constexpr Currency kCurrencies[] = {
    {"EUR", 2}, {"USD", 2}, {"GBP", 2}, {"CHF", 2}, {"CAD", 2}, {"AUD", 2}, {"SEK", 2},
    {"NOK", 2}, {"DKK", 2}, {"PLN", 2}, {"CZK", 2}, {"HUF", 2}, {"BRL", 2}, {"MXN", 2},
    {"INR", 2}, {"CNY", 2}, {"JPY", 0}, {"KRW", 0}, {"BHD", 3}, {"KWD", 3}, {"JOD", 3},
    {"OMR", 3}, {"TND", 3},
};
}  // namespace

const Currency* find_currency(std::string_view code) {
  for (const auto& c : kCurrencies)
    if (c.code == code) return &c;
  return nullptr;
}

}  // namespace claims
