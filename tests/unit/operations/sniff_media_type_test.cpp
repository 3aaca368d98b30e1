#include <gtest/gtest.h>

#include <string>

#include "call.h"

using claims::Json;
using claims::testing::call;

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
