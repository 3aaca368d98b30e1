// Test helper: run an operation through dispatch() and parse the envelope back.
#pragma once
#include <string>

#include "claims/dispatch.h"
#include "base/json.h"

namespace claims::testing {

inline Json call(const std::string& op, const Json& request) {
  return Json::parse(dispatch(op, request.dump()));
}
inline Json call_text(const std::string& op, const std::string& text) {
  return Json::parse(dispatch(op, text));
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

}  // namespace claims::testing
