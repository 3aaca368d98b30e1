#include <gtest/gtest.h>

#include "domain/contract.h"
#include "issues_text.h"
#include "spec_contract.h"

using namespace claims;
using claims::testing::codes_and_paths;
using claims::testing::kSpecContract;

TEST(Contract, ReadsTheSpecExample) {
  Issues issues;
  const Contract c = parse_contract(Json::parse(kSpecContract), Path("/contract"), issues, true);
  EXPECT_TRUE(issues.empty());
  EXPECT_TRUE(c.valid);
  ASSERT_NE(c.currency, nullptr);
  EXPECT_EQ(c.currency->code, "EUR");
  EXPECT_EQ(c.rounding, Rounding::half_up);
  const CommissionTerm* sale = c.find_term("sale");
  ASSERT_NE(sale, nullptr);
  EXPECT_TRUE(sale->valid);
  EXPECT_EQ(sale->kind, CommissionTerm::Kind::percent);
  EXPECT_EQ(sale->percent->ten_thousandths(), 50000);
  EXPECT_EQ(sale->min->str(), "0.50");
  EXPECT_EQ(sale->max->str(), "50.00");
  EXPECT_EQ(sale->rate_for(std::string("electronics")).str(), "2");
  EXPECT_EQ(sale->rate_for(std::string("gift-cards")).str(), "0");
  EXPECT_EQ(sale->rate_for(std::string("home")).str(), "5");
  EXPECT_EQ(sale->rate_for(std::string("Electronics")).str(), "5");  // exact match only
  EXPECT_EQ(sale->rate_for(std::nullopt).str(), "5");
  const CommissionTerm* lead = c.find_term("lead");
  ASSERT_NE(lead, nullptr);
  EXPECT_EQ(lead->kind, CommissionTerm::Kind::flat);
  EXPECT_EQ(lead->flat->str(), "2.50");
  EXPECT_EQ(c.find_term("click"), nullptr);
  EXPECT_FALSE(c.promo_codes.allows("WELCOME10"));
  EXPECT_TRUE(c.promo_codes.allows("partner10"));  // promo codes ignore case
  EXPECT_EQ(c.promo_codes.others, PromoTerms::Others::no_commission);
  ASSERT_TRUE(c.lifecycle);
  EXPECT_EQ(c.lifecycle->payout.days_after_lock, 3);
}

TEST(Contract, DefaultsHalfUpAndAllowedOthers) {
  Issues issues;
  const Contract c = parse_contract(
      Json::parse(R"({"currency": "JPY", "commission": {"sale": {"percent": "2.5"}},
                     "promo_codes": {"allowed": ["A"]}})"),
      Path("/contract"), issues, true);
  EXPECT_TRUE(issues.empty());
  EXPECT_EQ(c.rounding, Rounding::half_up);
  EXPECT_EQ(c.promo_codes.others, PromoTerms::Others::allowed);
  EXPECT_FALSE(c.lifecycle);
}

TEST(Contract, InvalidValuesAreContractInvalidAtTheirPaths) {
  Issues issues;
  const Contract c = parse_contract(Json::parse(R"({
    "currency": "EUR", "rounding": "bankers",
    "commission": {
      "sale": {"percent": "5.12345", "min": "1.00", "max": "0.50"},
      "both": {"percent": "5", "flat": "1.00"},
      "neither": {"min": "1"},
      "lead": {"flat": "2.505"},
      "big": {"percent": "100.0001", "categories": {"x": {"percent": "-1"}, "y": 2}},
      "flatcats": {"flat": "1", "categories": {"x": {"percent": "1"}}},
      "neg": {"flat": "-1.00"},
      "num": {"percent": 5}},
    "promo_codes": {"allowed": ["", 3], "others": "maybe"},
    "lifecycle": {"lock": {"rule": "someday"}}})"),
                                    Path("/contract"), issues, true);
  EXPECT_FALSE(c.valid);
  EXPECT_EQ(codes_and_paths(issues),
            (std::vector<std::string>{
                "contract.invalid /contract/rounding",
                "contract.invalid /contract/commission/sale/percent",
                "contract.invalid /contract/commission/sale/max",
                "contract.invalid /contract/commission/both",
                "contract.invalid /contract/commission/neither",
                "contract.invalid /contract/commission/lead/flat",
                "contract.invalid /contract/commission/big/percent",
                "contract.invalid /contract/commission/big/categories/x/percent",
                "contract.invalid /contract/commission/big/categories/y",
                "contract.invalid /contract/commission/flatcats/categories",
                "contract.invalid /contract/commission/neg/flat",
                "contract.invalid /contract/commission/num/percent",
                "contract.invalid /contract/promo_codes/allowed/0",
                "contract.invalid /contract/promo_codes/allowed/1",
                "contract.invalid /contract/promo_codes/others",
                "contract.invalid /contract/lifecycle/lock/rule",
            }));
  EXPECT_FALSE(c.find_term("sale")->valid);
  for (const auto& i : issues.list()) EXPECT_EQ(i.severity, Severity::error);
  // The messages name the values.
  EXPECT_NE(issues.list()[1].message.find("5.12345"), std::string::npos);
  EXPECT_NE(issues.list()[2].message.find("0.50"), std::string::npos);
}

TEST(Contract, UnknownCurrencyIsCurrencyUnknown) {
  Issues issues;
  const Contract c = parse_contract(
      Json::parse(R"({"currency": "eur", "commission": {"sale": {"percent": "5"}}})"),
      Path("/contract"), issues, false);
  EXPECT_EQ(codes_and_paths(issues),
            (std::vector<std::string>{"currency.unknown /contract/currency"}));
  EXPECT_EQ(c.currency, nullptr);
  EXPECT_FALSE(c.find_term("sale")->valid);  // cannot be used without a currency
}

TEST(Contract, MissingMembersAndLifecycleSkipped) {
  Issues issues;
  parse_contract(Json::parse(R"({"lifecycle": 3})"), Path("/contract"), issues, false);
  EXPECT_EQ(codes_and_paths(issues),
            (std::vector<std::string>{"contract.invalid /contract/currency",
                                      "contract.invalid /contract/commission"}));
  Issues issues2;
  parse_contract(Json::parse(R"({"currency": "EUR", "commission": [], "lifecycle": 3})"),
                 Path("/contract"), issues2, true);
  EXPECT_EQ(codes_and_paths(issues2),
            (std::vector<std::string>{"contract.invalid /contract/commission",
                                      "contract.invalid /contract/lifecycle"}));
}
