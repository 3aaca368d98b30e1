// Request-level outcome: a value, or the error that makes the whole request fail
// (`ok: false` in the envelope of spec section 3). Modelled on draco's StatusOr.
#pragma once
#include <string>
#include <utility>
#include <variant>

namespace claims {

struct RequestError {
  std::string code;     // e.g. "request.invalid"
  std::string path;     // JSON Pointer into the request
  std::string message;  // a sentence naming the values
};

template <class T>
class StatusOr {
 public:
  StatusOr(T value) : v_(std::move(value)) {}              // NOLINT: implicit on purpose
  StatusOr(RequestError error) : v_(std::move(error)) {}   // NOLINT
  bool ok() const { return v_.index() == 0; }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  const RequestError& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, RequestError> v_;
};

inline RequestError invalid_request(std::string path, std::string message) {
  return {"request.invalid", std::move(path), std::move(message)};
}

}  // namespace claims
