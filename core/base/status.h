// Request-level outcome: a value, or the error that makes the whole request fail
// (`ok: false` in the envelope of spec section 3). Modelled on draco's Status, StatusOr
// and their RETURN_IF_ERROR / ASSIGN_OR_RETURN.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace claims {

struct RequestError {
  std::string code;     // e.g. "request.invalid"
  std::string path;     // JSON Pointer into the request
  std::string message;  // a sentence naming the values
};

// Nothing to return but success, or the request's error.
class Status {
 public:
  Status() = default;                                        // success
  Status(RequestError error) : error_(std::move(error)) {}  // NOLINT: implicit on purpose
  bool ok() const { return !error_; }
  const RequestError& error() const { return *error_; }

 private:
  std::optional<RequestError> error_;
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

// RETURN_IF_ERROR(expr): when the Status or StatusOr `expr` holds an error, return it
// from the enclosing function (which returns a Status or a StatusOr).
#define RETURN_IF_ERROR(expr)                                   \
  do {                                                          \
    auto&& claims_status_ = (expr);                             \
    if (!claims_status_.ok()) return claims_status_.error();    \
  } while (false)

// ASSIGN_OR_RETURN(lhs, expr): `lhs = value of expr` when the StatusOr `expr` holds one,
// else return its error. `lhs` may declare a variable: ASSIGN_OR_RETURN(const Date d, ...).
#define ASSIGN_OR_RETURN(lhs, expr) \
  CLAIMS_ASSIGN_OR_RETURN_IMPL(CLAIMS_STATUS_CONCAT(claims_status_or_, __LINE__), lhs, expr)
#define CLAIMS_ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr) \
  auto tmp = (expr);                                 \
  if (!tmp.ok()) return tmp.error();                 \
  lhs = std::move(tmp).value()
#define CLAIMS_STATUS_CONCAT(a, b) CLAIMS_STATUS_CONCAT_INNER(a, b)
#define CLAIMS_STATUS_CONCAT_INNER(a, b) a##b
