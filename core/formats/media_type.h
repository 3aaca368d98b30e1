// Media type of a file from its first bytes (spec section 4, sniff_media_type).
#pragma once
#include <string_view>

namespace claims {
// "application/pdf", "image/png", ... or "application/octet-stream".
const char* sniff(std::string_view head);
}  // namespace claims
