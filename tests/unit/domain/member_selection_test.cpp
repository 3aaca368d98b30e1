// The selection rule of select_members (spec section 9) on typed values.
#include "domain/member_selection.h"

#include <gtest/gtest.h>

using namespace claims;

namespace {
const Currency& eur() { return *find_currency("EUR"); }
Money euros(std::int64_t cents) { return Money(eur(), cents); }
Date day(int y, unsigned m, unsigned d) { return Date::from_ymd(y, m, d); }
MemberActivity activity(std::optional<Date> last, std::int64_t orders, std::int64_t spent_cents,
                        std::int64_t available_cents = 0) {
  return MemberActivity{last, orders, euros(spent_cents), euros(available_cents)};
}
}  // namespace

TEST(MemberSelection, SpecExampleInactiveNinetyDays) {
  SelectionCriteria c;
  c.inactive_days_at_least = Days{90};
  const Date as_of = day(2026, 3, 1);
  EXPECT_TRUE(meets_criteria(activity(day(2025, 11, 20), 12, 83000), c, as_of));
  EXPECT_FALSE(meets_criteria(activity(day(2026, 2, 27), 1, 3500), c, as_of));
  EXPECT_TRUE(meets_criteria(activity(std::nullopt, 0, 0), c, as_of));
}

TEST(MemberSelection, AverageExactlyWithoutRounding) {
  // 830.00 / 12 = 69.1666...
  EXPECT_TRUE(average_at_least(euros(83000), 12, euros(6916)));
  EXPECT_FALSE(average_at_least(euros(83000), 12, euros(6917)));
  EXPECT_FALSE(average_at_most(euros(83000), 12, euros(6916)));
  EXPECT_TRUE(average_at_most(euros(83000), 12, euros(6917)));
  // 9e12 minor units x 1e9 orders: beyond 64 bits.
  EXPECT_TRUE(average_at_most(euros(9'000'000'000'000), 1'000'000'000, euros(9'000'000'000'000)));
  EXPECT_FALSE(average_at_least(euros(9'000'000'000'000), 1'000'000'000, euros(9'001)));
  EXPECT_TRUE(average_at_least(euros(9'000'000'000'000), 1'000'000'000, euros(9'000)));
}

TEST(MemberSelection, NoOrdersNoAverage) {
  SelectionCriteria c;
  c.average_basket_at_most = euros(100000);
  EXPECT_FALSE(meets_criteria(activity(std::nullopt, 0, 0), c, day(2026, 3, 1)));
}
