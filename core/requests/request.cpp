#include "requests/request.h"

#include "base/text.h"
#include "requests/fields.h"

namespace claims {

namespace {
RequestError missing(const Path& member) {
  return invalid_request(member.str(), member.dotted() + " is required.");
}

// The member `key` of `obj`: nullptr when absent or null; `missing` when required.
StatusOr<const Json*> find_member(const Json& obj, std::string_view key, bool required,
                                  const Path& at) {
  const Json* v = FieldReader::find(obj, key);
  if (!v && required) return missing(at / key);
  return v;
}
}  // namespace

RequestError wrong_member_type(const Path& member, const char* want, const Json& got) {
  return invalid_request(member.str(), wrong_type_message(member.dotted(), want, got));
}

StatusOr<Date> read_as_of(const Json& obj, const Path& at) {
  const Path member = at / "as_of";
  ASSIGN_OR_RETURN(const Json* v, find_member(obj, "as_of", true, at));
  if (!v->is_string()) return wrong_member_type(member, "a date string (YYYY-MM-DD)", *v);
  const auto& s = v->get_ref<const std::string&>();
  auto d = parse_date(s);
  if (!d) return invalid_request(member.str(), invalid_date_message(member.dotted(), s));
  return *d;
}

StatusOr<const Json*> read_object(const Json& obj, std::string_view key, bool required,
                                  const Path& at) {
  ASSIGN_OR_RETURN(const Json* v, find_member(obj, key, required, at));
  if (v && !v->is_object()) return wrong_member_type(at / key, "an object", *v);
  return v;
}

StatusOr<const Json*> read_array(const Json& obj, std::string_view key, bool required,
                                 const Path& at) {
  ASSIGN_OR_RETURN(const Json* v, find_member(obj, key, required, at));
  if (v && !v->is_array()) return wrong_member_type(at / key, "an array", *v);
  return v;
}

StatusOr<const std::string*> read_string(const Json& obj, std::string_view key,
                                         const Path& at) {
  ASSIGN_OR_RETURN(const std::string* s, read_optional_string(obj, key, at));
  if (!s) return missing(at / key);
  return s;
}

StatusOr<const std::string*> read_optional_string(const Json& obj, std::string_view key,
                                                  const Path& at) {
  ASSIGN_OR_RETURN(const Json* v, find_member(obj, key, false, at));
  if (!v) return static_cast<const std::string*>(nullptr);
  if (!v->is_string()) return wrong_member_type(at / key, "a string", *v);
  return &v->get_ref<const std::string&>();
}

StatusOr<bool> read_bool(const Json& obj, std::string_view key, bool absent, const Path& at) {
  ASSIGN_OR_RETURN(const Json* v, find_member(obj, key, false, at));
  if (!v) return absent;
  if (!v->is_boolean()) return wrong_member_type(at / key, "true or false", *v);
  return v->get<bool>();
}

}  // namespace claims
