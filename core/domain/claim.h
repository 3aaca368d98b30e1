// A claim (spec section 4) as read from its JSON object: the model the rules of
// claim_validator.h judge. claim_reader.h reads it.
//
// The model holds views into the JSON it was read from: keep that Json alive while the
// ClaimView is in use. Every member records whether it was absent, invalid (an issue was
// raised, or it was required and missing) or read, so that later rules can skip what
// they cannot judge ("a rule whose input is invalid is skipped", spec section 3).
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "values/calendar.h"
#include "values/currency.h"
#include "values/money.h"
#include "domain/policy.h"

namespace claims {

// A member that was absent (neither value nor invalid), invalid, or read.
template <class T>
struct Field {
  std::optional<T> value;
  bool invalid = false;

  bool ok() const { return value.has_value(); }
  bool absent() const { return !value && !invalid; }
  const T& operator*() const { return *value; }
  const T* operator->() const { return &*value; }
};

struct ClaimOrder {
  bool object_ok = false;  // `order` is an object
  Field<std::string_view> id;
  Field<Date> date;
  Field<Money> amount;
  const Currency* currency = nullptr;  // nullptr when missing or unknown
  Field<std::string_view> promo_code;
  Field<bool> completed_online;
  Field<bool> returned;
  // Sum of the items' subtotals in minor units (saturating), when every subtotal that is
  // given is valid.
  std::optional<std::int64_t> items_total;
};

struct ClaimTracked {
  bool present = false;    // `tracked` given (not absent or null)
  bool object_ok = false;  // ... and an object
  Field<std::string_view> action_id;
  Field<Money> amount;  // order currency
  Field<Money> payout;  // payout currency
  Field<Date> date;
};

// An attachment, as the proof rules need it.
struct ClaimAttachment {
  bool object_ok = false;  // an object (else claim.invalid, and no proof rule looks at it)
  // `name` when it is a string, valid text or not: it names the attachment in messages.
  std::optional<std::string_view> name;
  Field<long long> size;               // bytes
  Field<std::string_view> media_type;  // invalid: not a string
  Field<std::string_view> sha256;      // invalid: not a string
};

struct ClaimView {
  bool object_ok = false;  // the claim itself is an object
  Field<std::string_view> id;
  Field<std::string_view> publisher_id;
  Field<std::string_view> advertiser_id;
  Field<std::string_view> member_ref;
  Field<ClaimReason> reason;
  Field<Date> filed_on;
  ClaimOrder order;
  Field<Date> click_date;
  // The written event type; absent means "sale" (use event_type_or_sale()).
  Field<std::string_view> event_type;
  // payout_currency, defaulting to order.currency; nullptr when neither is known.
  const Currency* payout_currency = nullptr;
  bool payout_currency_invalid = false;
  Field<Money> expected_payout;
  ClaimTracked tracked;
  Field<std::string_view> comment;
  std::vector<ClaimAttachment> attachments;  // empty when absent or not an array
  bool attachments_invalid = false;             // given, but not an array

  // The event type the claim stands for: its own, "sale" when absent, nullopt when invalid.
  std::optional<std::string_view> event_type_or_sale() const;
  // Back to a claim with nothing read, keeping the attachments' memory for the next claim.
  void clear();
};

}  // namespace claims
