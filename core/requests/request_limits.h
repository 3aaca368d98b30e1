// Size limits of spec section 3 (request.too_large), and the errors that name them.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "base/json.h"
#include "base/path.h"
#include "base/status.h"

namespace claims {

constexpr std::size_t kMaxRequestBytes = std::size_t(256) * 1024 * 1024;
constexpr int kMaxJsonDepth = 64;
constexpr std::size_t kMaxArrayItems = 1000000;
// CSV rows per file: kMaxCsvRows in formats/csv_reader.h.

// Deepest nesting of arrays/objects in the text, found without parsing it; a scan that
// stops as soon as the limit is passed, so a hostile "[[[[..." costs nothing.
bool nesting_exceeds(std::string_view text, int max_depth);
// Path of the first array longer than the limit, if any.
std::optional<std::string> oversized_array(const Json& value, std::size_t max_items);
// Whether oversized_array() would find one; allocates nothing (checked once per claim when
// claims are parsed one at a time).
bool has_oversized_array(const Json& value, std::size_t max_items);

// The request.too_large errors, each naming its limit.
RequestError request_too_long(std::size_t bytes);
RequestError request_too_deep();
RequestError array_too_long(const std::string& path);
// A CSV file (the string member at `csv`) with more than kMaxCsvRows rows.
RequestError csv_too_long(const Path& csv);

}  // namespace claims
