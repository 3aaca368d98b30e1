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

// The same limits for a JSON document carried inside a request as a string (a claim
// package's manifest, spec section 10 step 2), judged in the same one pass from the start
// of the text before it is parsed; the first of a syntax error or a limit passed decides.
// nullopt when the text is within the limits or a syntax error comes first (the caller's
// parse then reports it). The error's path is where the limit was passed inside the
// document ("" or the long array's pointer); its message names the document as `name`.
std::optional<RequestError> document_over_limits(std::string_view text, const std::string& name);

// The request.too_large errors, each naming its limit.
RequestError request_too_long();
// `subject` is what the message says is too large ("The request", "claims.json").
RequestError request_too_deep(const std::string& subject = "The request");
RequestError array_too_long(const std::string& path);
RequestError request_too_dense(const JsonShape& shape, std::size_t text_bytes,
                               const std::string& subject = "The request");
// A CSV file (the string member at `csv`) with more than kMaxCsvRows rows.
RequestError csv_too_long(const Path& csv);

}  // namespace claims
