#include "formats/json_fast_parse.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using claims::Json;

TEST(JsonFastParse, SameValueAsNlohmann) {
  const std::vector<std::string> texts = {
      R"({"a": [1, -2, 0, -0, 18446744073709551615, -9223372036854775807], "b": {"c": null}})",
      R"(["\"\\\/\b\f\n\r\t", "\u0000", "\u00e9\u20ac\ud83d\ude00", "é€😀", ""])",
      " true ", "false", "[[], {}, [{}]]",
  };
  for (const std::string& text : texts) {
    Json fast;
    ASSERT_TRUE(claims::parse_json_fast(text, fast)) << text;
    const Json expected = Json::parse(text);
    EXPECT_EQ(fast.dump(), expected.dump()) << text;
    // Integer kinds must match too (dump does not show unsigned vs signed).
    if (fast.is_object()) {
      for (std::size_t i = 0; i < fast["a"].size(); ++i)
        EXPECT_EQ(fast["a"][i].type(), expected["a"][i].type());
      EXPECT_EQ(fast["a"][3].is_number_unsigned(), false);  // -0 is signed
    }
  }
}

TEST(JsonFastParse, ReusesAndReshapesThePreviousValue) {
  Json value;
  ASSERT_TRUE(claims::parse_json_fast(R"({"a": "long string value here", "b": [1, 2, 3], "c": {"d": 1}})", value));
  ASSERT_TRUE(claims::parse_json_fast(R"({"a": "x", "b": [4], "e": "y"})", value));
  EXPECT_EQ(value.dump(), R"({"a":"x","b":[4],"e":"y"})");
  ASSERT_TRUE(claims::parse_json_fast(R"({"b": {"a": 1}, "a": []})", value));
  EXPECT_EQ(value.dump(), R"({"b":{"a":1},"a":[]})");
  ASSERT_TRUE(claims::parse_json_fast("3", value));
  EXPECT_EQ(value.dump(), "3");
}

TEST(JsonFastParse, DeclinesWhatItDoesNotHandleAndAllThatIsInvalid) {
  // Accepted by nlohmann, but left to it.
  for (const char* text : {"1.5", "1e3", "18446744073709551616", "-9223372036854775808",
                           R"({"a": 1, "a": 2})"}) {
    Json v;
    EXPECT_FALSE(claims::parse_json_fast(text, v)) << text;
  }
  // Rejected by nlohmann: must be rejected here too.
  for (const char* text : {"", " ", "01", "-", "-a", "+1", "tru", "nul", "[1,]", "{\"a\":1,}",
                           "{\"a\" 1}", "1 2", "\"\\x\"", "\"a", "\"\x01\"", "\"\xC0\x80\"",
                           "\"\xED\xA0\x80\"", "\"\xF4\x90\x80\x80\"", "\"\xE0\x80\x80\"",
                           "\"\xC3\"", "\"\\uDC00\"", "\"\\uD800\"", "\"\\uD800\\u0041\"",
                           "\"\\u12G4\"", "[", "{", "{1:2}", "[}", "{]"}) {
    Json v;
    EXPECT_FALSE(claims::parse_json_fast(text, v)) << text;
    EXPECT_TRUE(Json::parse(text, nullptr, false).is_discarded()) << text;
  }
}
