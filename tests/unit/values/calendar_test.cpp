#include "values/calendar.h"

#include <gtest/gtest.h>

using claims::Date;
using claims::Days;
using claims::parse_date;

TEST(ParseDate, AcceptsIsoDates) {
  auto d = parse_date("2026-01-15");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->iso(), "2026-01-15");
  EXPECT_EQ(parse_date("2028-02-29")->iso(), "2028-02-29");
  EXPECT_EQ(parse_date("1970-01-01")->iso(), "1970-01-01");
  EXPECT_EQ(parse_date("2199-12-31")->iso(), "2199-12-31");
}

TEST(ParseDate, RejectsTheSpecsInvalidForms) {
  EXPECT_FALSE(parse_date("2026-02-30"));
  EXPECT_FALSE(parse_date("2026-2-3"));
  EXPECT_FALSE(parse_date("20260203"));
  EXPECT_FALSE(parse_date("2027-02-29"));  // not a leap year
  EXPECT_FALSE(parse_date("2026-13-01"));
  EXPECT_FALSE(parse_date("2026-00-10"));
  EXPECT_FALSE(parse_date("1969-12-31"));  // before the supported range
  EXPECT_FALSE(parse_date("2200-01-01"));
  EXPECT_FALSE(parse_date("2026-01-1x"));
  EXPECT_FALSE(parse_date(" 2026-01-15"));
  EXPECT_FALSE(parse_date(""));
}

TEST(DateArithmetic, CalendarDays) {
  const Date d = *parse_date("2026-01-01");
  EXPECT_EQ((d + Days{14}).iso(), "2026-01-15");
  EXPECT_EQ((d + Days{90}).iso(), "2026-04-01");
  EXPECT_EQ((d - Days{1}).iso(), "2025-12-31");
  EXPECT_EQ((*parse_date("2026-03-05")).days_since(d), 63);
}

TEST(DateArithmetic, Weekday) {
  EXPECT_EQ(parse_date("2026-03-01")->iso_weekday(), 7u);  // Sunday
  EXPECT_EQ(parse_date("2026-03-04")->iso_weekday(), 3u);  // Wednesday
}
