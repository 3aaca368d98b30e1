#include "formats/base64.h"

namespace claims {

namespace {
int value_of(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}
}  // namespace

std::optional<std::string> base64_decode(std::string_view text) {
  // Padding is optional, but only at the end and only enough to fill the last quantum.
  std::size_t end = text.size();
  std::size_t pad = 0;
  while (end > 0 && text[end - 1] == '=' && pad < 2) { --end; ++pad; }
  if (pad > 0 && text.size() % 4 != 0) return std::nullopt;
  if (end % 4 == 1) return std::nullopt;
  std::string out;
  out.reserve(end / 4 * 3 + 2);
  unsigned buffer = 0;
  int bits = 0;
  for (std::size_t i = 0; i < end; ++i) {
    const int v = value_of(text[i]);
    if (v < 0) return std::nullopt;
    buffer = (buffer << 6) | unsigned(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += char((buffer >> bits) & 0xFF);
    }
  }
  // Leftover bits must be zero, or the text was not produced by an encoder.
  if (bits > 0 && (buffer & ((1u << bits) - 1)) != 0) return std::nullopt;
  return out;
}

}  // namespace claims
