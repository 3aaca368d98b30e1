// Exact money (spec section 2): integers in the currency's minor units, never binary
// floating point. Parsing refuses what it cannot hold exactly instead of rounding.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "currency.h"

namespace claims {

// Amounts beyond this many minor units either way are money.out_of_range.
constexpr std::int64_t kMaxMinorUnits = 9'000'000'000'000;

class Money {
 public:
  Money(const Currency& currency, std::int64_t minor) : currency_(&currency), minor_(minor) {}
  const Currency& currency() const { return *currency_; }
  std::int64_t minor() const { return minor_; }
  bool is_negative() const { return minor_ < 0; }
  bool is_zero() const { return minor_ == 0; }
  // Canonical form: all the currency's decimals ("6.00", "1500" for JPY, "-0.125" BHD).
  std::string str() const;

  friend bool operator==(const Money& a, const Money& b) {
    return a.currency_ == b.currency_ && a.minor_ == b.minor_;
  }
  friend bool operator!=(const Money& a, const Money& b) { return !(a == b); }

 private:
  const Currency* currency_;
  std::int64_t minor_;
};

enum class AmountError { none, invalid, too_many_decimals, out_of_range };

struct ParsedAmount {
  AmountError error = AmountError::none;
  std::int64_t minor = 0;
};

// Parses `-?(0|[1-9][0-9]*)(\.[0-9]+)?` into minor units of a currency with `decimals`.
ParsedAmount parse_amount(std::string_view text, int decimals);

// Formats minor units with `decimals` decimals.
std::string format_minor(std::int64_t minor, int decimals);

}  // namespace claims
