#include "values/exact.h"

namespace claims {

namespace {
constexpr int kMaxDigits = 36;

Int128 abs128(Int128 v) { return v < 0 ? -v : v; }

// a * b when |a * b| <= 10^36, else nullopt. Checked by division, so it needs no
// overflow builtins (which not every 128-bit runtime provides).
std::optional<Int128> checked_mul(Int128 a, Int128 b) {
  const Int128 limit = pow10_128(kMaxDigits);
  if (a == 0 || b == 0) return Int128(0);
  if (abs128(a) > limit / abs128(b)) return std::nullopt;
  return a * b;
}

std::optional<Int128> checked_add(Int128 a, Int128 b) {
  const Int128 limit = pow10_128(kMaxDigits);
  const Int128 s = a + b;  // cannot overflow: both are at most 10^36 in magnitude
  if (abs128(s) > limit) return std::nullopt;
  return s;
}
}  // namespace

std::optional<Rounding> parse_rounding(std::string_view name) {
  if (name == "half_up") return Rounding::half_up;
  if (name == "half_even") return Rounding::half_even;
  return std::nullopt;
}

const char* rounding_name(Rounding mode) {
  return mode == Rounding::half_up ? "half_up" : "half_even";
}

Int128 pow10_128(int n) {
  Int128 v = 1;
  for (int i = 0; i < n; ++i) v *= 10;
  return v;
}

std::string to_string_128(Int128 v) {
  if (v == 0) return "0";
  const bool negative = v < 0;
  // Work on the negative side so the most negative value has no overflow.
  std::string digits;
  Int128 n = negative ? v : -v;
  while (n != 0) {
    const int d = int(-(n % 10));
    digits.insert(digits.begin(), char('0' + d));
    n /= 10;
  }
  if (negative) digits.insert(digits.begin(), '-');
  return digits;
}

Int128 round_quotient(Int128 num, Int128 den, Rounding mode) {
  // Truncating division, then decide on the remainder: below half stays, above half
  // moves away from zero, exactly half depends on the mode.
  const Int128 q = num / den;
  const Int128 r = abs128(num % den);
  const Int128 twice = 2 * r;  // r < den <= 10^36: no overflow
  const Int128 away = num < 0 ? q - 1 : q + 1;
  if (twice < den) return q;
  if (twice > den) return away;
  if (mode == Rounding::half_up) return away;
  return (q % 2 == 0) ? q : away;
}

std::optional<Decimal> Decimal::make(Int128 num, int scale) {
  if (scale < 0 || scale > kMaxScale || abs128(num) > pow10_128(kMaxDigits)) return std::nullopt;
  return Decimal(num, scale);
}

std::optional<Int128> Decimal::round_to(int decimals, Rounding mode) const {
  if (decimals >= scale_) return checked_mul(num_, pow10_128(decimals - scale_));
  return round_quotient(num_, pow10_128(scale_ - decimals), mode);
}

std::optional<Decimal> mul(const Decimal& a, const Decimal& b) {
  const int scale = a.scale_ + b.scale_;
  if (scale > Decimal::kMaxScale) return std::nullopt;
  auto n = checked_mul(a.num_, b.num_);
  if (!n) return std::nullopt;
  return Decimal(*n, scale);
}

std::optional<Decimal> add(const Decimal& a, const Decimal& b) {
  const int scale = a.scale_ > b.scale_ ? a.scale_ : b.scale_;
  auto an = checked_mul(a.num_, pow10_128(scale - a.scale_));
  auto bn = checked_mul(b.num_, pow10_128(scale - b.scale_));
  if (!an || !bn) return std::nullopt;
  auto s = checked_add(*an, *bn);
  if (!s) return std::nullopt;
  return Decimal(*s, scale);
}

int compare(const Decimal& a, const Decimal& b) {
  // Compare integer parts first so aligning scales cannot overflow.
  const Int128 ai = a.num_ / pow10_128(a.scale_), bi = b.num_ / pow10_128(b.scale_);
  if (ai != bi) return ai < bi ? -1 : 1;
  const int scale = a.scale_ > b.scale_ ? a.scale_ : b.scale_;
  const Int128 af = (a.num_ % pow10_128(a.scale_)) * pow10_128(scale - a.scale_);
  const Int128 bf = (b.num_ % pow10_128(b.scale_)) * pow10_128(scale - b.scale_);
  if (af == bf) return 0;
  return af < bf ? -1 : 1;
}

ParsedScaled parse_scaled(std::string_view s, int decimals, std::int64_t max_units) {
  ParsedScaled out;
  std::size_t i = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  const std::size_t int_len = i;
  if (int_len == 0 || (int_len > 1 && s[0] == '0')) {
    out.error = ScaledError::invalid;
    return out;
  }
  std::size_t frac_start = i, frac_len = 0;
  if (i < s.size() && s[i] == '.') {
    frac_start = ++i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    frac_len = i - frac_start;
    if (frac_len == 0) {
      out.error = ScaledError::invalid;
      return out;
    }
  }
  if (i != s.size()) {
    out.error = ScaledError::invalid;
    return out;
  }
  if (frac_len > std::size_t(decimals)) {
    out.error = ScaledError::too_many_decimals;
    return out;
  }
  // Stops as soon as the bound is passed; max_units is far below INT64_MAX / 10.
  std::int64_t v = 0;
  auto push = [&](char c) {
    v = v * 10 + (c - '0');
    return v <= max_units;
  };
  for (std::size_t k = 0; k < int_len; ++k)
    if (!push(s[k])) { out.error = ScaledError::out_of_range; return out; }
  for (int k = 0; k < decimals; ++k) {
    const char c = std::size_t(k) < frac_len ? s[frac_start + std::size_t(k)] : '0';
    if (!push(c)) { out.error = ScaledError::out_of_range; return out; }
  }
  out.units = v;
  return out;
}

std::string format_scaled(std::int64_t units, int decimals) {
  const bool negative = units < 0;
  std::string digits = to_string_128(negative ? -Int128(units) : Int128(units));
  if (decimals > 0) {
    if (digits.size() <= std::size_t(decimals))
      digits.insert(0, std::size_t(decimals) + 1 - digits.size(), '0');
    digits.insert(digits.size() - std::size_t(decimals), 1, '.');
    while (digits.back() == '0') digits.pop_back();
    if (digits.back() == '.') digits.pop_back();
  }
  if (negative) digits.insert(digits.begin(), '-');
  return digits;
}

Decimal Percent::fraction() const { return *Decimal::make(units_, kDecimals + 2); }

Decimal FxRate::value() const { return *Decimal::make(units_, kDecimals); }

std::string Percent::rule() {
  return "from 0 to " + format_scaled(kMaxUnits, kDecimals) + " with at most " +
         std::to_string(kDecimals) + " decimals";
}

std::string FxRate::rule() {
  return "above 0 and at most " + format_scaled(kMaxUnits, kDecimals) + " with at most " +
         std::to_string(kDecimals) + " decimals";
}

}  // namespace claims
