#include <gtest/gtest.h>

#include "spec_contract.h"

#include "operations/operations.h"
#include "call.h"

using namespace claims;
using claims::testing::call;
using claims::testing::codes;
using claims::testing::result_of;
using claims::testing::spec_contract;

namespace {



// A contract with one percent term and nothing else, for rounding cases.
Json percent_contract(const char* currency, const char* percent, const char* rounding) {
  return Json{{"currency", currency},
              {"rounding", rounding},
              {"commission", {{"sale", {{"percent", percent}}}}}};
}

Json sale_request(Json contract, const char* amount, const char* currency) {
  return Json{{"contract", std::move(contract)},
              {"event_type", "sale"},
              {"sale", {{"amount", amount}, {"currency", currency}}}};
}

Json spec_request() {
  return Json{
      {"contract", spec_contract()},
      {"event_type", "sale"},
      {"sale",
       {{"amount", "120.00"},
        {"currency", "EUR"},
        {"items", Json::parse(R"([{"sku": "SKU-1", "category": "home", "subtotal": "80.00"},
                                 {"sku": "SKU-2", "category": "electronics", "subtotal": "40.00"}])")},
        {"promo_code", nullptr}}},
      {"member_share", "80"}};
}

std::string payout_of(const Json& request) {
  const Json r = result_of("compute_payout", request);
  return r.at("payout").is_null() ? "null" : r.at("payout").get<std::string>();
}

}  // namespace

TEST(ComputePayout, SpecExampleItemsAndMemberShare) {
  const Json r = result_of("compute_payout", spec_request());
  EXPECT_EQ(r, Json::parse(R"({"payout": "4.80", "member_cashback": "3.84", "currency": "EUR",
    "lines": [{"sku": "SKU-1", "base": "80.00", "percent": "5", "commission": "4.00"},
              {"sku": "SKU-2", "base": "40.00", "percent": "2", "commission": "0.80"}],
    "capped": null, "issues": []})"));
  // Members in the spec's order.
  std::vector<std::string> keys;
  for (auto it = r.begin(); it != r.end(); ++it) keys.push_back(it.key());
  EXPECT_EQ(keys, (std::vector<std::string>{"payout", "member_cashback", "currency", "lines",
                                            "capped", "issues"}));
}

TEST(ComputePayout, MinClampOnlyWhenTheValueChanges) {
  Json at_min = sale_request(spec_contract(), "10.00", "EUR");
  Json r = result_of("compute_payout", at_min);
  EXPECT_EQ(r.at("payout"), "0.50");
  EXPECT_TRUE(r.at("capped").is_null());
  EXPECT_TRUE(r.at("member_cashback").is_null());

  r = result_of("compute_payout", sale_request(spec_contract(), "7.00", "EUR"));
  EXPECT_EQ(r.at("payout"), "0.50");
  EXPECT_EQ(r.at("capped"), "min");
  // The line still shows the real commission.
  EXPECT_EQ(r.at("lines")[0].at("commission"), "0.35");
}

TEST(ComputePayout, MaxClamp) {
  Json r = result_of("compute_payout", sale_request(spec_contract(), "1200.00", "EUR"));
  EXPECT_EQ(r.at("payout"), "50.00");
  EXPECT_EQ(r.at("capped"), "max");
  r = result_of("compute_payout", sale_request(spec_contract(), "1000.00", "EUR"));
  EXPECT_EQ(r.at("payout"), "50.00");
  EXPECT_TRUE(r.at("capped").is_null());  // exactly the max
}

TEST(ComputePayout, HalfUpAndHalfEven) {
  // 2.50 x 5 % = 0.125; 2.70 x 5 % = 0.135
  EXPECT_EQ(payout_of(sale_request(percent_contract("EUR", "5", "half_up"), "2.50", "EUR")), "0.13");
  EXPECT_EQ(payout_of(sale_request(percent_contract("EUR", "5", "half_even"), "2.50", "EUR")), "0.12");
  EXPECT_EQ(payout_of(sale_request(percent_contract("EUR", "5", "half_even"), "2.70", "EUR")), "0.14");
  EXPECT_EQ(payout_of(sale_request(percent_contract("EUR", "5", "half_up"), "2.70", "EUR")), "0.14");
  // Default rounding is half_up.
  Json c = percent_contract("EUR", "5", "half_up");
  c.erase("rounding");
  EXPECT_EQ(payout_of(sale_request(c, "2.50", "EUR")), "0.13");
}

TEST(ComputePayout, JpyHasNoDecimals) {
  // 1500 x 2.5 % = 37.5; 1300 x 2.5 % = 32.5
  Json r = result_of("compute_payout",
                     sale_request(percent_contract("JPY", "2.5", "half_up"), "1500", "JPY"));
  EXPECT_EQ(r.at("payout"), "38");
  EXPECT_EQ(r.at("currency"), "JPY");
  EXPECT_EQ(r.at("lines")[0].at("base"), "1500");
  EXPECT_EQ(payout_of(sale_request(percent_contract("JPY", "2.5", "half_even"), "1300", "JPY")), "32");
  EXPECT_EQ(payout_of(sale_request(percent_contract("JPY", "2.5", "half_up"), "1300", "JPY")), "33");
  // A JPY amount with decimals is money.invalid.
  Json bad = result_of("compute_payout",
                       sale_request(percent_contract("JPY", "2.5", "half_up"), "1500.5", "JPY"));
  EXPECT_EQ(codes(bad.at("issues")), (std::vector<std::string>{"money.invalid"}));
  EXPECT_EQ(bad.at("issues")[0].at("path"), "/sale/amount");
  EXPECT_TRUE(bad.at("payout").is_null());
}

TEST(ComputePayout, KwdHasThreeDecimals) {
  // 12.345 x 5 % = 0.61725 -> 0.617; 12.350 x 5 % = 0.6175 -> 0.618 / 0.618 (7 is odd)
  Json r = result_of("compute_payout",
                     sale_request(percent_contract("KWD", "5", "half_up"), "12.345", "KWD"));
  EXPECT_EQ(r.at("payout"), "0.617");
  EXPECT_EQ(r.at("lines")[0].at("base"), "12.345");
  EXPECT_EQ(payout_of(sale_request(percent_contract("KWD", "5", "half_even"), "12.35", "KWD")), "0.618");
  // 12.330 x 5 % = 0.6165 -> 0.616 half-even
  EXPECT_EQ(payout_of(sale_request(percent_contract("KWD", "5", "half_even"), "12.33", "KWD")), "0.616");
  EXPECT_EQ(payout_of(sale_request(percent_contract("KWD", "5", "half_up"), "12.33", "KWD")), "0.617");
}

TEST(ComputePayout, RoundsOnceOverManyLines) {
  // Three lines of 0.10 at 5 % are 0.005 each: rounding each line would give 0.01 x 3 =
  // 0.03; the exact sum 0.015 rounds once to 0.02.
  Json req = sale_request(percent_contract("EUR", "5", "half_up"), "0.30", "EUR");
  req["sale"]["items"] = Json::parse(R"([{"sku": "A", "subtotal": "0.10"},
      {"sku": "B", "subtotal": "0.10"}, {"sku": "C", "subtotal": "0.10"}])");
  Json r = result_of("compute_payout", req);
  EXPECT_EQ(r.at("payout"), "0.02");
  ASSERT_EQ(r.at("lines").size(), 3u);
  for (const auto& line : r.at("lines")) EXPECT_EQ(line.at("commission"), "0.01");  // display only
  // Half-even: per-line 0.00 x 3 = 0.00, exact 0.015 -> 0.02.
  req["contract"]["rounding"] = "half_even";
  EXPECT_EQ(payout_of(req), "0.02");
}

TEST(ComputePayout, CategoriesAndZeroRate) {
  Json req = spec_request();
  req["sale"]["items"] = Json::parse(R"([{"sku": "G", "category": "gift-cards", "subtotal": "50.00"},
      {"sku": "N", "subtotal": "10.00"}])");
  Json r = result_of("compute_payout", req);
  EXPECT_EQ(r.at("payout"), "0.50");  // 0 + 0.50
  EXPECT_EQ(r.at("lines")[0].at("percent"), "0");
  EXPECT_EQ(r.at("lines")[1].at("percent"), "5");
  EXPECT_EQ(r.at("member_cashback"), "0.40");
}

TEST(ComputePayout, FlatTermWhateverTheSale) {
  Json req = sale_request(spec_contract(), "1000.00", "EUR");
  req["event_type"] = "lead";
  req["member_share"] = "50";
  Json r = result_of("compute_payout", req);
  EXPECT_EQ(r.at("payout"), "2.50");
  EXPECT_EQ(r.at("member_cashback"), "1.25");
  EXPECT_EQ(r.at("lines"), Json::array());
  EXPECT_TRUE(r.at("capped").is_null());
  // A lead needs no amount at all.
  req["sale"] = Json::object();
  EXPECT_EQ(payout_of(req), "2.50");
}

TEST(ComputePayout, MemberShareRoundedOnce) {
  // 4.80 x 33.3333 % = 1.59999984 -> 1.60; 0.13 x 50 % = 0.065 -> 0.07 / 0.06
  Json req = spec_request();
  req["member_share"] = "33.3333";
  EXPECT_EQ(result_of("compute_payout", req).at("member_cashback"), "1.60");
  Json small = sale_request(percent_contract("EUR", "5", "half_up"), "2.50", "EUR");
  small["member_share"] = "50";
  EXPECT_EQ(result_of("compute_payout", small).at("member_cashback"), "0.07");
  small["contract"]["rounding"] = "half_even";  // payout 0.12, x 50 % = 0.06
  EXPECT_EQ(result_of("compute_payout", small).at("member_cashback"), "0.06");
  small["member_share"] = nullptr;  // null is absent
  EXPECT_TRUE(result_of("compute_payout", small).at("member_cashback").is_null());
}

TEST(ComputePayout, FxConvertsExactlyAndRoundsOnce) {
  // 100.00 USD at 0.9200 EUR/USD = 92.00 EUR, 5 % = 4.60.
  Json req = sale_request(spec_contract(), "100.00", "USD");
  req["fx"] = {{"rate", "0.9200"}};
  Json r = result_of("compute_payout", req);
  EXPECT_EQ(r.at("payout"), "4.60");
  EXPECT_EQ(r.at("currency"), "EUR");
  EXPECT_EQ(r.at("lines")[0].at("base"), "92.00");
  // 10.00 USD at 0.2345 = 2.345 EUR exactly, 10 % = 0.2345 -> 0.23. Rounding the converted
  // base first (2.35) would give 0.235 -> 0.24.
  Json once = sale_request(percent_contract("EUR", "10", "half_up"), "10.00", "USD");
  once["fx"] = {{"rate", "0.2345"}};
  r = result_of("compute_payout", once);
  EXPECT_EQ(r.at("payout"), "0.23");
  EXPECT_EQ(r.at("lines")[0].at("base"), "2.35");  // display only
  // JPY sale into a KWD contract: 12345 JPY at 0.002071 = 25.566495 KWD, 3 % = 0.76699485.
  Json jk = sale_request(percent_contract("KWD", "3", "half_up"), "12345", "JPY");
  jk["fx"] = {{"rate", "0.002071"}};
  EXPECT_EQ(payout_of(jk), "0.767");
  // fx is ignored when the currencies already match.
  Json same = sale_request(spec_contract(), "100.00", "EUR");
  same["fx"] = {{"rate", "2"}};
  EXPECT_EQ(payout_of(same), "5.00");
}

TEST(ComputePayout, CurrencyMismatchWithoutFx) {
  Json r = result_of("compute_payout", sale_request(spec_contract(), "100.00", "USD"));
  EXPECT_EQ(codes(r.at("issues")), (std::vector<std::string>{"currency.mismatch"}));
  EXPECT_EQ(r.at("issues")[0].at("path"), "/sale/currency");
  EXPECT_EQ(r.at("issues")[0].at("severity"), "error");
  EXPECT_NE(r.at("issues")[0].at("message").get<std::string>().find("USD"), std::string::npos);
  EXPECT_TRUE(r.at("payout").is_null());
  EXPECT_EQ(r.at("currency"), "EUR");
}

TEST(ComputePayout, PromoNoCommissionBeatsMin) {
  Json req = sale_request(spec_contract(), "100.00", "EUR");
  req["sale"]["promo_code"] = "WELCOME10";
  req["member_share"] = "80";
  Json r = result_of("compute_payout", req);
  EXPECT_EQ(r.at("payout"), "0.00");  // not lifted to the 0.50 min
  EXPECT_TRUE(r.at("capped").is_null());
  EXPECT_EQ(r.at("member_cashback"), "0.00");
  EXPECT_EQ(r.at("lines"), Json::array());
  EXPECT_EQ(codes(r.at("issues")), (std::vector<std::string>{"promo.no_commission"}));
  EXPECT_EQ(r.at("issues")[0].at("severity"), "warning");
  EXPECT_EQ(r.at("issues")[0].at("path"), "/sale/promo_code");
  // The allowed code, in any case, earns the commission.
  req["sale"]["promo_code"] = "partner10";
  EXPECT_EQ(payout_of(req), "5.00");
  // others: allowed -> no effect.
  req["contract"]["promo_codes"]["others"] = "allowed";
  req["sale"]["promo_code"] = "WELCOME10";
  r = result_of("compute_payout", req);
  EXPECT_EQ(r.at("payout"), "5.00");
  EXPECT_EQ(r.at("issues"), Json::array());
}

TEST(ComputePayout, UnknownEventType) {
  Json req = sale_request(spec_contract(), "100.00", "EUR");
  req["event_type"] = "install";
  Json r = result_of("compute_payout", req);
  EXPECT_EQ(codes(r.at("issues")), (std::vector<std::string>{"contract.unknown_event_type"}));
  EXPECT_EQ(r.at("issues")[0].at("path"), "/event_type");
  EXPECT_NE(r.at("issues")[0].at("message").get<std::string>().find("install"), std::string::npos);
  EXPECT_TRUE(r.at("payout").is_null());
}

TEST(ComputePayout, TermNeedsPercentOrFlat) {
  Json req = sale_request(spec_contract(), "100.00", "EUR");
  req["contract"]["commission"]["sale"] = {{"min", "1"}};
  Json r = result_of("compute_payout", req);
  EXPECT_EQ(codes(r.at("issues")), (std::vector<std::string>{"contract.invalid"}));
  EXPECT_EQ(r.at("issues")[0].at("path"), "/contract/commission/sale");
  EXPECT_TRUE(r.at("payout").is_null());
}

TEST(ComputePayout, RangeEdge) {
  // 90,000,000,000.00 EUR at 100 % is exactly the top of the range.
  Json top = sale_request(percent_contract("EUR", "100", "half_up"), "90000000000.00", "EUR");
  EXPECT_EQ(payout_of(top), "90000000000.00");
  // Two such items add up beyond it.
  Json two = top;
  two["sale"]["items"] = Json::parse(R"([{"subtotal": "90000000000.00"}, {"subtotal": "0.01"}])");
  Json r = result_of("compute_payout", two);
  EXPECT_EQ(codes(r.at("issues")), (std::vector<std::string>{"money.out_of_range"}));
  EXPECT_EQ(r.at("issues")[0].at("path"), "/sale/items");
  EXPECT_TRUE(r.at("payout").is_null());
  // An amount beyond the range.
  r = result_of("compute_payout",
                sale_request(percent_contract("EUR", "5", "half_up"), "90000000000.01", "EUR"));
  EXPECT_EQ(codes(r.at("issues")), (std::vector<std::string>{"money.out_of_range"}));
  EXPECT_EQ(r.at("issues")[0].at("path"), "/sale/amount");
  // Converted beyond it.
  Json fx = sale_request(percent_contract("EUR", "5", "half_up"), "50000000000.00", "USD");
  fx["fx"] = {{"rate", "2"}};
  r = result_of("compute_payout", fx);
  EXPECT_EQ(codes(r.at("issues")), (std::vector<std::string>{"money.out_of_range"}));
  EXPECT_EQ(r.at("issues")[0].at("path"), "/sale/amount");
}

TEST(ComputePayout, SaleValueIssues) {
  Json req = sale_request(spec_contract(), "-1.00", "EUR");
  Json r = result_of("compute_payout", req);
  EXPECT_EQ(codes(r.at("issues")), (std::vector<std::string>{"money.invalid"}));
  req["sale"]["amount"] = 12.5;
  EXPECT_EQ(codes(result_of("compute_payout", req).at("issues")),
            (std::vector<std::string>{"money.invalid"}));
  req["sale"]["amount"] = "12.50";
  req["sale"]["currency"] = "eur";
  r = result_of("compute_payout", req);
  EXPECT_EQ(codes(r.at("issues")), (std::vector<std::string>{"currency.unknown"}));
  EXPECT_EQ(r.at("issues")[0].at("path"), "/sale/currency");
  // Issue order: amount before currency, as in the request.
  req["sale"] = {{"amount", "1.005"}, {"currency", "USD"}};
  r = result_of("compute_payout", req);
  EXPECT_EQ(codes(r.at("issues")), (std::vector<std::string>{"money.invalid", "currency.mismatch"}));
  // A percent term without items needs the amount.
  req["sale"] = {{"currency", "EUR"}};
  r = result_of("compute_payout", req);
  EXPECT_EQ(codes(r.at("issues")), (std::vector<std::string>{"request.invalid"}));
  EXPECT_EQ(r.at("issues")[0].at("path"), "/sale/amount");
  // Items: a missing subtotal, a wrong type.
  req["sale"] = Json::parse(R"({"currency": "EUR", "items": [{"sku": "A"}, 3, {"subtotal": "-2"}]})");
  r = result_of("compute_payout", req);
  EXPECT_EQ(codes(r.at("issues")),
            (std::vector<std::string>{"request.invalid", "request.invalid", "money.invalid"}));
  EXPECT_EQ(r.at("issues")[0].at("path"), "/sale/items/0/subtotal");
  EXPECT_EQ(r.at("issues")[1].at("path"), "/sale/items/1");
  EXPECT_EQ(r.at("issues")[2].at("path"), "/sale/items/2/subtotal");
  // Currency defaults to the contract's.
  req["sale"] = {{"amount", "10.00"}};
  EXPECT_EQ(payout_of(req), "0.50");
}

TEST(ComputePayout, RequestLevelErrors) {
  auto error_of = [](const Json& req) {
    Json resp = call("compute_payout", req);
    EXPECT_FALSE(resp.at("ok").get<bool>());
    return resp.at("error").at("code").get<std::string>() + " " +
           resp.at("error").at("path").get<std::string>();
  };
  Json req = sale_request(spec_contract(), "10.00", "EUR");
  Json r = req;
  r["contract"] = "EUR";
  EXPECT_EQ(error_of(r), "request.invalid /contract");
  r = req;
  r.erase("event_type");
  EXPECT_EQ(error_of(r), "request.invalid /event_type");
  r = req;
  r["sale"] = Json::array();
  EXPECT_EQ(error_of(r), "request.invalid /sale");
  r = req;
  r["member_share"] = 80;
  EXPECT_EQ(error_of(r), "request.invalid /member_share");
  r["member_share"] = "100.5";
  EXPECT_EQ(error_of(r), "request.invalid /member_share");
  r["member_share"] = "12.34567";
  EXPECT_EQ(error_of(r), "request.invalid /member_share");
  r = req;
  r["fx"] = {{"rate", "0"}};
  EXPECT_EQ(error_of(r), "request.invalid /fx/rate");
  r["fx"] = {{"rate", "0.1234567"}};
  EXPECT_EQ(error_of(r), "request.invalid /fx/rate");
  r["fx"] = {{"rate", 0.92}};
  EXPECT_EQ(error_of(r), "request.invalid /fx/rate");
  r["fx"] = Json::object();
  EXPECT_EQ(error_of(r), "request.invalid /fx/rate");
  r["fx"] = "0.92";
  EXPECT_EQ(error_of(r), "request.invalid /fx");
}

TEST(ComputePayout, DirectCallForOtherOperations) {
  // preview_resolution calls the operation function itself, not through dispatch.
  StatusOr<Json> r = compute_payout(spec_request());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().at("payout"), "4.80");
  EXPECT_EQ(r.value().at("member_cashback"), "3.84");
}

// Issue 16 item 9: event types and category names in a contract are identifiers.
TEST(ComputePayout, ContractEventTypesAndCategoriesAreIdentifiers) {
  Json request = spec_request();
  request["contract"]["commission"]["sale"]["categories"]["home\t"] = {{"percent", "1"}};
  request["contract"]["commission"]["lead\u0085"] = {{"flat", "1.00"}};
  const Json r = result_of("compute_payout", request);
  ASSERT_EQ(codes(r["issues"]), (std::vector<std::string>{"contract.invalid", "contract.invalid"}));
  EXPECT_EQ(r["issues"][0]["path"], "/contract/commission/sale/categories/home\t");
  EXPECT_EQ(r["issues"][0]["message"],
            "Category name \"home\\u0009\" must be 1 to 64 characters without control characters.");
  EXPECT_EQ(r["issues"][1]["path"], "/contract/commission/lead\u0085");
}

// Issue 16: a category looked up per item in a sorted list; the spec example's rates hold
// whatever the order of the contract's categories.
TEST(ComputePayout, CategoriesInAnyOrder) {
  Json request = spec_request();
  Json& cats = request["contract"]["commission"]["sale"]["categories"];
  cats = Json::parse(R"({"zz": {"percent": "9"}, "electronics": {"percent": "2"},
                         "aa": {"percent": "7"}})");
  EXPECT_EQ(payout_of(request), "4.80");
}

// Issue 16 item 4 (the same class): the contract's event types in the message are bounded.
TEST(ComputePayout, UnknownEventTypeNamesTenTermsThenCounts) {
  Json request = spec_request();
  Json& commission = request["contract"]["commission"];
  commission = Json::object();
  for (int i = 0; i < 30; ++i) commission["e" + std::to_string(i)] = {{"flat", "1.00"}};
  request["event_type"] = "install";
  const Json r = result_of("compute_payout", request);
  ASSERT_EQ(codes(r["issues"]), (std::vector<std::string>{"contract.unknown_event_type"}));
  EXPECT_EQ(r["issues"][0]["message"],
            "event_type \"install\" has no commission term in the contract (it has \"e0\", "
            "\"e1\", \"e2\", \"e3\", \"e4\", \"e5\", \"e6\", \"e7\", \"e8\", \"e9\" and 20 "
            "more).");  // in the contract's order
}
