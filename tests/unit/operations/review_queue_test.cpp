// review_queue (spec section 11): deadlines, auto decisions, order, summary and issues.
#include <gtest/gtest.h>

#include <string>

#include "call.h"

using claims::Json;
using claims::testing::call;
using claims::testing::codes;
using claims::testing::codes_paths;
using claims::testing::error_of;
using claims::testing::result_of;

namespace {

Json example_claim() {
  return Json::parse(R"({
    "id": "CLM-0001", "publisher": {"id": "pub-42"}, "advertiser": {"id": "adv-7"},
    "member_ref": "m-123", "reason": "wrong_amount", "filed_on": "2026-01-20",
    "order": {"id": "A-1001", "date": "2026-01-01", "amount": "120.00", "currency": "EUR"},
    "expected_payout": "6.00",
    "tracked": {"action_id": "ACT-9", "amount": "60.00", "payout": "3.00", "date": "2026-01-03"}})");
}

Json filed(const char* id, const char* filed_on) {
  Json c = {{"id", id}};
  if (filed_on) c["filed_on"] = filed_on;
  return c;
}

Json decision(const char* id, const char* what) { return {{"claim_id", id}, {"decision", what}}; }


std::vector<std::string> ids_of(const Json& queue) {
  std::vector<std::string> out;
  for (const auto& e : queue) out.push_back(e.at("claim_id").get<std::string>());
  return out;
}

}  // namespace

TEST(ReviewQueue, SpecExample) {
  Json r = result_of("review_queue",
                     {{"as_of", "2026-03-05"},
                      {"policy", {{"response_days", 75}, {"no_response", "accept"}}},
                      {"claims", {example_claim()}}});
  EXPECT_EQ(r["queue"], Json::parse(R"([{"claim_id":"CLM-0001","waiting_on":"advertiser",
      "respond_by":"2026-04-05","days_left":31,"overdue":false,"auto_decision":"accept",
      "auto_decision_on":"2026-04-06","claimable_until":"2026-04-03"}])"));
  EXPECT_EQ(r["summary"], Json::parse(R"({"open":1,"overdue":0,"due_within_7_days":0,
      "waiting_on_publisher":0,"resolved":0})"));
  EXPECT_EQ(r["issues"], Json::array());
}

TEST(ReviewQueue, OrderSummaryAndWhoEachClaimWaitsOn) {
  Json claims = {filed("C1", "2026-02-10"), filed("C2", "2026-02-01"), filed("C3", nullptr),
                 filed("C4", "2026-02-03"), filed("C5", "2026-02-01"), filed("C6", "2026-02-01"),
                 filed("C7", "2026-02-01"), filed("C8", "2026-02-11"), filed("C9", "2026-02-03")};
  Json decisions = {decision("C5", "accept"), decision("C6", "accept"), decision("C7", "decline"),
                    decision("C5", "request_info"), decision("C6", "approve")};
  Json r = result_of("review_queue", {{"as_of", "2026-03-05"},
                                      {"policy", {{"response_days", 30}, {"no_response", "decline"}}},
                                      {"claims", claims},
                                      {"decisions", decisions}});
  EXPECT_EQ(ids_of(r["queue"]),
            (std::vector<std::string>{"C2", "C4", "C9", "C1", "C8", "C3", "C5"}));
  const Json& q = r["queue"];
  EXPECT_EQ(q[0]["respond_by"], "2026-03-03");
  EXPECT_EQ(q[0]["days_left"], -2);
  EXPECT_EQ(q[0]["overdue"], true);
  EXPECT_EQ(q[0]["auto_decision"], "decline");
  EXPECT_EQ(q[0]["auto_decision_on"], "2026-03-04");
  EXPECT_EQ(q[1]["days_left"], 0);
  EXPECT_EQ(q[1]["overdue"], false);
  EXPECT_EQ(q[3]["respond_by"], "2026-03-12");
  EXPECT_EQ(q[3]["days_left"], 7);
  EXPECT_EQ(q[4]["days_left"], 8);
  // No filing day: no deadline, but still the auto decision the policy names.
  EXPECT_EQ(q[5], Json::parse(R"({"claim_id":"C3","waiting_on":"advertiser","respond_by":null,
      "days_left":null,"overdue":false,"auto_decision":"decline","auto_decision_on":null,
      "claimable_until":null})"));
  // request_info (the last decision counts): waits on the publisher, no deadline.
  EXPECT_EQ(q[6], Json::parse(R"({"claim_id":"C5","waiting_on":"publisher","respond_by":null,
      "days_left":null,"overdue":false,"auto_decision":null,"auto_decision_on":null,
      "claimable_until":null})"));
  EXPECT_EQ(r["summary"], Json::parse(R"({"open":6,"overdue":1,"due_within_7_days":3,
      "waiting_on_publisher":1,"resolved":2})"));
  EXPECT_EQ(codes_paths(r["issues"]),
            (std::vector<std::string>{"claim.no_filing_date /claims/2/filed_on",
                                      "resolution.invalid /decisions/4/decision"}));
  EXPECT_EQ(r["issues"][0]["severity"], "warning");
  EXPECT_EQ(r["issues"][0]["message"],
            "Claim \"C3\" has no filed_on date, so its response deadline is unknown.");
}

TEST(ReviewQueue, WithoutResponseDaysThereIsNoDeadline) {
  Json r = result_of("review_queue", {{"as_of", "2026-03-05"},
                                      {"claims", {filed("B", "2026-02-01"), filed("A", "2026-01-01")}}});
  EXPECT_EQ(ids_of(r["queue"]), (std::vector<std::string>{"B", "A"}));
  EXPECT_EQ(r["queue"][0]["respond_by"], nullptr);
  EXPECT_EQ(r["queue"][0]["days_left"], nullptr);
  EXPECT_EQ(r["queue"][0]["auto_decision"], nullptr);  // no_response defaults to nothing
  EXPECT_EQ(r["summary"]["open"], 2);
  EXPECT_EQ(r["summary"]["overdue"], 0);
}

TEST(ReviewQueue, NoResponseNothingMeansNoAutoDecision) {
  Json r = result_of("review_queue", {{"as_of", "2026-03-05"},
                                      {"policy", {{"response_days", 0}, {"no_response", "nothing"}}},
                                      {"claims", {filed("A", "2026-03-05")}}});
  EXPECT_EQ(r["queue"][0]["respond_by"], "2026-03-05");
  EXPECT_EQ(r["queue"][0]["days_left"], 0);
  EXPECT_EQ(r["queue"][0]["auto_decision"], nullptr);
  EXPECT_EQ(r["queue"][0]["auto_decision_on"], nullptr);
  EXPECT_EQ(r["summary"]["due_within_7_days"], 1);
}

TEST(ReviewQueue, PolicyInvalidResponseDaysAndNoResponse) {
  for (const Json& bad : {Json(3651), Json(-1), Json("75"), Json(7.5)}) {
    Json r = result_of("review_queue", {{"as_of", "2026-03-05"},
                                        {"policy", {{"response_days", bad}, {"no_response", "accept"}}},
                                        {"claims", {filed("A", "2026-01-20")}}});
    EXPECT_EQ(codes_paths(r["issues"]),
              std::vector<std::string>{"policy.invalid /policy/response_days"}) << bad;
    EXPECT_EQ(r["queue"][0]["respond_by"], nullptr);
  }
  Json r = result_of("review_queue", {{"as_of", "2026-03-05"},
                                      {"policy", {{"response_days", 3650}, {"no_response", "maybe"}}},
                                      {"claims", {filed("A", "2026-01-20")}}});
  EXPECT_EQ(codes_paths(r["issues"]), std::vector<std::string>{"policy.invalid /policy/no_response"});
  EXPECT_EQ(r["queue"][0]["respond_by"], "2036-01-18");
  EXPECT_EQ(r["queue"][0]["days_left"], 3606);
  EXPECT_EQ(r["queue"][0]["auto_decision"], nullptr);
  EXPECT_EQ(result_of("review_queue", {{"as_of", "2026-03-05"},
                                       {"policy", {{"response_days", 3650}}},
                                       {"claims", Json::array()}})["issues"],
            Json::array());
}

TEST(ReviewQueue, DecisionIssues) {
  Json decisions = {decision("NOPE", "accept"),
                    {{"claim_id", 12}, {"decision", "accept"}},
                    decision("A", "approve"),
                    "accept",
                    {{"claim_id", "A"}},
                    {{"claim_id", ""}, {"decision", "decline"}}};
  Json r = result_of("review_queue", {{"as_of", "2026-03-05"},
                                      {"claims", {filed("A", "2026-01-20")}},
                                      {"decisions", decisions}});
  EXPECT_EQ(codes_paths(r["issues"]),
            (std::vector<std::string>{"decision.unknown_claim /decisions/0/claim_id",
                                      "resolution.invalid /decisions/1/claim_id",
                                      "resolution.invalid /decisions/2/decision",
                                      "resolution.invalid /decisions/3",
                                      "resolution.invalid /decisions/4/decision",
                                      "resolution.invalid /decisions/5/claim_id"}));
  EXPECT_EQ(r["issues"][0]["severity"], "warning");
  EXPECT_EQ(r["issues"][0]["message"],
            "The decision is for claim \"NOPE\", which is not among the claims; it changes nothing.");
  EXPECT_EQ(r["issues"][1]["severity"], "error");
  // None of them counted: the claim is still open.
  EXPECT_EQ(r["summary"]["open"], 1);
  EXPECT_EQ(r["summary"]["resolved"], 0);
}

TEST(ReviewQueue, ClaimsTheQueueCannotHold) {
  Json claims = {"CLM", {{"filed_on", "2026-01-20"}}, filed("A", "2026-02-30"), filed("A", "2026-01-20"),
                 filed("B", "2026-01-20")};
  Json r = result_of("review_queue", {{"as_of", "2026-03-05"},
                                      {"policy", {{"response_days", 75}}},
                                      {"claims", claims}});
  EXPECT_EQ(codes_paths(r["issues"]),
            (std::vector<std::string>{"claim.invalid /claims/0", "claim.required /claims/1/id",
                                      "date.invalid /claims/2/filed_on",
                                      "claim.duplicate_id /claims/3/id"}));
  EXPECT_EQ(ids_of(r["queue"]), (std::vector<std::string>{"B", "A"}));
  EXPECT_EQ(r["queue"][1]["respond_by"], nullptr);  // its filing day is no date
  EXPECT_EQ(r["summary"]["open"], 2);
}

TEST(ReviewQueue, RequestLevelErrors) {
  EXPECT_EQ(call("review_queue", {{"claims", Json::array()}})["error"]["path"], "/as_of");
  EXPECT_EQ(call("review_queue", {{"as_of", "2026-03-05"}})["error"]["path"], "/claims");
  EXPECT_EQ(call("review_queue", {{"as_of", "2026-03-05"}, {"claims", Json::array()},
                                  {"decisions", "x"}})["error"]["path"],
            "/decisions");
  EXPECT_EQ(call("review_queue", {{"as_of", "2026-03-05"}, {"claims", Json::array()},
                                  {"policy", 5}})["error"]["path"],
            "/policy");
  EXPECT_EQ(call("review_queue", {{"as_of", "2026-03-05"}, {"claims", Json::array()}})["ok"], true);
}
