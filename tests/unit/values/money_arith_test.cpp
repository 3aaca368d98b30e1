#include <gtest/gtest.h>

#include "values/exact.h"
#include "values/money.h"

using namespace claims;

namespace {
const Currency& EUR = *find_currency("EUR");
const Currency& USD = *find_currency("USD");
const Currency& JPY = *find_currency("JPY");
const Currency& KWD = *find_currency("KWD");

Percent pct(const char* s) {
  auto p = parse_scaled(s, Percent::kDecimals, Percent::kMaxUnits);
  EXPECT_EQ(p.error, ScaledError::none) << s;
  return Percent(p.units);
}
FxRate rate(const char* s) {
  auto p = parse_scaled(s, FxRate::kDecimals, FxRate::kMaxUnits);
  EXPECT_EQ(p.error, ScaledError::none) << s;
  return FxRate(p.units);
}
std::string str(const MoneyResult& r) { return r.ok() ? r.value().str() : "error"; }
}  // namespace

TEST(CheckedMoney, AddsAndSubtractsInMinorUnits) {
  EXPECT_EQ(str(checked_add(Money(EUR, 480), Money(EUR, 384))), "8.64");
  EXPECT_EQ(str(checked_sub(Money(EUR, 480), Money(EUR, 500))), "-0.20");
  EXPECT_EQ(str(checked_add(Money(JPY, 1500), Money(JPY, 1))), "1501");
  EXPECT_EQ(str(checked_add(Money(KWD, 125), Money(KWD, 1))), "0.126");
}

TEST(CheckedMoney, RefusesAnotherCurrency) {
  auto r = checked_add(Money(EUR, 100), Money(USD, 100));
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.error(), MoneyError::currency_mismatch);
  EXPECT_EQ(checked_sub(Money(EUR, 100), Money(JPY, 100)).error(), MoneyError::currency_mismatch);
  // Same digits, different currency: still refused.
  EXPECT_EQ(checked_add(Money(EUR, 1), Money(USD, 1)).error(), MoneyError::currency_mismatch);
}

TEST(CheckedMoney, OverflowAtTheRangeEdge) {
  const Money top(EUR, kMaxMinorUnits);
  EXPECT_EQ(str(checked_add(Money(EUR, kMaxMinorUnits - 1), Money(EUR, 1))), "90000000000.00");
  EXPECT_EQ(checked_add(top, Money(EUR, 1)).error(), MoneyError::out_of_range);
  EXPECT_EQ(str(checked_sub(Money(EUR, -kMaxMinorUnits + 1), Money(EUR, 1))),
            "-90000000000.00");
  EXPECT_EQ(checked_sub(Money(EUR, -kMaxMinorUnits), Money(EUR, 1)).error(),
            MoneyError::out_of_range);
  EXPECT_EQ(checked_add(top, top).error(), MoneyError::out_of_range);
  EXPECT_EQ(money_from_minor(JPY, Int128(kMaxMinorUnits) + 1).error(), MoneyError::out_of_range);
  EXPECT_EQ(str(money_from_minor(JPY, -Int128(kMaxMinorUnits))), "-9000000000000");
}

TEST(RoundQuotient, HalfUpAwayFromZeroHalfEvenToEven) {
  // 0.125 -> 0.13 half-up, 0.12 half-even; 0.135 -> 0.14 either way (spec section 5).
  EXPECT_EQ(round_quotient(125, 10, Rounding::half_up), 13);
  EXPECT_EQ(round_quotient(125, 10, Rounding::half_even), 12);
  EXPECT_EQ(round_quotient(135, 10, Rounding::half_up), 14);
  EXPECT_EQ(round_quotient(135, 10, Rounding::half_even), 14);
  EXPECT_EQ(round_quotient(-125, 10, Rounding::half_up), -13);
  EXPECT_EQ(round_quotient(-125, 10, Rounding::half_even), -12);
  EXPECT_EQ(round_quotient(-135, 10, Rounding::half_even), -14);
  EXPECT_EQ(round_quotient(124, 10, Rounding::half_up), 12);
  EXPECT_EQ(round_quotient(126, 10, Rounding::half_even), 13);
  EXPECT_EQ(round_quotient(1, 3, Rounding::half_up), 0);
  EXPECT_EQ(round_quotient(2, 3, Rounding::half_up), 1);
  EXPECT_EQ(round_quotient(-2, 3, Rounding::half_up), -1);
}

TEST(RoundQuotient, FarBeyondSixtyFourBits) {
  const Int128 big = pow10_128(30) + 5;  // ...0005 / 10 is a tie
  EXPECT_EQ(to_string_128(round_quotient(big, 10, Rounding::half_up)),
            "100000000000000000000000000001");
  EXPECT_EQ(to_string_128(round_quotient(big, 10, Rounding::half_even)),
            "100000000000000000000000000000");
}

TEST(Rounding, Names) {
  EXPECT_EQ(parse_rounding("half_up"), Rounding::half_up);
  EXPECT_EQ(parse_rounding("half_even"), Rounding::half_even);
  EXPECT_FALSE(parse_rounding("HALF_UP"));
  EXPECT_FALSE(parse_rounding("bankers"));
  EXPECT_STREQ(rounding_name(Rounding::half_even), "half_even");
}

TEST(ApplyPercent, SpecValuesRoundedOnce) {
  EXPECT_EQ(str(apply_percent(Money(EUR, 8000), pct("5"), Rounding::half_up)), "4.00");
  EXPECT_EQ(str(apply_percent(Money(EUR, 4000), pct("2"), Rounding::half_up)), "0.80");
  EXPECT_EQ(str(apply_percent(Money(EUR, 480), pct("80"), Rounding::half_up)), "3.84");
  EXPECT_EQ(str(apply_percent(Money(EUR, 700), pct("5"), Rounding::half_up)), "0.35");
  // 2.50 x 5 % = 0.125
  EXPECT_EQ(str(apply_percent(Money(EUR, 250), pct("5"), Rounding::half_up)), "0.13");
  EXPECT_EQ(str(apply_percent(Money(EUR, 250), pct("5"), Rounding::half_even)), "0.12");
  // 2.70 x 5 % = 0.135
  EXPECT_EQ(str(apply_percent(Money(EUR, 270), pct("5"), Rounding::half_even)), "0.14");
  // 0.1250 % of 1000.00 = 1.25; of 1.00 = 0.00125 -> 0.00
  EXPECT_EQ(str(apply_percent(Money(EUR, 100000), pct("0.1250"), Rounding::half_up)), "1.25");
  EXPECT_EQ(str(apply_percent(Money(EUR, 100), pct("0.1250"), Rounding::half_up)), "0.00");
  // JPY has no decimals: 1500 x 2.5 % = 37.5 -> 38 / 38 (even)
  EXPECT_EQ(str(apply_percent(Money(JPY, 1500), pct("2.5"), Rounding::half_up)), "38");
  EXPECT_EQ(str(apply_percent(Money(JPY, 1500), pct("2.5"), Rounding::half_even)), "38");
  EXPECT_EQ(str(apply_percent(Money(JPY, 1300), pct("2.5"), Rounding::half_even)), "32");
  // KWD has three: 12.345 x 5 % = 0.61725 -> 0.617
  EXPECT_EQ(str(apply_percent(Money(KWD, 12345), pct("5"), Rounding::half_up)), "0.617");
  EXPECT_EQ(str(apply_percent(Money(KWD, 12350), pct("5"), Rounding::half_up)), "0.618");
  EXPECT_EQ(str(apply_percent(Money(KWD, 12350), pct("5"), Rounding::half_even)), "0.618");
  EXPECT_EQ(str(apply_percent(Money(KWD, 12330), pct("5"), Rounding::half_even)), "0.616");
}

TEST(Convert, ExactThenRoundedOnce) {
  // 100.00 USD at 0.9200 = 92.00 EUR
  EXPECT_EQ(str(convert(Money(USD, 10000), rate("0.9200"), EUR, Rounding::half_up)), "92.00");
  // 0.01 USD at 0.5 = 0.005 EUR: a tie
  EXPECT_EQ(str(convert(Money(USD, 1), rate("0.5"), EUR, Rounding::half_up)), "0.01");
  EXPECT_EQ(str(convert(Money(USD, 1), rate("0.5"), EUR, Rounding::half_even)), "0.00");
  // 1500 JPY at 0.006123 = 9.1845 EUR
  EXPECT_EQ(str(convert(Money(JPY, 1500), rate("0.006123"), EUR, Rounding::half_up)), "9.18");
  // 10.00 EUR at 162.345678 = 1623.45678 JPY
  EXPECT_EQ(str(convert(Money(EUR, 1000), rate("162.345678"), JPY, Rounding::half_up)), "1623");
  // The range applies to the converted amount too.
  EXPECT_EQ(convert(Money(EUR, kMaxMinorUnits), rate("2"), EUR, Rounding::half_up).error(),
            MoneyError::out_of_range);
}

TEST(Scaled, PercentAndRateText) {
  EXPECT_EQ(pct("5").ten_thousandths(), 50000);
  EXPECT_EQ(pct("2.5").ten_thousandths(), 25000);
  EXPECT_EQ(pct("0.1250").ten_thousandths(), 1250);
  EXPECT_EQ(pct("100").ten_thousandths(), 1000000);
  EXPECT_EQ(pct("0.1250").str(), "0.125");
  EXPECT_EQ(pct("5.0000").str(), "5");
  EXPECT_EQ(pct("0").str(), "0");
  EXPECT_EQ(rate("0.9200").millionths(), 920000);
  EXPECT_EQ(rate("0.9200").str(), "0.92");
  EXPECT_EQ(parse_scaled("0.12345", 4, Percent::kMaxUnits).error, ScaledError::too_many_decimals);
  EXPECT_EQ(parse_scaled("100.0001", 4, Percent::kMaxUnits).error, ScaledError::out_of_range);
  EXPECT_EQ(parse_scaled("1.1234567", 6, FxRate::kMaxUnits).error, ScaledError::too_many_decimals);
  EXPECT_EQ(parse_scaled("99999999999999999999", 6, FxRate::kMaxUnits).error,
            ScaledError::out_of_range);
  for (const char* bad : {"", "-5", "+5", "05", "5.", ".5", "5%", "1e2", " 5", "5,0"})
    EXPECT_EQ(parse_scaled(bad, 4, Percent::kMaxUnits).error, ScaledError::invalid) << bad;
}

TEST(Decimal, ExactSumsAndComparison) {
  auto a = *Decimal::make(125, 3);  // 0.125
  auto b = *Decimal::make(5, 1);    // 0.5
  auto s = *add(a, b);
  EXPECT_EQ(to_string_128(s.num()), "625");
  EXPECT_EQ(s.scale(), 3);
  EXPECT_EQ(compare(a, b), -1);
  EXPECT_EQ(compare(*Decimal::make(-15, 1), *Decimal::make(-12, 1)), -1);
  EXPECT_EQ(compare(*Decimal::make(50, 2), b), 0);
  EXPECT_EQ(*s.round_to(2, Rounding::half_up), 63);
  EXPECT_EQ(*s.round_to(2, Rounding::half_even), 62);
  EXPECT_EQ(*b.round_to(3, Rounding::half_up), 500);
  // Overflow is refused, not wrapped.
  auto huge = *Decimal::make(pow10_128(30), 0);
  EXPECT_FALSE(mul(huge, huge));
  EXPECT_FALSE(Decimal::make(pow10_128(37), 0));
  EXPECT_FALSE(huge.round_to(8, Rounding::half_up));
}
