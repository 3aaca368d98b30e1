// Size limits of spec section 3 (request.too_large), and the errors that name them.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "base/json.h"
#include "base/path.h"
#include "base/status.h"
#include "formats/json_scan.h"

namespace claims {

constexpr std::size_t kMaxRequestBytes = std::size_t(256) * 1024 * 1024;
constexpr int kMaxJsonDepth = 64;
constexpr std::size_t kMaxArrayItems = 1000000;
// A request's parsed form may take at most this many times its text in memory (estimated
// by scan_json_shape() before parsing), or kMinDomBudget for small requests: the bound
// that keeps "{}" repeated 89 million times from taking 4.6 GB. Real requests need 5-9.
constexpr std::size_t kMaxDomBytesPerByte = 12;
constexpr std::size_t kMinDomBudget = std::size_t(64) * 1024 * 1024;
// CSV rows per file: kMaxCsvRows in formats/csv_reader.h.

// The limits that the request text itself breaks, found in one pass before it is parsed
// (scan_json_shape): nesting, array length, the DOM's memory. nullopt when within them.
std::optional<RequestError> text_over_limits(std::string_view text);

// The request.too_large errors, each naming its limit.
RequestError request_too_long();
RequestError request_too_deep();
RequestError array_too_long(const std::string& path);
RequestError request_too_dense(const JsonShape& shape, std::size_t text_bytes);
// A CSV file (the string member at `csv`) with more than kMaxCsvRows rows.
RequestError csv_too_long(const Path& csv);

}  // namespace claims
