#include "claims/dispatch.h"

#include <gtest/gtest.h>

#include "operations/envelope.h"
#include "call.h"

using claims::dispatch;
using claims::Json;
using claims::testing::call;
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

TEST(Dispatch, AnUnknownOperationIsQuotedAsEveryValueIs) {
  const std::string name(100, 'x');
  const Json r = Json::parse(dispatch(name, "{}"));
  EXPECT_EQ(r["error"]["message"], "Unknown operation \"" + std::string(64, 'x') + "...\".");
}

TEST(Dispatch, LimitsAreNamedInTheirMessages) {
  Json r = call_text("sniff_media_type", std::string(65, '[') + std::string(65, ']'));
  EXPECT_EQ(r["error"]["message"], "The request nests arrays or objects deeper than 64 levels.");
  std::string head;  // base64 of 67 bytes: 22 times "AAA", then "A"
  for (int i = 0; i < 22; ++i) head += "QUFB";
  r = call("sniff_media_type", {{"head", head + "QQ=="}});
  EXPECT_EQ(r["error"]["message"],
            "head holds 67 bytes; send at most the first 64 bytes of the file.");
}

// The envelope is written in one place (operations/envelope.h) for every path and error.
TEST(Dispatch, ErrorEnvelopeAsNlohmannWouldWriteIt) {
  const claims::RequestError e{"request.invalid", "/a~1b", "caf\xC3\xA9 \"x\"\n\xC3"};
  Json j = Json::object();
  j["ok"] = false;
  j["error"] = {{"code", e.code}, {"path", e.path}, {"message", e.message}};
  EXPECT_EQ(claims::error_envelope(e), j.dump(-1, ' ', false, Json::error_handler_t::replace));
  std::string ok;
  claims::open_ok_envelope(ok);
  ok += "{}";
  claims::close_ok_envelope(ok);
  EXPECT_EQ(ok, R"({"ok":true,"result":{}})");
}
