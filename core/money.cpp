#include "money.h"

namespace claims {

std::string Money::str() const { return format_minor(minor_, currency_->decimals); }

ParsedAmount parse_amount(std::string_view s, int decimals) {
  ParsedAmount out;
  std::size_t i = 0;
  const bool negative = !s.empty() && s[0] == '-';
  if (negative) ++i;
  const std::size_t int_start = i;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  const std::size_t int_len = i - int_start;
  if (int_len == 0 || (int_len > 1 && s[int_start] == '0')) {
    out.error = AmountError::invalid;
    return out;
  }
  std::size_t frac_start = i, frac_len = 0;
  if (i < s.size() && s[i] == '.') {
    frac_start = ++i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    frac_len = i - frac_start;
    if (frac_len == 0) {
      out.error = AmountError::invalid;
      return out;
    }
  }
  if (i != s.size()) {
    out.error = AmountError::invalid;
    return out;
  }
  if (frac_len > std::size_t(decimals)) {
    out.error = AmountError::too_many_decimals;
    return out;
  }
  // Accumulate digits, stopping as soon as the limit is passed (no overflow possible:
  // the limit is far below INT64_MAX / 10).
  std::int64_t v = 0;
  auto push = [&](char c) {
    v = v * 10 + (c - '0');
    return v <= kMaxMinorUnits;
  };
  for (std::size_t k = int_start; k < int_start + int_len; ++k)
    if (!push(s[k])) { out.error = AmountError::out_of_range; return out; }
  for (int k = 0; k < decimals; ++k) {
    const char c = std::size_t(k) < frac_len ? s[frac_start + std::size_t(k)] : '0';
    if (!push(c)) { out.error = AmountError::out_of_range; return out; }
  }
  out.minor = negative ? -v : v;
  return out;
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
