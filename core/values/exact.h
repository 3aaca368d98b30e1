// Exact decimal arithmetic for money paths (spec section 2): products of amounts, rates
// and percentages are held as integers over a power of ten, wide enough (128 bits) that
// nothing is lost before the single rounding at the end. No binary floating point.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace claims {

// GCC and clang (Emscripten included) provide 128-bit integers; __extension__ keeps
// -Wpedantic quiet about the non-standard type.
__extension__ typedef __int128 Int128;

enum class Rounding { half_up, half_even };

// "half_up" (halves away from zero) or "half_even"; nullopt for anything else.
std::optional<Rounding> parse_rounding(std::string_view name);
const char* rounding_name(Rounding mode);

// num / den rounded once to an integer with `mode`; den must be positive.
Int128 round_quotient(Int128 num, Int128 den, Rounding mode);

// 10^n for 0 <= n <= 38.
Int128 pow10_128(int n);

// Decimal text of a 128-bit integer (std::to_string has no overload for it).
std::string to_string_128(Int128 v);

// An exact decimal value num / 10^scale. Operations return nullopt rather than overflow:
// |num| stays at most 10^36, far beyond any amount the range allows times any rate.
class Decimal {
 public:
  static constexpr int kMaxScale = 36;
  Decimal() = default;
  static std::optional<Decimal> make(Int128 num, int scale);

  Int128 num() const { return num_; }
  int scale() const { return scale_; }
  bool is_negative() const { return num_ < 0; }

  // Rounded once to `decimals` digits after the point; the result counts units of
  // 10^-decimals (minor units when `decimals` is a currency's). nullopt on overflow.
  std::optional<Int128> round_to(int decimals, Rounding mode) const;

  // Exact comparison (scales aligned without loss; both values are bounded).
  friend int compare(const Decimal& a, const Decimal& b);

 private:
  Decimal(Int128 num, int scale) : num_(num), scale_(scale) {}
  Int128 num_ = 0;
  int scale_ = 0;
  friend std::optional<Decimal> mul(const Decimal& a, const Decimal& b);
  friend std::optional<Decimal> add(const Decimal& a, const Decimal& b);
};

std::optional<Decimal> mul(const Decimal& a, const Decimal& b);
std::optional<Decimal> add(const Decimal& a, const Decimal& b);

// A non-negative decimal string `(0|[1-9][0-9]*)(\.[0-9]+)?` with a bounded number of
// decimals, as an integer count of 10^-decimals.
enum class ScaledError { none, invalid, too_many_decimals, out_of_range };
struct ParsedScaled {
  ScaledError error = ScaledError::none;
  std::int64_t units = 0;
};
ParsedScaled parse_scaled(std::string_view text, int decimals, std::int64_t max_units);

// Canonical text of a scaled value: no trailing zeros after the point, no lone point
// (25000 at 4 decimals -> "2.5", 50000 -> "5", 1250 -> "0.125").
std::string format_scaled(std::int64_t units, int decimals);

// A percentage with at most 4 decimals ("5", "2.5", "0.1250"), 0 to 100 inclusive, held
// in ten-thousandths of a percent. Not a Money and not a day count.
class Percent {
 public:
  static constexpr int kDecimals = 4;
  static constexpr std::int64_t kMaxUnits = 100 * 10'000;
  explicit Percent(std::int64_t ten_thousandths) : units_(ten_thousandths) {}
  std::int64_t ten_thousandths() const { return units_; }
  // The fraction it stands for (percent / 100), exactly: units / 10^6.
  Decimal fraction() const;
  std::string str() const { return format_scaled(units_, kDecimals); }
  friend bool operator==(Percent a, Percent b) { return a.units_ == b.units_; }
  // The rule in words, for messages: "from 0 to 100 with at most 4 decimals".
  static std::string rule();

 private:
  std::int64_t units_;
};

// An exchange rate, contract units per sale unit, with at most 6 decimals, above 0 and
// at most 1,000,000, held in millionths.
class FxRate {
 public:
  static constexpr int kDecimals = 6;
  static constexpr std::int64_t kMaxUnits = 1'000'000LL * 1'000'000LL;
  explicit FxRate(std::int64_t millionths) : units_(millionths) {}
  std::int64_t millionths() const { return units_; }
  Decimal value() const;
  std::string str() const { return format_scaled(units_, kDecimals); }
  // The rule in words, for messages: "above 0 and at most 1000000 with at most 6 decimals".
  static std::string rule();

 private:
  std::int64_t units_;
};

}  // namespace claims
