// The streamed path of import_claims_csv (validate, include_claims false) against the
// whole-document path it must match byte for byte, and the requests it must leave to the
// general path.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "operations/operations.h"
#include "call.h"

using claims::Json;

namespace {

// The streamed path's response, which must be there (the test fails when it declined),
// and the general path's.
void expect_streamed_equals_general(const std::string& text) {
  const std::optional<std::string> streamed = claims::dispatch_streamed("import_claims_csv", text);
  ASSERT_TRUE(streamed.has_value()) << "the streamed path declined: " << text.substr(0, 300);
  EXPECT_EQ(*streamed, claims::dispatch_general("import_claims_csv", text)) << text.substr(0, 300);
}

const std::string kHeader =
    "claim_id,member_ref,advertiser_id,order_id,order_date,order_amount,currency,"
    "expected_payout,reason,promo_code,click_date,tracked_action_id,tracked_amount,"
    "tracked_payout,tracked_date,filed_on,comment,completed_online,returned,event_type";

// Rows of every shape: optional members present in some rows and not others (the reused
// claim must drop them), issues on many rows and columns, quoted fields with "" escapes,
// embedded CRLF, delimiters and non-ASCII, formula guards, missing cells, bad shapes.
std::string varied_csv() {
  std::string csv = kHeader + "\r\n";
  csv += "C-1,m-1,adv-1,A-1,2026-01-01,120.00,EUR,6.00,untracked,WELCOME10,2026-01-01,,,,,"
         "2026-01-20,fine,yes,no,sale\r\n";
  csv += "C-2,m-2,adv-1,A-2,2026-01-02,80.00,EUR,,declined,,,ACT-2,,,2026-01-04,2026-01-21,"
         "\"Member says \"\"never\"\"; caf\xC3\xA9 \xF0\x9F\x98\x80\",,,\r\n";
  csv += "C-3,m-3,adv-2,A-3,2026-13-40,abc,XXX,9.99,wrong_amount,PARTNER10,2027-01-01,,60.00,"
         "3.00,,,,maybe,1,lead\r\n";
  csv += "C-1,m-4,adv-1,A-1,2026-01-05,-5,EUR,,untracked,,,,,,,,\"multi\r\nline, comment\","
         "0,true,\r\n";
  csv += "C-5,m-5\r\n";  // row_shape
  csv += "\r\n";         // blank line, counted
  csv += "'=C-6,'+m-6,adv-3,A-6,2026-02-01,10.00,,1.00,wrong_amount,,2026-01-31,ACT-6,"
         "10.00,1.00,2026-02-02,2026-02-10,'-dash,,,\r\n";
  csv += ",,,,,,,,,,,,,,,,,,,\r\n";  // every required cell missing
  csv += "\"C-8\"x,m-8,adv-1,A-8,2026-01-01,1.00,EUR,,untracked,,,,,,,,,,,\r\n";  // text after quote
  csv += "C-9,m-9,adv-4,A-9,2026-01-10,50.00,USD,60.00,untracked,,2025-11-01,,,,,2026-01-12,"
         "\"tab\there\",,,\r\n";
  for (int i = 10; i < 60; ++i) {
    const std::string n = std::to_string(i);
    csv += "C-" + n + ",m-" + n + ",adv-" + std::to_string(i % 3) + ",A-" + n +
           ",2026-01-0" + std::to_string(1 + i % 9) + "," + n + ".50,EUR,1.00," +
           (i % 3 == 0 ? "untracked" : i % 3 == 1 ? "declined" : "wrong_amount") + "," +
           (i % 4 == 0 ? "WELCOME10" : "") + ",," + (i % 3 != 0 ? "ACT-" + n : "") + ",,," +
           (i % 5 == 0 ? "2026-01-09" : "") + ",2026-02-0" + std::to_string(1 + i % 9) +
           ",,,,\n";
  }
  return csv;
}

std::string request(const std::string& csv, const std::string& rest) {
  return "{\"csv\":" + Json(csv).dump() + rest + "}";
}

const std::string kValidate =
    R"(,"validate":{"as_of":"2026-03-01","policy":{"promo_codes":{"allowed":["PARTNER10"]},"max_age_days":30},"known_orders":[{"advertiser_id":"adv-2","order_id":"A-15"}]})";

}  // namespace

TEST(ImportClaimsCsvStream, SameBytesAsTheWholeDocumentPath) {
  const std::vector<std::string> texts = {
      request(varied_csv(), R"(,"defaults":{"publisher_id":"pub-42"},"include_claims":false)" +
                                kValidate),
      request(varied_csv(), R"(,"include_claims":false,"defaults":{"currency":"EUR"})" +
                                kValidate),
      // Semicolons, LF only, a BOM, a header whose currency column is missing.
      request("\xEF\xBB\xBF" "claim_id;member_ref;advertiser_id;order_id;order_date;"
              "order_amount;reason\nC-1;m;adv;A;2026-01-01;1,00;untracked\n",
              R"(,"include_claims":false,"validate":{"as_of":"2026-03-01"},"defaults":{"currency":"EUR"})"),
      // A missing required column: nothing imported.
      request("claim_id,member_ref\nC-1,m\n", R"(,"include_claims":false)" + kValidate),
      // An empty file, a header only, a quote left open.
      request("", R"(,"include_claims":false)" + kValidate),
      request(kHeader + "\r\n", R"(,"include_claims":false)" + kValidate),
      request(kHeader + "\r\nC-1,\"open", R"(,"include_claims":false)" + kValidate),
      // Policy issues are the validation's top-level issues.
      request(varied_csv(),
              R"(,"include_claims":false,"validate":{"as_of":"2026-03-01","policy":{"max_age_days":-1}})"),
      // Lines ended by a lone CR (older Mac spreadsheets).
      request(kHeader + "\rC-1,m-1,adv-1,A-1,2026-01-01,120.00,EUR,6.00,untracked,,,,,,,"
              "2026-01-20,\"two\rlines\",,,\r\rC-2,m-2\r",
              R"(,"include_claims":false)" + kValidate),
      // Escapes in the request's csv string that the DOM decodes too.
      R"({"csv":"claim_id,member_ref,advertiser_id,order_id,order_date,order_amount,currency,reason\r\nC\u002d1,m\/1,adv,A,2026-01-01,1.00,EUR,untracked\n","include_claims":false,"validate":{"as_of":"2026-03-01"}})",
  };
  for (const std::string& text : texts) expect_streamed_equals_general(text);
}

TEST(ImportClaimsCsvStream, OtherRequestsTakeTheGeneralPath) {
  const std::string csv = varied_csv();
  const std::vector<std::string> texts = {
      // Claims returned, no validation, or include_claims left out: the result holds a
      // claims array or no validation.
      request(csv, R"(,"include_claims":true)" + kValidate),
      request(csv, kValidate),
      request(csv, R"(,"include_claims":false)"),
      request(csv, ""),
      // Request-level errors are the general path's to word.
      request(csv, R"(,"include_claims":"no")" + kValidate),
      request(csv, R"(,"include_claims":false,"validate":{"as_of":"2026-02-30"})"),
      request(csv, R"(,"include_claims":false,"validate":3)"),
      request(csv, R"(,"include_claims":false,"defaults":{"currency":7})" + kValidate),
      R"({"csv":5,"include_claims":false,"validate":{}})",
      R"({"include_claims":false,"validate":{}})",
      // A repeated member: the last one wins in the DOM.
      request(csv, R"(,"include_claims":true,"include_claims":false)" + kValidate),
      "[]",
      "{\"csv\":\"a\",\"include_claims\":false,\"validate\":{} ",
  };
  for (const std::string& text : texts) {
    EXPECT_FALSE(claims::dispatch_streamed("import_claims_csv", text).has_value()) << text;
    EXPECT_EQ(claims::dispatch("import_claims_csv", text),
              claims::dispatch_general("import_claims_csv", text));
  }
}

TEST(ImportClaimsCsvStream, IncludeClaimsTrueAndFalseAgreeOnTheValidation) {
  const std::string csv = varied_csv();
  const Json with = Json::parse(claims::dispatch(
      "import_claims_csv", request(csv, R"(,"include_claims":true)" + kValidate)));
  const Json without = Json::parse(claims::dispatch(
      "import_claims_csv", request(csv, R"(,"include_claims":false)" + kValidate)));
  ASSERT_TRUE(with.at("ok").get<bool>());
  ASSERT_TRUE(without.at("ok").get<bool>());
  EXPECT_EQ(with["result"]["validation"], without["result"]["validation"]);
  EXPECT_EQ(with["result"]["issues"], without["result"]["issues"]);
  EXPECT_FALSE(without["result"].contains("claims"));
  // Concrete findings of the varied file: the duplicate claim id on line 5, the row
  // shape on line 7 (the row before spans two lines), and every line's entry.
  const Json& entries = without["result"]["validation"]["claims"];
  ASSERT_EQ(entries.size(), 57u);
  EXPECT_EQ(entries[3]["id"], "C-1");
  bool duplicate = false;
  for (const Json& i : entries[3]["issues"])
    if (i["code"] == "claim.duplicate_id") {
      duplicate = true;
      EXPECT_EQ(i["path"], "/rows/5/claim_id");
    }
  EXPECT_TRUE(duplicate);
  EXPECT_EQ(without["result"]["issues"][0]["path"], "/rows/7");
  EXPECT_EQ(without["result"]["issues"][0]["code"], "csv.row_shape");
}

// Members built by the member cursor into a fresh claim: only the row's own.
TEST(ImportClaimsCsvStream, ReturnedClaimsKeepOnlyTheirOwnMembers) {
  const std::string csv = varied_csv();
  const Json with = Json::parse(claims::dispatch(
      "import_claims_csv", request(csv, R"(,"include_claims":true)" + kValidate)));
  const Json& claims_json = with["result"]["claims"];
  const Json& entries = with["result"]["validation"]["claims"];
  ASSERT_EQ(claims_json.size(), entries.size());
  EXPECT_EQ(claims_json[1]["tracked"], Json::parse(R"({"action_id":"ACT-2","date":"2026-01-04"})"));
  EXPECT_FALSE(claims_json[0].contains("tracked"));
  EXPECT_EQ(claims_json[0]["order"]["completed_online"], true);
  EXPECT_FALSE(claims_json[1]["order"].contains("completed_online"));
}
