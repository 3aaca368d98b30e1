// Media type of a file from its first bytes (spec section 4, sniff_media_type).
#pragma once
#include <cstddef>
#include <string_view>

namespace claims {
// The most bytes of a file's head the sniffer is given (spec section 4).
constexpr std::size_t kMaxSniffBytes = 64;
// "application/pdf", "image/png", ... or "application/octet-stream".
const char* sniff(std::string_view head);
}  // namespace claims
