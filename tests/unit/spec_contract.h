// The contract of spec section 5, shared by the contract and payout tests.
#pragma once
#include "base/json.h"

namespace claims::testing {

inline const char* const kSpecContract = R"({"currency": "EUR", "rounding": "half_up",
 "commission": {
   "sale": {"percent": "5", "min": "0.50", "max": "50.00",
            "categories": {"electronics": {"percent": "2"}, "gift-cards": {"percent": "0"}}},
   "lead": {"flat": "2.50"}},
 "promo_codes": {"allowed": ["PARTNER10"], "others": "no_commission"},
 "lifecycle": {"lock": {"rule": "months_after_event_month", "months": 1},
               "payout": {"days_after_lock": 3, "business_days": false, "holidays": []}}})";

inline Json spec_contract() { return Json::parse(kSpecContract); }

}  // namespace claims::testing
