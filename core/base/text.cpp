#include "base/text.h"

#include <cstdint>
#include <cstring>

namespace claims {

std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  const std::size_t left = s.size() - i;
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const auto cont = [&](std::size_t k, unsigned char lo, unsigned char hi) {
    return k < left && b(k) >= lo && b(k) <= hi;
  };
  const unsigned char c = b(0);
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return cont(1, 0x80, 0xBF) ? 2 : 0;
  if (c == 0xE0) return cont(1, 0xA0, 0xBF) && cont(2, 0x80, 0xBF) ? 3 : 0;
  if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
    return cont(1, 0x80, 0xBF) && cont(2, 0x80, 0xBF) ? 3 : 0;
  if (c == 0xED) return cont(1, 0x80, 0x9F) && cont(2, 0x80, 0xBF) ? 3 : 0;
  if (c == 0xF0) return cont(1, 0x90, 0xBF) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
  if (c >= 0xF1 && c <= 0xF3)
    return cont(1, 0x80, 0xBF) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
  if (c == 0xF4) return cont(1, 0x80, 0x8F) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
  return 0;
}

std::size_t invalid_utf8_at(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    // A CSV is mostly ASCII: eight bytes at a time while none has its high bit set.
    while (i + 8 <= s.size()) {
      std::uint64_t word;
      std::memcpy(&word, s.data() + i, 8);
      if (word & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i == s.size()) break;
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t n = utf8_sequence_length(s, i);
    if (n == 0) return i;
    i += n;
  }
  return std::string_view::npos;
}

std::size_t scalar_count(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

namespace {
// Scans for controls; `allow_whitespace` lets tab, LF and CR through.
bool scan_controls(std::string_view s, bool allow_whitespace) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x20) {
      if (allow_whitespace && (c == '\t' || c == '\n' || c == '\r')) continue;
      return true;
    }
    if (c == 0x7F) return true;
    // C1 controls U+0080..U+009F are encoded as C2 80..C2 9F.
    if (c == 0xC2 && i + 1 < s.size()) {
      const unsigned char d = static_cast<unsigned char>(s[i + 1]);
      if (d >= 0x80 && d <= 0x9F) return true;
    }
  }
  return false;
}
}  // namespace

bool has_forbidden_control(std::string_view s) { return scan_controls(s, true); }
bool has_any_control(std::string_view s) { return scan_controls(s, false); }

bool is_identifier(std::string_view s) {
  return !s.empty() && scalar_count(s) <= kMaxIdentifierScalars && !has_any_control(s);
}

std::string identifier_rule() {
  return "1 to " + std::to_string(kMaxIdentifierScalars) +
         " characters without control characters";
}

bool is_blank(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
  return true;
}

std::string_view trim_blanks(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  return true;
}

std::string cut_text(std::string_view s, std::size_t max_scalars) {
  std::size_t n = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (n == max_scalars) break;
      ++n;
    }
  }
  std::string out(s.substr(0, i));
  if (i < s.size()) out += "...";
  return out;
}

std::string quote_value(std::string_view s) { return '"' + cut_text(s) + '"'; }

namespace {
std::string listed(const std::vector<std::string>& values, const char* empty,
                   std::size_t max_items, std::string (*shown)(std::string_view)) {
  if (values.empty()) return empty;
  std::string out;
  const std::size_t count = values.size() < max_items ? values.size() : max_items;
  for (std::size_t i = 0; i < count; ++i) {
    if (i != 0) out += ", ";
    out += shown(values[i]);
  }
  if (count < values.size()) out += " and " + std::to_string(values.size() - count) + " more";
  return out;
}
std::string cut_default(std::string_view s) { return cut_text(s); }
}  // namespace

std::string list_values(const std::vector<std::string>& values, const char* empty,
                        std::size_t max_items) {
  return listed(values, empty, max_items, &cut_default);
}

std::string list_quoted_values(const std::vector<std::string>& values, const char* empty,
                               std::size_t max_items) {
  return listed(values, empty, max_items, &quote_value);
}

}  // namespace claims
