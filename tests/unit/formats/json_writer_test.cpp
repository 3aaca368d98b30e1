#include "formats/json_writer.h"

#include <gtest/gtest.h>

#include <limits>
#include <string>
#include <vector>

using namespace claims;

namespace {
// What nlohmann writes, the reference for every writer here.
std::string dumped(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

const std::vector<std::string> kStrings = {
    "",
    "plain",
    "quote \" backslash \\ slash /",
    "\b\f\n\r\t",
    std::string("nul \0 and \x01 \x1F \x7F", 15),
    "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80",  // valid UTF-8
    "bad \xC3 byte",                               // invalid UTF-8: replaced
    "\xFF\xFE",
};
}  // namespace

TEST(JsonWriter, StringsAsNlohmannWritesThem) {
  for (const std::string& s : kStrings) {
    std::string out = "x";
    append_json_string(out, s);
    EXPECT_EQ(out, "x" + dumped(Json(s))) << s;
  }
}

TEST(JsonWriter, UnsignedNumbers) {
  for (std::size_t n : {std::size_t(0), std::size_t(7), std::size_t(10), std::size_t(1000000),
                        std::numeric_limits<std::size_t>::max()}) {
    std::string out;
    append_json_unsigned(out, n);
    EXPECT_EQ(out, dumped(Json(n)));
  }
}

TEST(JsonWriter, AppendJsonIsDumpAppended) {
  const Json value = Json::parse(
      R"({"b": [1, -2, 3.5, true, null, "s\u00e9"], "a": {"nested": {}}, "e": []})");
  std::string out = R"({"ok":true,"result":)";
  append_json(out, value);
  EXPECT_EQ(out, R"({"ok":true,"result":)" + dumped(value));
  EXPECT_EQ(dumped(value), R"({"b":[1,-2,3.5,true,null,"sé"],"a":{"nested":{}},"e":[]})");
  std::string bad;
  append_json(bad, Json(std::string("\xC3")));
  EXPECT_EQ(bad, dumped(Json(std::string("\xC3"))));  // replaced, not thrown
}

TEST(JsonWriter, IssuesAsIssueToJsonDumpsThem) {
  Issues issues;
  issues.error("claim.invalid", Path("/claims/0/id"), "id must be a string, not a number.");
  issues.warning("promo.not_allowed", Path("/a~b") / "c/d", "Promo code \"caf\xC3\xA9\"\n...");
  issues.error("text.invalid", Path(), std::string("bad \xC3 byte and \x01", 17));
  std::string out;
  append_issues(out, issues);
  EXPECT_EQ(out, dumped(issues.to_json()));
  for (const Issue& i : issues.list()) {
    std::string one;
    append_issue(one, i);
    EXPECT_EQ(one, dumped(issue_to_json(i)));
  }
  std::string empty;
  append_issues(empty, Issues());
  EXPECT_EQ(empty, "[]");
}

TEST(JsonWriter, IssueAtAnotherPath) {
  Issues issues;
  issues.error("date.invalid", Path("/order/date"), "order date \"x\" is not a valid date.");
  std::string out;
  append_issue_at(out, issues.list()[0], "/rows/3/order_date");
  EXPECT_EQ(out, R"({"severity":"error","code":"date.invalid","path":"/rows/3/order_date",)"
                 R"("message":"order date \"x\" is not a valid date."})");
}
