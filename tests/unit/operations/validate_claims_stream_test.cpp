// The streamed path of validate_claims (validate_claims.cpp, json_scan.cpp,
// json_fast_parse.cpp, claims_validation.cpp) against the whole-document path it must
// match byte for byte, and the request-level errors it must leave to the general path.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "operations/operations.h"
#include "call.h"

using claims::Json;
using claims::testing::call_text;
using claims::testing::codes;

namespace {

// The streamed path's response, which must be there (the test fails when it declined),
// and the general path's.
void expect_streamed_equals_general(const std::string& text) {
  const std::optional<std::string> streamed = claims::dispatch_streamed("validate_claims", text);
  ASSERT_TRUE(streamed.has_value()) << "the streamed path declined: " << text.substr(0, 300);
  EXPECT_EQ(*streamed, claims::dispatch_general("validate_claims", text)) << text;
  EXPECT_EQ(Json::parse(*streamed)["ok"], true);
}

const char* kClaim1 = R"({"id": "CLM-1", "publisher": {"id": "pub-42"},
  "advertiser": {"id": "adv-7", "name": "Acme"}, "member_ref": "m-1", "reason": "untracked",
  "filed_on": "2026-02-20",
  "order": {"id": "A-1", "date": "2026-02-01", "amount": "120.00", "currency": "EUR",
            "items": [{"sku": "S", "quantity": 2, "subtotal": "130.00"}]},
  "attachments": [{"name": "c.pdf", "media_type": "application/pdf", "size": 10,
                   "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}]})";
const char* kClaim2 = R"({"id": "CLM-2", "publisher": {"id": "pub-42"},
  "advertiser": {"id": "adv-7"}, "member_ref": "m-2", "reason": "untracked",
  "filed_on": "2026-02-20",
  "order": {"id": "A-9", "date": "2026-02-01", "amount": "12.00", "currency": "EUR",
            "promo_code": "WELCOME10"},
  "attachments": [{"name": "caf\u00e9 \"q\".png", "media_type": "image/gif", "size": 20000000,
                   "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}]})";

std::string request_text(const std::string& claims, const std::string& tail = "") {
  return R"({"as_of": "2026-03-01", "policy": {"promo_codes": {"allowed": ["P10"]}}, "claims": )" +
         claims + tail + "}";
}

TEST(ValidateClaimsStream, SameBytesAsTheWholeDocumentPath) {
  const std::vector<std::string> texts = {
      request_text("[]"),
      request_text(std::string("[") + kClaim1 + "," + kClaim2 + "," + kClaim1 + "]"),
      // Claims that are no objects, nulls, nested arrays, numbers of every kind (floats
      // and huge integers are nlohmann's to parse), a repeated key in a claim (last wins).
      request_text(R"([1, -0, 1.5e3, 18446744073709551616, -9223372036854775809, "x", null,
                       [[]], {"id": "A", "id": "B"}, {"id": 2.0}, true, false, {}])"),
      // Escapes, non-ASCII, control characters escaped in the echo.
      request_text(R"([{"id": "CL\u004d-\/1\t", "member_ref": "m\u00e9", "comment": "\ud83d\ude00",
                       "order": {"id": "caf\u00e9", "promo_code": "caf\u00e9 \u0001"}}])"),
      // Whitespace everywhere the grammar allows it.
      std::string(" \r\n\t{ \"claims\" : [ ") + kClaim1 + " , " + kClaim2 +
          " ] , \"as_of\" : \"2026-03-01\" } \n",
      // Policy issues are the top-level issues.
      R"({"as_of": "2026-03-01", "policy": {"max_age_days": -1, "media_types": 3}, "claims": [{}]})",
  };
  for (const std::string& text : texts) expect_streamed_equals_general(text);
}

TEST(ValidateClaimsStream, KnownOrdersAfterTheClaimsStillCount) {
  const std::string text = std::string(R"({"claims": [)") + kClaim1 +
                           R"(], "as_of": "2026-03-01", "known_orders": [{"advertiser_id": "adv-7", "order_id": "A-1"}]})";
  const Json response = Json::parse(claims::dispatch("validate_claims", text));
  EXPECT_EQ(codes(response["result"]["claims"][0]["issues"]),
            (std::vector<std::string>{"order.duplicate", "items.exceed_order"}));
  EXPECT_EQ(response["result"]["claims"][0]["issues"][0]["path"], "/claims/0/order/id");
  expect_streamed_equals_general(text);
}

TEST(ValidateClaimsStream, MalformedClaimInTheMiddleIsInvalidJson) {
  // The third claim misses a closing quote; the two before it must not leak out.
  const std::string text = request_text(std::string("[") + kClaim1 + "," + kClaim2 +
                                        R"(, {"id": "CLM-3}])");
  EXPECT_FALSE(claims::dispatch_streamed("validate_claims", text).has_value());
  const Json response = call_text("validate_claims", text);
  EXPECT_EQ(response["ok"], false);
  EXPECT_EQ(response["error"]["code"], "request.invalid_json");
  EXPECT_NE(response["error"]["message"].get<std::string>().find("parse error at line 13, column 117: syntax error while parsing value - invalid string: missing closing quote"),
            std::string::npos)
      << response.dump();
}

TEST(ValidateClaimsStream, InvalidUtf8InAClaimIsInvalidJson) {
  const std::string text = request_text(std::string("[") + kClaim1 + R"(, {"id": "\xC0\x80"}])");
  const Json response = call_text("validate_claims", text);
  EXPECT_EQ(response["error"]["code"], "request.invalid_json");
}

TEST(ValidateClaimsStream, InvalidJsonWinsOverAnInvalidAsOf) {
  const std::string text = R"({"as_of": "2026-02-30", "claims": [{"id": "A"}, {"id": }]})";
  const Json response = call_text("validate_claims", text);
  EXPECT_EQ(response["error"]["code"], "request.invalid_json");
}

TEST(ValidateClaimsStream, RequestErrorsKeepTheirOrder) {
  // as_of is checked before claims, claims before known_orders.
  Json response = call_text("validate_claims", R"({"claims": 3, "as_of": "x", "known_orders": 1})");
  EXPECT_EQ(response["error"]["path"], "/as_of");
  response = call_text("validate_claims", R"({"known_orders": 1, "claims": 3, "as_of": "2026-01-01"})");
  EXPECT_EQ(response["error"]["path"], "/claims");
  response = call_text("validate_claims",
                       R"({"claims": [{"id": "A"}], "as_of": "2026-01-01", "known_orders": [{"advertiser_id": "a"}]})");
  EXPECT_EQ(response["error"]["path"], "/known_orders/0/order_id");
}

TEST(ValidateClaimsStream, RepeatedTopLevelMemberTakesTheLastOne) {
  // The DOM keeps the last value of a repeated key; the streaming path leaves this to it.
  const std::string text = std::string(R"({"as_of": "2026-03-01", "claims": [1, 2], "claims": [)") +
                           kClaim1 + "]}";
  EXPECT_FALSE(claims::dispatch_streamed("validate_claims", text).has_value());
  const Json response = call_text("validate_claims", text);
  EXPECT_EQ(response["result"]["summary"]["total"], 1);
  EXPECT_EQ(response["result"]["claims"][0]["id"], "CLM-1");
}

TEST(ValidateClaimsStream, NestingInsideAClaimIsTooLarge) {
  std::string deep(70, '[');
  deep += std::string(70, ']');
  const Json response =
      call_text("validate_claims", request_text(std::string("[") + kClaim1 + ", " + deep + "]"));
  EXPECT_EQ(response["error"]["code"], "request.too_large");
  EXPECT_EQ(response["error"]["path"], "");
}

TEST(ValidateClaimsStream, OversizedArrayInsideAClaimIsTooLarge) {
  std::string items = "[0";
  for (int i = 0; i < 1000000; ++i) items += ",0";
  items += "]";
  const std::string text = request_text(std::string("[") + kClaim1 + R"(, {"order": {"items": )" +
                                        items + "}}]");
  const Json response = call_text("validate_claims", text);
  EXPECT_EQ(response["error"]["code"], "request.too_large");
  EXPECT_EQ(response["error"]["path"], "/claims/1/order/items");
}

TEST(ValidateClaimsStream, ByteOrderMarkAndTrailingTextGoTheGeneralWay) {
  const std::string body = request_text(std::string("[") + kClaim1 + "]");
  EXPECT_FALSE(claims::dispatch_streamed("validate_claims", "\xEF\xBB\xBF" + body).has_value());
  EXPECT_EQ(call_text("validate_claims", "\xEF\xBB\xBF" + body)["ok"], true);
  EXPECT_EQ(call_text("validate_claims", body + " x")["error"]["code"], "request.invalid_json");
  EXPECT_EQ(call_text("validate_claims", body + ",")["error"]["code"], "request.invalid_json");
}

}  // namespace
