#include <gtest/gtest.h>

#include "values/money.h"

using namespace claims;

TEST(ParseAmount, CanonicalAndShortForms) {
  EXPECT_EQ(parse_amount("120.00", 2).minor, 12000);
  EXPECT_EQ(parse_amount("6", 2).minor, 600);
  EXPECT_EQ(parse_amount("6.5", 2).minor, 650);
  EXPECT_EQ(parse_amount("-10", 2).minor, -1000);
  EXPECT_EQ(parse_amount("0.5", 2).minor, 50);
  EXPECT_EQ(parse_amount("1500", 0).minor, 1500);
  EXPECT_EQ(parse_amount("0.125", 3).minor, 125);
}

TEST(ParseAmount, RefusesWhatItCannotHoldExactly) {
  EXPECT_EQ(parse_amount("12.345", 2).error, AmountError::too_many_decimals);
  EXPECT_EQ(parse_amount("6.000", 2).error, AmountError::too_many_decimals);
  EXPECT_EQ(parse_amount("1.5", 0).error, AmountError::too_many_decimals);
  for (const char* bad : {"", "-", "01", "1.", ".5", "1,50", "+1", "1e3", " 1", "1 ", "--1",
                          "0x10", "NaN"})
    EXPECT_EQ(parse_amount(bad, 2).error, AmountError::invalid) << bad;
}

TEST(ParseAmount, RangeEdge) {
  EXPECT_EQ(parse_amount("90000000000.00", 2).minor, 9'000'000'000'000);
  EXPECT_EQ(parse_amount("-90000000000.00", 2).minor, -9'000'000'000'000);
  EXPECT_EQ(parse_amount("90000000000.01", 2).error, AmountError::out_of_range);
  EXPECT_EQ(parse_amount("9000000000001", 0).error, AmountError::out_of_range);
  EXPECT_EQ(parse_amount("99999999999999999999999999", 2).error, AmountError::out_of_range);
}

TEST(FormatMinor, AllTheCurrencysDecimals) {
  EXPECT_EQ(format_minor(600, 2), "6.00");
  EXPECT_EQ(format_minor(5, 2), "0.05");
  EXPECT_EQ(format_minor(-5, 2), "-0.05");
  EXPECT_EQ(format_minor(1500, 0), "1500");
  EXPECT_EQ(format_minor(125, 3), "0.125");
  EXPECT_EQ(format_minor(0, 2), "0.00");
  EXPECT_EQ(Money(*find_currency("JPY"), 1500).str(), "1500");
}

TEST(Currency, Table) {
  EXPECT_EQ(find_currency("EUR")->decimals, 2);
  EXPECT_EQ(find_currency("JPY")->decimals, 0);
  EXPECT_EQ(find_currency("KWD")->decimals, 3);
  EXPECT_EQ(find_currency("eur"), nullptr);
  EXPECT_EQ(find_currency("XXX"), nullptr);
}
