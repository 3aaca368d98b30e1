#include "requests/request.h"

#include "base/path.h"
#include "base/text.h"
#include "requests/fields.h"

namespace claims {

namespace {
RequestError missing(std::string_view key) {
  return invalid_request((Path() / key).str(), std::string(key) + " is required.");
}
RequestError wrong(std::string_view key, const char* want, const Json& got) {
  return invalid_request((Path() / key).str(), std::string(key) + " must be " + want +
                                                   ", not " + json_type_name(got) + ".");
}
}  // namespace

StatusOr<Date> read_as_of(const Json& request) {
  const Json* v = FieldReader::find(request, "as_of");
  if (!v) return missing("as_of");
  if (!v->is_string()) return wrong("as_of", "a date string (YYYY-MM-DD)", *v);
  const auto& s = v->get_ref<const std::string&>();
  auto d = parse_date(s);
  if (!d) {
    return invalid_request("/as_of", "as_of " + quote_value(s) +
                                         " is not a valid date (YYYY-MM-DD, an existing day, "
                                         "years 1970-2199).");
  }
  return *d;
}

StatusOr<const Json*> read_object(const Json& request, std::string_view key, bool required) {
  const Json* v = FieldReader::find(request, key);
  if (!v) {
    if (required) return missing(key);
    return static_cast<const Json*>(nullptr);
  }
  if (!v->is_object()) return wrong(key, "an object", *v);
  return v;
}

StatusOr<const Json*> read_array(const Json& request, std::string_view key, bool required) {
  const Json* v = FieldReader::find(request, key);
  if (!v) {
    if (required) return missing(key);
    return static_cast<const Json*>(nullptr);
  }
  if (!v->is_array()) return wrong(key, "an array", *v);
  return v;
}

StatusOr<const Json*> read_string(const Json& request, std::string_view key) {
  const Json* v = FieldReader::find(request, key);
  if (!v) return missing(key);
  if (!v->is_string()) return wrong(key, "a string", *v);
  return v;
}

}  // namespace claims
