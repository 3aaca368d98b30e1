// export_decisions_csv and import_decisions_csv (spec section 8), and the round trip
// between them.
#include <gtest/gtest.h>

#include <random>

#include "call.h"

using claims::Json;
using claims::testing::call;
using claims::testing::codes;
using claims::testing::result_of;

namespace {

const char* kBom = "\xEF\xBB\xBF";
const std::string kHeaderSemicolon =
    "Conversion ID;Order ID;Order date;Amount;Currency;Expected payout;Payout;Tracking mode;"
    "Claim reason;Tracked action;Tracked amount;Click date;Promo code;Proofs;Publisher;Member;"
    "Publisher comment;Action;Transaction date;Decline reason;Message\r\n";

Json example_claim() {
  return Json::parse(R"({
    "id": "CLM-0001", "publisher": {"id": "pub-42", "name": "Example Cashback"},
    "advertiser": {"id": "adv-7", "name": "Acme"}, "member_ref": "m-123",
    "reason": "wrong_amount", "filed_on": "2026-01-20",
    "order": {"id": "A-1001", "date": "2026-01-01", "amount": "120", "currency": "EUR",
              "promo_code": "WELCOME10"},
    "click_date": "2026-01-01", "event_type": "sale", "expected_payout": "6",
    "tracked": {"action_id": "ACT-9", "amount": "60.00", "payout": "3.00", "date": "2026-01-03"},
    "comment": "Order confirmation attached; member used our link.",
    "attachments": [{"name": "confirmation.pdf"}, {"name": "invoice.pdf"}]})");
}

}  // namespace

TEST(ExportDecisionsCsv, ColumnsInOrderWithBomAndSemicolons) {
  Json r = result_of("export_decisions_csv",
                     {{"claims", {example_claim()}},
                      {"decisions", {{{"claim_id", "CLM-0001"}, {"decision", "accept"},
                                      {"payout", "6.5"}, {"transaction_date", "2026-01-01"}}}}});
  EXPECT_EQ(r["issues"], Json::array());
  EXPECT_EQ(r["csv"],
            kBom + kHeaderSemicolon +
                "CLM-0001;A-1001;2026-01-01;120,00;EUR;6,00;6,50;Cashback claim;wrong_amount;"
                "ACT-9;60,00;2026-01-01;WELCOME10;2;pub-42;m-123;"
                "\"Order confirmation attached; member used our link.\";validate;2026-01-01;;\r\n");
}

// Spec section 8, spreadsheet round trip: money in the currency's canonical decimals with a
// decimal comma in a `;` file (none for JPY, three for BHD); dates stay YYYY-MM-DD; a value
// that is not money in its currency is written as it is, as a text cell.
TEST(ExportDecisionsCsv, SemicolonFileWritesDecimalCommasInCanonicalDecimals) {
  Json jpy = example_claim();
  jpy["id"] = "CLM-J";
  jpy["order"]["currency"] = "JPY";
  jpy["order"]["amount"] = "1500";
  jpy["expected_payout"] = "75";
  jpy["tracked"] = {{"amount", "700"}};
  Json bhd = example_claim();
  bhd["id"] = "CLM-B";
  bhd["order"]["currency"] = "BHD";
  bhd["order"]["amount"] = "12.5";
  bhd["expected_payout"] = "0.6";
  bhd["tracked"] = {{"amount", "-0.125"}};
  Json bad = example_claim();
  bad["id"] = "CLM-X";
  bad["order"]["amount"] = "1.234,50";  // not money in EUR: as written, a text cell
  bad["expected_payout"] = "6.505";     // too many decimals for EUR: as written
  bad["tracked"] = {{"amount", "-7"}};
  Json r = result_of("export_decisions_csv",
                     {{"claims", {jpy, bhd, bad}},
                      {"decisions", {{{"claim_id", "CLM-J"}, {"decision", "accept"},
                                      {"payout", "80"}},
                                     {{"claim_id", "CLM-B"}, {"decision", "request_info"},
                                      {"payout", "0.75"}, {"transaction_date", "2026-09-15"}}}}});
  EXPECT_EQ(r["issues"], Json::array());
  const std::string csv = r["csv"];
  const std::size_t first = csv.find("\r\n") + 2;
  EXPECT_EQ(csv.substr(first),
            "CLM-J;A-1001;2026-01-01;1500;JPY;75;80;Cashback claim;wrong_amount;;700;2026-01-01;"
            "WELCOME10;2;pub-42;m-123;\"Order confirmation attached; member used our link.\";"
            "validate;;;\r\n"
            "CLM-B;A-1001;2026-01-01;12,500;BHD;0,600;0,750;Cashback claim;wrong_amount;;-0,125;"
            "2026-01-01;WELCOME10;2;pub-42;m-123;\"Order confirmation attached; member used our "
            "link.\";request_info;2026-09-15;;\r\n"
            "CLM-X;A-1001;2026-01-01;1.234,50;EUR;6.505;;Cashback claim;wrong_amount;;-7,00;"
            "2026-01-01;WELCOME10;2;pub-42;m-123;\"Order confirmation attached; member used our "
            "link.\";;;;\r\n");
}

TEST(ExportDecisionsCsv, CommaDelimiterUndecidedDeclinedAndRequestInfo) {
  Json c1 = example_claim();
  Json c2 = example_claim();
  c2["id"] = "CLM-0002";
  Json c3 = example_claim();
  c3["id"] = "CLM-0003";
  Json r = result_of(
      "export_decisions_csv",
      {{"claims", {c1, c2, c3}},
       {"delimiter", ","},
       {"decisions",
        {{{"claim_id", "CLM-0003"}, {"decision", "request_info"}, {"message", "Invoice, please"}},
         {{"claim_id", "CLM-0002"}, {"decision", "decline"}, {"payout", "1.00"},
          {"decline_reason", "not_found"}}}}});
  EXPECT_EQ(r["issues"], Json::array());
  const std::string csv = r["csv"];
  const std::string rest =
      ",A-1001,2026-01-01,120.00,EUR,6.00,{P},Cashback claim,wrong_amount,ACT-9,60.00,"
      "2026-01-01,WELCOME10,2,pub-42,m-123,Order confirmation attached; member used our link.,";
  auto row = [&](const std::string& id, const std::string& payout, const std::string& tail) {
    std::string s = rest;
    s.replace(s.find("{P}"), 3, payout);
    return id + s + tail + "\r\n";
  };
  EXPECT_EQ(csv.substr(csv.find("\r\n") + 2),
            row("CLM-0001", "", ",,,") +
                row("CLM-0002", "", "reject,,not_found,") +  // no payout on a decline
                row("CLM-0003", "", "request_info,,,\"Invoice, please\""));
  EXPECT_EQ(csv.substr(0, 3), kBom);
  EXPECT_EQ(csv.substr(3, 14), "Conversion ID,");
}

TEST(ExportDecisionsCsv, UnknownClaimAndBadDecisionsAreIssuesNotRows) {
  Json r = result_of(
      "export_decisions_csv",
      {{"claims", {example_claim()}},
       {"decisions",
        {{{"claim_id", "CLM-9"}, {"decision", "accept"}},
         {{"claim_id", "CLM-0001"}, {"decision", "approve"}},
         {{"claim_id", "CLM-0001"}, {"decision", "accept"}, {"payout", "6.001"}},
         {{"claim_id", "CLM-0001"}, {"decision", "decline"}, {"decline_reason", "bored"}},
         {{"claim_id", "CLM-0001"}, {"decision", "accept"}, {"payout", "-1"}},
         {{"claim_id", "CLM-0001"}, {"decision", "accept"}, {"transaction_date", "2026-02-30"}}}}});
  EXPECT_EQ(codes(r["issues"]),
            (std::vector<std::string>{"csv.unknown_claim", "resolution.invalid", "money.invalid",
                                      "resolution.invalid", "money.invalid", "date.invalid"}));
  EXPECT_EQ(r["issues"][0]["path"], "/decisions/0/claim_id");
  EXPECT_EQ(r["issues"][0]["message"],
            "The decision is for claim \"CLM-9\", which is not among the claims.");
  EXPECT_EQ(r["issues"][1]["path"], "/decisions/1/decision");
  EXPECT_EQ(r["issues"][2]["path"], "/decisions/2/payout");
  EXPECT_EQ(r["issues"][3]["path"], "/decisions/3/decline_reason");
  EXPECT_EQ(r["issues"][5]["path"], "/decisions/5/transaction_date");
  // None of them was written: the claim's row is undecided.
  const std::string csv = r["csv"];
  EXPECT_EQ(csv.substr(csv.size() - 6), ";;;;\r\n");
}

TEST(ExportDecisionsCsv, SecondDecisionForAClaimIsRefused) {
  Json r = result_of("export_decisions_csv",
                     {{"claims", {example_claim()}},
                      {"decisions", {{{"claim_id", "CLM-0001"}, {"decision", "decline"}},
                                     {{"claim_id", "CLM-0001"}, {"decision", "accept"}}}}});
  EXPECT_EQ(codes(r["issues"]), (std::vector<std::string>{"resolution.invalid"}));
  EXPECT_EQ(r["issues"][0]["path"], "/decisions/1/claim_id");
  const std::string csv = r["csv"];
  EXPECT_NE(csv.find(";reject;"), std::string::npos);
}

TEST(ExportDecisionsCsv, HostileClaimValuesAreGuarded) {
  Json c = example_claim();
  c["comment"] = "=HYPERLINK(\"http://x\")";
  c["order"]["amount"] = "=1+1";     // not an amount: written as guarded text
  c["order"]["promo_code"] = "@SUM";
  c["member_ref"] = "-m";
  c["click_date"] = "+2026";
  Json r = result_of("export_decisions_csv", {{"claims", {c}}});
  const std::string csv = r["csv"];
  EXPECT_NE(csv.find(";'=1+1;"), std::string::npos);
  EXPECT_NE(csv.find(";'@SUM;"), std::string::npos);
  EXPECT_NE(csv.find(";'-m;"), std::string::npos);
  EXPECT_NE(csv.find(";'+2026;"), std::string::npos);
  EXPECT_NE(csv.find(";\"'=HYPERLINK(\"\"http://x\"\")\";"), std::string::npos);
}

TEST(ExportDecisionsCsv, RequestLevelErrors) {
  EXPECT_EQ(call("export_decisions_csv", Json::object())["error"]["path"], "/claims");
  Json r = call("export_decisions_csv", {{"claims", Json::array()}, {"delimiter", "\t"}});
  EXPECT_EQ(r["error"]["code"], "request.invalid");
  EXPECT_EQ(r["error"]["path"], "/delimiter");
}

TEST(ImportDecisionsCsv, ActionsAndSynonymsAnyCase) {
  Json r = result_of(
      "import_decisions_csv",
      {{"csv", "Conversion ID;Action;Payout;Transaction date;Decline reason;Message\r\n"
               "C1;Validate;6.00;2026-01-01;;\r\n"
               "C2;ACCEPTED;;;;\r\n"
               "C3;reject;;;returned;\r\n"
               "C4;Refused;;;;\r\n"
               "C5;request_info;;;;Please send the invoice.\r\n"
               "C6;;;;;\r\n"}});
  EXPECT_EQ(r["issues"], Json::array());
  ASSERT_EQ(r["decisions"].size(), 5u);
  EXPECT_EQ(r["decisions"][0], Json::parse(R"({"claim_id": "C1", "decision": "accept",
      "payout": "6.00", "transaction_date": "2026-01-01", "decline_reason": null,
      "message": null})"));
  EXPECT_EQ(r["decisions"][1]["decision"], "accept");
  EXPECT_EQ(r["decisions"][2]["decision"], "decline");
  EXPECT_EQ(r["decisions"][2]["decline_reason"], "returned");
  EXPECT_EQ(r["decisions"][3]["decision"], "decline");
  EXPECT_EQ(r["decisions"][4]["decision"], "request_info");
  EXPECT_EQ(r["decisions"][4]["message"], "Please send the invoice.");
}

TEST(ImportDecisionsCsv, InvalidActionUnknownClaimAndBadCells) {
  Json claims = Json::array({{{"id", "C1"}, {"order", {{"currency", "EUR"}}}},
                             {{"id", "C2"}, {"order", {{"currency", "JPY"}}}}});
  Json r = result_of("import_decisions_csv",
                     {{"claims", claims},
                      {"csv", "conversion id,action,payout,transaction date\n"
                              "C1,approve,,\n"
                              "C9,validate,,\n"
                              "C2,validate,1500.5,\n"
                              "C1,validate,6,2026-13-01\n"
                              ",validate,,\n"
                              "C2,validate,1500,\n"
                              "C1,validate,6.5,\n"}});
  EXPECT_EQ(codes(r["issues"]),
            (std::vector<std::string>{"csv.invalid_action", "csv.unknown_claim", "money.invalid",
                                      "date.invalid", "resolution.required"}));
  EXPECT_EQ(r["issues"][0]["path"], "/rows/2/Action");
  EXPECT_EQ(r["issues"][0]["message"],
            "Action \"approve\" is not validate, reject or request_info (or accepted, refused).");
  EXPECT_EQ(r["issues"][1]["path"], "/rows/3/Conversion ID");
  EXPECT_EQ(r["issues"][2]["path"], "/rows/4/Payout");
  EXPECT_EQ(r["issues"][3]["path"], "/rows/5/Transaction date");
  EXPECT_EQ(r["issues"][4]["path"], "/rows/6/Conversion ID");
  ASSERT_EQ(r["decisions"].size(), 2u);
  EXPECT_EQ(r["decisions"][0]["payout"], "1500");
  EXPECT_EQ(r["decisions"][1]["payout"], "6.50");  // canonical in the claim's currency
}

// Issue 25 item 8: what a French spreadsheet saves. In a `;` file a Payout reads with a
// decimal comma or a dot and a Transaction date as YYYY-MM-DD, DD/MM/YYYY or DD.MM.YYYY;
// the decisions carry section 2's forms.
TEST(ImportDecisionsCsv, SemicolonFileReadsDecimalCommasAndDayFirstDates) {
  Json claims = Json::array({{{"id", "C1"}, {"order", {{"currency", "EUR"}}}},
                             {{"id", "C2"}, {"order", {{"currency", "EUR"}}}},
                             {{"id", "C3"}, {"order", {{"currency", "JPY"}}}},
                             {{"id", "C4"}, {"order", {{"currency", "BHD"}}}}});
  const std::string csv =
      std::string(kBom) +
      "Conversion ID;Action;Payout;Transaction date\r\n"
      "C1;validate;2,75;15/09/2026\r\n"
      "C2;validate;2.5;15.09.2026\r\n"
      "C3;validate;1500;2026-09-15\r\n"
      "C4;request_info;0,6;\r\n";
  for (bool with_claims : {true, false}) {
    Json req = {{"csv", csv}};
    if (with_claims) req["claims"] = claims;
    Json r = result_of("import_decisions_csv", req);
    EXPECT_EQ(r["issues"], Json::array());
    ASSERT_EQ(r["decisions"].size(), 4u);
    // Canonical in the claim's currency when the claims say which; else as written, with a dot.
    EXPECT_EQ(r["decisions"][0]["payout"], with_claims ? "2.75" : "2.75");
    EXPECT_EQ(r["decisions"][1]["payout"], with_claims ? "2.50" : "2.5");
    EXPECT_EQ(r["decisions"][2]["payout"], "1500");
    EXPECT_EQ(r["decisions"][3]["payout"], with_claims ? "0.600" : "0.6");
    EXPECT_EQ(r["decisions"][0]["transaction_date"], "2026-09-15");
    EXPECT_EQ(r["decisions"][1]["transaction_date"], "2026-09-15");
    EXPECT_EQ(r["decisions"][2]["transaction_date"], "2026-09-15");
    EXPECT_EQ(r["decisions"][3]["transaction_date"], nullptr);
  }
}

// The forms the spec calls malformed: money.invalid / date.invalid at the cell, and that row
// gives no decision.
TEST(ImportDecisionsCsv, SemicolonFileMalformedCellsAreIssuesAndNoDecision) {
  Json r = result_of("import_decisions_csv",
                     {{"csv", "Conversion ID;Action;Payout;Transaction date\r\n"
                              "C1;validate;1.234,50;\r\n"
                              "C2;validate;,5;\r\n"
                              "C3;validate;2,;\r\n"
                              "C4;validate;2,75 \xE2\x82\xAC;\r\n"
                              "C5;validate;;5/9/2026\r\n"
                              "C6;validate;;31/02/2026\r\n"
                              "C7;validate;2,75;15/09/2026\r\n"}});
  EXPECT_EQ(claims::testing::codes_paths(r["issues"]),
            (std::vector<std::string>{"money.invalid /rows/2/Payout", "money.invalid /rows/3/Payout",
                                      "money.invalid /rows/4/Payout", "money.invalid /rows/5/Payout",
                                      "date.invalid /rows/6/Transaction date",
                                      "date.invalid /rows/7/Transaction date"}));
  EXPECT_EQ(r["issues"][0]["message"],
            "Payout \"1.234,50\" is not an amount (digits with an optional decimal comma or dot, "
            "no thousands separator, e.g. \"12,50\").");
  EXPECT_EQ(r["issues"][4]["message"],
            "Transaction date \"5/9/2026\" is not a valid date (YYYY-MM-DD, DD/MM/YYYY or "
            "DD.MM.YYYY with a two-digit day and month, an existing day, years 1970-2199).");
  ASSERT_EQ(r["decisions"].size(), 1u);
  EXPECT_EQ(r["decisions"][0]["claim_id"], "C7");
}

// A comma-delimited file keeps section 2's forms only.
TEST(ImportDecisionsCsv, CommaFileTakesOnlyDotsAndIsoDates) {
  Json r = result_of("import_decisions_csv",
                     {{"csv", "Conversion ID,Action,Payout,Transaction date\r\n"
                              "C1,validate,\"2,75\",\r\n"
                              "C2,validate,,15/09/2026\r\n"
                              "C3,validate,,15.09.2026\r\n"
                              "C4,validate,2.75,2026-09-15\r\n"}});
  EXPECT_EQ(claims::testing::codes_paths(r["issues"]),
            (std::vector<std::string>{"money.invalid /rows/2/Payout",
                                      "date.invalid /rows/3/Transaction date",
                                      "date.invalid /rows/4/Transaction date"}));
  EXPECT_EQ(r["issues"][0]["message"],
            "Payout \"2,75\" is not an amount (digits with an optional dot, e.g. \"12.50\").");
  EXPECT_EQ(r["issues"][1]["message"],
            "Transaction date \"15/09/2026\" is not a valid date (YYYY-MM-DD, an existing day, "
            "years 1970-2199).");
  ASSERT_EQ(r["decisions"].size(), 1u);
  EXPECT_EQ(r["decisions"][0]["payout"], "2.75");
}

TEST(ImportDecisionsCsv, WithoutClaimsAnyIdIsTakenAndPayoutKeptAsWritten) {
  Json r = result_of("import_decisions_csv",
                     {{"csv", "Conversion ID,Action,Payout\nanything,validate,6.5\n"}});
  EXPECT_EQ(r["issues"], Json::array());
  EXPECT_EQ(r["decisions"][0]["claim_id"], "anything");
  EXPECT_EQ(r["decisions"][0]["payout"], "6.5");
}

TEST(ImportDecisionsCsv, MissingRequiredColumns) {
  Json r = result_of("import_decisions_csv", {{"csv", "Conversion ID;Payout\r\nC1;5\r\n"}});
  EXPECT_EQ(codes(r["issues"]), (std::vector<std::string>{"csv.missing_column"}));
  EXPECT_EQ(r["issues"][0]["path"], "/rows/1/Action");
  EXPECT_EQ(r["decisions"], Json::array());
}

TEST(ImportDecisionsCsv, FormulaGuardRemovedFromTextNotFromPayout) {
  Json r = result_of("import_decisions_csv",
                     {{"csv", "Conversion ID;Action;Payout;Message\r\n"
                              "'=C1;validate;;'-see invoice\r\n"
                              "C2;validate;'-5;\r\n"}});
  EXPECT_EQ(r["decisions"][0]["claim_id"], "=C1");
  EXPECT_EQ(r["decisions"][0]["message"], "-see invoice");
  EXPECT_EQ(codes(r["issues"]), (std::vector<std::string>{"money.invalid"}));
}

// Property: for generated claims and decisions with hostile text in every text field,
// export then import gives back exactly the decisions that went out.
namespace {

class Gen {
 public:
  explicit Gen(std::uint32_t seed) : rng_(seed) {}
  std::uint32_t below(std::uint32_t n) { return std::uint32_t(rng_() % n); }
  bool coin() { return below(2) == 0; }

  // Pieces chosen to hit every CSV and guard rule; `identifier` leaves out controls.
  std::string text(bool identifier) {
    static const char* const kPieces[] = {
        "a", "Z", "0", " ", "\"", "\"\"", ";", ",", "'", "''", "=", "+", "-", "@",
        "Caf\xC3\xA9", "\xC3\xB1", "\xF0\x9F\x98\x80", "\xE2\x82\xAC", "=SUM(A1)", "x\"y",
        "\t", "\r", "\n", "\r\n"};
    const std::uint32_t limit = identifier ? 20 : 24;
    std::string s;
    const std::uint32_t n = 1 + below(6);
    for (std::uint32_t i = 0; i < n; ++i) s += kPieces[below(limit)];
    return s;
  }

 private:
  std::mt19937 rng_;
};

}  // namespace

TEST(DecisionsCsvRoundTrip, ExportThenImportGivesTheSameDecisions) {
  static const char* const kReasons[] = {"already_tracked", "other_channel",
                                         "other_channel_voucher", "terms_not_met", "returned",
                                         "not_found", "not_online", "incomplete_information",
                                         "other"};
  struct Cur { const char* code; int decimals; };
  static const Cur kCurrencies[] = {{"EUR", 2}, {"JPY", 0}, {"BHD", 3}};
  for (std::uint32_t seed : {1u, 2u, 3u, 20260101u}) {
    Gen g(seed);
    Json claims = Json::array(), decisions = Json::array(), expected = Json::array();
    for (int i = 0; i < 150; ++i) {
      const Cur cur = kCurrencies[g.below(3)];
      Json c = Json::object();
      c["id"] = "C" + std::to_string(i) + g.text(true);
      c["publisher"] = {{"id", g.text(true)}};
      c["member_ref"] = g.text(true);
      c["reason"] = g.text(true);
      c["order"] = {{"id", g.text(true)}, {"date", "2026-01-01"}, {"amount", g.text(false)},
                    {"currency", cur.code}, {"promo_code", g.text(true)}};
      c["click_date"] = g.text(false);
      c["expected_payout"] = g.text(false);
      c["tracked"] = {{"action_id", g.text(true)}, {"amount", "1"}};
      c["comment"] = g.text(false);
      claims.push_back(c);
      if (g.below(4) == 0) continue;  // undecided
      Json d = Json::object();
      Json e = Json::object();
      d["claim_id"] = c["id"];
      const std::uint32_t kind = g.below(3);
      const char* decision = kind == 0 ? "accept" : kind == 1 ? "decline" : "request_info";
      d["decision"] = decision;
      Json payout = nullptr;
      if (kind != 1 && g.coin()) {
        // Written short ("12.5"), expected back canonical ("12.50").
        const std::uint32_t units = g.below(100000);
        std::string written = std::to_string(units);
        std::string canonical = written;
        if (cur.decimals > 0) {
          const std::uint32_t frac = g.below(10);
          written += "." + std::to_string(frac);
          canonical += "." + std::to_string(frac) + std::string(std::size_t(cur.decimals - 1), '0');
        }
        d["payout"] = written;
        payout = canonical;
      }
      Json tx = nullptr;
      if (g.coin()) tx = d["transaction_date"] = "2026-0" + std::to_string(1 + g.below(9)) + "-1" +
                                                 std::to_string(g.below(10));
      Json reason = nullptr;
      if (kind == 1 && g.coin()) reason = d["decline_reason"] = kReasons[g.below(9)];
      Json message = nullptr;
      if (g.coin()) message = d["message"] = g.text(false);
      decisions.push_back(d);
      e["claim_id"] = c["id"];
      e["decision"] = decision;
      e["payout"] = payout;
      e["transaction_date"] = tx;
      e["decline_reason"] = reason;
      e["message"] = message;
      expected.push_back(e);
    }
    for (const char* delimiter : {";", ","}) {
      Json exported = result_of("export_decisions_csv", {{"claims", claims},
                                                         {"decisions", decisions},
                                                         {"delimiter", delimiter}});
      ASSERT_EQ(exported["issues"], Json::array()) << seed;
      for (bool with_claims : {true, false}) {
        Json req = {{"csv", exported["csv"]}};
        if (with_claims) req["claims"] = claims;
        Json imported = result_of("import_decisions_csv", req);
        EXPECT_EQ(imported["issues"], Json::array()) << seed << delimiter;
        EXPECT_EQ(imported["decisions"], expected) << seed << delimiter;
      }
    }
  }
}

// Issue 16 item 9: a Conversion ID is a claim id, an identifier (spec section 2): control
// characters passed before, with or without claims to check against.
TEST(ImportDecisionsCsv, ConversionIdsAreIdentifiers) {
  const std::string long_id(65, 'x');
  Json r = result_of("import_decisions_csv",
                     {{"csv", "Conversion ID,Action\r\n\"C\x01\",validate\r\n" + long_id +
                                  ",reject\r\nfine,validate\r\n"}});
  ASSERT_EQ(codes(r["issues"]), (std::vector<std::string>{"resolution.invalid", "resolution.invalid"}));
  EXPECT_EQ(r["issues"][0]["path"], "/rows/2/Conversion ID");
  EXPECT_EQ(r["issues"][0]["message"],
            "Conversion ID \"C\\u0001\" must be 1 to 64 characters without control characters.");
  EXPECT_EQ(r["issues"][1]["path"], "/rows/3/Conversion ID");
  ASSERT_EQ(r["decisions"].size(), 1u);
  EXPECT_EQ(r["decisions"][0]["claim_id"], "fine");
}
