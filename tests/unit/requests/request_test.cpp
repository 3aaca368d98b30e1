#include "requests/request.h"

#include <gtest/gtest.h>

#include <string>

#include "requests/request_head.h"
#include "requests/request_limits.h"

using namespace claims;

TEST(Request, TopLevelMembers) {
  const Json r = Json::parse(R"({"as_of": "2026-01-20", "o": {}, "a": [], "s": "x", "b": false,
                                 "nul": null, "n": 1})");
  EXPECT_EQ(read_as_of(r).value().iso(), "2026-01-20");
  EXPECT_NE(read_object(r, "o", true).value(), nullptr);
  EXPECT_EQ(read_object(r, "nul", false).value(), nullptr);
  EXPECT_NE(read_array(r, "a", true).value(), nullptr);
  EXPECT_EQ(*read_string(r, "s").value(), "x");
  EXPECT_EQ(read_optional_string(r, "missing").value(), nullptr);
  EXPECT_EQ(read_bool(r, "b", true).value(), false);
  EXPECT_EQ(read_bool(r, "missing", true).value(), true);

  const RequestError e = read_object(r, "n", true).error();
  EXPECT_EQ(e.code, "request.invalid");
  EXPECT_EQ(e.path, "/n");
  EXPECT_EQ(e.message, "n must be an object, not a number.");
  EXPECT_EQ(read_array(r, "missing", true).error().message, "missing is required.");
  EXPECT_EQ(read_bool(r, "s", false).error().message, "s must be true or false, not a string.");
}

// Under another object the path says where, and the message names the member by its
// dotted path.
TEST(Request, MembersOfAnObjectBelowTheRequest) {
  const Json v = Json::parse(R"({"as_of": "2026-02-30", "policy": 5, "name": 3})");
  const Path at("/validate");
  const RequestError as_of = read_as_of(v, at).error();
  EXPECT_EQ(as_of.path, "/validate/as_of");
  EXPECT_EQ(as_of.message, "validate.as_of \"2026-02-30\" is not a valid date (YYYY-MM-DD, "
                           "an existing day, years 1970-2199).");
  const RequestError policy = read_object(v, "policy", false, at).error();
  EXPECT_EQ(policy.path, "/validate/policy");
  EXPECT_EQ(policy.message, "validate.policy must be an object, not a number.");
  const RequestError name = read_optional_string(v, "name", Path("/defaults")).error();
  EXPECT_EQ(name.path, "/defaults/name");
  EXPECT_EQ(name.message, "defaults.name must be a string, not a number.");
  EXPECT_EQ(read_as_of(Json::object(), at).error().message, "validate.as_of is required.");
}

TEST(RequestLimits, ErrorsNameTheirLimits) {
  EXPECT_EQ(request_too_long().message,
            "The request is over 268435456 bytes (256 MiB), the most that is accepted.");
  EXPECT_EQ(request_too_deep().message, "The request nests arrays or objects deeper than 64 levels.");
  EXPECT_EQ(array_too_long("/claims").path, "/claims");
  EXPECT_EQ(array_too_long("/claims").message, "An array has more than 1000000 items.");
  EXPECT_EQ(csv_too_long(Path("/csv")).message,
            "The file has more than 1000000 rows; split it into smaller files.");
}

TEST(RequestLimits, TheTextIsJudgedBeforeItIsParsed) {
  std::string deep(65, '[');
  EXPECT_EQ(text_over_limits(deep)->message,
            "The request nests arrays or objects deeper than 64 levels.");
  EXPECT_FALSE(text_over_limits(std::string(64, '[') + std::string(64, ']')));
  // 89 million {} in an ignored member took 4.6 GB natively and ran WASM out of memory.
  std::string dense = R"({"currency":"EUR","adjustments":[],"x":[[)";
  for (int i = 0; i < 999999; ++i) dense += "{},";
  dense += "{}],[";
  for (int i = 0; i < 999999; ++i) dense += "{},";
  dense += "{}]]}";
  const auto error = text_over_limits(dense);
  ASSERT_TRUE(error);
  EXPECT_EQ(error->code, "request.too_large");
  EXPECT_EQ(error->path, "");
  EXPECT_EQ(error->message,
            "The request has too many values for its size: its 6000045 bytes hold 2000005 "
            "objects and arrays and 4 strings, which would take about 183 MiB once read; at "
            "most 12 bytes per byte of request are allowed.");
  std::string items = R"({"a":{"b/c":[0,[)";
  for (int i = 0; i < 1000000; ++i) items += "0,";
  items += "0]]}}";
  ASSERT_TRUE(text_over_limits(items));
  EXPECT_EQ(text_over_limits(items)->path, "/a/b~1c/1");
}

TEST(RequestHead, EveryMemberButTheLargeOne) {
  const auto head = read_request_head(R"( {"as_of": "2026-01-20", "claims": [1, {"a": 2}], "x": {"y": null}} )",
                                      "claims", '[');
  ASSERT_TRUE(head);
  EXPECT_EQ(head->members.dump(), R"({"as_of":"2026-01-20","claims":[],"x":{"y":null}})");
  EXPECT_EQ(head->large, R"([1, {"a": 2}])");
  const auto csv = read_request_head(R"({"csv": "a,b\n1,2", "validate": {}})", "csv", '"');
  ASSERT_TRUE(csv);
  EXPECT_EQ(csv->members.dump(), R"({"csv":"","validate":{}})");
  EXPECT_EQ(csv->large, R"("a,b\n1,2")");
}

TEST(RequestHead, DeclinesWhatTheGeneralPathMustWord) {
  for (const char* text : {
           R"({"as_of": 1, "as_of": 2, "claims": []})",  // repeated key
           R"({"as_of": "2026-01-20"})",                 // no large member
           R"({"claims": {}})",                          // of another type
           R"({"claims": [], "x": tru})",                // a member not well-formed
           "\xEF\xBB\xBF{\"claims\": []}",               // byte order mark
           R"([1])",
       }) {
    EXPECT_FALSE(read_request_head(text, "claims", '[')) << text;
  }
}
