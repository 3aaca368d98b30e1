#include "requests/request_limits.h"

#include <algorithm>
#include <cstdint>

#include "base/path.h"
#include "formats/csv_reader.h"
#include "formats/json_parse.h"

namespace claims {

namespace {
bool too_dense(const JsonShape& shape, std::size_t text_bytes) {
  const std::uint64_t budget =
      std::max<std::uint64_t>(kMinDomBudget, std::uint64_t(text_bytes) * kMaxDomBytesPerByte);
  return shape.dom_bytes() > budget;
}
}  // namespace

std::optional<RequestError> text_over_limits(std::string_view text) {
  const JsonShape shape = scan_json_shape(text, kMaxJsonDepth, kMaxArrayItems);
  if (shape.too_deep) return request_too_deep();
  if (shape.long_array) return array_too_long(*shape.long_array);
  if (too_dense(shape, text.size())) return request_too_dense(shape, text.size());
  return std::nullopt;
}

std::optional<RequestError> document_over_limits(std::string_view text, const std::string& name) {
  const JsonShape shape = scan_json_shape(text, kMaxJsonDepth, kMaxArrayItems);
  if (shape.limit_at != std::string_view::npos) {
    // The text up to and including the bracket or comma that passed the limit: a syntax
    // error in it comes first (at that very character too).
    if (json_syntax_error(text.substr(0, shape.limit_at + 1), /*cut_short_is_fine=*/true))
      return std::nullopt;
    if (shape.too_deep) return request_too_deep(name);
    return RequestError{"request.too_large", *shape.long_array,
                        name + " has an array of more than " + std::to_string(kMaxArrayItems) +
                            " items (at " +
                            (shape.long_array->empty() ? std::string("its top") : *shape.long_array) +
                            ")."};
  }
  // The parsed size is known only at the end of the text: any syntax error comes first.
  if (too_dense(shape, text.size()) && !json_syntax_error(text))
    return request_too_dense(shape, text.size(), name);
  return std::nullopt;
}

// Front ends stop reading after the limit + 1 byte (claims/dispatch.h), so the size itself
// is not known: the message names the limit only.
RequestError request_too_long() {
  return {"request.too_large", "",
          "The request is over " + std::to_string(kMaxRequestBytes) + " bytes (" +
              std::to_string(kMaxRequestBytes >> 20) + " MiB), the most that is accepted."};
}

RequestError request_too_deep(const std::string& subject) {
  return {"request.too_large", "",
          subject + " nests arrays or objects deeper than " + std::to_string(kMaxJsonDepth) +
              " levels."};
}

RequestError array_too_long(const std::string& path) {
  return {"request.too_large", path,
          "An array has more than " + std::to_string(kMaxArrayItems) + " items."};
}

RequestError request_too_dense(const JsonShape& shape, std::size_t text_bytes,
                               const std::string& subject) {
  return {"request.too_large", "",
          subject + " has too many values for its size: its " + std::to_string(text_bytes) +
              " bytes hold " + std::to_string(shape.containers) + " objects and arrays and " +
              std::to_string(shape.strings) + " strings, which would take about " +
              std::to_string(shape.dom_bytes() >> 20) + " MiB once read; at most " +
              std::to_string(kMaxDomBytesPerByte) + " bytes per byte of request are allowed."};
}

RequestError csv_too_long(const Path& csv) {
  return {"request.too_large", csv.str(),
          "The file has more than " + std::to_string(kMaxCsvRows) +
              " rows; split it into smaller files."};
}

}  // namespace claims
