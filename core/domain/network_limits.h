// The networks' own limits on claims sent in their bulk files (spec section 13): Awin takes
// queries for orders under 4 years old, impact.com sale amounts up to 5,000,000.
#pragma once
#include "values/calendar.h"
#include "values/money.h"

namespace claims {

// `d` plus `years` calendar years; a February 29 that lands in a common year is clamped to
// February 28 (2096-02-29 + 4 years = 2100-02-28).
Date add_years_clamped(Date d, int years);

// Awin's limit: the order is 4 years old or more on `as_of` (order date + 4 years <= as_of).
constexpr int kAwinMaxAgeYears = 4;
bool awin_too_old(Date order_date, Date as_of);

// impact.com's limit: a sale amount over 5,000,000 in its own currency, whatever it is.
constexpr long long kImpactMaxSaleAmount = 5'000'000;
bool impact_over_limit(const Money& sale_amount);

}  // namespace claims
