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

namespace {

// The scalar value of the well-formed UTF-8 sequence of `n` bytes at s[i].
char32_t scalar_at(std::string_view s, std::size_t i, std::size_t n) {
  const auto b = [&](std::size_t k) { return char32_t(static_cast<unsigned char>(s[i + k])); };
  switch (n) {
    case 1: return b(0);
    case 2: return (b(0) & 0x1F) << 6 | (b(1) & 0x3F);
    case 3: return (b(0) & 0x0F) << 12 | (b(1) & 0x3F) << 6 | (b(2) & 0x3F);
    default: return (b(0) & 0x07) << 18 | (b(1) & 0x3F) << 12 | (b(2) & 0x3F) << 6 | (b(3) & 0x3F);
  }
}

// Characters a reader of a message cannot see or that move the text around it: controls
// (C0, DEL, C1 such as U+0085), the soft hyphen, zero-width characters and direction
// marks, line and paragraph separators, word joiners, the byte order mark.
bool invisible(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xAD || (c >= 0x200B && c <= 0x200F) ||
         (c >= 0x2028 && c <= 0x202E) || (c >= 0x2060 && c <= 0x2064) ||
         (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

// Appends s[from, to) with each invisible character written as \uXXXX (lower-case hex),
// so that a message shows it; invalid bytes are copied as they are.
void append_shown(std::string& out, std::string_view s, std::size_t from, std::size_t to) {
  static const char hex[] = "0123456789abcdef";
  for (std::size_t i = from; i < to;) {
    const std::size_t n = utf8_sequence_length(s, i);
    if (n == 0) {
      out += s[i++];
      continue;
    }
    const char32_t c = scalar_at(s, i, n);
    if (invisible(c)) {
      out += "\\u";
      for (int shift = 12; shift >= 0; shift -= 4) out += hex[(c >> shift) & 0xF];
    } else {
      out.append(s, i, n);
    }
    i += n;
  }
}

// Offset of the scalar that begins after `count` scalars from `from` (or s.size()).
std::size_t after_scalars(std::string_view s, std::size_t from, std::size_t count) {
  std::size_t i = from;
  for (std::size_t n = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (n == count) break;
      ++n;
    }
  }
  return i;
}

}  // namespace

std::string cut_text(std::string_view s, std::size_t max_scalars) {
  const std::size_t i = after_scalars(s, 0, max_scalars);
  std::string out;
  out.reserve(i + 3);
  append_shown(out, s, 0, i);
  if (i < s.size()) out += "...";
  return out;
}

std::string quote_value(std::string_view s) { return '"' + cut_text(s) + '"'; }

std::string quote_name(std::string_view s) {
  const std::size_t scalars = scalar_count(s);
  if (scalars <= kMaxQuotedScalars) return quote_value(s);
  // The end of a name says what it is (".pdf", ".pdf.exe"): cut in the middle.
  constexpr std::size_t kTail = kMaxQuotedScalars / 3;
  const std::size_t head_end = after_scalars(s, 0, kMaxQuotedScalars - kTail);
  const std::size_t tail_start = after_scalars(s, 0, scalars - kTail);
  std::string out = "\"";
  append_shown(out, s, 0, head_end);
  out += "...";
  append_shown(out, s, tail_start, s.size());
  out += '"';
  return out;
}

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
