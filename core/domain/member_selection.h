// Groups by activity (spec section 9, select_members): a member's activity as typed values
// and the criteria a loyalty team selects members by (recency, frequency and monetary
// value). Reading them from a request and writing the result is the operation's business
// (core/operations/select_members.cpp); the rule is here.
#pragma once
#include <cstdint>
#include <optional>

#include "values/calendar.h"
#include "values/money.h"

namespace claims {

// The most orders a member may have (spec section 9).
constexpr std::int64_t kMaxMemberOrders = 1'000'000'000;

struct MemberActivity {
  std::optional<Date> last_order_on;  // absent: never ordered
  std::int64_t orders;                // 0 .. kMaxMemberOrders
  Money spent;                        // >= 0
  Money available;                    // may be negative
};

// Every criterion given must hold; none given selects every member. Day counts are
// 0 .. kMaxDayCount; the money bounds are in the members' currency.
struct SelectionCriteria {
  std::optional<Days> inactive_days_at_least;
  std::optional<Days> active_within_days;
  std::optional<std::int64_t> orders_at_least;
  std::optional<std::int64_t> orders_at_most;
  std::optional<Money> average_basket_at_least;
  std::optional<Money> average_basket_at_most;
  std::optional<Money> available_at_least;
  std::optional<Money> available_at_most;
};

// Whether `member` meets every criterion on `as_of`:
// - inactive_days_at_least N: never ordered, or last_order_on + N days <= as_of;
// - active_within_days N: last_order_on given and last_order_on + N days >= as_of;
// - average basket (spent / orders) compared exactly, without rounding; a member with no
//   orders has no average and meets neither average criterion.
bool meets_criteria(const MemberActivity& member, const SelectionCriteria& criteria,
                    Date as_of);

// spent / orders >= bound (at_least) or <= bound (at_most), exactly: spent >= bound x
// orders in minor units, in 128 bits (9e12 x 1e9 does not fit in 64). orders > 0.
bool average_at_least(const Money& spent, std::int64_t orders, const Money& bound);
bool average_at_most(const Money& spent, std::int64_t orders, const Money& bound);

}  // namespace claims
