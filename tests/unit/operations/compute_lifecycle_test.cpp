#include <gtest/gtest.h>

#include "call.h"

using claims::Json;
using claims::testing::call;
using claims::testing::call_text;
using claims::testing::codes;
using claims::testing::result_of;

namespace {

Json seed_lifecycle() {
  return Json::parse(R"({"lock": {"rule": "months_after_event_month", "months": 1},
                         "payout": {"days_after_lock": 3, "business_days": false}})");
}

Json request(Json lifecycle, const char* tx, const char* as_of, const char* approved = nullptr) {
  Json r = {{"lifecycle", std::move(lifecycle)}, {"transaction_date", tx}, {"as_of", as_of}};
  if (approved) r["approved_on"] = approved;
  return r;
}

Json lock(const char* text) { return {{"lock", Json::parse(text)}}; }

std::string scheduled_lock(Json lifecycle, const char* tx) {
  Json r = result_of("compute_lifecycle", request(std::move(lifecycle), tx, "2026-01-01"));
  return r["scheduled"]["lock"].is_null() ? "null" : r["scheduled"]["lock"].get<std::string>();
}

}  // namespace

TEST(ComputeLifecycle, SeedCaseLocksAndPaysOnApproval) {
  Json r = result_of("compute_lifecycle",
                     request(seed_lifecycle(), "2026-01-01", "2026-03-05", "2026-03-05"));
  EXPECT_EQ(r.dump(),
            R"({"scheduled":{"lock":"2026-03-01","payout":"2026-03-04"},)"
            R"("effective":{"lock":"2026-03-05","payout":"2026-03-05"},)"
            R"("locks_on_approval":true,"pays_on_approval":true,"status":"paid","issues":[]})");
}

TEST(ComputeLifecycle, MonthsAfterEventMonthFromFirstOrLastDay) {
  const char* rule = R"({"rule": "months_after_event_month", "months": 1})";
  EXPECT_EQ(scheduled_lock(lock(rule), "2026-01-01"), "2026-03-01");
  EXPECT_EQ(scheduled_lock(lock(rule), "2026-01-31"), "2026-03-01");
  EXPECT_EQ(scheduled_lock(lock(rule), "2026-12-15"), "2027-02-01");
  EXPECT_EQ(scheduled_lock(lock(R"({"rule": "months_after_event_month", "months": 0})"),
                           "2026-01-20"),
            "2026-02-01");
}

TEST(ComputeLifecycle, DaysAfterEvent) {
  EXPECT_EQ(scheduled_lock(lock(R"({"rule": "days_after_event", "days": 30})"), "2026-01-15"),
            "2026-02-14");
  EXPECT_EQ(scheduled_lock(lock(R"({"rule": "days_after_event", "days": 0})"), "2026-01-15"),
            "2026-01-15");
}

TEST(ComputeLifecycle, DayOfMonthClampsToMonthLength) {
  const char* rule = R"({"rule": "day_of_month", "day": 31, "months": 1})";
  EXPECT_EQ(scheduled_lock(lock(rule), "2026-01-10"), "2026-02-28");
  EXPECT_EQ(scheduled_lock(lock(rule), "2028-01-10"), "2028-02-29");
  EXPECT_EQ(scheduled_lock(lock(rule), "2026-02-10"), "2026-03-31");
  EXPECT_EQ(scheduled_lock(lock(R"({"rule": "day_of_month", "day": 15, "months": 2})"),
                           "2026-11-30"),
            "2027-01-15");
}

TEST(ComputeLifecycle, ImmediateAndOpenEnded) {
  EXPECT_EQ(scheduled_lock(lock(R"({"rule": "immediate"})"), "2026-01-15"), "2026-01-15");
  Json r = result_of("compute_lifecycle",
                     request(lock(R"({"rule": "open_ended"})"), "2026-01-01", "2026-06-01"));
  EXPECT_TRUE(r["scheduled"]["lock"].is_null());
  EXPECT_TRUE(r["scheduled"]["payout"].is_null());
  EXPECT_TRUE(r["effective"]["lock"].is_null());
  EXPECT_EQ(r["status"], "pending");
  Json later = result_of("compute_lifecycle", request(lock(R"({"rule": "open_ended"})"),
                                                      "2026-01-01", "2026-01-02", "2026-03-01"));
  EXPECT_EQ(later["status"], "not_created");
}

TEST(ComputeLifecycle, BusinessDaysSkipWeekendsAndHolidays) {
  // Lock on Sunday 2026-03-01, 3 business days -> Wednesday 2026-03-04.
  Json lc = Json::parse(R"({"lock": {"rule": "days_after_event", "days": 0},
                            "payout": {"days_after_lock": 3, "business_days": true}})");
  Json r = result_of("compute_lifecycle", request(lc, "2026-03-01", "2026-03-01"));
  EXPECT_EQ(r["scheduled"]["payout"], "2026-03-04");
  lc["payout"]["holidays"] = {"2026-03-03"};
  r = result_of("compute_lifecycle", request(lc, "2026-03-01", "2026-03-01"));
  EXPECT_EQ(r["scheduled"]["payout"], "2026-03-05");
  // Zero days pays on the lock day itself, even a Sunday.
  lc["payout"]["days_after_lock"] = 0;
  r = result_of("compute_lifecycle", request(lc, "2026-03-01", "2026-03-01"));
  EXPECT_EQ(r["scheduled"]["payout"], "2026-03-01");
}

TEST(ComputeLifecycle, StatusMovesWithAsOf) {
  Json lc = seed_lifecycle();
  EXPECT_EQ(result_of("compute_lifecycle", request(lc, "2026-01-01", "2026-02-28"))["status"],
            "pending");
  EXPECT_EQ(result_of("compute_lifecycle", request(lc, "2026-01-01", "2026-03-01"))["status"],
            "locked");
  EXPECT_EQ(result_of("compute_lifecycle", request(lc, "2026-01-01", "2026-03-03"))["status"],
            "locked");
  EXPECT_EQ(result_of("compute_lifecycle", request(lc, "2026-01-01", "2026-03-04"))["status"],
            "paid");
  // Approved later than as_of: the action does not exist yet.
  EXPECT_EQ(result_of("compute_lifecycle",
                      request(lc, "2026-01-01", "2026-03-04", "2026-03-05"))["status"],
            "not_created");
}

TEST(ComputeLifecycle, ApprovalBeforeScheduledLockKeepsScheduledDates) {
  Json r = result_of("compute_lifecycle",
                     request(seed_lifecycle(), "2026-01-01", "2026-02-10", "2026-02-10"));
  EXPECT_EQ(r["effective"]["lock"], "2026-03-01");
  EXPECT_EQ(r["effective"]["payout"], "2026-03-04");
  EXPECT_EQ(r["locks_on_approval"], false);
  EXPECT_EQ(r["pays_on_approval"], false);
  EXPECT_EQ(r["status"], "pending");
  // Between lock and payout: locks on approval, pays on schedule.
  r = result_of("compute_lifecycle",
                request(seed_lifecycle(), "2026-01-01", "2026-03-02", "2026-03-02"));
  EXPECT_EQ(r["effective"]["lock"], "2026-03-02");
  EXPECT_EQ(r["effective"]["payout"], "2026-03-04");
  EXPECT_EQ(r["locks_on_approval"], true);
  EXPECT_EQ(r["pays_on_approval"], false);
  EXPECT_EQ(r["status"], "locked");
}

TEST(ComputeLifecycle, TransactionAfterApprovalIsAnError) {
  Json r = result_of("compute_lifecycle",
                     request(seed_lifecycle(), "2026-03-06", "2026-03-06", "2026-03-05"));
  ASSERT_EQ(codes(r["issues"]), std::vector<std::string>{"lifecycle.transaction_after_approval"});
  EXPECT_EQ(r["issues"][0]["path"], "/transaction_date");
  EXPECT_TRUE(r["status"].is_null());
  EXPECT_TRUE(r["effective"]["lock"].is_null());
}

TEST(ComputeLifecycle, ImpossibleDateIsDateInvalidAtItsPath) {
  Json r = result_of("compute_lifecycle", request(seed_lifecycle(), "2026-02-30", "2026-03-05"));
  ASSERT_EQ(codes(r["issues"]), std::vector<std::string>{"date.invalid"});
  EXPECT_EQ(r["issues"][0]["path"], "/transaction_date");
  EXPECT_NE(r["issues"][0]["message"].get<std::string>().find("2026-02-30"), std::string::npos);
  EXPECT_TRUE(r["scheduled"]["lock"].is_null());
  // The next request works as if nothing happened.
  EXPECT_EQ(result_of("compute_lifecycle",
                      request(seed_lifecycle(), "2026-01-01", "2026-03-05"))["status"],
            "paid");
}

TEST(ComputeLifecycle, InvalidRulesAreContractInvalid) {
  Json r = result_of("compute_lifecycle",
                     request(lock(R"({"rule": "weekly"})"), "2026-01-01", "2026-03-05"));
  ASSERT_EQ(codes(r["issues"]), std::vector<std::string>{"contract.invalid"});
  EXPECT_EQ(r["issues"][0]["path"], "/lifecycle/lock/rule");
  r = result_of("compute_lifecycle",
                request(lock(R"({"rule": "days_after_event", "days": -1})"), "2026-01-01",
                        "2026-03-05"));
  EXPECT_EQ(r["issues"][0]["path"], "/lifecycle/lock/days");
  r = result_of("compute_lifecycle",
                request(lock(R"({"rule": "days_after_event", "days": 3651})"), "2026-01-01",
                        "2026-03-05"));
  EXPECT_EQ(codes(r["issues"]), std::vector<std::string>{"contract.invalid"});
  r = result_of("compute_lifecycle",
                request(lock(R"({"rule": "day_of_month", "day": 32, "months": 0})"),
                        "2026-01-01", "2026-03-05"));
  EXPECT_EQ(codes(r["issues"]), (std::vector<std::string>{"contract.invalid", "contract.invalid"}));
}

TEST(ComputeLifecycle, MalformedRequestsFailAsAWhole) {
  Json r = call("compute_lifecycle", {{"transaction_date", "2026-01-01"}, {"as_of", "2026-01-01"}});
  EXPECT_EQ(r["ok"], false);
  EXPECT_EQ(r["error"]["code"], "request.invalid");
  EXPECT_EQ(r["error"]["path"], "/lifecycle");
  r = call("compute_lifecycle", request(seed_lifecycle(), "2026-01-01", "2026-13-01"));
  EXPECT_EQ(r["error"]["code"], "request.invalid");
  EXPECT_EQ(r["error"]["path"], "/as_of");
  r = call_text("compute_lifecycle", R"({"lifecycle": )");
  EXPECT_EQ(r["ok"], false);
  EXPECT_EQ(r["error"]["code"], "request.invalid_json");
}
