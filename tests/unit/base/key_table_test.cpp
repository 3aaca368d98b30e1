#include "base/key_table.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

using claims::KeyTable;

TEST(KeyTable, KeepsTheFirstValueOfEachKey) {
  KeyTable t;
  EXPECT_EQ(t.try_emplace("CLM-1", 0), (std::pair<std::uint32_t, bool>{0, true}));
  EXPECT_EQ(t.try_emplace("CLM-2", 1), (std::pair<std::uint32_t, bool>{1, true}));
  EXPECT_EQ(t.try_emplace("CLM-1", 2), (std::pair<std::uint32_t, bool>{0, false}));
  // Keys are bytes: a NUL inside one is part of it, and the empty key is a key.
  EXPECT_TRUE(t.try_emplace(std::string("adv\0A-1", 7), 3).second);
  EXPECT_TRUE(t.try_emplace(std::string("adv\0A-", 6), 4).second);
  EXPECT_FALSE(t.try_emplace(std::string("adv\0A-1", 7), 5).second);
  EXPECT_EQ(t.try_emplace("", 6), (std::pair<std::uint32_t, bool>{6, true}));
  EXPECT_EQ(t.try_emplace("", 7), (std::pair<std::uint32_t, bool>{6, false}));
  EXPECT_EQ(t.size(), 5u);
}

TEST(KeyTable, GrowsPastItsReserveAndForgetsNothing) {
  KeyTable t;
  t.reserve(10);
  for (std::uint32_t i = 0; i < 100000; ++i)
    ASSERT_TRUE(t.try_emplace("CLM-" + std::to_string(i), i).second) << i;
  for (std::uint32_t i = 0; i < 100000; ++i) {
    const auto [first, inserted] = t.try_emplace("CLM-" + std::to_string(i), 0);
    ASSERT_FALSE(inserted) << i;
    ASSERT_EQ(first, i);
  }
  EXPECT_EQ(t.size(), 100000u);
}

TEST(KeyTable, KeysLongerThanOneLengthByte) {
  KeyTable t;
  const std::string a(200, 'a'), b(20000, 'b');
  EXPECT_TRUE(t.try_emplace(a, 1).second);
  EXPECT_TRUE(t.try_emplace(b, 2).second);
  EXPECT_TRUE(t.try_emplace(a + "x", 3).second);
  EXPECT_EQ(t.try_emplace(a, 9), (std::pair<std::uint32_t, bool>{1, false}));
  EXPECT_EQ(t.try_emplace(b, 9), (std::pair<std::uint32_t, bool>{2, false}));
}
