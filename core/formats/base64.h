// Standard base64 (RFC 4648, with or without padding) for file heads sent by the page.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace claims {
// nullopt on any character outside the alphabet or a malformed tail.
std::optional<std::string> base64_decode(std::string_view text);
}  // namespace claims
