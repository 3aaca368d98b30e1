// Test helper: run an operation through dispatch() and parse the envelope back.
//
// Every call also holds the two paths of an operation to the same bytes: the response is
// the general path's (dispatch_general), and when the operation's streamed path answers
// the request (dispatch_streamed), its bytes must be those, and dispatch() must give them.
#pragma once
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claims/dispatch.h"
#include "base/json.h"
#include "operations/operations.h"

namespace claims::testing {

// The response text to `text`, through every path of `op`.
inline std::string respond(const std::string& op, const std::string& text) {
  const std::string general = dispatch_general(op, text);
  if (const auto streamed = dispatch_streamed(op, text)) {
    EXPECT_EQ(*streamed, general) << "the streamed path of " << op << " differs";
    EXPECT_EQ(dispatch(op, text), general) << op;
  }
  // The operations that take a payload give the same bytes with their csv beside the
  // request as inside it.
  if (op == "import_claims_csv" || op == "import_decisions_csv") {
    Json request = Json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (request.is_object() && request.contains("csv") && request["csv"].is_string()) {
      const std::string csv = request["csv"].get<std::string>();
      request.erase("csv");
      EXPECT_EQ(dispatch(op, request.dump(), csv), general)
          << "the payload form of " << op << " differs";
    }
  }
  return general;
}

inline Json call(const std::string& op, const Json& request) {
  return Json::parse(respond(op, request.dump()));
}
inline Json call_text(const std::string& op, const std::string& text) {
  return Json::parse(respond(op, text));
}
// The result of a successful call (fails the test's expectations through at() otherwise).
inline Json result_of(const std::string& op, const Json& request) {
  Json response = call(op, request);
  if (!response.at("ok").get<bool>()) return Json{{"unexpected_error", response}};
  return response.at("result");
}
// Codes of the issues in an issues array, in order.
inline std::vector<std::string> codes(const Json& issues) {
  std::vector<std::string> out;
  for (const auto& i : issues) out.push_back(i.at("code").get<std::string>());
  return out;
}

// "code path" of each issue in an issues array, in order.
inline std::vector<std::string> codes_paths(const Json& issues) {
  std::vector<std::string> out;
  for (const auto& i : issues)
    out.push_back(i.at("code").get<std::string>() + " " + i.at("path").get<std::string>());
  return out;
}
// "code path" of the error of a call that must fail the request (ok: false).
inline std::string error_of(const std::string& op, const Json& request) {
  Json response = call(op, request);
  EXPECT_EQ(response.at("ok"), false) << response;
  if (!response.contains("error")) return "(no error)";
  return response["error"]["code"].get<std::string>() + " " +
         response["error"]["path"].get<std::string>();
}

}  // namespace claims::testing
