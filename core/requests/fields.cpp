#include "requests/fields.h"

#include "base/text.h"

namespace claims {

Json date_or_null(const std::optional<Date>& d) { return d ? Json(d->iso()) : Json(nullptr); }

std::string invalid_date_message(std::string_view name, std::string_view text) {
  return std::string(name) + " " + quote_value(text) + " is not a valid date (" + date_rule() +
         ").";
}

const Json* FieldReader::find(const Json& obj, std::string_view key) {
  if (!obj.is_object()) return nullptr;
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return nullptr;
  return &*it;
}

void FieldReader::required_missing(std::string_view key, const Path& at) const {
  issues.error(required_code, at, std::string(key) + " is required.");
}

std::string wrong_type_message(std::string_view key, const char* want, const Json& got) {
  // A number where another number was wanted (75.0 for a whole number) is named by its
  // value: "not a number" would read as if it were none.
  const bool number_wanted = std::string_view(want).find("number") != std::string_view::npos;
  const std::string given = !got.is_number() ? json_type_name(got)
                            : number_wanted  ? cut_text(got.dump())
                                             : json_type_name(got);
  return std::string(key) + " must be " + want + ", not " + given + ".";
}

const Json* FieldReader::typed(const Json& obj, std::string_view key, const Path& at,
                               bool required, bool (Json::*is_type)() const noexcept,
                               const char* want) const {
  const Json* v = find(obj, key);
  if (!v) {
    if (required) required_missing(key, at);
    return nullptr;
  }
  if (!(v->*is_type)()) {
    issues.error(invalid_code, at, wrong_type_message(key, want, *v));
    return nullptr;
  }
  return v;
}

std::optional<std::string> FieldReader::string(const Json& obj, std::string_view key,
                                               const Path& at, bool required) const {
  const Json* v = typed(obj, key, at, required, &Json::is_string, "a string");
  if (!v) return std::nullopt;
  const auto& s = v->get_ref<const std::string&>();
  if (s.empty() && required) {
    required_missing(key, at);
    return std::nullopt;
  }
  return s;
}

std::optional<std::string> FieldReader::identifier(const Json& obj, std::string_view key,
                                                   const Path& at, bool required) const {
  auto s = string(obj, key, at, required);
  if (!s) return s;
  if (s->empty()) {
    issues.error(invalid_code, at, std::string(key) + " must not be empty.");
    return std::nullopt;
  }
  if (scalar_count(*s) > kMaxIdentifierScalars) {
    issues.error(invalid_code, at,
                 std::string(key) + " " + quote_value(*s) + " is longer than " +
                     std::to_string(kMaxIdentifierScalars) + " characters (" +
                     std::to_string(scalar_count(*s)) + ").");
    return std::nullopt;
  }
  if (has_any_control(*s)) {
    issues.error(invalid_code, at,
                 std::string(key) + " " + quote_value(*s) + " contains a control character.");
    return std::nullopt;
  }
  return s;
}

bool check_text(std::string_view value, const Path& at, Issues& issues) {
  const std::size_t n = scalar_count(value);
  if (n > kMaxTextScalars) {
    issues.error("text.too_long", at,
                 "Text is " + std::to_string(n) + " characters long; at most " +
                     std::to_string(kMaxTextScalars) + " are allowed.");
    return false;
  }
  if (has_forbidden_control(value)) {
    issues.error("text.invalid", at,
                 "Text contains a control character other than tab, line feed or carriage "
                 "return.");
    return false;
  }
  return true;
}

std::optional<std::string> FieldReader::text(const Json& obj, std::string_view key,
                                             const Path& at, bool required) const {
  auto s = string(obj, key, at, required);
  if (!s) return s;
  if (!check_text(*s, at, issues)) return std::nullopt;
  return s;
}

std::optional<Date> FieldReader::date(const Json& obj, std::string_view key, const Path& at,
                                      bool required) const {
  auto s = string(obj, key, at, required);
  if (!s) return std::nullopt;
  auto d = parse_date(*s);
  if (!d) issues.error("date.invalid", at, invalid_date_message(key, *s));
  return d;
}

std::optional<long long> FieldReader::integer(const Json& obj, std::string_view key,
                                              const Path& at, bool required, long long min,
                                              long long max) const {
  const Json* v = typed(obj, key, at, required, &Json::is_number_integer, "a whole number");
  if (!v) return std::nullopt;
  // Unsigned values above INT64_MAX cannot be in range; compare without overflow.
  if (v->is_number_unsigned() && v->get<unsigned long long>() > (unsigned long long)max) {
    issues.error(invalid_code, at,
                 std::string(key) + " is " + v->dump() + "; it must be from " +
                     std::to_string(min) + " to " + std::to_string(max) + ".");
    return std::nullopt;
  }
  const long long n = v->get<long long>();
  if (n < min || n > max) {
    issues.error(invalid_code, at,
                 std::string(key) + " is " + std::to_string(n) + "; it must be from " +
                     std::to_string(min) + " to " + std::to_string(max) + ".");
    return std::nullopt;
  }
  return n;
}

std::optional<bool> FieldReader::boolean(const Json& obj, std::string_view key, const Path& at,
                                          bool required) const {
  const Json* v = typed(obj, key, at, required, &Json::is_boolean, "true or false");
  if (!v) return std::nullopt;
  return v->get<bool>();
}

std::optional<std::string> FieldReader::choice(const Json& obj, std::string_view key,
                                               const Path& at, bool required,
                                               const char* const* choices) const {
  auto s = string(obj, key, at, required);
  if (!s) return s;
  std::string list;
  for (const char* const* c = choices; *c; ++c) {
    if (*s == *c) return s;
    if (!list.empty()) list += ", ";
    list += *c;
  }
  issues.error(invalid_code, at,
               std::string(key) + " " + quote_value(*s) + " is not one of: " + list + ".");
  return std::nullopt;
}

}  // namespace claims
