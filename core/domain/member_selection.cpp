#include "domain/member_selection.h"

#include "values/exact.h"

namespace claims {

bool average_at_least(const Money& spent, std::int64_t orders, const Money& bound) {
  return Int128(spent.minor()) >= Int128(bound.minor()) * Int128(orders);
}

bool average_at_most(const Money& spent, std::int64_t orders, const Money& bound) {
  return Int128(spent.minor()) <= Int128(bound.minor()) * Int128(orders);
}

bool meets_criteria(const MemberActivity& m, const SelectionCriteria& c, Date as_of) {
  if (c.inactive_days_at_least && m.last_order_on &&
      !(*m.last_order_on + *c.inactive_days_at_least <= as_of))
    return false;
  if (c.active_within_days &&
      !(m.last_order_on && *m.last_order_on + *c.active_within_days >= as_of))
    return false;
  if (c.orders_at_least && m.orders < *c.orders_at_least) return false;
  if (c.orders_at_most && m.orders > *c.orders_at_most) return false;
  if (c.average_basket_at_least &&
      (m.orders == 0 || !average_at_least(m.spent, m.orders, *c.average_basket_at_least)))
    return false;
  if (c.average_basket_at_most &&
      (m.orders == 0 || !average_at_most(m.spent, m.orders, *c.average_basket_at_most)))
    return false;
  if (c.available_at_least && m.available.minor() < c.available_at_least->minor()) return false;
  if (c.available_at_most && m.available.minor() > c.available_at_most->minor()) return false;
  return true;
}

}  // namespace claims
