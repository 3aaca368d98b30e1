// What export_decisions_csv and import_decisions_csv share (spec section 8): the
// advertiser conversions file's columns and the currency a claim's payout is written in.
#pragma once
#include <string_view>

#include "base/json.h"
#include "values/currency.h"

namespace claims {

// The columns of the conversions file, in the order they are written.
constexpr std::string_view kDecisionColumns[] = {
    "Conversion ID", "Order ID",       "Order date",     "Amount",         "Currency",
    "Expected payout", "Payout",       "Tracking mode",  "Claim reason",   "Tracked action",
    "Tracked amount", "Click date",    "Promo code",     "Proofs",         "Publisher",
    "Member",         "Publisher comment", "Action",     "Transaction date", "Decline reason",
    "Message"};

constexpr std::string_view kTrackingMode = "Cashback claim";

// A claim's string member at a path of keys, or nullptr when absent, null or not a string.
const std::string* claim_string(const Json& claim, std::initializer_list<const char*> keys);

// The program's commission currency of a claim (section 4): payout_currency, else
// order.currency; nullptr when that is absent or unknown.
const Currency* payout_currency_of(const Json& claim);

}  // namespace claims
