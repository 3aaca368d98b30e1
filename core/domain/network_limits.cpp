#include "domain/network_limits.h"

namespace claims {

Date add_years_clamped(Date d, int years) {
  const date::year_month_day ymd = d.ymd();
  date::year_month_day moved = ymd + date::years(years);
  if (!moved.ok()) moved = date::year_month_day_last(moved.year(), date::month_day_last(moved.month()));
  return Date(date::sys_days(moved));
}

bool awin_too_old(Date order_date, Date as_of) {
  return add_years_clamped(order_date, kAwinMaxAgeYears) <= as_of;
}

bool impact_over_limit(const Money& sale_amount) {
  std::int64_t limit = kImpactMaxSaleAmount;
  for (int i = 0; i < sale_amount.currency().decimals; ++i) limit *= 10;
  return sale_amount.minor() > limit;
}

}  // namespace claims
