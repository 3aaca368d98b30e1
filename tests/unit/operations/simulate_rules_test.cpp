// simulate_rules (spec section 12): every condition, the first-match rule, rule.invalid,
// resolution errors counted as manual, the funds running through the batch, the summary
// and the cash flow, with concrete values.
#include <gtest/gtest.h>

#include "call.h"
#include "spec_contract.h"

using claims::Json;
using claims::testing::call;
using claims::testing::codes;
using claims::testing::result_of;
using claims::testing::spec_contract;

namespace {

using Codes = std::vector<std::string>;

// An untracked claim of 2026-01-01 for 120.00 EUR, filed 2026-01-20, expecting `expected`.
Json claim(const std::string& id, const std::string& order_id, const char* expected) {
  Json c = Json::parse(R"({"publisher": {"id": "pub-42"}, "advertiser": {"id": "adv-7"},
    "member_ref": "m-1", "reason": "untracked", "filed_on": "2026-01-20",
    "order": {"date": "2026-01-01", "amount": "120.00", "currency": "EUR"}})");
  c["id"] = id;
  c["order"]["id"] = order_id;
  if (expected) c["expected_payout"] = expected;
  return c;
}

// As of 2026-03-05 under the spec's contract (lock 1 month after the event month, payout 3
// days later): an action of 2026-01-01 locks and pays on approval, 2026-03-05.
// Vectors, not Json: a braced list of one Json would be that Json itself under clang (the
// WASM build), not an array of it.
Json request(std::vector<Json> claims, std::vector<Json> rules) {
  Json r = Json::object();
  r["as_of"] = "2026-03-05";
  r["contract"] = spec_contract();
  r["policy"] = Json::parse(R"({"proof": {"required_for": []}})");
  r["account"] = Json::object({{"balance", "10.00"}});
  r["known_orders"] = Json::parse(R"([{"advertiser_id": "adv-7", "order_id": "A-0999"}])");
  r["claims"] = Json(std::move(claims));
  r["rules"] = Json(std::move(rules));
  return r;
}

const char* const kAcceptExpected = R"({"decision": "accept", "payout_option": "expected"})";

Json rule(const char* when, const char* then = kAcceptExpected) {
  return {{"when", Json::parse(when)}, {"then", Json::parse(then)}};
}

Json simulate(const Json& req) { return result_of("simulate_rules", req); }

// The rule index each claim got (-1: none).
std::vector<int> rules_of(const Json& result) {
  std::vector<int> out;
  for (const Json& e : result["claims"]) out.push_back(e["rule"].is_null() ? -1 : e["rule"].get<int>());
  return out;
}

}  // namespace

TEST(SimulateRules, FirstMatchingRuleDecidesAndNoMatchIsManual) {
  Json req = request({claim("C-1", "A-1", "6.00"), claim("C-2", "A-0999", "2.00"),
                      claim("C-3", "A-3", nullptr)},
                     {rule(R"({"already_tracked": true})",
                           R"({"decision": "decline", "decline_reason": "already_tracked"})"),
                      rule(R"({"expected_payout_at_most": "5.00"})"),
                      rule(R"({"reason": "untracked", "waited_days": 30})",
                           R"({"decision": "request_info", "message": "Invoice, please."})")});
  const Json r = simulate(req);
  EXPECT_EQ(rules_of(r), (std::vector<int>{2, 0, 2}));
  EXPECT_EQ(r["claims"][0]["decision"], "request_info");
  EXPECT_EQ(r["claims"][1]["decision"], "decline");
  EXPECT_TRUE(r["claims"][1]["action"].is_null());
  EXPECT_EQ(r["summary"], Json::parse(R"({"accepted": 0, "declined": 1, "info_requested": 2,
      "manual": 0, "payout_total": "0.00", "due_on_approval": "0.00", "balance_after": "10.00",
      "sufficient": true})"));
  EXPECT_EQ(r["cash_flow"], Json::array());

  req["rules"].erase(2);  // C-1 (6.00 > 5.00) and C-3 (no expected payout) match nothing
  const Json r2 = simulate(req);
  EXPECT_EQ(rules_of(r2), (std::vector<int>{-1, 0, -1}));
  EXPECT_TRUE(r2["claims"][0]["decision"].is_null());
  EXPECT_EQ(r2["summary"]["manual"], 2);
}

TEST(SimulateRules, EmptyWhenMatchesEveryClaimAndAcceptIsPreviewedAsPreviewResolution) {
  const Json r = simulate(request({claim("C-1", "A-1", "6.00")}, {rule("{}")}));
  ASSERT_EQ(r["claims"].size(), 1u);
  EXPECT_EQ(r["claims"][0].dump(),
            R"({"claim_id":"C-1","rule":0,"decision":"accept","action":{"claim_id":"C-1",)"
            R"("transaction_date":"2026-01-01","event_type":"sale","sale_amount":"120.00",)"
            R"("payout":"6.00","member_cashback":null,"currency":"EUR","adjusts_action_id":null,)"
            R"("reinstates_action_id":null,"lifecycle":{"scheduled":{"lock":"2026-03-01",)"
            R"("payout":"2026-03-04"},"effective":{"lock":"2026-03-05","payout":"2026-03-05"},)"
            R"("locks_on_approval":true,"pays_on_approval":true,"status":"paid"}},"issues":[]})");

  // The same claim through preview_resolution gives the same action.
  Json p = Json::object();
  p["as_of"] = "2026-03-05";
  p["contract"] = spec_contract();
  p["claim"] = claim("C-1", "A-1", "6.00");
  p["resolution"] = Json::parse(kAcceptExpected);
  EXPECT_EQ(result_of("preview_resolution", p)["action"], r["claims"][0]["action"]);
}

TEST(SimulateRules, ReasonOneOrAList) {
  Json wrong = claim("C-2", "A-2", "6.00");
  wrong["reason"] = "wrong_amount";
  wrong["tracked"] = Json::parse(R"({"action_id": "ACT-9", "amount": "60.00", "payout": "3.00",
                                     "date": "2026-01-03"})");
  Json declined = claim("C-3", "A-3", "6.00");
  declined["reason"] = "declined";
  declined["tracked"] = Json::object({{"action_id", "ACT-7"}});
  Json req = request({claim("C-1", "A-1", "6.00"), wrong, declined},
                     {rule(R"({"reason": "declined"})"),
                      rule(R"({"reason": ["untracked", "wrong_amount"]})",
                           R"({"decision": "decline", "decline_reason": "other"})")});
  const Json r = simulate(req);
  EXPECT_EQ(rules_of(r), (std::vector<int>{1, 1, 0}));
  EXPECT_EQ(r["claims"][2]["action"]["reinstates_action_id"], "ACT-7");
  EXPECT_EQ(r["claims"][2]["action"]["payout"], "6.00");
}

TEST(SimulateRules, AlreadyTrackedIsAnUntrackedClaimForAKnownOrder) {
  Json known_wrong = claim("C-3", "A-0999", "6.00");  // a known order, but wrong_amount
  known_wrong["reason"] = "wrong_amount";
  known_wrong["tracked"] = Json::parse(R"({"amount": "60.00", "payout": "3.00"})");
  Json req = request({claim("C-1", "A-1", "6.00"), claim("C-2", "A-0999", "6.00"), known_wrong},
                     {rule(R"({"already_tracked": true})",
                           R"({"decision": "decline", "decline_reason": "already_tracked"})"),
                      rule(R"({"already_tracked": false})",
                           R"({"decision": "request_info", "message": "Which order?"})")});
  const Json r = simulate(req);
  EXPECT_EQ(rules_of(r), (std::vector<int>{1, 0, 1}));
  // C-2 also has validate_claims' order.duplicate (an untracked claim for a known order).
  EXPECT_EQ(codes(r["claims"][1]["issues"]), Codes{"order.duplicate"});
  EXPECT_EQ(r["claims"][1]["issues"][0]["path"], "/claims/1/order/id");
}

TEST(SimulateRules, HasErrorsIsValidateClaimsOverTheWholeBatch) {
  // The second C-1 is claim.duplicate_id only because the whole batch is validated.
  Json req = request({claim("C-1", "A-1", "6.00"), claim("C-1", "A-2", "6.00")},
                     {rule(R"({"has_errors": true})",
                           R"({"decision": "decline", "decline_reason": "other"})"),
                      rule(R"({"has_errors": false})",
                           R"({"decision": "request_info", "message": "Proof?"})")});
  const Json r = simulate(req);
  EXPECT_EQ(rules_of(r), (std::vector<int>{1, 0}));
  Json v = Json::object();
  v["as_of"] = req["as_of"];
  v["policy"] = req["policy"];
  v["known_orders"] = req["known_orders"];
  v["claims"] = req["claims"];
  const Json validated = result_of("validate_claims", v);
  EXPECT_EQ(r["claims"][1]["issues"], validated["claims"][1]["issues"]);
  EXPECT_EQ(codes(r["claims"][1]["issues"]), Codes{"claim.duplicate_id"});
  EXPECT_EQ(r["claims"][1]["issues"][0]["path"], "/claims/1/id");
}

TEST(SimulateRules, AcceptingAClaimWithErrorsWarnsAsPreviewResolutionDoes) {
  Json returned = claim("C-1", "A-1", "6.00");
  returned["order"]["returned"] = true;
  const Json r = simulate(request({returned}, {rule("{}")}));
  EXPECT_EQ(codes(r["claims"][0]["issues"]), (Codes{"order.returned", "resolution.claim_has_errors"}));
  EXPECT_EQ(r["claims"][0]["issues"][1]["path"], "/claims/0");
  EXPECT_EQ(r["claims"][0]["action"]["payout"], "6.00");
}

TEST(SimulateRules, ExpectedPayoutAtMostIsExactAndInclusive) {
  Json usd_low = claim("C-3", "A-3", "5.43");  // 5.43 USD x 0.92 = 4.9956 EUR
  usd_low["payout_currency"] = "USD";
  Json usd_high = claim("C-4", "A-4", "5.44");  // 5.0048 EUR: rounds to 5.00, yet above it
  usd_high["payout_currency"] = "USD";
  Json req = request({claim("C-1", "A-1", "5.00"), claim("C-2", "A-2", "5.01"), usd_low, usd_high,
                      claim("C-5", "A-5", nullptr)},
                     {rule(R"({"expected_payout_at_most": "5"})")});
  req["fx"] = Json::object({{"rate", "0.92"}});
  req["account"]["balance"] = "100.00";
  const Json r = simulate(req);
  EXPECT_EQ(rules_of(r), (std::vector<int>{0, -1, 0, -1, -1}));
  EXPECT_EQ(r["claims"][2]["action"]["payout"], "5.00");  // 4.9956 rounded once, half up

  req.erase("fx");  // another currency without fx does not match
  EXPECT_EQ(rules_of(simulate(req)), (std::vector<int>{0, -1, -1, -1, -1}));
}

TEST(SimulateRules, WaitedDaysCountsFromFiledOn) {
  // Filed 2026-01-20: 2026-01-20 + 44 days = 2026-03-05 = as_of.
  Json unfiled = claim("C-2", "A-2", "6.00");
  unfiled.erase("filed_on");
  Json req = request({claim("C-1", "A-1", "6.00"), unfiled},
                     {rule(R"({"waited_days": 44})")});
  EXPECT_EQ(rules_of(simulate(req)), (std::vector<int>{0, -1}));
  req["rules"][0]["when"]["waited_days"] = 45;
  EXPECT_EQ(rules_of(simulate(req)), (std::vector<int>{-1, -1}));
}

TEST(SimulateRules, AnInvalidRuleIsReportedAtItsPathAndNeverMatches) {
  Json req = request({claim("C-1", "A-1", "6.00")},
                     {rule(R"({"colour": "red"})"),
                      rule("{}", R"({"decision": "approve"})"),
                      rule("{}", R"({"decision": "accept", "payout_option": "guess"})"),
                      rule("{}", R"({"decision": "decline", "decline_reason": "bored"})"),
                      rule(R"({"reason": ["untracked", "lost"]})"),
                      rule(R"({"waited_days": -1})"),
                      rule("{}", R"({"decision": "decline"})"),
                      rule(R"({"reason": "untracked"})",
                           R"({"decision": "request_info", "message": "Invoice?"})")});
  const Json r = simulate(req);
  EXPECT_EQ(rules_of(r), (std::vector<int>{7}));
  ASSERT_EQ(codes(r["issues"]), Codes(7, "rule.invalid"));
  const char* const paths[] = {"/rules/0/when/colour",         "/rules/1/then/decision",
                               "/rules/2/then/payout_option",  "/rules/3/then/decline_reason",
                               "/rules/4/when/reason/1",       "/rules/5/when/waited_days",
                               "/rules/6/then/decline_reason"};
  for (std::size_t i = 0; i < 7; ++i) EXPECT_EQ(r["issues"][i]["path"], paths[i]) << i;
  EXPECT_EQ(r["issues"][0]["message"],
            "Unknown condition \"colour\"; the conditions are reason, already_tracked, "
            "has_errors, expected_payout_at_most, waited_days.");
  EXPECT_EQ(r["issues"][0]["severity"], "error");
}

TEST(SimulateRules, AResolutionErrorLeavesTheDecisionWithoutActionAndCountsManual) {
  Json req = request({claim("C-1", "A-1", nullptr), claim("C-2", "A-2", "4.00")}, {rule("{}")});
  const Json r = simulate(req);
  EXPECT_EQ(r["claims"][0]["decision"], "accept");
  EXPECT_TRUE(r["claims"][0]["action"].is_null());
  ASSERT_EQ(codes(r["claims"][0]["issues"]), Codes{"resolution.no_expected_payout"});
  EXPECT_EQ(r["claims"][0]["issues"][0]["path"], "/rules/0/then/payout_option");
  EXPECT_EQ(r["summary"]["accepted"], 1);
  EXPECT_EQ(r["summary"]["manual"], 1);
  EXPECT_EQ(r["summary"]["payout_total"], "4.00");
}

TEST(SimulateRules, FundsRunThroughTheBatchInClaimOrder) {
  // Balance 10.00; three 6.00 payouts due on approval: 4.00, then -2.00, then -8.00.
  Json req = request({claim("C-1", "A-1", "6.00"), claim("C-2", "A-2", "6.00"),
                      claim("C-3", "A-3", "6.00")},
                     {rule("{}")});
  const Json r = simulate(req);
  EXPECT_EQ(r["claims"][0]["issues"], Json::array());
  ASSERT_EQ(codes(r["claims"][1]["issues"]), Codes{"funds.insufficient"});
  EXPECT_EQ(r["claims"][1]["issues"][0]["path"], "/claims/1");
  EXPECT_EQ(r["claims"][1]["issues"][0]["severity"], "warning");
  EXPECT_EQ(r["claims"][1]["issues"][0]["message"],
            "Accepting this claim takes 6.00 EUR on approval; the balance running through the "
            "batch falls to -2.00 EUR.");
  ASSERT_EQ(codes(r["claims"][2]["issues"]), Codes{"funds.insufficient"});
  EXPECT_EQ(r["summary"], Json::parse(R"({"accepted": 3, "declined": 0, "info_requested": 0,
      "manual": 0, "payout_total": "18.00", "due_on_approval": "18.00",
      "balance_after": "-8.00", "sufficient": false})"));
  EXPECT_EQ(r["cash_flow"], Json::parse(R"([{"date": "2026-03-05", "amount": "18.00"}])"));
}

TEST(SimulateRules, CashFlowByPayoutDateEarliestFirstWithoutZeroSumsOrOpenEnded) {
  // C-1 (2026-03-01) locks 2026-05-01 and pays 2026-05-04: not due on approval.
  Json recent = claim("C-1", "A-1", "3.00");
  recent["order"]["date"] = "2026-03-01";
  recent["filed_on"] = "2026-03-01";
  // C-3, wrong_amount: the 3.00 total is what was tracked, so the action pays 0.00.
  // It pays (nothing) on 2026-04-04, a date of its own, which the cash flow leaves out.
  Json nothing_more = claim("C-3", "A-3", "3.00");
  nothing_more["order"]["date"] = "2026-02-01";
  nothing_more["filed_on"] = "2026-02-20";
  nothing_more["reason"] = "wrong_amount";
  nothing_more["tracked"] = Json::parse(R"({"amount": "60.00", "payout": "3.00"})");
  Json req = request({recent, claim("C-2", "A-2", "2.50"), nothing_more}, {rule("{}")});
  Json r = simulate(req);
  EXPECT_EQ(r["claims"][2]["action"]["payout"], "0.00");
  EXPECT_EQ(r["cash_flow"], Json::parse(R"([{"date": "2026-03-05", "amount": "2.50"},
                                            {"date": "2026-05-04", "amount": "3.00"}])"));
  EXPECT_EQ(r["summary"]["payout_total"], "5.50");
  EXPECT_EQ(r["summary"]["due_on_approval"], "2.50");
  EXPECT_EQ(r["summary"]["balance_after"], "7.50");

  req["contract"]["lifecycle"]["lock"] = Json::object({{"rule", "open_ended"}});
  r = simulate(req);
  EXPECT_EQ(r["cash_flow"], Json::array());
  EXPECT_EQ(r["summary"]["due_on_approval"], "0.00");
}

TEST(SimulateRules, WithoutAnAccountTheBalanceIsUnknown) {
  Json req = request({claim("C-1", "A-1", "6.00")}, {rule("{}")});
  req.erase("account");
  const Json r = simulate(req);
  EXPECT_TRUE(r["summary"]["balance_after"].is_null());
  EXPECT_TRUE(r["summary"]["sufficient"].is_null());
  EXPECT_EQ(r["summary"]["due_on_approval"], "6.00");
  EXPECT_EQ(r["claims"][0]["issues"], Json::array());
}

TEST(SimulateRules, ContractWithoutLifecycleIsSaidOnceAtTheTop) {
  Json req = request({claim("C-1", "A-1", "6.00"), claim("C-2", "A-2", "6.00")}, {rule("{}")});
  req["contract"].erase("lifecycle");
  const Json r = simulate(req);
  ASSERT_EQ(codes(r["issues"]), Codes{"contract.invalid"});
  EXPECT_EQ(r["issues"][0]["path"], "/contract/lifecycle");
  EXPECT_EQ(r["claims"][1]["issues"], Json::array());
  EXPECT_TRUE(r["claims"][1]["action"]["lifecycle"].is_null());
  EXPECT_TRUE(r["summary"]["due_on_approval"].is_null());
  EXPECT_TRUE(r["summary"]["sufficient"].is_null());
}

TEST(SimulateRules, MalformedRequestMembersAreRequestInvalidAndTheNextRequestWorks) {
  Json req = request({claim("C-1", "A-1", "6.00")}, {rule("{}")});
  Json bad = req;
  bad["rules"] = "accept everything";
  Json out = call("simulate_rules", bad);
  EXPECT_EQ(out["ok"], false);
  EXPECT_EQ(out["error"]["code"], "request.invalid");
  EXPECT_EQ(out["error"]["path"], "/rules");
  bad = req;
  bad.erase("contract");
  out = call("simulate_rules", bad);
  EXPECT_EQ(out["error"]["path"], "/contract");
  bad = req;
  bad["rules"] = Json::array();
  for (int i = 0; i < 1001; ++i) bad["rules"].push_back(rule("{}"));
  out = call("simulate_rules", bad);
  EXPECT_EQ(out["error"]["code"], "request.invalid");
  EXPECT_EQ(out["error"]["path"], "/rules");
  // A rule that is not an object, a claim that is not an object: issues, not a crash.
  bad = req;
  bad["rules"].push_back(42);
  bad["claims"].push_back("C-9");
  const Json r = simulate(bad);
  EXPECT_EQ(codes(r["issues"]), Codes{"rule.invalid"});
  EXPECT_EQ(r["issues"][0]["path"], "/rules/1");
  EXPECT_EQ(r["claims"][1]["decision"], "accept");
  EXPECT_TRUE(r["claims"][1]["action"].is_null());
  EXPECT_EQ(simulate(req)["summary"]["accepted"], 1);
}

TEST(SimulateRules, GenerateSaysOnceWhatTheValidationSaid) {
  // order.amount 1.005 EUR: validate_claims' money.invalid, which compute_payout (run by
  // the generate option) finds again at the same path; the entry has it once.
  Json c = claim("C-1", "A-1", "6.00");
  c["order"]["amount"] = "1.005";
  const Json r = simulate(request({c}, {rule("{}", R"({"decision": "accept",
                                                       "payout_option": "generate"})")}));
  EXPECT_EQ(codes(r["claims"][0]["issues"]),
            (Codes{"money.invalid", "resolution.claim_has_errors"}));
  EXPECT_EQ(r["claims"][0]["issues"][0]["path"], "/claims/0/order/amount");
  EXPECT_TRUE(r["claims"][0]["action"].is_null());
  EXPECT_EQ(r["summary"]["manual"], 1);
}
