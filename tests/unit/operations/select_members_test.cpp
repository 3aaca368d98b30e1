// select_members (spec section 9): the spec's two worked examples, then every rule — the
// criteria and their bounds, the exact average basket, the members' codes and paths, the
// request's errors — through call.h.
#include <gtest/gtest.h>

#include "call.h"

using claims::Json;
using claims::testing::codes_paths;
using claims::testing::error_of;
using claims::testing::result_of;

namespace {

Json spec_request() {
  return Json::parse(R"({"as_of": "2026-03-01", "currency": "EUR",
    "members": [{"member": "m-1", "last_order_on": "2025-11-20", "orders": 12, "spent": "830.00", "available": "4.10"},
                {"member": "m-2", "last_order_on": "2026-02-27", "orders": 1, "spent": "35.00"},
                {"member": "m-3", "orders": 0, "spent": "0.00"}],
    "criteria": {"inactive_days_at_least": 90}})");
}

Json select(Json members, Json criteria, const char* as_of = "2026-03-01") {
  return result_of("select_members", {{"as_of", as_of}, {"currency", "EUR"},
                                      {"members", std::move(members)},
                                      {"criteria", std::move(criteria)}});
}

// The ids selected.
Json ids(Json members, Json criteria, const char* as_of = "2026-03-01") {
  return select(std::move(members), std::move(criteria), as_of)["members"];
}

Json member(const char* id, Json values = Json::object()) {
  values["member"] = id;
  return values;
}

}  // namespace

TEST(SelectMembers, SpecExampleNoOrderForNinetyDays) {
  EXPECT_EQ(result_of("select_members", spec_request()), Json::parse(R"({
    "members": ["m-1", "m-3"], "count": 2, "spent": "830.00", "issues": []})"));
}

TEST(SelectMembers, SpecExampleOrdersAtLeastOneAndBasketAtLeastFifty) {
  Json req = spec_request();
  req["criteria"] = {{"orders_at_least", 1}, {"average_basket_at_least", "50.00"}};
  EXPECT_EQ(result_of("select_members", req), Json::parse(R"({
    "members": ["m-1"], "count": 1, "spent": "830.00", "issues": []})"));
}

TEST(SelectMembers, EmptyCriteriaSelectEveryValidMemberInRequestOrder) {
  Json r = select({member("z"), member("a", {{"spent", "1.5"}}), member("m", {{"orders", "x"}})},
                  Json::object());
  EXPECT_EQ(r["members"], Json::array({"z", "a"}));
  EXPECT_EQ(r["count"], 2);
  EXPECT_EQ(r["spent"], "1.50");
}

TEST(SelectMembers, NoneSelectedSpendsZeroInTheCurrencysDecimals) {
  EXPECT_EQ(select(Json::array(), Json::object())["spent"], "0.00");
  Json jpy = result_of("select_members", {{"as_of", "2026-03-01"}, {"currency", "JPY"},
                                          {"members", Json::array()},
                                          {"criteria", Json::object()}});
  EXPECT_EQ(jpy["spent"], "0");
  EXPECT_EQ(jpy["count"], 0);
}

TEST(SelectMembers, InactiveDaysAtLeastCountsFromTheLastOrder) {
  const Json members = {member("edge", {{"last_order_on", "2025-12-01"}}),   // + 90 = 2026-03-01
                        member("short", {{"last_order_on", "2025-12-02"}}),  // + 90 = 2026-03-02
                        member("never"),
                        member("later", {{"last_order_on", "2026-03-05"}})};  // after as_of
  EXPECT_EQ(ids(members, {{"inactive_days_at_least", 90}}), Json::array({"edge", "never"}));
  EXPECT_EQ(ids(members, {{"inactive_days_at_least", 0}}), Json::array({"edge", "short", "never"}));
}

TEST(SelectMembers, ActiveWithinDaysNeedsAnOrder) {
  const Json members = {member("edge", {{"last_order_on", "2026-02-22"}}),  // + 7 = 2026-03-01
                        member("old", {{"last_order_on", "2026-02-21"}}),
                        member("never"),
                        member("later", {{"last_order_on", "2026-03-05"}})};
  EXPECT_EQ(ids(members, {{"active_within_days", 7}}), Json::array({"edge", "later"}));
  EXPECT_EQ(ids(members, {{"active_within_days", 3650}}), Json::array({"edge", "old", "later"}));
}

TEST(SelectMembers, OrdersAtLeastAndAtMostAreInclusive) {
  const Json members = {member("none"), member("ten", {{"orders", 10}}),
                        member("eleven", {{"orders", 11}})};
  EXPECT_EQ(ids(members, {{"orders_at_least", 10}}), Json::array({"ten", "eleven"}));
  EXPECT_EQ(ids(members, {{"orders_at_most", 10}}), Json::array({"none", "ten"}));
  EXPECT_EQ(ids(members, {{"orders_at_least", 10}, {"orders_at_most", 10}}), Json::array({"ten"}));
}

// 100.00 / 3 = 33.333...: rounding it either way would put the member on the wrong side
// of one of these bounds.
TEST(SelectMembers, AverageBasketIsComparedExactly) {
  const Json members = {member("third", {{"orders", 3}, {"spent", "100.00"}}),
                        member("none", {{"orders", 0}, {"spent", "0.00"}}),
                        member("even", {{"orders", 2}, {"spent", "66.66"}})};
  EXPECT_EQ(ids(members, {{"average_basket_at_least", "33.33"}}), Json::array({"third", "even"}));
  EXPECT_EQ(ids(members, {{"average_basket_at_least", "33.34"}}), Json::array());
  EXPECT_EQ(ids(members, {{"average_basket_at_most", "33.33"}}), Json::array({"even"}));
  EXPECT_EQ(ids(members, {{"average_basket_at_most", "33.34"}}), Json::array({"third", "even"}));
  // A member with no orders has no average: never selected by either bound.
  EXPECT_EQ(ids(members, {{"average_basket_at_most", "1000000"}}), Json::array({"third", "even"}));
  EXPECT_EQ(ids(members, {{"average_basket_at_least", "-1"}}), Json::array({"third", "even"}));
}

// The largest spend over the most orders: bound x orders is 9e21 minor units, beyond 64 bits.
TEST(SelectMembers, AverageBasketComparisonDoesNotOverflow) {
  // Json::array: a one-element braced list is a copy of the element for clang (WASM), an array for GCC.
  const Json members = Json::array({member("big", {{"orders", 1000000000}, {"spent", "90000000000.00"}})});
  EXPECT_EQ(ids(members, {{"average_basket_at_least", "90"}}), Json::array({"big"}));
  EXPECT_EQ(ids(members, {{"average_basket_at_least", "90.01"}}), Json::array());
  EXPECT_EQ(ids(members, {{"average_basket_at_most", "90000000000.00"}}), Json::array({"big"}));
  EXPECT_EQ(ids(members, {{"average_basket_at_least", "90000000000.00"}}), Json::array());
}

TEST(SelectMembers, AvailableBoundsTakeNegativeBalances) {
  const Json members = {member("owes", {{"available", "-5.00"}}), member("zero"),
                        member("has", {{"available", "4.10"}})};
  EXPECT_EQ(ids(members, {{"available_at_least", "0"}}), Json::array({"zero", "has"}));
  EXPECT_EQ(ids(members, {{"available_at_most", "-0.01"}}), Json::array({"owes"}));
  EXPECT_EQ(ids(members, {{"available_at_least", "-5"}, {"available_at_most", "4.09"}}),
            Json::array({"owes", "zero"}));
}

TEST(SelectMembers, EveryCriterionMustHold) {
  const Json members = {member("a", {{"last_order_on", "2025-01-01"}, {"orders", 12}, {"spent", "600"}}),
                        member("b", {{"last_order_on", "2025-01-01"}, {"orders", 2}, {"spent", "600"}}),
                        member("c", {{"last_order_on", "2026-02-28"}, {"orders", 12}, {"spent", "600"}})};
  EXPECT_EQ(ids(members, {{"inactive_days_at_least", 90}, {"orders_at_least", 10},
                          {"average_basket_at_least", "50"}}),
            Json::array({"a"}));
}

TEST(SelectMembers, MalformedValuesAreMemberInvalidAtTheirPathAndNeverSelected) {
  const std::string long_id(65, 'x');
  Json r = select({"m-0",
                   Json::object(),
                   member(long_id.c_str()),
                   member("d", {{"last_order_on", "2026-02-30"}}),
                   member("e", {{"last_order_on", 20260201}}),
                   member("f", {{"orders", 1.5}}),
                   member("g", {{"orders", -1}}),
                   member("h", {{"orders", 1000000001}}),
                   member("i", {{"spent", "12.345"}}),
                   member("j", {{"spent", "-1.00"}}),
                   member("k", {{"available", 5}}),
                   member("l", {{"spent", "1"}, {"available", "99999999999.00"}}),
                   member("ok", {{"orders", 1000000000}, {"last_order_on", "2026-03-02"}})},
                  Json::object());
  EXPECT_EQ(codes_paths(r["issues"]),
            (std::vector<std::string>{
                "member.invalid /members/0", "member.invalid /members/1/member",
                "member.invalid /members/2/member", "member.invalid /members/3/last_order_on",
                "member.invalid /members/4/last_order_on", "member.invalid /members/5/orders",
                "member.invalid /members/6/orders", "member.invalid /members/7/orders",
                "member.invalid /members/8/spent", "member.invalid /members/9/spent",
                "member.invalid /members/10/available", "member.invalid /members/11/available"}));
  EXPECT_EQ(r["issues"][3]["message"],
            "last_order_on \"2026-02-30\" is not a valid date (YYYY-MM-DD, an existing day, years "
            "1970-2199).");
  EXPECT_EQ(r["issues"][7]["message"], "orders is 1000000001; it must be from 0 to 1000000000.");
  EXPECT_EQ(r["issues"][8]["message"],
            "spent \"12.345\" has more decimals than EUR allows (2).");
  EXPECT_EQ(r["issues"][9]["message"], "spent -1.00 EUR must not be negative.");
  EXPECT_EQ(r["members"], Json::array({"ok"}));
  EXPECT_EQ(r["spent"], "0.00");
}

TEST(SelectMembers, AMemberGivenAgainIsDuplicateEvenWhenItsFirstCopyWasInvalid) {
  Json r = select({member("m-1", {{"orders", "12"}}), member("m-1", {{"orders", 12}}),
                   member("m-2"), member("m-2", {{"orders", "bad, but ignored"}})},
                  Json::object());
  EXPECT_EQ(codes_paths(r["issues"]),
            (std::vector<std::string>{"member.invalid /members/0/orders",
                                      "member.duplicate /members/1/member",
                                      "member.duplicate /members/3/member"}));
  EXPECT_EQ(r["issues"][1]["message"],
            "Member \"m-1\" is given earlier in members; this copy is ignored.");
  EXPECT_EQ(r["members"], Json::array({"m-2"}));
}

TEST(SelectMembers, TheSumOfSpentBeyondTheMoneyRangeIsNull) {
  Json r = select({member("a", {{"spent", "90000000000.00"}}),
                   member("b", {{"spent", "0.01"}})},
                  Json::object());
  EXPECT_EQ(r["members"], Json::array({"a", "b"}));
  EXPECT_EQ(r["count"], 2);
  EXPECT_EQ(r["spent"], nullptr);
  EXPECT_EQ(codes_paths(r["issues"]), (std::vector<std::string>{"money.out_of_range /members"}));
}

TEST(SelectMembers, UnknownCurrencySelectsNobody) {
  Json req = spec_request();
  req["currency"] = "eur";
  Json r = result_of("select_members", req);
  EXPECT_EQ(r["members"], Json::array());
  EXPECT_EQ(r["count"], 0);
  EXPECT_EQ(r["spent"], nullptr);
  EXPECT_EQ(codes_paths(r["issues"]), (std::vector<std::string>{"currency.unknown /currency"}));
}

TEST(SelectMembers, RequestLevelErrors) {
  auto without = [](const char* key) {
    Json req = spec_request();
    req.erase(key);
    return error_of("select_members", req);
  };
  EXPECT_EQ(without("as_of"), "request.invalid /as_of");
  EXPECT_EQ(without("currency"), "request.invalid /currency");
  EXPECT_EQ(without("members"), "request.invalid /members");
  EXPECT_EQ(without("criteria"), "request.invalid /criteria");
  auto with_criteria = [](Json criteria) {
    Json req = spec_request();
    req["criteria"] = std::move(criteria);
    return error_of("select_members", req);
  };
  EXPECT_EQ(with_criteria(Json::array()), "request.invalid /criteria");
  EXPECT_EQ(with_criteria({{"inactive_days", 90}}), "request.invalid /criteria/inactive_days");
  EXPECT_EQ(with_criteria({{"inactive_days_at_least", 3651}}),
            "request.invalid /criteria/inactive_days_at_least");
  EXPECT_EQ(with_criteria({{"active_within_days", -1}}),
            "request.invalid /criteria/active_within_days");
  EXPECT_EQ(with_criteria({{"active_within_days", "7"}}),
            "request.invalid /criteria/active_within_days");
  EXPECT_EQ(with_criteria({{"orders_at_least", 1.5}}), "request.invalid /criteria/orders_at_least");
  EXPECT_EQ(with_criteria({{"orders_at_most", -1}}), "request.invalid /criteria/orders_at_most");
  EXPECT_EQ(with_criteria({{"average_basket_at_least", "50.001"}}),
            "request.invalid /criteria/average_basket_at_least");
  EXPECT_EQ(with_criteria({{"average_basket_at_most", 50}}),
            "request.invalid /criteria/average_basket_at_most");
  EXPECT_EQ(with_criteria({{"available_at_least", "1,5"}}),
            "request.invalid /criteria/available_at_least");
  EXPECT_EQ(with_criteria({{"available_at_most", "99999999999.00"}}),
            "request.invalid /criteria/available_at_most");
  Json bad_date = spec_request();
  bad_date["as_of"] = "2026-3-1";
  EXPECT_EQ(error_of("select_members", bad_date), "request.invalid /as_of");
  Json members_object = spec_request();
  members_object["members"] = Json::object();
  EXPECT_EQ(error_of("select_members", members_object), "request.invalid /members");
}

TEST(SelectMembers, NullCriterionIsAbsent) {
  Json req = spec_request();
  req["criteria"] = {{"inactive_days_at_least", nullptr}};
  EXPECT_EQ(result_of("select_members", req)["members"], Json::array({"m-1", "m-2", "m-3"}));
}
