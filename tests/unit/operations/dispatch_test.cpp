#include "claims/dispatch.h"

#include <gtest/gtest.h>

#include "call.h"

using claims::dispatch;
using claims::Json;
using claims::testing::call_text;

TEST(Dispatch, UnknownOperation) {
  EXPECT_EQ(dispatch("frobnicate", "{}"),
            R"({"ok":false,"error":{"code":"request.unknown_operation","path":"",)"
            R"("message":"Unknown operation \"frobnicate\"."}})");
}

TEST(Dispatch, MalformedJsonThenTheNextRequestWorks) {
  Json r = call_text("sniff_media_type", "{\"head\": ");
  EXPECT_EQ(r["ok"], false);
  EXPECT_EQ(r["error"]["code"], "request.invalid_json");
  EXPECT_EQ(r["error"]["path"], "");
  r = call_text("sniff_media_type", R"({"head": "JVBERi0xLjQ="})");
  EXPECT_EQ(r["result"]["media_type"], "application/pdf");
}

TEST(Dispatch, InvalidUtf8IsInvalidJson) {
  Json r = call_text("sniff_media_type", std::string("{\"head\": \"\xC3\x28\"}"));
  EXPECT_EQ(r["error"]["code"], "request.invalid_json");
}

TEST(Dispatch, NonObjectRequest) {
  Json r = call_text("sniff_media_type", "[1,2]");
  EXPECT_EQ(r["error"]["code"], "request.invalid");
}

TEST(Dispatch, DeepNestingIsTooLarge) {
  std::string deep = "{\"head\":" + std::string(65, '[') + std::string(65, ']') + "}";
  Json r = call_text("sniff_media_type", deep);
  EXPECT_EQ(r["error"]["code"], "request.too_large");
  // 64 levels in all (the request object is one) is still parsed.
  std::string ok = "{\"x\":" + std::string(63, '[') + std::string(63, ']') + ",\"head\":\"\"}";
  EXPECT_EQ(call_text("sniff_media_type", ok)["ok"], true);
}

TEST(Dispatch, ResponsesAreCompactWithoutTrailingNewline) {
  const std::string out = dispatch("sniff_media_type", R"({"head": "R0lGODlh"})");
  EXPECT_EQ(out, R"({"ok":true,"result":{"media_type":"image/gif","issues":[]}})");
}
