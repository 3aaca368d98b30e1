#include "formats/media_type.h"

#include <gtest/gtest.h>

#include <string>

using claims::sniff;

TEST(Sniff, MagicBytes) {
  EXPECT_STREQ(sniff("%PDF-1.7\n"), "application/pdf");
  EXPECT_STREQ(sniff(std::string("\x89PNG\r\n\x1A\n\0\0", 10)), "image/png");
  EXPECT_STREQ(sniff("\xFF\xD8\xFF\xE0"), "image/jpeg");
  EXPECT_STREQ(sniff("RIFF\x10\0\0\0WEBPVP8 "), "application/octet-stream");  // NUL cut it
  EXPECT_STREQ(sniff(std::string("RIFF\x10\0\0\0WEBPVP8 ", 16)), "image/webp");
  EXPECT_STREQ(sniff(std::string("RIFF\x10\0\0\0WAVE", 12)), "application/octet-stream");
  EXPECT_STREQ(sniff("GIF87a"), "image/gif");
  EXPECT_STREQ(sniff("GIF89a"), "image/gif");
  EXPECT_STREQ(sniff("GIF90a"), "application/octet-stream");
  EXPECT_STREQ(sniff("%PDF"), "application/octet-stream");
  EXPECT_STREQ(sniff(""), "application/octet-stream");
}
