#include "requests/request_limits.h"

#include <algorithm>
#include <cstdint>

#include "base/path.h"
#include "formats/csv_reader.h"

namespace claims {

std::optional<RequestError> text_over_limits(std::string_view text) {
  const JsonShape shape = scan_json_shape(text, kMaxJsonDepth, kMaxArrayItems);
  if (shape.too_deep) return request_too_deep();
  if (shape.long_array) return array_too_long(*shape.long_array);
  const std::uint64_t budget =
      std::max<std::uint64_t>(kMinDomBudget, std::uint64_t(text.size()) * kMaxDomBytesPerByte);
  if (shape.dom_bytes() > budget) return request_too_dense(shape, text.size());
  return std::nullopt;
}

// Front ends stop reading after the limit + 1 byte (claims/dispatch.h), so the size itself
// is not known: the message names the limit only.
RequestError request_too_long() {
  return {"request.too_large", "",
          "The request is over " + std::to_string(kMaxRequestBytes) + " bytes (" +
              std::to_string(kMaxRequestBytes >> 20) + " MiB), the most that is accepted."};
}

RequestError request_too_deep() {
  return {"request.too_large", "",
          "The request nests arrays or objects deeper than " + std::to_string(kMaxJsonDepth) +
              " levels."};
}

RequestError array_too_long(const std::string& path) {
  return {"request.too_large", path,
          "An array has more than " + std::to_string(kMaxArrayItems) + " items."};
}

RequestError request_too_dense(const JsonShape& shape, std::size_t text_bytes) {
  return {"request.too_large", "",
          "The request has too many values for its size: its " + std::to_string(text_bytes) +
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
