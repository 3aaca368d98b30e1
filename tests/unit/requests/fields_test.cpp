#include "requests/fields.h"

#include <gtest/gtest.h>

#include <string>

using namespace claims;

namespace {
struct Reading {
  Issues issues;
  FieldReader r{issues, "claim.invalid", "claim.required"};
  const Issue& last() const { return issues.list().back(); }
};
const Json kObj = Json::parse(R"({"s": "text", "empty": "", "n": 7, "neg": -3, "big": 18446744073709551615,
  "f": 1.5, "b": true, "nul": null, "d": "2026-02-28", "bad_d": "2026-02-30",
  "reason": "untracked", "ctl": "a\u0001b"})");
}  // namespace

TEST(FieldReader, FindTreatsNullAsAbsent) {
  EXPECT_NE(FieldReader::find(kObj, "s"), nullptr);
  EXPECT_EQ(FieldReader::find(kObj, "nul"), nullptr);
  EXPECT_EQ(FieldReader::find(kObj, "missing"), nullptr);
  EXPECT_EQ(FieldReader::find(Json(3), "s"), nullptr);
}

TEST(FieldReader, StringRequiredAbsentEmptyAndWrongType) {
  Reading t;
  EXPECT_EQ(*t.r.string(kObj, "s", Path("/s"), true), "text");
  EXPECT_FALSE(t.r.string(kObj, "missing", Path("/missing"), false));
  EXPECT_TRUE(t.issues.empty());
  EXPECT_FALSE(t.r.string(kObj, "nul", Path("/nul"), true));
  EXPECT_EQ(t.last().code, "claim.required");
  EXPECT_EQ(t.last().message, "nul is required.");
  EXPECT_FALSE(t.r.string(kObj, "empty", Path("/empty"), true));
  EXPECT_EQ(t.last().code, "claim.required");
  EXPECT_FALSE(t.r.string(kObj, "n", Path("/n"), true));
  EXPECT_EQ(t.last().code, "claim.invalid");
  EXPECT_EQ(t.last().path, "/n");
  EXPECT_EQ(t.last().message, "n must be a string, not a number.");
}

TEST(FieldReader, IdentifierRules) {
  Reading t;
  const Json obj = {{"long", std::string(65, 'x')}, {"ctl", "a\tb"}, {"ok", "CLM-1"}};
  EXPECT_EQ(*t.r.identifier(obj, "ok", Path("/ok"), true), "CLM-1");
  EXPECT_FALSE(t.r.identifier(obj, "long", Path("/long"), true));
  EXPECT_EQ(t.last().message,
            "long \"" + std::string(64, 'x') + "...\" is longer than 64 characters (65).");
  EXPECT_FALSE(t.r.identifier(obj, "ctl", Path("/ctl"), true));
  EXPECT_EQ(t.last().message, "ctl \"a\\u0009b\" contains a control character.");
}

TEST(FieldReader, TextRules) {
  Reading t;
  EXPECT_EQ(*t.r.text(kObj, "s", Path("/s"), false), "text");
  EXPECT_FALSE(t.r.text(kObj, "ctl", Path("/ctl"), false));
  EXPECT_EQ(t.last().code, "text.invalid");
  const Json long_text = {{"c", std::string(2001, 'a')}};
  EXPECT_FALSE(t.r.text(long_text, "c", Path("/c"), false));
  EXPECT_EQ(t.last().code, "text.too_long");
  EXPECT_EQ(t.last().message, "Text is 2001 characters long; at most 2000 are allowed.");
  EXPECT_TRUE(check_text(std::string(2000, 'a'), Path("/x"), t.issues));
}

TEST(FieldReader, Dates) {
  Reading t;
  EXPECT_EQ(t.r.date(kObj, "d", Path("/d"), true)->iso(), "2026-02-28");
  EXPECT_FALSE(t.r.date(kObj, "bad_d", Path("/bad_d"), true));
  EXPECT_EQ(t.last().code, "date.invalid");
  EXPECT_EQ(t.last().message, "bad_d \"2026-02-30\" is not a valid date (YYYY-MM-DD, an "
                              "existing day, years 1970-2199).");
  EXPECT_FALSE(t.r.date(kObj, "n", Path("/n"), true));
  EXPECT_EQ(t.last().code, "claim.invalid");  // not a string: the wrong type
}

TEST(FieldReader, IntegersInRange) {
  Reading t;
  EXPECT_EQ(*t.r.integer(kObj, "n", Path("/n"), true, 0, 10), 7);
  EXPECT_FALSE(t.r.integer(kObj, "neg", Path("/neg"), true, 0, 10));
  EXPECT_EQ(t.last().message, "neg is -3; it must be from 0 to 10.");
  EXPECT_FALSE(t.r.integer(kObj, "big", Path("/big"), true, 0, 10));
  EXPECT_EQ(t.last().message, "big is 18446744073709551615; it must be from 0 to 10.");
  EXPECT_FALSE(t.r.integer(kObj, "f", Path("/f"), true, 0, 10));
  EXPECT_EQ(t.last().message, "f must be a whole number, not 1.5.");
}

TEST(FieldReader, BooleansAndChoices) {
  Reading t;
  EXPECT_EQ(*t.r.boolean(kObj, "b", Path("/b"), true), true);
  EXPECT_FALSE(t.r.boolean(kObj, "s", Path("/s"), true));
  EXPECT_EQ(t.last().message, "s must be true or false, not a string.");
  const char* const reasons[] = {"untracked", "declined", nullptr};
  EXPECT_EQ(*t.r.choice(kObj, "reason", Path("/reason"), true, reasons), "untracked");
  EXPECT_FALSE(t.r.choice(kObj, "s", Path("/s"), true, reasons));
  EXPECT_EQ(t.last().message, "s \"text\" is not one of: untracked, declined.");
}

TEST(Fields, MessageHelpers) {
  EXPECT_EQ(wrong_type_message("head", "a string", Json::array()),
            "head must be a string, not an array.");
  EXPECT_EQ(invalid_date_message("Transaction date", "2026-13-01"),
            "Transaction date \"2026-13-01\" is not a valid date (YYYY-MM-DD, an existing day, "
            "years 1970-2199).");
  EXPECT_EQ(date_or_null(std::nullopt), Json(nullptr));
  EXPECT_EQ(date_or_null(parse_date("2026-01-02")), Json("2026-01-02"));
}
