#include "formats/package_json.h"

#include "formats/json_escapes.h"
#include "formats/json_writer.h"

namespace claims {

namespace {

constexpr char kHex[] = "0123456789abcdef";

void append_unicode_escape(std::string& out, unsigned code) {
  out += "\\u00";
  out += kHex[(code >> 4) & 0xF];
  out += kHex[code & 0xF];
}

}  // namespace

void append_package_json_string(std::string& out, std::string_view s) {
  out += '"';
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto u = static_cast<unsigned char>(s[i]);
    if (const char letter = kJsonEscapeLetters[u]) {
      out += '\\';
      out += letter;
    } else if (u <= 0x1F || u == 0x7F) {
      append_unicode_escape(out, u);
    } else if (u == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(s[i + 1]) <= 0x9F) {
      // U+0080-U+009F (C1 controls) are C2 80 .. C2 9F in UTF-8.
      append_unicode_escape(out, static_cast<unsigned char>(s[i + 1]));
      ++i;
    } else {
      out += s[i];
    }
  }
  out += '"';
}

void append_package_json(std::string& out, const Json& value) {
  switch (value.type()) {
    case Json::value_t::object: {
      out += '{';
      bool first = true;
      for (const auto& [key, member] : value.items()) {
        if (!first) out += ',';
        first = false;
        append_package_json_string(out, key);
        out += ':';
        append_package_json(out, member);
      }
      out += '}';
      return;
    }
    case Json::value_t::array: {
      out += '[';
      bool first = true;
      for (const Json& item : value) {
        if (!first) out += ',';
        first = false;
        append_package_json(out, item);
      }
      out += ']';
      return;
    }
    case Json::value_t::string:
      append_package_json_string(out, value.get_ref<const std::string&>());
      return;
    default:
      // Numbers (integers in plain decimal), booleans and null as nlohmann writes them.
      append_json(out, value);
      return;
  }
}

}  // namespace claims
