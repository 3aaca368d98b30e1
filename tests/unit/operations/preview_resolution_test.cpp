#include <gtest/gtest.h>

#include "call.h"

using claims::Json;
using claims::testing::call;
using claims::testing::codes;
using claims::testing::result_of;

namespace {

using Codes = std::vector<std::string>;

// The seed case: "pending for 1 month after the month tracked, lock, payout 3 days after
// locking"; an untracked action of 2026-01-01 accepted on 2026-03-05.
Json seed_request() {
  return Json::parse(R"({"as_of": "2026-03-05",
   "contract": {"currency": "EUR", "rounding": "half_up",
     "commission": {"sale": {"percent": "5", "min": "0.50", "max": "50.00",
         "categories": {"electronics": {"percent": "2"}}}, "lead": {"flat": "2.50"}},
     "lifecycle": {"lock": {"rule": "months_after_event_month", "months": 1},
                   "payout": {"days_after_lock": 3, "business_days": false}}},
   "claim": {"id": "CLM-0002", "publisher": {"id": "pub-42"}, "advertiser": {"id": "adv-7"},
     "member_ref": "m-123", "reason": "untracked", "filed_on": "2026-01-20",
     "order": {"id": "A-1002", "date": "2026-01-01", "amount": "120.00", "currency": "EUR",
       "items": [{"sku": "SKU-1", "category": "home", "subtotal": "80.00"},
                 {"sku": "SKU-2", "category": "electronics", "subtotal": "40.00"}]},
     "expected_payout": "6.00",
     "attachments": [{"name": "confirmation.pdf", "media_type": "application/pdf",
       "size": 48213, "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}]},
   "account": {"balance": "100.00"},
   "resolution": {"decision": "accept", "transaction_date": "2026-01-01", "event_type": "sale",
     "payout_option": "expected"}})");
}

Json wrong_amount_request() {
  Json r = seed_request();
  r["claim"]["reason"] = "wrong_amount";
  r["claim"]["tracked"] = {{"action_id", "ACT-9"}, {"amount", "60.00"}, {"payout", "3.00"},
                           {"date", "2026-01-03"}};
  return r;
}

Json preview(const Json& request) { return result_of("preview_resolution", request); }

}  // namespace

TEST(PreviewResolution, SeedCaseLocksAndPaysOnApprovalFromTheBalance) {
  Json r = preview(seed_request());
  EXPECT_EQ(r.dump(),
            R"({"decision":"accept","claim_issues":[],"action":{"claim_id":"CLM-0002",)"
            R"("transaction_date":"2026-01-01","event_type":"sale","sale_amount":"120.00",)"
            R"("payout":"6.00","member_cashback":null,"currency":"EUR","adjusts_action_id":null,)"
            R"("reinstates_action_id":null,"lifecycle":{"scheduled":{"lock":"2026-03-01",)"
            R"("payout":"2026-03-04"},"effective":{"lock":"2026-03-05","payout":"2026-03-05"},)"
            R"("locks_on_approval":true,"pays_on_approval":true,"status":"paid"}},)"
            R"("funds":{"balance_before":"100.00","due_on_approval":"6.00",)"
            R"("balance_after":"94.00","sufficient":true},"issues":[]})");
}

TEST(PreviewResolution, RecentTransactionIsNotDueOnApproval) {
  Json req = seed_request();
  req["resolution"]["transaction_date"] = "2026-03-01";  // locks 2026-05-01
  Json r = preview(req);
  EXPECT_EQ(r["action"]["lifecycle"]["status"], "pending");
  EXPECT_EQ(r["funds"], Json::parse(R"({"balance_before":"100.00","due_on_approval":"0.00",
                                         "balance_after":"100.00","sufficient":true})"));
}

TEST(PreviewResolution, TransactionDateDefaultsToOrderDate) {
  Json req = seed_request();
  req["resolution"].erase("transaction_date");
  req["resolution"].erase("event_type");
  Json r = preview(req);
  EXPECT_EQ(r["action"]["transaction_date"], "2026-01-01");
  EXPECT_EQ(r["action"]["event_type"], "sale");
}

TEST(PreviewResolution, GenerateUsesComputePayoutOnTheOrder) {
  Json req = seed_request();
  req["resolution"]["payout_option"] = "generate";
  req["member_share"] = "80";
  Json r = preview(req);
  EXPECT_EQ(r["action"]["payout"], "4.80");  // 80 x 5 % + 40 x 2 %
  EXPECT_EQ(r["action"]["member_cashback"], "3.84");
  EXPECT_EQ(r["funds"]["due_on_approval"], "4.80");
  EXPECT_EQ(r["issues"], Json::array());
}

TEST(PreviewResolution, GenerateDetailsOverrideTheOrderMemberByMember) {
  Json req = seed_request();
  req["resolution"]["payout_option"] = "generate";
  req["resolution"]["details"] = Json::parse(
      R"({"items": [{"sku": "SKU-2", "category": "electronics", "subtotal": "40.00"}],
          "promo_code": null})");
  Json r = preview(req);
  EXPECT_EQ(r["action"]["payout"], "0.80");
  req["resolution"]["details"] = Json::parse(R"({"items": [], "amount": "200.00"})");
  r = preview(req);
  EXPECT_EQ(r["action"]["payout"], "10.00");
  EXPECT_EQ(r["action"]["sale_amount"], "200.00");
}

TEST(PreviewResolution, GenerateMapsComputePayoutIssuePaths) {
  Json req = seed_request();
  req["resolution"]["payout_option"] = "generate";
  req["resolution"]["event_type"] = "install";
  Json r = preview(req);
  EXPECT_TRUE(r["action"].is_null());
  ASSERT_EQ(codes(r["issues"]), Codes{"contract.unknown_event_type"});
  EXPECT_EQ(r["issues"][0]["path"], "/resolution/event_type");
  req["resolution"]["event_type"] = "sale";
  req["resolution"]["details"] = Json::parse(R"({"amount": "1.005", "items": []})");
  r = preview(req);
  ASSERT_EQ(codes(r["issues"]), Codes{"money.invalid"});
  EXPECT_EQ(r["issues"][0]["path"], "/resolution/details/amount");
}

TEST(PreviewResolution, SpecifyNeedsPayoutAmount) {
  Json req = seed_request();
  req["resolution"]["payout_option"] = "specify";
  Json r = preview(req);
  ASSERT_EQ(codes(r["issues"]), Codes{"resolution.required"});
  EXPECT_EQ(r["issues"][0]["path"], "/resolution/payout_amount");
  EXPECT_TRUE(r["action"].is_null());
  EXPECT_EQ(r["funds"]["due_on_approval"], "0.00");
  req["resolution"]["payout_amount"] = "7.5";
  r = preview(req);
  EXPECT_EQ(r["action"]["payout"], "7.50");
  EXPECT_EQ(r["funds"]["balance_after"], "92.50");
}

TEST(PreviewResolution, ExpectedWithoutExpectedPayout) {
  Json req = seed_request();
  req["claim"].erase("expected_payout");
  Json r = preview(req);
  ASSERT_EQ(codes(r["issues"]), Codes{"resolution.no_expected_payout"});
  EXPECT_EQ(r["issues"][0]["path"], "/resolution/payout_option");
  EXPECT_TRUE(r["action"].is_null());
}

TEST(PreviewResolution, DecisionRequiredAndInvalid) {
  Json req = seed_request();
  req["resolution"].erase("decision");
  Json r = preview(req);
  ASSERT_EQ(codes(r["issues"]), Codes{"resolution.required"});
  EXPECT_EQ(r["issues"][0]["path"], "/resolution/decision");
  EXPECT_TRUE(r["decision"].is_null());
  req["resolution"]["decision"] = "approve";
  r = preview(req);
  ASSERT_EQ(codes(r["issues"]), Codes{"resolution.invalid"});
  req["resolution"]["decision"] = "accept";
  req["resolution"]["payout_option"] = "guess";
  r = preview(req);
  ASSERT_EQ(codes(r["issues"]), Codes{"resolution.invalid"});
  EXPECT_EQ(r["issues"][0]["path"], "/resolution/payout_option");
  req["resolution"].erase("payout_option");
  r = preview(req);
  ASSERT_EQ(codes(r["issues"]), Codes{"resolution.required"});
}

TEST(PreviewResolution, DeclineNeedsAKnownReasonAndDuesNothing) {
  Json req = seed_request();
  req["resolution"] = {{"decision", "decline"}};
  Json r = preview(req);
  ASSERT_EQ(codes(r["issues"]), Codes{"resolution.required"});
  EXPECT_EQ(r["issues"][0]["path"], "/resolution/decline_reason");
  req["resolution"]["decline_reason"] = "too_late";
  EXPECT_EQ(codes(preview(req)["issues"]), Codes{"resolution.invalid"});
  req["resolution"]["decline_reason"] = "other_channel_voucher";
  r = preview(req);
  EXPECT_EQ(r["decision"], "decline");
  EXPECT_TRUE(r["action"].is_null());
  EXPECT_EQ(r["funds"], Json::parse(R"({"balance_before":"100.00","due_on_approval":"0.00",
                                         "balance_after":"100.00","sufficient":true})"));
  EXPECT_EQ(r["issues"], Json::array());
}

TEST(PreviewResolution, RequestInfoNeedsMessage) {
  Json req = seed_request();
  req["resolution"] = {{"decision", "request_info"}, {"message", ""}};
  Json r = preview(req);
  ASSERT_EQ(codes(r["issues"]), Codes{"resolution.required"});
  EXPECT_EQ(r["issues"][0]["path"], "/resolution/message");
  req["resolution"]["message"] = "Please send the invoice.";
  r = preview(req);
  EXPECT_EQ(r["issues"], Json::array());
  EXPECT_TRUE(r["action"].is_null());
}

TEST(PreviewResolution, WrongAmountPaysTheDifference) {
  Json r = preview(wrong_amount_request());
  EXPECT_EQ(r["action"]["payout"], "3.00");       // 6.00 - 3.00
  EXPECT_EQ(r["action"]["sale_amount"], "60.00");  // 120.00 - 60.00
  EXPECT_EQ(r["action"]["adjusts_action_id"], "ACT-9");
  EXPECT_TRUE(r["action"]["reinstates_action_id"].is_null());
  EXPECT_EQ(r["funds"]["due_on_approval"], "3.00");
}

TEST(PreviewResolution, WrongAmountDifferenceNeverBelowZero) {
  Json req = wrong_amount_request();
  req["resolution"]["payout_option"] = "specify";
  req["resolution"]["payout_amount"] = "2.00";
  Json r = preview(req);
  EXPECT_EQ(r["action"]["payout"], "0.00");
  EXPECT_EQ(r["funds"]["sufficient"], true);
}

TEST(PreviewResolution, DeclinedClaimIsReinstatedWithTheWholeTotal) {
  Json req = seed_request();
  req["claim"]["reason"] = "declined";
  req["claim"]["tracked"] = {{"action_id", "ACT-5"}, {"payout", "6.00"}};
  Json r = preview(req);
  EXPECT_EQ(r["action"]["payout"], "6.00");
  EXPECT_EQ(r["action"]["reinstates_action_id"], "ACT-5");
  EXPECT_TRUE(r["action"]["adjusts_action_id"].is_null());
}

TEST(PreviewResolution, FundsInsufficientIsAWarning) {
  Json req = seed_request();
  req["account"]["balance"] = "5.00";
  Json r = preview(req);
  EXPECT_EQ(r["funds"], Json::parse(R"({"balance_before":"5.00","due_on_approval":"6.00",
                                         "balance_after":"-1.00","sufficient":false})"));
  ASSERT_EQ(codes(r["issues"]), Codes{"funds.insufficient"});
  EXPECT_EQ(r["issues"][0]["severity"], "warning");
  EXPECT_EQ(r["issues"][0]["path"], "/account/balance");
  EXPECT_EQ(r["action"]["payout"], "6.00");  // the preview still shows the outcome
}

TEST(PreviewResolution, ClaimIssuesJudgedOnFiledOnAndClaimHasErrorsWarns) {
  Json req = seed_request();
  // Filed in time: reviewed late (as_of 2026-05-01 is past the window) it stays valid.
  req["as_of"] = "2026-05-01";
  Json r = preview(req);
  EXPECT_EQ(r["claim_issues"], Json::array());
  req["claim"]["filed_on"] = "2026-01-10";  // before 2026-01-15
  r = preview(req);
  ASSERT_EQ(codes(r["claim_issues"]), Codes{"claim.too_early"});
  EXPECT_EQ(r["claim_issues"][0]["path"], "/claim/order/date");
  ASSERT_EQ(codes(r["issues"]), Codes{"resolution.claim_has_errors"});
  EXPECT_EQ(r["issues"][0]["severity"], "warning");
  EXPECT_FALSE(r["action"].is_null());  // not a refusal
}

TEST(PreviewResolution, CurrencyMismatchUnlessFx) {
  Json req = seed_request();
  req["claim"]["payout_currency"] = "USD";
  Json r = preview(req);
  ASSERT_EQ(codes(r["issues"]), Codes{"currency.mismatch"});
  EXPECT_EQ(r["issues"][0]["path"], "/claim/payout_currency");
  EXPECT_TRUE(r["action"].is_null());
  req["fx"] = {{"rate", "0.9200"}};
  r = preview(req);
  EXPECT_EQ(r["issues"], Json::array());
  EXPECT_EQ(r["action"]["payout"], "5.52");  // 6.00 USD x 0.92
  EXPECT_EQ(r["action"]["currency"], "EUR");
}

TEST(PreviewResolution, MemberCashbackOnlyWithMemberShare) {
  Json req = seed_request();
  EXPECT_TRUE(preview(req)["action"]["member_cashback"].is_null());
  req["member_share"] = "50";
  EXPECT_EQ(preview(req)["action"]["member_cashback"], "3.00");
  req = wrong_amount_request();
  req["member_share"] = "50";
  EXPECT_EQ(preview(req)["action"]["member_cashback"], "1.50");  // of the difference
}

TEST(PreviewResolution, TransactionAfterApproval) {
  Json req = seed_request();
  req["resolution"]["transaction_date"] = "2026-03-06";
  Json r = preview(req);
  ASSERT_EQ(codes(r["issues"]), Codes{"lifecycle.transaction_after_approval"});
  EXPECT_EQ(r["issues"][0]["path"], "/resolution/transaction_date");
  EXPECT_TRUE(r["action"].is_null());
}

TEST(PreviewResolution, EventTypeRequiredWhenNeitherHasOne) {
  Json req = seed_request();
  req["resolution"].erase("event_type");
  req["claim"]["event_type"] = 7;
  Json r = preview(req);
  EXPECT_EQ(codes(r["claim_issues"]), Codes{"claim.invalid"});
  ASSERT_EQ(codes(r["issues"]), (Codes{"resolution.claim_has_errors", "resolution.required"}));
  EXPECT_EQ(r["issues"][1]["path"], "/resolution/event_type");
  EXPECT_TRUE(r["action"].is_null());
}

TEST(PreviewResolution, ContractWithoutLifecycle) {
  Json req = seed_request();
  req["contract"].erase("lifecycle");
  Json r = preview(req);
  ASSERT_EQ(codes(r["issues"]), Codes{"contract.invalid"});
  EXPECT_TRUE(r["action"]["lifecycle"].is_null());
  EXPECT_TRUE(r["funds"]["due_on_approval"].is_null());
  EXPECT_TRUE(r["funds"]["sufficient"].is_null());
}

TEST(PreviewResolution, RequestLevelErrors) {
  for (const char* member : {"as_of", "contract", "claim", "resolution"}) {
    Json req = seed_request();
    req.erase(member);
    Json r = call("preview_resolution", req);
    EXPECT_EQ(r["error"]["code"], "request.invalid") << member;
    EXPECT_EQ(r["error"]["path"], std::string("/") + member);
  }
  Json req = seed_request();
  req["fx"] = {{"rate", "0"}};
  EXPECT_EQ(call("preview_resolution", req)["error"]["path"], "/fx/rate");
  req = seed_request();
  req["account"] = "100.00";
  EXPECT_EQ(call("preview_resolution", req)["error"]["path"], "/account");
}

TEST(PreviewResolutionHostile, WrongTypesEverywhereNeverCrash) {
  const Json values[] = {Json(nullptr), Json(1), Json(true), Json("x"), Json::array(),
                         Json::object(), Json(std::string(5000, 'y')),
                         Json(std::string("a\0b", 3))};
  const char* members[] = {"decision", "transaction_date", "event_type", "details",
                           "payout_option", "payout_amount", "decline_reason", "message"};
  for (const char* option : {"expected", "specify", "generate"}) {
    for (const char* m : members) {
      for (const Json& v : values) {
        Json req = seed_request();
        req["resolution"]["payout_option"] = option;
        req["resolution"]["payout_amount"] = "1.00";
        req["resolution"][m] = v;
        Json r = call("preview_resolution", req);
        ASSERT_EQ(r["ok"], true) << m << " " << v.dump().substr(0, 40);
      }
    }
  }
  for (const Json& v : values) {
    Json req = seed_request();
    req["resolution"]["payout_option"] = "generate";
    req["claim"]["order"] = v;
    ASSERT_EQ(call("preview_resolution", req)["ok"], true);
    req = seed_request();
    req["account"]["balance"] = v;
    ASSERT_EQ(call("preview_resolution", req)["ok"], true);
  }
  EXPECT_EQ(preview(seed_request())["action"]["payout"], "6.00");
}

// Issue 16 item 8: every null that stands for a computed value comes with its issue.
TEST(PreviewResolution, ABalanceAfterBeyondTheRangeIsNullWithItsIssue) {
  Json request = seed_request();
  request["account"]["balance"] = "-90000000000.00";  // the lowest: -9,000,000,000,000 minor
  const Json r = preview(request);
  EXPECT_EQ(r["funds"].dump(),
            R"({"balance_before":"-90000000000.00","due_on_approval":"6.00",)"
            R"("balance_after":null,"sufficient":null})");
  ASSERT_EQ(r["issues"].size(), 1u);
  EXPECT_EQ(r["issues"][0].dump(),
            R"({"severity":"error","code":"money.out_of_range","path":"/account/balance",)"
            R"("message":"The balance -90000000000.00 EUR less the 6.00 EUR paid out on )"
            R"(approval is beyond the supported range; balance_after and sufficient are null."})");
}

TEST(PreviewResolution, ASaleAmountBeyondTheRangeOnceConvertedIsNullWithItsIssue) {
  Json request = seed_request();
  request["claim"]["order"]["currency"] = "USD";
  request["claim"]["order"]["amount"] = "80000000000.00";
  request["claim"]["order"].erase("items");
  request["claim"].erase("expected_payout");
  request["resolution"]["payout_option"] = "specify";
  request["resolution"]["payout_amount"] = "6.00";
  request["fx"] = {{"rate", "2"}};
  const Json r = preview(request);
  EXPECT_TRUE(r["action"]["sale_amount"].is_null());
  EXPECT_EQ(r["action"]["payout"], "6.00");
  ASSERT_EQ(codes(r["issues"]), (Codes{"money.out_of_range"}));
  EXPECT_EQ(r["issues"][0]["path"], "/fx/rate");
  EXPECT_EQ(r["issues"][0]["message"],
            "The sale amount 80000000000.00 USD at the fx rate 2 is beyond the supported range "
            "in EUR; sale_amount is null.");
}
