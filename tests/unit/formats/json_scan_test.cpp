#include "formats/json_scan.h"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

TEST(JsonScan, MembersAndItems) {
  std::vector<claims::ScannedMember> members;
  ASSERT_TRUE(claims::scan_object_members(R"( {"a" : [1, "]\"", {"b": "}"}], "c\"d": 2 } )",
                                          members));
  ASSERT_EQ(members.size(), 2u);
  EXPECT_EQ(members[0].key, R"("a")");
  EXPECT_EQ(members[0].value, R"([1, "]\"", {"b": "}"}])");
  EXPECT_EQ(members[1].key, R"("c\"d")");
  EXPECT_EQ(members[1].value, "2");
  std::vector<std::string_view> items;
  ASSERT_TRUE(claims::scan_array_items(members[0].value, 10, items));
  EXPECT_EQ(items, (std::vector<std::string_view>{"1", R"("]\"")", R"({"b": "}"})"}));
  EXPECT_FALSE(claims::scan_array_items(members[0].value, 2, items));  // over the limit
  EXPECT_TRUE(claims::scan_array_items("[ ]", 10, items));
  EXPECT_TRUE(items.empty());
  for (const char* bad : {"", "[1]", R"({"a":1,})", R"({"a" 1})", R"({"a":1} x)", R"({"a":"1})",
                          R"({"a":[1})", "{,}", R"({"a":})"})
    EXPECT_FALSE(claims::scan_object_members(bad, members)) << bad;
  for (const char* bad : {"[1,]", "[,1]", "[1 2]", "[1,,2]", "[[]", "[1"})
    EXPECT_FALSE(claims::scan_array_items(bad, 10, items)) << bad;
}

TEST(JsonShape, CountsWhatTheDomWouldHold) {
  const claims::JsonShape s =
      claims::scan_json_shape(R"({"a": [1, "x,y", {"b": "}"}], "c\"d": 2})", 64, 10);
  EXPECT_FALSE(s.too_deep);
  EXPECT_FALSE(s.long_array);
  EXPECT_EQ(s.containers, 3u);  // the object, the array, the inner object
  EXPECT_EQ(s.strings, 5u);     // "a", "x,y", "b", "}", "c\"d"
  EXPECT_EQ(s.separators, 3u);  // commas outside strings
  EXPECT_EQ(s.string_bytes, 1u + 3 + 1 + 1 + 4);
  EXPECT_EQ(s.dom_bytes(), 32u * 3 + 48 * 5 + 32 * (3 + 3) + 10);
}

TEST(JsonShape, StopsAtTheFirstLimitPassed) {
  EXPECT_TRUE(claims::scan_json_shape("[[[", 2, 10).too_deep);
  EXPECT_FALSE(claims::scan_json_shape("[[\"[[[\"]]", 2, 10).too_deep);  // in a string
  EXPECT_FALSE(claims::scan_json_shape("[[]][[]]", 2, 10).too_deep);
  // The path of the first array over the limit, keys decoded and escaped (RFC 6901).
  EXPECT_EQ(claims::scan_json_shape(R"({"a": {"b\/~": [0, [1,2,3,4]]}})", 64, 3).long_array,
            "/a/b~1~0/1");
  EXPECT_EQ(claims::scan_json_shape("[1,2,3]", 64, 3).long_array, std::nullopt);
  EXPECT_EQ(claims::scan_json_shape("[1,2,3,4]", 64, 3).long_array, "");
  // Commas of an object are not items.
  EXPECT_FALSE(claims::scan_json_shape(R"({"a":1,"b":2,"c":3,"d":4})", 64, 3).long_array);
}

TEST(JsonShape, MalformedTextIsScannedAsFarAsItGoes) {
  for (const char* text : {"]]]}}", "{\"a", "[1,2", "\"\\", ",,,,:::"}) {
    const claims::JsonShape s = claims::scan_json_shape(text, 64, 3);
    EXPECT_FALSE(s.too_deep) << text;
  }
  EXPECT_EQ(claims::scan_json_shape(",,,,", 64, 3).long_array, std::nullopt);  // no array open
}
