#include "formats/json_writer.h"

#include "formats/json_escapes.h"

namespace claims {

void append_json(std::string& out, const Json& value) {
  // What Json::dump() does, with `out` as the serializer's output instead of a new string.
  nlohmann::detail::serializer<Json> writer(
      nlohmann::detail::output_adapter<char, std::string>(out), ' ',
      Json::error_handler_t::replace);
  writer.dump(value, /*pretty_print=*/false, /*ensure_ascii=*/false, /*indent_step=*/0);
}

void append_json_string(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      // Non-ASCII text is rare in responses (quoted input values); let nlohmann write it,
      // so that its UTF-8 checks and replacement of invalid bytes stay exactly its own.
      out += Json(std::string(s)).dump(-1, ' ', false, Json::error_handler_t::replace);
      return;
    }
  }
  out += '"';
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (const char letter = kJsonEscapeLetters[u]) {
      out += '\\';
      out += letter;
    } else if (u <= 0x1F) {
      out += "\\u00";
      out += kHex[(u >> 4) & 0xF];
      out += kHex[u & 0xF];
    } else {
      out += c;
    }
  }
  out += '"';
}

void append_json_unsigned(std::string& out, std::size_t n) {
  char buf[24];
  std::size_t len = 0;
  do {
    buf[len++] = static_cast<char>('0' + n % 10);
    n /= 10;
  } while (n != 0);
  while (len > 0) out += buf[--len];
}

void append_issue(std::string& out, const Issue& issue) {
  append_issue_at(out, issue, issue.path);
}

void append_issue_at(std::string& out, const Issue& issue, std::string_view path) {
  out += issue.severity == Severity::error ? R"({"severity":"error","code":)"
                                           : R"({"severity":"warning","code":)";
  append_json_string(out, issue.code);
  out += R"(,"path":)";
  append_json_string(out, path);
  out += R"(,"message":)";
  append_json_string(out, issue.message);
  out += '}';
}

void append_issues(std::string& out, const Issues& issues) {
  out += '[';
  bool first = true;
  for (const Issue& issue : issues.list()) {
    if (!first) out += ',';
    first = false;
    append_issue(out, issue);
  }
  out += ']';
}

}  // namespace claims
