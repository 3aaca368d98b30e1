// dispatch(operation, request, payload): a large text member given beside the request.
// Equal bytes with the member inside the request are checked for every import test (call.h);
// here, what only the payload form has: its refusals and its progress reports.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "claims/dispatch.h"
#include "base/json.h"

using claims::dispatch;
using claims::Json;

namespace {

const char kHeader[] =
    "claim_id,member_ref,advertiser_id,order_id,order_date,order_amount,currency,reason\r\n";

std::string rows(int n) {
  std::string csv = kHeader;
  for (int i = 0; i < n; ++i) {
    csv += "CLM-" + std::to_string(i) + ",m-1,adv-7,A-" + std::to_string(i) +
           ",2026-02-01,120.00,EUR,untracked\r\n";
  }
  return csv;
}

Json error_of(const std::string& response) { return Json::parse(response).at("error"); }

}  // namespace

TEST(Payload, IsTheRequestsCsv) {
  const std::string csv = rows(3);
  const std::string inside = dispatch("import_claims_csv", Json{{"csv", csv}}.dump());
  EXPECT_EQ(dispatch("import_claims_csv", "{}", csv), inside);
  // null is absent (spec section 2), so it does not count as a second csv.
  EXPECT_EQ(dispatch("import_claims_csv", R"({"csv":null})", csv), inside);
  EXPECT_EQ(Json::parse(inside)["result"]["claims"].size(), 3u);
}

TEST(Payload, GivenTwiceIsRefusedAtTheMember) {
  const Json e = error_of(dispatch("import_claims_csv", R"({"csv":""})", rows(1)));
  EXPECT_EQ(e["code"], "request.invalid");
  EXPECT_EQ(e["path"], "/csv");
  EXPECT_EQ(e["message"], "The csv is given twice, in the request and as the payload: give it once.");
}

TEST(Payload, InvalidUtf8IsInvalidJsonAtTheMemberWithItsOffset) {
  const Json e = error_of(dispatch("import_decisions_csv", "{}", "Conversion ID,Action\n\xC3("));
  EXPECT_EQ(e["code"], "request.invalid_json");
  EXPECT_EQ(e["path"], "/csv");
  EXPECT_EQ(e["message"], "The csv payload is not valid UTF-8: byte 21 does not begin a character.");
  // The request's own errors come first, and the next request works.
  EXPECT_EQ(error_of(dispatch("import_decisions_csv", "{", "\xFF"))["code"], "request.invalid_json");
  EXPECT_EQ(error_of(dispatch("import_decisions_csv", "{", "\xFF"))["path"], "");
  EXPECT_TRUE(Json::parse(dispatch("import_decisions_csv", "{}", "Conversion ID,Action\n"))["ok"]);
}

TEST(Payload, AnOperationWithoutOneRefusesIt) {
  const Json e = error_of(dispatch("compute_payout", "{}", "x"));
  EXPECT_EQ(e["code"], "request.invalid");
  EXPECT_EQ(e["path"], "");
  EXPECT_EQ(e["message"],
            "Operation \"compute_payout\" takes no payload: send its members inside the request.");
  EXPECT_EQ(error_of(dispatch("frobnicate", "{}", "x"))["code"], "request.unknown_operation");
}

TEST(Payload, TheSizeLimitCountsRequestAndPayloadTogether) {
  const std::string request = R"({"defaults":{"publisher_id":"pub-42"}})";
  // One byte over, counted from the length alone: nothing is read.
  const std::string payload(claims::kRequestSizeLimit - request.size() + 1, 'x');
  EXPECT_EQ(error_of(dispatch("import_claims_csv", request, payload))["code"], "request.too_large");
}

TEST(Payload, ReportsProgressInBytesUpToTheWholeFile) {
  const std::string csv = rows(2000);
  std::vector<std::pair<std::size_t, std::size_t>> reports;
  const std::string response = dispatch("import_claims_csv", R"({"include_claims":false})", csv,
                                        [&](std::size_t done, std::size_t total) {
                                          reports.emplace_back(done, total);
                                        });
  EXPECT_TRUE(Json::parse(response)["ok"]);
  // About one report per percent of the file, rising, each of the file's size, the last
  // at its end.
  ASSERT_GE(reports.size(), 90u);
  EXPECT_LE(reports.size(), 101u);
  for (std::size_t i = 0; i < reports.size(); ++i) {
    EXPECT_EQ(reports[i].second, csv.size());
    if (i > 0) EXPECT_GT(reports[i].first, reports[i - 1].first);
  }
  EXPECT_EQ(reports.back().first, csv.size());
  // The same answer as without reports.
  EXPECT_EQ(dispatch("import_claims_csv", R"({"include_claims":false})", csv), response);
}
