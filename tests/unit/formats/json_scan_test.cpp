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
