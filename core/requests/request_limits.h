// Size limits of spec section 3 (request.too_large).
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "base/json.h"

namespace claims {

constexpr std::size_t kMaxRequestBytes = std::size_t(256) * 1024 * 1024;
constexpr int kMaxJsonDepth = 64;
constexpr std::size_t kMaxArrayItems = 1000000;

// Deepest nesting of arrays/objects in the text, found without parsing it; a scan that
// stops as soon as the limit is passed, so a hostile "[[[[..." costs nothing.
bool nesting_exceeds(std::string_view text, int max_depth);
// Path of the first array longer than the limit, if any.
std::optional<std::string> oversized_array(const Json& value, std::size_t max_items);
// Whether oversized_array() would find one; allocates nothing (checked once per claim when
// claims are parsed one at a time).
bool has_oversized_array(const Json& value, std::size_t max_items);

}  // namespace claims
