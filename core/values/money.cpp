#include "values/money.h"

namespace claims {

std::string Money::str() const { return format_minor(minor_, currency_->decimals); }

std::string money_text(const Money& m) { return m.str() + " " + std::string(m.currency().code); }

ParsedAmount parse_amount(std::string_view s, int decimals) {
  // The sign is ours; digits, decimals and the range check are parse_scaled's.
  const bool negative = !s.empty() && s[0] == '-';
  const ParsedScaled magnitude = parse_scaled(negative ? s.substr(1) : s, decimals, kMaxMinorUnits);
  ParsedAmount out;
  switch (magnitude.error) {
    case ScaledError::none: out.minor = negative ? -magnitude.units : magnitude.units; break;
    case ScaledError::invalid: out.error = AmountError::invalid; break;
    case ScaledError::too_many_decimals: out.error = AmountError::too_many_decimals; break;
    case ScaledError::out_of_range: out.error = AmountError::out_of_range; break;
  }
  return out;
}

std::optional<Money> parse_money(std::string_view text, const Currency& currency) {
  const ParsedAmount p = parse_amount(text, currency.decimals);
  if (p.error != AmountError::none) return std::nullopt;
  return Money(currency, p.minor);
}

std::string format_minor(std::int64_t minor, int decimals) {
  // |minor| fits in uint64 even for INT64_MIN.
  const bool negative = minor < 0;
  std::uint64_t mag = negative ? std::uint64_t(0) - std::uint64_t(minor) : std::uint64_t(minor);
  std::string digits = std::to_string(mag);
  if (decimals > 0) {
    if (digits.size() <= std::size_t(decimals))
      digits.insert(0, std::size_t(decimals) + 1 - digits.size(), '0');
    digits.insert(digits.size() - std::size_t(decimals), 1, '.');
  }
  if (negative) digits.insert(digits.begin(), '-');
  return digits;
}

MoneyResult checked_add(const Money& a, const Money& b) {
  if (a.currency().code != b.currency().code) return MoneyError::currency_mismatch;
  return money_from_minor(a.currency(), Int128(a.minor()) + Int128(b.minor()));
}

MoneyResult checked_sub(const Money& a, const Money& b) {
  if (a.currency().code != b.currency().code) return MoneyError::currency_mismatch;
  return money_from_minor(a.currency(), Int128(a.minor()) - Int128(b.minor()));
}

MoneyResult money_from_minor(const Currency& currency, Int128 minor) {
  if (minor > kMaxMinorUnits || minor < -kMaxMinorUnits) return MoneyError::out_of_range;
  return Money(currency, static_cast<std::int64_t>(minor));
}

MoneyResult round_money(const Currency& currency, const Decimal& major, Rounding mode) {
  auto minor = major.round_to(currency.decimals, mode);
  if (!minor) return MoneyError::out_of_range;
  return money_from_minor(currency, *minor);
}

Decimal exact(const Money& m) { return *Decimal::make(m.minor(), m.currency().decimals); }

MoneyResult apply_percent(const Money& m, Percent p, Rounding mode) {
  auto product = mul(exact(m), p.fraction());
  if (!product) return MoneyError::out_of_range;
  return round_money(m.currency(), *product, mode);
}

MoneyResult convert(const Money& m, FxRate rate, const Currency& to, Rounding mode) {
  auto product = mul(exact(m), rate.value());
  if (!product) return MoneyError::out_of_range;
  return round_money(to, *product, mode);
}

}  // namespace claims
