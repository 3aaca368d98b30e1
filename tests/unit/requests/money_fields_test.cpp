#include "requests/money_fields.h"

#include <gtest/gtest.h>

using namespace claims;

TEST(ReadMoney, ReportsSpecCodes) {
  Issues issues;
  FieldReader r{issues, "claim.invalid", "claim.required"};
  const Currency& eur = *find_currency("EUR");
  Json obj = Json::parse(R"({"a": "12.345", "b": 12.5, "c": "90000000000.01", "d": "3"})");
  EXPECT_FALSE(read_money(r, obj, "a", Path("/a"), eur, true));
  EXPECT_FALSE(read_money(r, obj, "b", Path("/b"), eur, true));
  EXPECT_FALSE(read_money(r, obj, "c", Path("/c"), eur, true));
  EXPECT_FALSE(read_money(r, obj, "missing", Path("/missing"), eur, true));
  EXPECT_EQ(read_money(r, obj, "d", Path("/d"), eur, true)->minor(), 300);
  ASSERT_EQ(issues.size(), 4u);
  EXPECT_EQ(issues.list()[0].code, "money.invalid");
  EXPECT_NE(issues.list()[0].message.find("12.345"), std::string::npos);
  EXPECT_EQ(issues.list()[1].code, "money.invalid");
  EXPECT_EQ(issues.list()[2].code, "money.out_of_range");
  EXPECT_EQ(issues.list()[3].code, "claim.required");
}
