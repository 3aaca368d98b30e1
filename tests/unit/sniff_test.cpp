#include "media_type.h"

#include <gtest/gtest.h>

#include "base64.h"
#include "call.h"

using claims::base64_decode;
using claims::Json;
using claims::sniff;
using claims::testing::call;

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

TEST(Base64, DecodesWithAndWithoutPadding) {
  EXPECT_EQ(*base64_decode("JVBERi0="), "%PDF-");
  EXPECT_EQ(*base64_decode("JVBERi0"), "%PDF-");
  EXPECT_EQ(*base64_decode(""), "");
  EXPECT_FALSE(base64_decode("JV$E"));
  EXPECT_FALSE(base64_decode("J"));
  EXPECT_FALSE(base64_decode("JVBERi1="));  // non-zero leftover bits
}

TEST(SniffMediaType, ThroughDispatch) {
  Json r = call("sniff_media_type", {{"head", "iVBORw0KGgo="}});
  EXPECT_EQ(r["result"]["media_type"], "image/png");
  r = call("sniff_media_type", {{"head", "not base64!"}});
  EXPECT_EQ(r["error"]["code"], "request.invalid");
  EXPECT_EQ(r["error"]["path"], "/head");
  r = call("sniff_media_type", Json::object());
  EXPECT_EQ(r["error"]["path"], "/head");
  r = call("sniff_media_type", {{"head", std::string(100, 'A')}});  // 75 bytes
  EXPECT_EQ(r["error"]["code"], "request.invalid");
}
