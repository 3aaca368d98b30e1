// parse_json(): nlohmann's values and refusals, with the core's DOM builder and messages.
#include "formats/json_parse.h"

#include <gtest/gtest.h>

#include <string>

using claims::Json;
using claims::parse_json;

namespace {
std::string parsed(const std::string& text) {
  Json out;
  EXPECT_TRUE(parse_json(text, out)) << text;
  return out.dump();
}
std::string error_of(const std::string& text) {
  Json out;
  std::string error;
  EXPECT_FALSE(parse_json(text, out, &error)) << text;
  return error;
}
}  // namespace

TEST(JsonParse, SameValuesAsNlohmann) {
  for (const char* text :
       {R"({"a": [1, -2, 3.5, 1e3, true, false, null, "x\u00e9\ud83d\ude00"], "b": {}})", "[]",
        "  \"s\"  ", "18446744073709551615", "-9223372036854775808", "0.1",
        R"({"k": 1, "k": {"z": 2}, "j": 3})"}) {
    EXPECT_EQ(parsed(text), Json::parse(text).dump()) << text;
  }
}

TEST(JsonParse, ARepeatedKeyKeepsItsFirstPlaceAndLastValue) {
  EXPECT_EQ(parsed(R"({"a": 1, "b": 2, "a": 3})"), R"({"a":3,"b":2})");
  // Past the members searched one by one, through the index.
  std::string text = "{";
  for (int i = 0; i < 40; ++i) text += "\"k" + std::to_string(i) + "\":" + std::to_string(i) + ",";
  text += R"("k3": "again", "k39": [], "new": 1})";
  EXPECT_EQ(parsed(text), Json::parse(text).dump());
  const Json j = Json::parse(parsed(text));
  EXPECT_EQ(j.size(), 41u);
  EXPECT_EQ(j["k3"], "again");
  EXPECT_EQ(j.items().begin().key(), "k0");
}

TEST(JsonParse, ALargeObjectInLinearTime) {
  // 200,000 members: nlohmann's own builder searches every key it adds (O(n^2), minutes);
  // this must be a fraction of a second. Not a timed test: a quadratic parse would time out.
  std::string text = "{";
  for (int i = 0; i < 200000; ++i) text += (i ? ",\"m" : "\"m") + std::to_string(i) + "\":0";
  text += "}";
  Json out;
  ASSERT_TRUE(parse_json(text, out));
  EXPECT_EQ(out.size(), 200000u);
  EXPECT_EQ(out.back(), 0);
}

TEST(JsonParse, SyntaxErrorsSayWhereInNlohmannsWords) {
  EXPECT_EQ(error_of(R"({"lifecycle": {"lock": )"),
            "parse error at line 1, column 24: syntax error while parsing value - unexpected end "
            "of input; expected '[', '{', or a literal");
  EXPECT_EQ(error_of("{\n  \"a\": tru }"),
            "parse error at line 2, column 11: syntax error while parsing value - invalid "
            "literal; last read: '\"a\": tru '");
}

TEST(JsonParse, NumberOutOfRangeNamesItsPlaceAndAtMost64Characters) {
  EXPECT_EQ(error_of(R"({"x": 1e400})"),
            "parse error at line 1, column 7: number out of range (at most about 1.8e308); last "
            "read: '1e400'");
  EXPECT_EQ(error_of("{\n\"x\":\n  -1e999 }"),
            "parse error at line 3, column 3: number out of range (at most about 1.8e308); last "
            "read: '-1e999'");
  // Before: nlohmann's "[json.exception.out_of_range.406] number overflow parsing '...'"
  // with the whole number, so a 20 MB number gave a 20 MB response.
  const std::string error = error_of("{\"x\": 1" + std::string(20000000, '0') + "}");
  EXPECT_EQ(error, "parse error at line 1, column 7: number out of range (at most about "
                   "1.8e308); last read: '1" + std::string(63, '0') + "...'");
}

TEST(JsonParse, AnEchoedTokenIsCutTo64Characters) {
  const std::string error = error_of("{\"x\": \"" + std::string(10000000, 'a'));
  EXPECT_EQ(error, "parse error at line 1, column 10000008: syntax error while parsing value - "
                   "invalid string: missing closing quote; last read: '\"" +
                       std::string(63, 'a') + "...'");
}
