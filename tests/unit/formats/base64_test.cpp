#include "formats/base64.h"

#include <gtest/gtest.h>

using claims::base64_decode;

TEST(Base64, DecodesWithAndWithoutPadding) {
  EXPECT_EQ(*base64_decode("JVBERi0="), "%PDF-");
  EXPECT_EQ(*base64_decode("JVBERi0"), "%PDF-");
  EXPECT_EQ(*base64_decode(""), "");
  EXPECT_FALSE(base64_decode("JV$E"));
  EXPECT_FALSE(base64_decode("J"));
  EXPECT_FALSE(base64_decode("JVBERi1="));  // non-zero leftover bits
}
