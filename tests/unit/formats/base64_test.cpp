#include "formats/base64.h"

#include <gtest/gtest.h>

#include <string>

using claims::base64_decode;

TEST(Base64, DecodesWithAndWithoutPadding) {
  EXPECT_EQ(*base64_decode("JVBERi0="), "%PDF-");
  EXPECT_EQ(*base64_decode("JVBERi0"), "%PDF-");
  EXPECT_EQ(*base64_decode(""), "");
  EXPECT_FALSE(base64_decode("JV$E"));
  EXPECT_FALSE(base64_decode("J"));
  EXPECT_FALSE(base64_decode("JVBERi1="));  // non-zero leftover bits
}

TEST(Base64, WholeAlphabetAndBinaryBytes) {
  EXPECT_EQ(*base64_decode("+/+/"), "\xFB\xFF\xBF");
  EXPECT_EQ(*base64_decode("AAEC"), std::string("\x00\x01\x02", 3));
  EXPECT_EQ(*base64_decode("iVBORw0KGgo="), "\x89PNG\r\n\x1A\n");
  EXPECT_EQ(*base64_decode("R0lGODlh"), "GIF89a");
}

TEST(Base64, RefusesWhatNoEncoderWrites) {
  EXPECT_FALSE(base64_decode("JVBERi0=="));   // too much padding
  EXPECT_FALSE(base64_decode("JV=BERi0"));    // padding inside
  EXPECT_FALSE(base64_decode("JVBER"));       // one character over a quantum
  EXPECT_FALSE(base64_decode("JVBE Ri0="));   // a space
  EXPECT_FALSE(base64_decode("JVBERi0-"));    // URL-safe alphabet is not the standard one
  EXPECT_FALSE(base64_decode("JVBERi0x="));   // padding where none belongs
}
