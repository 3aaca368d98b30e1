#include "base/json.h"

#include "base/text.h"

namespace claims {

const char* json_type_name(const Json& v) {
  switch (v.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::object: return "an object";
    case Json::value_t::array: return "an array";
    case Json::value_t::string: return "a string";
    case Json::value_t::boolean: return "a boolean";
    case Json::value_t::binary: return "binary data";
    case Json::value_t::discarded: return "nothing";
    default: return "a number";
  }
}

std::string value_shown(const Json& v) {
  if (v.is_string()) return quote_value(v.get_ref<const std::string&>());
  if (v.is_structured()) return json_type_name(v);
  return cut_text(v.dump());
}

std::string not_an_object(std::string_view subject, const Json& value, std::string_view qualifier) {
  std::string text(subject);
  text += " must be an object";
  text += qualifier;
  text += ", not ";
  text += json_type_name(value);
  text += '.';
  return text;
}

}  // namespace claims
