#include "domain/claim_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "issues_text.h"

using namespace claims;
using claims::testing::codes_and_paths;

namespace {

const Json kClaim = Json::parse(R"({
  "id": "CLM-0001", "publisher": {"id": "pub-42", "name": "Example"},
  "advertiser": {"id": "adv-7"}, "member_ref": "m-123", "reason": "wrong_amount",
  "filed_on": "2026-01-20",
  "order": {"id": "A-1001", "date": "2026-01-01", "amount": "120.00", "currency": "EUR",
            "promo_code": "WELCOME10", "completed_online": true, "returned": false,
            "items": [{"sku": "SKU-1", "quantity": 2, "subtotal": "80.00"},
                      {"subtotal": "50.5"}]},
  "click_date": "2026-01-01", "event_type": "sale", "payout_currency": "USD",
  "expected_payout": "6.00",
  "tracked": {"action_id": "ACT-9", "amount": "60.00", "payout": "3.00", "date": "2026-01-03"},
  "comment": "Order confirmation attached.",
  "attachments": [{"name": "confirmation.pdf", "media_type": "application/pdf", "size": 48213,
                   "sha256": "abc", "kind": "order_confirmation"}, 7,
                  {"name": 5, "media_type": 3, "size": -1, "sha256": []}]})");

}  // namespace

TEST(ClaimReader, ReadsEveryMemberOfTheSpecExample) {
  Issues issues;
  ClaimView c;
  const Path base("/claims/0");
  read_claim(kClaim, LazyPath(base), issues, c);
  ASSERT_TRUE(c.object_ok);
  EXPECT_EQ(*c.id, "CLM-0001");
  EXPECT_EQ(*c.publisher_id, "pub-42");
  EXPECT_EQ(*c.advertiser_id, "adv-7");
  EXPECT_EQ(*c.reason, ClaimReason::wrong_amount);
  EXPECT_EQ(c.filed_on->iso(), "2026-01-20");
  EXPECT_EQ(*c.order.id, "A-1001");
  EXPECT_EQ(c.order.amount->minor(), 12000);
  EXPECT_EQ(c.order.currency->code, "EUR");
  EXPECT_EQ(*c.order.promo_code, "WELCOME10");
  EXPECT_EQ(*c.order.completed_online, true);
  EXPECT_EQ(*c.order.returned, false);
  EXPECT_EQ(c.order.items_total, 13050);  // 80.00 + 50.50
  EXPECT_EQ(*c.event_type_or_sale(), "sale");
  EXPECT_EQ(c.payout_currency->code, "USD");
  EXPECT_EQ(money_text(*c.expected_payout), "6.00 USD");  // in the payout currency
  EXPECT_EQ(money_text(*c.tracked.amount), "60.00 EUR");  // in the order currency
  EXPECT_EQ(money_text(*c.tracked.payout), "3.00 USD");
  EXPECT_EQ(c.tracked.date->iso(), "2026-01-03");
  EXPECT_EQ(*c.comment, "Order confirmation attached.");

  // Attachments as the proof rules need them, each member as written.
  ASSERT_EQ(c.attachments.size(), 3u);
  EXPECT_TRUE(c.attachments[0].object_ok);
  EXPECT_EQ(*c.attachments[0].name, "confirmation.pdf");
  EXPECT_EQ(*c.attachments[0].size, 48213);
  EXPECT_EQ(*c.attachments[0].media_type, "application/pdf");
  EXPECT_EQ(*c.attachments[0].sha256, "abc");  // judged by the proof rules, not here
  EXPECT_FALSE(c.attachments[1].object_ok);
  EXPECT_FALSE(c.attachments[2].name);
  EXPECT_TRUE(c.attachments[2].size.invalid);
  EXPECT_TRUE(c.attachments[2].media_type.invalid);
  EXPECT_TRUE(c.attachments[2].sha256.invalid);

  // Only the member rules: no rule that compares members runs here.
  EXPECT_EQ(codes_and_paths(issues),
            (std::vector<std::string>{"claim.invalid /claims/0/attachments/1",
                                      "claim.invalid /claims/0/attachments/2/name",
                                      "claim.invalid /claims/0/attachments/2/media_type",
                                      "claim.invalid /claims/0/attachments/2/size",
                                      "claim.invalid /claims/0/attachments/2/sha256"}));
}

TEST(ClaimReader, AbsentInvalidAndReadAreThreeStates) {
  Issues issues;
  ClaimView c;
  const Json claim = Json::parse(R"({"id": 5, "reason": "lost", "order": {"currency": "eur"},
                                     "payout_currency": "XXX", "event_type": "lead"})");
  read_claim(claim, LazyPath(Path()), issues, c);  // the view points into `claim`
  EXPECT_TRUE(c.id.invalid);
  EXPECT_TRUE(c.reason.invalid);
  EXPECT_TRUE(c.filed_on.absent());
  EXPECT_TRUE(c.order.object_ok);
  EXPECT_EQ(c.order.currency, nullptr);
  EXPECT_TRUE(c.payout_currency_invalid);
  EXPECT_EQ(*c.event_type_or_sale(), "lead");
  EXPECT_TRUE(c.tracked.date.absent());
  EXPECT_TRUE(c.attachments.empty());
  EXPECT_EQ(codes_and_paths(issues),
            (std::vector<std::string>{
                "claim.invalid /id", "claim.required /publisher/id", "claim.required /advertiser/id",
                "claim.required /member_ref", "claim.invalid /reason", "claim.required /order/id",
                "claim.required /order/date", "claim.required /order/amount",
                "currency.unknown /order/currency", "currency.unknown /payout_currency"}));
}

TEST(ClaimReader, ANewClaimForgetsThePreviousOne) {
  Issues issues;
  ClaimView c;
  read_claim(kClaim, LazyPath(Path()), issues, c);
  ASSERT_EQ(c.attachments.size(), 3u);
  const Json second = Json::parse(R"({"id": "C-2"})");  // the view points into it
  read_claim(second, LazyPath(Path()), issues, c);
  EXPECT_EQ(*c.id, "C-2");
  EXPECT_TRUE(c.attachments.empty());
  EXPECT_TRUE(c.order.id.invalid);  // order missing: its required members are invalid
  EXPECT_FALSE(c.comment.ok());
  read_claim(Json(3), LazyPath(Path("/claims/4")), issues, c);
  EXPECT_FALSE(c.object_ok);
  EXPECT_EQ(issues.list().back().message, "A claim must be an object, not a number.");
}
