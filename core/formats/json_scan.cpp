#include "formats/json_scan.h"

#include <cstring>

#include "base/json.h"
#include "base/path.h"

namespace claims {

namespace {

constexpr std::size_t kFail = std::string_view::npos;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::size_t skip_space(std::string_view s, std::size_t i) {
  while (i < s.size() && is_space(s[i])) ++i;
  return i;
}

// `i` is just after an opening quote; returns the index after the closing one.
std::size_t string_end(std::string_view s, std::size_t i) {
  const char* const data = s.data();
  const std::size_t n = s.size();
  while (i < n) {
    // memchr runs far faster than a byte loop over long strings (comments, messages).
    const void* q = std::memchr(data + i, '"', n - i);
    if (!q) return kFail;
    const std::size_t quote = static_cast<std::size_t>(static_cast<const char*>(q) - data);
    // The quote closes the string unless an odd number of backslashes precede it.
    std::size_t backslashes = 0;
    while (quote - backslashes > i && data[quote - backslashes - 1] == '\\') ++backslashes;
    if (backslashes % 2 == 0) return quote + 1;
    i = quote + 1;
  }
  return kFail;
}

// `i` is at the first byte of a value; returns the index just after the value. Brackets
// are only counted, not matched by kind: the parser of the piece rejects "[}".
std::size_t value_end(std::string_view s, std::size_t i) {
  const std::size_t n = s.size();
  if (i >= n) return kFail;
  const char first = s[i];
  if (first == '"') return string_end(s, i + 1);
  if (first == '{' || first == '[') {
    int depth = 0;
    while (i < n) {
      const char c = s[i];
      if (c == '"') {
        i = string_end(s, i + 1);
        if (i == kFail) return kFail;
        continue;
      }
      if (c == '{' || c == '[') {
        ++depth;
      } else if (c == '}' || c == ']') {
        if (--depth == 0) return i + 1;
      }
      ++i;
    }
    return kFail;
  }
  // A literal or a number: up to the next delimiter.
  const std::size_t start = i;
  while (i < n) {
    const char c = s[i];
    if (c == ',' || c == ']' || c == '}' || is_space(c)) break;
    ++i;
  }
  return i == start ? kFail : i;
}

}  // namespace

bool scan_object_members(std::string_view text, std::vector<ScannedMember>& members) {
  members.clear();
  std::size_t i = skip_space(text, 0);
  if (i >= text.size() || text[i] != '{') return false;
  i = skip_space(text, i + 1);
  if (i < text.size() && text[i] == '}') {
    i = skip_space(text, i + 1);
    return i == text.size();
  }
  while (true) {
    if (i >= text.size() || text[i] != '"') return false;
    const std::size_t key_end = string_end(text, i + 1);
    if (key_end == kFail) return false;
    const std::string_view key = text.substr(i, key_end - i);
    i = skip_space(text, key_end);
    if (i >= text.size() || text[i] != ':') return false;
    i = skip_space(text, i + 1);
    const std::size_t end = value_end(text, i);
    if (end == kFail) return false;
    members.push_back({key, text.substr(i, end - i)});
    i = skip_space(text, end);
    if (i >= text.size()) return false;
    if (text[i] == '}') break;
    if (text[i] != ',') return false;
    i = skip_space(text, i + 1);
  }
  return skip_space(text, i + 1) == text.size();
}

bool scan_array_items(std::string_view array_text, std::size_t max_items,
                      std::vector<std::string_view>& items) {
  items.clear();
  const std::string_view s = array_text;
  if (s.empty() || s.front() != '[' || s.back() != ']') return false;
  std::size_t i = skip_space(s, 1);
  if (i == s.size() - 1) return true;  // []
  while (true) {
    const std::size_t end = value_end(s, i);
    if (end == kFail || end > s.size() - 1) return false;
    if (items.size() == max_items) return false;
    items.push_back(s.substr(i, end - i));
    i = skip_space(s, end);
    if (i == s.size() - 1) return s[i] == ']';
    if (i >= s.size() || s[i] != ',') return false;
    i = skip_space(s, i + 1);
  }
}

namespace {

// One open object or array of scan_json_shape().
struct OpenValue {
  bool array = false;
  std::size_t commas = 0;      // the index of the current item, in an array
  std::string_view last_string;  // the last string token (quotes included) at this level
  std::string_view key;          // the current member's key token, in an object
};

// A key token (quotes included) as the member name it stands for.
std::string key_name(std::string_view token) {
  if (token.size() < 2) return std::string();  // no key seen (malformed text)
  if (token.find('\\') == std::string_view::npos) return std::string(token.substr(1, token.size() - 2));
  const Json decoded = Json::parse(token, nullptr, /*allow_exceptions=*/false);
  return decoded.is_string() ? decoded.get<std::string>() : std::string(token);
}

}  // namespace

JsonShape scan_json_shape(std::string_view text, int max_depth, std::size_t max_items) {
  JsonShape shape;
  std::vector<OpenValue> open(static_cast<std::size_t>(max_depth) + 1);  // [0]: the root
  std::size_t depth = 0;
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n; ++i) {
    switch (text[i]) {
      case '"': {
        const std::size_t end = string_end(text, i + 1);
        if (end == kFail) return shape;  // a string left open: the parser says so
        ++shape.strings;
        shape.string_bytes += end - i - 2;
        open[depth].last_string = text.substr(i, end - i);
        i = end - 1;
        break;
      }
      case '{':
      case '[':
        if (depth == static_cast<std::size_t>(max_depth)) {
          shape.too_deep = true;
          shape.limit_at = i;
          return shape;
        }
        ++shape.containers;
        open[++depth] = OpenValue{text[i] == '[', 0, {}, {}};
        break;
      case '}':
      case ']':
        if (depth > 0) --depth;
        break;
      case ':':
        open[depth].key = open[depth].last_string;
        break;
      case ',':
        ++shape.separators;
        if (depth > 0 && ++open[depth].commas >= max_items && open[depth].array) {
          Path at;
          for (std::size_t d = 1; d < depth; ++d)
            at = open[d].array ? at / open[d].commas : at / key_name(open[d].key);
          shape.long_array = at.str();
          shape.limit_at = i;
          return shape;
        }
        break;
      default:
        break;
    }
  }
  return shape;
}

}  // namespace claims
