// export_network_csv (spec section 13): Awin's and impact.com's columns, the reason and id
// mappings, the networks' limits, section 8's writing rules, and bad input.
#include <gtest/gtest.h>

#include "call.h"

using claims::Json;
using claims::testing::call;
using claims::testing::codes;
using claims::testing::result_of;

namespace {

using Codes = std::vector<std::string>;

Json claim() {
  return Json::parse(R"({"id": "CLM-0001", "publisher": {"id": "pub-42"},
    "advertiser": {"id": "adv-7"}, "member_ref": "m-123", "reason": "wrong_amount",
    "filed_on": "2026-01-20",
    "order": {"id": "A-1001", "date": "2026-01-01", "amount": "120.00", "currency": "EUR"},
    "expected_payout": "6.00", "tracked": {"amount": "60.00", "payout": "3.00"},
    "comment": "Order confirmation attached"})");
}

// The claims as a vector: a braced list of one Json would be that Json itself under clang
// (the WASM build), not an array of it.
Json request(const char* format, std::vector<Json> claims) {
  Json r = Json::object();
  r["format"] = format;
  r["as_of"] = "2026-03-05";
  r["claims"] = Json(std::move(claims));
  r["network_ids"] = Json::object({{"adv-7", "1234"}});
  return r;
}

Json run(const Json& req) { return result_of("export_network_csv", req); }

const std::string kAwinHeader =
    "enquiry_id,merchant_id,type,click_ref,amount,commission,date,customer_reference,"
    "reference,description\r\n";
const std::string kImpactHeader =
    "Inquiry Id,Campaign Id,Order Id,Sale Amount,Transaction Date,Type,Expected Payout,"
    "Resolution Deadline,Customer Id,Tracking Link,Notes\r\n";

}  // namespace

TEST(ExportNetworkCsv, AwinColumns) {
  const Json r = run(request("awin", {claim()}));
  EXPECT_EQ(r["csv"], kAwinHeader +
                          "CLM-0001,1234,incorrect,m-123,120.00,6.00,2026-01-01 00:00:00,,"
                          "A-1001,Order confirmation attached\r\n");
  EXPECT_EQ(r["rows"], 1);
  EXPECT_EQ(r["issues"], Json::array());
}

TEST(ExportNetworkCsv, ImpactColumnsWithOffsetAndDeadline) {
  Json req = request("impact", {claim()});
  req["utc_offset"] = "+01:00";
  req["response_days"] = 30;  // 2026-01-20 + 30 days = 2026-02-19
  EXPECT_EQ(run(req)["csv"], kImpactHeader +
                                 "CLM-0001,1234,A-1001,120.00,2026-01-01T00:00:00+01:00,"
                                 "INCORRECT,6.00,2026-02-19T00:00:00+01:00,m-123,,"
                                 "Order confirmation attached\r\n");
  // Default offset +00:00; no deadline without response_days or without filed_on.
  req.erase("utc_offset");
  req.erase("response_days");
  EXPECT_EQ(run(req)["csv"], kImpactHeader +
                                 "CLM-0001,1234,A-1001,120.00,2026-01-01T00:00:00+00:00,"
                                 "INCORRECT,6.00,,m-123,,Order confirmation attached\r\n");
  req["response_days"] = 30;
  req["claims"][0].erase("filed_on");
  req["claims"][0].erase("expected_payout");
  req["claims"][0].erase("comment");
  EXPECT_EQ(run(req)["csv"], kImpactHeader +
                                 "CLM-0001,1234,A-1001,120.00,2026-01-01T00:00:00+00:00,"
                                 "INCORRECT,,,m-123,,\r\n");
}

TEST(ExportNetworkCsv, ReasonsMapInOrder) {
  Json untracked = claim(), declined = claim();
  untracked["reason"] = "untracked";
  declined["reason"] = "declined";
  untracked["order"]["id"] = "A-1";
  declined["order"]["id"] = "A-2";
  const Json awin = run(request("awin", {untracked, claim(), declined}));
  const std::string tail = ",m-123,120.00,6.00,2026-01-01 00:00:00,,";
  EXPECT_EQ(awin["csv"], kAwinHeader + "CLM-0001,1234,untracked" + tail +
                             "A-1,Order confirmation attached\r\n" + "CLM-0001,1234,incorrect" +
                             tail + "A-1001,Order confirmation attached\r\n" +
                             "CLM-0001,1234,declined" + tail +
                             "A-2,Order confirmation attached\r\n");
  const Json impact = run(request("impact", {untracked, claim(), declined}));
  const std::string csv = impact["csv"];
  EXPECT_LT(csv.find(",UNTRACKED,"), csv.find(",INCORRECT,"));
  EXPECT_LT(csv.find(",INCORRECT,"), csv.find(",DECLINED,"));
  EXPECT_EQ(impact["rows"], 3);
}

TEST(ExportNetworkCsv, UnmappedOrNonNumericIdsWarnAndAreWritten) {
  Json req = request("awin", {claim()});
  req.erase("network_ids");
  Json r = run(req);
  ASSERT_EQ(codes(r["issues"]), Codes{"network.id_not_numeric"});
  EXPECT_EQ(r["issues"][0]["path"], "/claims/0/advertiser/id");
  EXPECT_EQ(r["issues"][0]["severity"], "warning");
  EXPECT_EQ(r["rows"], 1);
  EXPECT_NE(r["csv"].get<std::string>().find("\r\nCLM-0001,adv-7,"), std::string::npos);
  req["network_ids"] = Json::object({{"adv-7", "12a"}});
  EXPECT_EQ(codes(run(req)["issues"]), Codes{"network.id_not_numeric"});
  req["network_ids"] = Json::object();
  req["claims"][0]["advertiser"]["id"] = "987";  // unmapped, already numeric
  r = run(req);
  EXPECT_EQ(r["issues"], Json::array());
  EXPECT_NE(r["csv"].get<std::string>().find("\r\nCLM-0001,987,"), std::string::npos);
}

TEST(ExportNetworkCsv, MissingOrMalformedMembersLeaveTheClaimOut) {
  struct Case {
    const char* pointer;
    Json value;  // null: erase
    const char* code;
    const char* path;
  };
  const Case cases[] = {
      {"/member_ref", nullptr, "claim.required", "/claims/0/member_ref"},
      {"/id", nullptr, "claim.required", "/claims/0/id"},
      {"/advertiser", nullptr, "claim.required", "/claims/0/advertiser/id"},
      {"/reason", "lost", "claim.invalid", "/claims/0/reason"},
      {"/order/date", "2026-02-30", "date.invalid", "/claims/0/order/date"},
      {"/order/amount", "1.005", "money.invalid", "/claims/0/order/amount"},
      {"/order/amount", 120, "money.invalid", "/claims/0/order/amount"},
      {"/order/currency", "eur", "currency.unknown", "/claims/0/order/currency"},
      {"/order/id", nullptr, "claim.required", "/claims/0/order/id"},
      {"/expected_payout", "6.001", "money.invalid", "/claims/0/expected_payout"},
      {"/filed_on", "20260120", "date.invalid", "/claims/0/filed_on"},
  };
  for (const Case& c : cases) {
    Json bad = claim();
    const Json::json_pointer p(c.pointer);
    if (c.value.is_null()) bad[p.parent_pointer()].erase(p.back());
    else bad[p] = c.value;
    Json ok = claim();
    ok["id"] = "CLM-0002";
    const Json r = run(request("awin", {bad, ok}));
    ASSERT_EQ(codes(r["issues"]), Codes{c.code}) << c.pointer;
    EXPECT_EQ(r["issues"][0]["path"], c.path) << c.pointer;
    EXPECT_EQ(r["rows"], 1) << c.pointer;
    EXPECT_EQ(r["csv"].get<std::string>().find("CLM-0001"), std::string::npos) << c.pointer;
  }
  // A claim that is not an object.
  const Json r = run(request("impact", {"CLM-0001"}));
  EXPECT_EQ(codes(r["issues"]), Codes{"claim.invalid"});
  EXPECT_EQ(r["issues"][0]["path"], "/claims/0");
  EXPECT_EQ(r["csv"], kImpactHeader);
  EXPECT_EQ(r["rows"], 0);
}

TEST(ExportNetworkCsv, AwinTakesOrdersUnderFourYearsOld) {
  Json req = request("awin", {claim()});
  req["claims"][0]["order"]["date"] = "2022-03-05";  // + 4 years = as_of: too old
  req["claims"][0]["filed_on"] = "2022-03-20";
  Json r = run(req);
  ASSERT_EQ(codes(r["issues"]), Codes{"network.too_old"});
  EXPECT_EQ(r["issues"][0]["path"], "/claims/0/order/date");
  EXPECT_EQ(r["issues"][0]["severity"], "error");
  EXPECT_EQ(r["rows"], 0);
  req["claims"][0]["order"]["date"] = "2022-03-06";
  EXPECT_EQ(run(req)["rows"], 1);
  // impact has no age limit.
  req["format"] = "impact";
  req["claims"][0]["order"]["date"] = "2020-01-01";
  EXPECT_EQ(run(req)["rows"], 1);
}

TEST(ExportNetworkCsv, AwinFebruary29PlusFourYearsIsClampedInACommonYear) {
  Json req = request("awin", {claim()});
  req["claims"][0]["order"]["date"] = "2096-02-29";  // + 4 years = 2100-02-28 (2100: common)
  req["claims"][0]["filed_on"] = "2096-03-20";
  req["as_of"] = "2100-02-28";
  Json r = run(req);
  EXPECT_EQ(codes(r["issues"]), Codes{"network.too_old"});
  EXPECT_NE(r["issues"][0]["message"].get<std::string>().find("on 2100-02-28"),
            std::string::npos);
  req["as_of"] = "2100-02-27";
  r = run(req);
  EXPECT_EQ(r["issues"], Json::array());
  EXPECT_EQ(r["rows"], 1);
}

TEST(ExportNetworkCsv, ImpactSaleAmountAtMostFiveMillionWhateverTheCurrency) {
  Json req = request("impact", {claim()});
  req["claims"][0]["order"]["amount"] = "5000000.00";
  req["claims"][0].erase("expected_payout");
  EXPECT_EQ(run(req)["rows"], 1);
  req["claims"][0]["order"]["amount"] = "5000000.01";
  Json r = run(req);
  ASSERT_EQ(codes(r["issues"]), Codes{"network.amount_over_limit"});
  EXPECT_EQ(r["issues"][0]["path"], "/claims/0/order/amount");
  EXPECT_EQ(r["rows"], 0);
  req["claims"][0]["order"]["currency"] = "JPY";
  req["claims"][0]["order"]["amount"] = "5000001";
  req["claims"][0]["tracked"]["amount"] = "60";
  EXPECT_EQ(codes(run(req)["issues"]), Codes{"network.amount_over_limit"});
  // awin has no amount limit.
  req["format"] = "awin";
  EXPECT_EQ(run(req)["rows"], 1);
}

TEST(ExportNetworkCsv, WritingRulesCommaCrlfQuotingAndFormulaGuard) {
  Json c = claim();
  c["comment"] = "=HYPERLINK(\"http://x\")";
  c["member_ref"] = "m,1";
  c["order"]["id"] = "-A1";
  Json r = run(request("awin", {c}));
  EXPECT_EQ(r["csv"], kAwinHeader +
                          "CLM-0001,1234,incorrect,\"m,1\",120.00,6.00,2026-01-01 00:00:00,,'-A1,"
                          "\"'=HYPERLINK(\"\"http://x\"\")\"\r\n");
  EXPECT_EQ(r["csv"].get<std::string>().rfind("\xEF\xBB\xBF", 0), std::string::npos);
  c["comment"] = "line 1\nline 2";
  r = run(request("impact", {c}));
  EXPECT_NE(r["csv"].get<std::string>().find(",\"line 1\nline 2\"\r\n"), std::string::npos);
}

TEST(ExportNetworkCsv, MalformedOptionsAreRequestInvalidAndTheNextRequestWorks) {
  struct Case {
    const char* member;
    Json value;
    const char* path;
  };
  const Case cases[] = {
      {"format", "shareasale", "/format"},
      {"utc_offset", "+1:00", "/utc_offset"},
      {"utc_offset", "+15:00", "/utc_offset"},
      {"response_days", 3651, "/response_days"},
      {"response_days", "30", "/response_days"},
      {"network_ids", Json::object({{"adv-7", 1234}}), "/network_ids/adv-7"},
      {"network_ids", "1234", "/network_ids"},
      {"as_of", "2026-13-01", "/as_of"},
  };
  for (const Case& c : cases) {
    Json req = request("awin", {claim()});
    req[c.member] = c.value;
    const Json out = call("export_network_csv", req);
    EXPECT_EQ(out["ok"], false) << c.member;
    EXPECT_EQ(out["error"]["code"], "request.invalid") << c.member;
    EXPECT_EQ(out["error"]["path"], c.path) << c.member;
  }
  Json req = request("awin", {claim()});
  req["response_days"] = 3650;
  req["utc_offset"] = "-09:30";
  EXPECT_EQ(run(req)["rows"], 1);
}
