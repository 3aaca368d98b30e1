#include "requests/request_limits.h"

#include "base/path.h"
#include "formats/csv_reader.h"

namespace claims {

bool nesting_exceeds(std::string_view text, int max_depth) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '[' || c == '{') {
      if (++depth > max_depth) return true;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return false;
}

namespace {
std::optional<std::string> walk(const Json& v, const Path& at, std::size_t max_items) {
  if (v.is_array()) {
    if (v.size() > max_items) return at.str();
    std::size_t i = 0;
    for (const auto& item : v) {
      if (!item.is_structured()) { ++i; continue; }
      if (auto p = walk(item, at / i, max_items)) return p;
      ++i;
    }
  } else if (v.is_object()) {
    for (const auto& [key, item] : v.items()) {
      if (!item.is_structured()) continue;
      if (auto p = walk(item, at / key, max_items)) return p;
    }
  }
  return std::nullopt;
}
}  // namespace

bool has_oversized_array(const Json& value, std::size_t max_items) {
  if (!value.is_structured()) return false;
  if (value.is_array() && value.size() > max_items) return true;
  // Iterating an object visits its members' values.
  for (const auto& item : value)
    if (item.is_structured() && has_oversized_array(item, max_items)) return true;
  return false;
}

std::optional<std::string> oversized_array(const Json& value, std::size_t max_items) {
  return walk(value, Path(), max_items);
}

RequestError request_too_long(std::size_t bytes) {
  return {"request.too_large", "",
          "The request is " + std::to_string(bytes) + " bytes; at most " +
              std::to_string(kMaxRequestBytes) + " (" + std::to_string(kMaxRequestBytes >> 20) +
              " MiB) are accepted."};
}

RequestError request_too_deep() {
  return {"request.too_large", "",
          "The request nests arrays or objects deeper than " + std::to_string(kMaxJsonDepth) +
              " levels."};
}

RequestError array_too_long(const std::string& path) {
  return {"request.too_large", path,
          "An array has more than " + std::to_string(kMaxArrayItems) + " items."};
}

RequestError csv_too_long(const Path& csv) {
  return {"request.too_large", csv.str(),
          "The file has more than " + std::to_string(kMaxCsvRows) +
              " rows; split it into smaller files."};
}

}  // namespace claims
