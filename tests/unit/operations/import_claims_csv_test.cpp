// import_claims_csv (spec section 8): each quirk of the file format, seen through the
// operation, and the mapping of columns onto claim objects (section 4).
#include <gtest/gtest.h>

#include "call.h"

using claims::Json;
using claims::testing::call;
using claims::testing::codes;
using claims::testing::result_of;

namespace {
const std::string kHeader =
    "claim_id,member_ref,advertiser_id,order_id,order_date,order_amount,currency,reason";

Json import(const std::string& csv, Json extra = Json::object()) {
  Json req = extra;
  req["csv"] = csv;
  return result_of("import_claims_csv", req);
}
}  // namespace

TEST(ImportClaimsCsv, EveryColumnLandsInTheClaim) {
  const std::string csv =
      "claim_id;member_ref;advertiser_id;order_id;order_date;order_amount;currency;"
      "expected_payout;reason;promo_code;click_date;tracked_action_id;tracked_amount;"
      "tracked_payout;comment;publisher_id;event_type;completed_online;returned;tracked_date;"
      "filed_on\r\n"
      "CLM-0001;m-123;adv-7;A-1001;2026-01-01;120.00;EUR;6.00;wrong_amount;WELCOME10;"
      "2026-01-01;ACT-9;60.00;3.00;Order confirmation attached;pub-42;sale;yes;0;2026-01-03;"
      "2026-01-20\r\n";
  Json r = import(csv);
  ASSERT_EQ(r["issues"], Json::array());
  ASSERT_EQ(r["claims"].size(), 1u);
  EXPECT_EQ(r["claims"][0], Json::parse(R"({
    "id": "CLM-0001", "publisher": {"id": "pub-42"}, "advertiser": {"id": "adv-7"},
    "member_ref": "m-123", "reason": "wrong_amount", "filed_on": "2026-01-20",
    "order": {"id": "A-1001", "date": "2026-01-01", "amount": "120.00", "currency": "EUR",
              "promo_code": "WELCOME10", "completed_online": true, "returned": false},
    "click_date": "2026-01-01", "event_type": "sale", "expected_payout": "6.00",
    "tracked": {"action_id": "ACT-9", "amount": "60.00", "payout": "3.00",
                "date": "2026-01-03"},
    "comment": "Order confirmation attached"})"));
}

TEST(ImportClaimsCsv, DefaultsFillMissingColumnAndEmptyCells) {
  Json r = import(
      "claim_id,member_ref,advertiser_id,order_id,order_date,order_amount,currency,reason,"
      "publisher_id\n"
      "C1,m,a,o1,2026-01-01,10,,untracked,\n"
      "C2,m,a,o2,2026-01-01,10,USD,untracked,pub-9\n",
      {{"defaults", {{"publisher_id", "pub-42"}, {"currency", "EUR"}}}});
  ASSERT_EQ(r["claims"].size(), 2u);
  EXPECT_EQ(r["claims"][0]["publisher"]["id"], "pub-42");
  EXPECT_EQ(r["claims"][0]["order"]["currency"], "EUR");
  EXPECT_EQ(r["claims"][1]["publisher"]["id"], "pub-9");
  EXPECT_EQ(r["claims"][1]["order"]["currency"], "USD");
  // No publisher_id column at all: the default.
  Json r2 = import("claim_id,member_ref,advertiser_id,order_id,order_date,order_amount,reason\n"
                   "C1,m,a,o1,2026-01-01,10,untracked\n",
                   {{"defaults", {{"publisher_id", "pub-42"}, {"currency", "EUR"}}}});
  EXPECT_EQ(r2["issues"], Json::array());
  EXPECT_EQ(r2["claims"][0]["publisher"]["id"], "pub-42");
  EXPECT_EQ(r2["claims"][0]["order"]["currency"], "EUR");
}

TEST(ImportClaimsCsv, BooleansInEveryAcceptedSpelling) {
  Json r = import(kHeader + ",completed_online,returned\n"
                  "C1,m,a,o1,2026-01-01,10,EUR,untracked,TRUE,No\n"
                  "C2,m,a,o2,2026-01-01,10,EUR,untracked,1,false\n"
                  "C3,m,a,o3,2026-01-01,10,EUR,untracked,yes,0\n"
                  "C4,m,a,o4,2026-01-01,10,EUR,untracked,maybe,\n");
  ASSERT_EQ(r["claims"].size(), 4u);
  EXPECT_EQ(r["claims"][0]["order"]["completed_online"], true);
  EXPECT_EQ(r["claims"][0]["order"]["returned"], false);
  EXPECT_EQ(r["claims"][1]["order"]["completed_online"], true);
  EXPECT_EQ(r["claims"][1]["order"]["returned"], false);
  EXPECT_EQ(r["claims"][2]["order"]["completed_online"], true);
  EXPECT_EQ(r["claims"][2]["order"]["returned"], false);
  // Not a boolean: kept as written, for validate_claims to report at the cell.
  EXPECT_EQ(r["claims"][3]["order"]["completed_online"], "maybe");
  EXPECT_FALSE(r["claims"][3]["order"].contains("returned"));
}

TEST(ImportClaimsCsv, EachMissingRequiredColumnAndNothingImported) {
  Json r = import("claim_id,member_ref,order_id,order_amount,reason\n"
                  "C1,m,o1,10,untracked\n");
  EXPECT_EQ(r["claims"], Json::array());
  EXPECT_EQ(codes(r["issues"]), (std::vector<std::string>{"csv.missing_column",
                                                          "csv.missing_column",
                                                          "csv.missing_column"}));
  EXPECT_EQ(r["issues"][0]["path"], "/rows/1/advertiser_id");
  EXPECT_EQ(r["issues"][1]["path"], "/rows/1/order_date");
  EXPECT_EQ(r["issues"][2]["path"], "/rows/1/currency");
}

TEST(ImportClaimsCsv, CurrencyColumnNotRequiredWithADefault) {
  Json r = import("claim_id,member_ref,advertiser_id,order_id,order_date,order_amount,reason\n"
                  "C1,m,a,o1,2026-01-01,10,untracked\n",
                  {{"defaults", {{"currency", "EUR"}}}});
  EXPECT_EQ(r["issues"], Json::array());
  EXPECT_EQ(r["claims"].size(), 1u);
  EXPECT_FALSE(r["claims"][0].contains("publisher"));
}

TEST(ImportClaimsCsv, EmptyFileSaysSoAndMissesEveryRequiredColumn) {
  Json r = import("");
  ASSERT_EQ(r["issues"].size(), 9u);
  EXPECT_EQ(r["issues"][0]["code"], "csv.empty");
  EXPECT_EQ(r["issues"][0]["severity"], "warning");
  EXPECT_EQ(r["issues"][0]["path"], "");
  EXPECT_EQ(r["issues"][1]["code"], "csv.missing_column");
  EXPECT_EQ(r["issues"][1]["path"], "/rows/1/claim_id");
}

TEST(ImportClaimsCsv, CrOnlyFileImportsEveryRow) {
  // Before spec section 8 said a lone CR ends a line, this file imported 0 claims and
  // said nothing: the whole file was one header line.
  Json r = import("claim_id,member_ref,advertiser_id,order_id,order_date,order_amount,"
                  "currency,reason\rC1,m,a,o1,2026-01-01,10,EUR,untracked\r"
                  "C2,m,a,o2,2026-01-02,20,EUR,untracked\r");
  EXPECT_EQ(r["issues"], Json::array());
  ASSERT_EQ(r["claims"].size(), 2u);
  EXPECT_EQ(r["claims"][1]["order"]["amount"], "20");
}

TEST(ImportClaimsCsv, HeaderCaseAndSpacesIgnoredUnknownColumnsIgnored) {
  Json r = import(" Claim_ID ,MEMBER_REF,Advertiser_Id,notes,order_id,order_date,order_amount,"
                  "Currency,reason\n"
                  "C1,m,a,ignore me,o1,2026-01-01,10,EUR,untracked\n");
  EXPECT_EQ(r["issues"], Json::array());
  EXPECT_EQ(r["claims"][0]["id"], "C1");
  EXPECT_EQ(r["claims"][0]["advertiser"]["id"], "a");
  EXPECT_FALSE(r["claims"][0].dump().find("ignore me") != std::string::npos);
}

TEST(ImportClaimsCsv, RowShapeAtThePhysicalLineOthersStillImport) {
  Json r = import(kHeader + "\r\n"
                  "C1,m,a,o1,2026-01-01,10,EUR,untracked\r\n"
                  "\r\n"
                  "C2,\"two\r\nlines\",a,o2,2026-01-01,10,EUR,untracked\r\n"
                  "C3,m,a\r\n"
                  "C4,m,a,o4,2026-01-01,10,EUR,untracked,extra\r\n"
                  "C5,m,a,o5,2026-01-01,10,EUR,untracked\r\n");
  ASSERT_EQ(r["claims"].size(), 3u);
  EXPECT_EQ(r["claims"][1]["member_ref"], "two\r\nlines");
  EXPECT_EQ(r["claims"][2]["id"], "C5");
  ASSERT_EQ(codes(r["issues"]),
            (std::vector<std::string>{"csv.row_shape", "csv.row_shape"}));
  // Header 1, C1 2, blank 3, C2 4-5, C3 6, C4 7.
  EXPECT_EQ(r["issues"][0]["path"], "/rows/6");
  EXPECT_EQ(r["issues"][0]["message"], "The row on line 6 has 3 fields; the header has 8.");
  EXPECT_EQ(r["issues"][1]["path"], "/rows/7");
}

TEST(ImportClaimsCsv, TextAfterAClosingQuoteIsRowShape) {
  Json r = import(kHeader + "\n\"C1\"x,m,a,o1,2026-01-01,10,EUR,untracked\n");
  EXPECT_EQ(r["claims"], Json::array());
  EXPECT_EQ(codes(r["issues"]), (std::vector<std::string>{"csv.row_shape"}));
  EXPECT_EQ(r["issues"][0]["path"], "/rows/2");
}

TEST(ImportClaimsCsv, UnterminatedQuoteAtTheLineWhereItsRecordStarts) {
  Json r = import(kHeader + "\n"
                  "C1,m,a,o1,2026-01-01,10,EUR,untracked\n"
                  "\n"
                  "C2,m,a,o2,2026-01-01,10,EUR,\"untracked\n"
                  "C3,m,a,o3,2026-01-01,10,EUR,untracked\n");
  ASSERT_EQ(r["claims"].size(), 1u);
  EXPECT_EQ(codes(r["issues"]), (std::vector<std::string>{"csv.unterminated_quote"}));
  EXPECT_EQ(r["issues"][0]["path"], "/rows/4");
}

TEST(ImportClaimsCsv, UnterminatedQuoteInTheHeaderImportsNothing) {
  Json r = import("\"claim_id,member_ref\nC1,m\n");
  EXPECT_EQ(r["claims"], Json::array());
  EXPECT_EQ(codes(r["issues"]), (std::vector<std::string>{"csv.unterminated_quote"}));
  EXPECT_EQ(r["issues"][0]["path"], "/rows/1");
}

TEST(ImportClaimsCsv, BomSemicolonsAndUntrimmedCells) {
  Json r = import("\xEF\xBB\xBF" "claim_id;member_ref;advertiser_id;order_id;order_date;"
                  "order_amount;currency;reason;comment\r\n"
                  "C1; m ;a;o1;2026-01-01;1,50;EUR;untracked;Caf\xC3\xA9, \"ok\"\r\n");
  ASSERT_EQ(r["claims"].size(), 1u);
  EXPECT_EQ(r["claims"][0]["id"], "C1");
  EXPECT_EQ(r["claims"][0]["member_ref"], " m ");
  EXPECT_EQ(r["claims"][0]["order"]["amount"], "1.50");  // a `;` file's decimal comma
  EXPECT_EQ(r["claims"][0]["comment"], "Caf\xC3\xA9, \"ok\"");
}

// Spec section 8, spreadsheet round trip (issue 25 item 8): in a `;` file every money cell
// reads with a decimal comma or a dot and every date cell as YYYY-MM-DD, DD/MM/YYYY or
// DD.MM.YYYY; the claim carries section 2's forms (a dot, the decimals as written; ISO).
TEST(ImportClaimsCsv, SemicolonFileMoneyAndDatesInSectionTwoForm) {
  Json r = import(
      "claim_id;member_ref;advertiser_id;order_id;order_date;order_amount;currency;"
      "expected_payout;reason;click_date;tracked_amount;tracked_payout;tracked_date;filed_on\r\n"
      "C1;m;a;o1;15/09/2026;120,5;EUR;6,00;wrong_amount;14.09.2026;60,00;3,5;16/09/2026;"
      "2026-10-01\r\n"
      "C2;m;a;o2;2026-09-15;120.50;EUR;6;wrong_amount;;-1,25;0;;01.10.2026\r\n");
  ASSERT_EQ(r["issues"], Json::array());
  ASSERT_EQ(r["claims"].size(), 2u);
  const Json& c1 = r["claims"][0];
  EXPECT_EQ(c1["order"]["date"], "2026-09-15");
  EXPECT_EQ(c1["order"]["amount"], "120.5");
  EXPECT_EQ(c1["expected_payout"], "6.00");
  EXPECT_EQ(c1["click_date"], "2026-09-14");
  EXPECT_EQ(c1["tracked"], Json::parse(R"({"amount": "60.00", "payout": "3.5",
                                           "date": "2026-09-16"})"));
  EXPECT_EQ(c1["filed_on"], "2026-10-01");
  const Json& c2 = r["claims"][1];
  EXPECT_EQ(c2["order"]["date"], "2026-09-15");
  EXPECT_EQ(c2["order"]["amount"], "120.50");
  EXPECT_EQ(c2["expected_payout"], "6");
  EXPECT_EQ(c2["tracked"]["amount"], "-1.25");
  EXPECT_EQ(c2["tracked"]["payout"], "0");
  EXPECT_EQ(c2["filed_on"], "2026-10-01");
}

// A cell that does not read stays in the claim as written; validation reports it at the
// cell, on both paths (call.h sends each request through the general and streamed paths).
TEST(ImportClaimsCsvValidate, SemicolonFileMalformedCellsKeptAsWrittenAndReported) {
  const std::string csv =
      "claim_id;member_ref;advertiser_id;order_id;order_date;order_amount;currency;reason\r\n"
      "C1;m;adv-7;o1;5/9/2026;1.234,50;EUR;untracked\r\n"
      "C2;m;adv-7;o2;15/09/2026;2,755;EUR;untracked\r\n";
  const Json validate = Json::parse(R"({"as_of": "2026-10-01",
      "policy": {"proof": {"required_for": []}}})");
  Json r = import(csv, {{"defaults", {{"publisher_id", "pub-42"}}}, {"validate", validate}});
  ASSERT_EQ(r["claims"].size(), 2u);
  EXPECT_EQ(r["claims"][0]["order"]["date"], "5/9/2026");
  EXPECT_EQ(r["claims"][0]["order"]["amount"], "1.234,50");
  EXPECT_EQ(r["claims"][1]["order"]["date"], "2026-09-15");
  EXPECT_EQ(r["claims"][1]["order"]["amount"], "2.755");  // reads; too precise for EUR
  const Json& v = r["validation"]["claims"];
  EXPECT_EQ(claims::testing::codes_paths(v[0]["issues"]),
            (std::vector<std::string>{"date.invalid /rows/2/order_date",
                                      "money.invalid /rows/2/order_amount"}));
  EXPECT_EQ(claims::testing::codes_paths(v[1]["issues"]),
            (std::vector<std::string>{"money.invalid /rows/3/order_amount"}));
  Json without = import(csv, {{"defaults", {{"publisher_id", "pub-42"}}}, {"validate", validate},
                              {"include_claims", false}});
  EXPECT_EQ(without["validation"], r["validation"]);
}

// A comma-delimited file: section 2's forms only, anything else kept as written.
TEST(ImportClaimsCsv, CommaFileKeepsDayFirstDatesAndCommasAsWritten) {
  Json r = import(kHeader + ",click_date\n"
                  "C1,m,a,o1,15/09/2026,\"2,75\",EUR,untracked,14.09.2026\n");
  ASSERT_EQ(r["claims"].size(), 1u);
  EXPECT_EQ(r["claims"][0]["order"]["date"], "15/09/2026");
  EXPECT_EQ(r["claims"][0]["order"]["amount"], "2,75");
  EXPECT_EQ(r["claims"][0]["click_date"], "14.09.2026");
}

TEST(ImportClaimsCsv, EmptyCellsAreAbsent) {
  Json r = import(kHeader + ",promo_code,comment,tracked_amount\n"
                  "C1,m,a,o1,2026-01-01,10,EUR,untracked,,\"\",\n");
  ASSERT_EQ(r["claims"].size(), 1u);
  EXPECT_FALSE(r["claims"][0]["order"].contains("promo_code"));
  EXPECT_FALSE(r["claims"][0].contains("comment"));
  EXPECT_FALSE(r["claims"][0].contains("tracked"));
}

TEST(ImportClaimsCsv, FormulaGuardRemovedFromTextCellsOnly) {
  Json r = import(kHeader + ",comment,expected_payout\n"
                  "'=C1,m,a,o1,2026-01-01,'-10,EUR,untracked,'+1 is fine,'-5\n");
  ASSERT_EQ(r["claims"].size(), 1u);
  EXPECT_EQ(r["claims"][0]["id"], "=C1");
  EXPECT_EQ(r["claims"][0]["comment"], "+1 is fine");
  // Money cells are never text cells: an apostrophe there is part of the (bad) value.
  EXPECT_EQ(r["claims"][0]["order"]["amount"], "'-10");
  EXPECT_EQ(r["claims"][0]["expected_payout"], "'-5");
}

TEST(ImportClaimsCsv, IncludeClaimsFalseLeavesClaimsOut) {
  Json r = import(kHeader + "\nC1,m,a,o1,2026-01-01,10,EUR,untracked\nC2,m\n",
                  {{"include_claims", false}});
  EXPECT_FALSE(r.contains("claims"));
  EXPECT_EQ(codes(r["issues"]), (std::vector<std::string>{"csv.row_shape"}));
}

TEST(ImportClaimsCsv, RequestLevelErrors) {
  EXPECT_EQ(call("import_claims_csv", Json::object())["error"]["path"], "/csv");
  EXPECT_EQ(call("import_claims_csv", {{"csv", 5}})["error"]["code"], "request.invalid");
  Json r = call("import_claims_csv", {{"csv", ""}, {"defaults", {{"currency", 1}}}});
  EXPECT_EQ(r["error"]["path"], "/defaults/currency");
  r = call("import_claims_csv", {{"csv", ""}, {"include_claims", "no"}});
  EXPECT_EQ(r["error"]["path"], "/include_claims");
  // Issue 16 item 9: the default publisher id is an identifier too.
  r = call("import_claims_csv", {{"csv", ""}, {"defaults", {{"publisher_id", "pub\u001b"}}}});
  EXPECT_EQ(r["error"]["code"], "request.invalid");
  EXPECT_EQ(r["error"]["path"], "/defaults/publisher_id");
  EXPECT_EQ(r["error"]["message"], "defaults.publisher_id \"pub\\u001b\" must be 1 to 64 "
                                   "characters without control characters.");
}

TEST(ImportClaimsCsv, OneRowMoreThanAMillionIsTooLarge) {
  // The limit itself is counted by CsvRows (csv_rows_test.cpp); this checks the envelope.
  std::string csv = kHeader + "\n";
  const std::string row = ",,,,,,,\n";  // 8 empty cells: a row of the right shape
  csv.reserve(csv.size() + row.size() * 1000001);
  for (int i = 0; i < 1000001; ++i) csv += row;
  Json big = call("import_claims_csv", {{"csv", csv}, {"include_claims", false}});
  EXPECT_EQ(big["ok"], false);
  EXPECT_EQ(big["error"]["code"], "request.too_large");
  EXPECT_EQ(big["error"]["path"], "/csv");
}

namespace {
const std::string kValidateCsv =
    "claim_id,member_ref,advertiser_id,order_id,order_date,order_amount,currency,"
    "expected_payout,reason,promo_code,tracked_amount,tracked_payout,tracked_date,"
    "completed_online,filed_on\n"
    "CLM-0001,m-123,adv-7,A-1001,2026-01-01,120.00,EUR,6.00,wrong_amount,WELCOME10,60.00,"
    "3.00,2026-01-03,yes,2026-01-20\n"
    "CLM-0002,m-1,adv-7,A-1002,2026-02-30,12.345,eur,,untracked,,,,,maybe,\n"
    "bad,row\n"
    "CLM-0001,m-2,adv-7,A-1001,2026-01-05,10.00,EUR,,untracked,,,,,,\n";
Json validate_member() {
  return Json::parse(R"({"as_of": "2026-01-20",
    "policy": {"promo_codes": {"allowed": ["PARTNER10"]}, "proof": {"required_for": []}},
    "known_orders": [{"advertiser_id": "adv-7", "order_id": "A-0999"}]})");
}
}  // namespace

TEST(ImportClaimsCsvValidate, IssuesPointAtRowsAndColumns) {
  Json r = import(kValidateCsv, {{"defaults", {{"publisher_id", "pub-42"}}},
                                 {"include_claims", false},
                                 {"validate", validate_member()}});
  EXPECT_FALSE(r.contains("claims"));
  EXPECT_EQ(codes(r["issues"]), (std::vector<std::string>{"csv.row_shape"}));
  const Json& v = r["validation"];
  EXPECT_EQ(v["summary"], Json::parse(R"({"total": 3, "valid": 1, "with_errors": 2,
                                          "with_warnings": 1})"));
  EXPECT_EQ(v["issues"], Json::array());
  ASSERT_EQ(v["claims"].size(), 3u);
  EXPECT_EQ(v["claims"][0]["id"], "CLM-0001");
  EXPECT_EQ(v["claims"][0]["valid"], true);
  EXPECT_EQ(v["claims"][0]["claimable_until"], "2026-04-03");
  EXPECT_EQ(v["claims"][0]["issues"][0]["code"], "promo.not_allowed");
  EXPECT_EQ(v["claims"][0]["issues"][0]["path"], "/rows/2/promo_code");
  const Json& second = v["claims"][1]["issues"];
  EXPECT_EQ(codes(second), (std::vector<std::string>{"claim.invalid", "date.invalid",
                                                     "currency.unknown"}));
  EXPECT_EQ(second[0]["path"], "/rows/3/completed_online");
  EXPECT_EQ(second[1]["path"], "/rows/3/order_date");
  EXPECT_EQ(second[2]["path"], "/rows/3/currency");
  // Duplicates are found across rows of the file (the malformed line 4 is not a claim).
  const Json& third = v["claims"][2]["issues"];
  EXPECT_EQ(codes(third), (std::vector<std::string>{"claim.duplicate_id", "order.duplicate"}));
  EXPECT_EQ(third[0]["path"], "/rows/5/claim_id");
  EXPECT_EQ(third[1]["path"], "/rows/5/order_id");
}

TEST(ImportClaimsCsvValidate, SameFindingsAsValidateClaimsOnTheImportedClaims) {
  Json imported = import(kValidateCsv, {{"defaults", {{"publisher_id", "pub-42"}}},
                                        {"validate", validate_member()}});
  Json req = validate_member();
  req["claims"] = imported["claims"];
  Json direct = result_of("validate_claims", req);
  const Json& via_csv = imported["validation"];
  EXPECT_EQ(via_csv["summary"], direct["summary"]);
  ASSERT_EQ(via_csv["claims"].size(), direct["claims"].size());
  const int lines[] = {2, 3, 5};
  for (std::size_t i = 0; i < direct["claims"].size(); ++i) {
    Json a = via_csv["claims"][i], b = direct["claims"][i];
    EXPECT_EQ(codes(a["issues"]), codes(b["issues"])) << i;
    for (std::size_t k = 0; k < a["issues"].size(); ++k) {
      EXPECT_EQ(a["issues"][k]["path"].get<std::string>().rfind(
                    "/rows/" + std::to_string(lines[i]), 0),
                0u)
          << a["issues"][k];
      EXPECT_EQ(a["issues"][k]["message"], b["issues"][k]["message"]);
    }
    a.erase("issues");
    b.erase("issues");
    EXPECT_EQ(a, b) << i;
  }
}

TEST(ImportClaimsCsvValidate, MissingMembersMapToTheirColumnsAndPolicyIssuesStayOnTop) {
  Json r = import("claim_id,member_ref,advertiser_id,order_id,order_date,order_amount,currency,"
                  "reason\n"
                  "C1,,a,o1,2026-01-01,10.00,EUR,wrong_amount\n",
                  {{"validate", {{"as_of", "2026-01-20"},
                                 {"policy", {{"min_wait_days", -1}}}}}});
  const Json& issues = r["validation"]["claims"][0]["issues"];
  std::vector<std::string> paths;
  for (const auto& i : issues) paths.push_back(i["path"]);
  // publisher (no column, no default), member_ref (empty cell), the tracked members the
  // reason needs, the missing proof (no column: the row).
  EXPECT_EQ(paths, (std::vector<std::string>{"/rows/2/publisher_id", "/rows/2/member_ref",
                                             "/rows/2/tracked_amount",
                                             "/rows/2/tracked_payout", "/rows/2"}));
  EXPECT_EQ(codes(r["validation"]["issues"]), (std::vector<std::string>{"policy.invalid"}));
  EXPECT_EQ(r["validation"]["issues"][0]["path"], "/validate/policy/min_wait_days");
}

TEST(ImportClaimsCsvValidate, MalformedValidateFailsTheRequest) {
  Json r = call("import_claims_csv", {{"csv", ""}, {"validate", "yes"}});
  EXPECT_EQ(r["error"]["code"], "request.invalid");
  EXPECT_EQ(r["error"]["path"], "/validate");
  r = call("import_claims_csv", {{"csv", ""}, {"validate", Json::object()}});
  EXPECT_EQ(r["error"]["path"], "/validate/as_of");
  r = call("import_claims_csv",
           {{"csv", ""}, {"validate", {{"as_of", "2026-01-20"}, {"policy", 5}}}});
  EXPECT_EQ(r["error"]["path"], "/validate/policy");
  r = call("import_claims_csv",
           {{"csv", ""}, {"validate", {{"as_of", "2026-01-20"}, {"known_orders", {1}}}}});
  EXPECT_EQ(r["error"]["code"], "request.invalid");
  EXPECT_EQ(r["error"]["path"].get<std::string>().rfind("/validate/known_orders", 0), 0u);
}

// Members under `validate` are read with their base path: the path names where they
// are, and the message reads as a sentence (the path was once glued onto it:
// "validate.A known order must be an object, not a number.").
TEST(ImportClaimsCsvValidate, MessagesUnderValidateNameTheMembers) {
  Json r = call("import_claims_csv",
                {{"csv", ""}, {"validate", {{"as_of", "2026-01-20"}, {"known_orders", {1}}}}});
  EXPECT_EQ(r["error"]["path"], "/validate/known_orders/0");
  EXPECT_EQ(r["error"]["message"], "A known order must be an object, not a number.");
  r = call("import_claims_csv",
           {{"csv", ""},
            {"validate", {{"as_of", "2026-01-20"}, {"known_orders", {{{"order_id", "A"}}}}}}});
  EXPECT_EQ(r["error"]["path"], "/validate/known_orders/0/advertiser_id");
  EXPECT_EQ(r["error"]["message"], "validate.known_orders: advertiser_id is required.");
  r = call("import_claims_csv", {{"csv", ""}, {"validate", {{"as_of", "2026-02-30"}}}});
  EXPECT_EQ(r["error"]["path"], "/validate/as_of");
  EXPECT_EQ(r["error"]["message"],
            "validate.as_of \"2026-02-30\" is not a valid date (YYYY-MM-DD, an existing day, "
            "years 1970-2199).");
  r = call("import_claims_csv",
           {{"csv", ""}, {"validate", {{"as_of", "2026-01-20"}, {"policy", 5}}}});
  EXPECT_EQ(r["error"]["message"], "validate.policy must be an object, not a number.");
  // The same readers at the top of validate_claims.
  r = call("validate_claims", {{"as_of", "2026-01-20"}, {"claims", Json::array()},
                               {"known_orders", {1}}});
  EXPECT_EQ(r["error"]["path"], "/known_orders/0");
  EXPECT_EQ(r["error"]["message"], "A known order must be an object, not a number.");
}
