// Reading members of request objects without throwing: each problem becomes an issue
// with the right code and path, and the caller gets nullopt.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "base/issues.h"
#include "base/json.h"
#include "base/path.h"
#include "values/calendar.h"

namespace claims {

// The codes a reader reports with, which depend on where the object sits: a claim
// reports claim.invalid / claim.required, a contract contract.invalid, and so on.
struct FieldReader {
  Issues& issues;
  const char* invalid_code;
  const char* required_code;

  // The member, or nullptr when absent or null (null is the same as absent).
  static const Json* find(const Json& obj, std::string_view key);

  // Required members report `required_code` when absent, null or empty.
  std::optional<std::string> string(const Json& obj, std::string_view key, const Path& at,
                                    bool required) const;
  // Identifier: non-empty, <= 64 scalars, no control characters.
  std::optional<std::string> identifier(const Json& obj, std::string_view key, const Path& at,
                                        bool required) const;
  // Free text: text.too_long / text.invalid. Empty is allowed (absent-equivalent to callers).
  std::optional<std::string> text(const Json& obj, std::string_view key, const Path& at,
                                  bool required) const;
  // Date: wrong JSON type is invalid_code; a string that is no date is date.invalid.
  std::optional<Date> date(const Json& obj, std::string_view key, const Path& at,
                           bool required) const;
  std::optional<long long> integer(const Json& obj, std::string_view key, const Path& at,
                                   bool required, long long min, long long max) const;
  std::optional<bool> boolean(const Json& obj, std::string_view key, const Path& at,
                              bool required) const;
  // One of `choices` (a null-terminated list). Unknown values report invalid_code.
  std::optional<std::string> choice(const Json& obj, std::string_view key, const Path& at,
                                    bool required, const char* const* choices) const;

  void required_missing(std::string_view key, const Path& at) const;

  // The member when present and of the wanted JSON type (`is_type`, e.g. &Json::is_string,
  // described as `want` in the message); nullptr otherwise, the issue raised (absent and
  // required, or of another type).
  const Json* typed(const Json& obj, std::string_view key, const Path& at, bool required,
                    bool (Json::*is_type)() const noexcept, const char* want) const;
};

// A computed date for a result: its ISO text, or null when undefined (spec section 3).
Json date_or_null(const std::optional<Date>& d);

// Checks a free-text value against the text rules; false (with an issue) when it fails.
bool check_text(std::string_view value, const Path& at, Issues& issues);

// "<key> must be <want>, not <got's type>."
std::string wrong_type_message(std::string_view key, const char* want, const Json& got);
// "<name> "<text>" is not a valid date (YYYY-MM-DD, an existing day, years 1970-2199)."
std::string invalid_date_message(std::string_view name, std::string_view text);

}  // namespace claims
