// Control for the money_*.fail.cpp and checked_add_*.fail.cpp tests: the checked
// operations compile for two Money values and an explicit Percent.
#include "values/calendar.h"
#include "values/money.h"

bool fine(const claims::Money& a, const claims::Money& b, claims::Date d) {
  auto sum = claims::checked_add(a, b);
  auto diff = claims::checked_sub(a, b);
  auto share = claims::apply_percent(a, claims::Percent(50000), claims::Rounding::half_up);
  auto later = d + claims::Days{3};
  return sum.ok() && diff.ok() && share.ok() && later > d;
}
