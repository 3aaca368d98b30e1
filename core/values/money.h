// Exact money (spec section 2): integers in the currency's minor units, never binary
// floating point. Parsing refuses what it cannot hold exactly instead of rounding.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "values/currency.h"
#include "values/exact.h"

namespace claims {

// Amounts beyond this many minor units either way are money.out_of_range.
constexpr std::int64_t kMaxMinorUnits = 9'000'000'000'000;

// Money has no arithmetic operators on purpose: adding it to a Days count, a bare integer
// or a Money of another currency must not compile or must be refused (checked_add below;
// the currency is only known at run time). tests/compile_fail/ holds the proofs.

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

// The amount in `currency` when `text` is one, else nullopt (callers that need to say
// why use parse_amount or read_money).
std::optional<Money> parse_money(std::string_view text, const Currency& currency);

// A Money with its currency, for messages: "6.00 EUR".
std::string money_text(const Money& m);

// Formats minor units with `decimals` decimals.
std::string format_minor(std::int64_t minor, int decimals);

// Outcome of checked money arithmetic: a Money, or why there is none.
enum class MoneyError { none, currency_mismatch, out_of_range };

class MoneyResult {
 public:
  MoneyResult(Money value) : value_(value) {}  // NOLINT: implicit on purpose
  MoneyResult(MoneyError error) : error_(error) {}  // NOLINT
  bool ok() const { return error_ == MoneyError::none; }
  MoneyError error() const { return error_; }
  // Only when ok().
  const Money& value() const { return *value_; }

 private:
  std::optional<Money> value_;
  MoneyError error_ = MoneyError::none;
};

// Exact sum / difference in minor units. A Money of another currency is refused
// (currency_mismatch); a result beyond +-kMaxMinorUnits is out_of_range.
MoneyResult checked_add(const Money& a, const Money& b);
MoneyResult checked_sub(const Money& a, const Money& b);

// Minor units already exact, checked against the range.
MoneyResult money_from_minor(const Currency& currency, Int128 minor);

// An exact amount in major units of `currency` ("12.3456" EUR), rounded once to the
// currency's minor unit with `mode`, then checked against the range.
MoneyResult round_money(const Currency& currency, const Decimal& major, Rounding mode);

// The exact value of a Money in major units (minor / 10^decimals).
Decimal exact(const Money& m);

// money x percent / 100, exact, rounded once (spec section 5 rule 7).
MoneyResult apply_percent(const Money& m, Percent p, Rounding mode);

// Converts `m` to `to` at `rate` (units of `to` per unit of m's currency), exact,
// rounded once.
MoneyResult convert(const Money& m, FxRate rate, const Currency& to, Rounding mode);

}  // namespace claims
