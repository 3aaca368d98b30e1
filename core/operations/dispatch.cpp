#include "claims/dispatch.h"

#include <cstring>
#include <exception>
#include <optional>
#include <string>

#include "base/json.h"
#include "base/text.h"
#include "formats/json_writer.h"
#include "operations/envelope.h"
#include "requests/request_limits.h"
#include "operations/claims_request.h"
#include "operations/import_claims_csv.h"
#include "operations/operations.h"

namespace claims {

namespace {

// An operation may also have a streaming path for very large requests: it answers from
// the request text itself, one item at a time, with the same bytes the general path
// would give, and declines (nullopt) anything unusual, errors included.
using StreamedOperation = std::optional<std::string> (*)(std::string_view request);

struct OperationEntry {
  const char* name;
  Operation run;
  StreamedOperation streamed = nullptr;
};

constexpr OperationEntry kOperations[] = {
    {"apply_adjustments", &apply_adjustments},
    {"compute_lifecycle", &compute_lifecycle},
    {"compute_payout", &compute_payout},
    {"export_decisions_csv", &export_decisions_csv},
    {"import_claims_csv", &import_claims_csv, &import_claims_csv_streamed},
    {"import_decisions_csv", &import_decisions_csv},
    {"preview_resolution", &preview_resolution},
    {"sniff_media_type", &sniff_media_type},
    {"validate_claims", &validate_claims, &validate_claims_streamed},
};

const OperationEntry* find_entry(std::string_view name) {
  for (const auto& entry : kOperations)
    if (name == entry.name) return &entry;
  return nullptr;
}

// Records where and why parsing failed, for the message of request.invalid_json.
// Only used after the fast non-throwing parse has already said "no".
struct ErrorLocator : nlohmann::json_sax<Json> {
  std::string what;
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t, const std::string&,
                   const nlohmann::detail::exception& ex) override {
    what = ex.what();
    return false;
  }
};

std::string run(std::string_view operation, std::string_view text) {
  const OperationEntry* entry = find_entry(operation);
  if (!entry) {
    return error_envelope({"request.unknown_operation", "",
                           "Unknown operation " + quote_value(operation) + "."});
  }
  if (text.size() > kMaxRequestBytes) return error_envelope(request_too_long(text.size()));
  if (nesting_exceeds(text, kMaxJsonDepth)) return error_envelope(request_too_deep());
  if (entry->streamed) {
    if (auto response = entry->streamed(text)) return std::move(*response);
  }
  Json request = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (request.is_discarded()) {
    ErrorLocator locator;
    Json::sax_parse(text, &locator);
    // nlohmann's text starts with "[json.exception.parse_error.101] "; keep the part a
    // person can use ("parse error at line 1, column 24: ...").
    const auto at = locator.what.find("parse error");
    const std::string detail = at == std::string::npos ? locator.what : locator.what.substr(at);
    return error_envelope({"request.invalid_json", "",
                           "The request is not valid JSON in UTF-8: " + detail});
  }
  if (!request.is_object()) {
    return error_envelope(invalid_request(
        "", std::string("The request must be a JSON object, not ") + json_type_name(request) +
                "."));
  }
  if (auto where = oversized_array(request, kMaxArrayItems))
    return error_envelope(array_too_long(*where));
  const StatusOr<Json> result = entry->run(request);
  if (!result.ok()) return error_envelope(result.error());
  std::string out;
  open_ok_envelope(out);
  append_json(out, result.value());
  close_ok_envelope(out);
  return out;
}

}  // namespace

Operation find_operation(std::string_view name) {
  const OperationEntry* entry = find_entry(name);
  return entry ? entry->run : nullptr;
}

std::string dispatch(std::string_view operation, std::string_view request_json) {
  // Last line of defence: a bug must become an error envelope, never an exception that
  // crosses into the CLI or JavaScript.
  try {
    return run(operation, request_json);
  } catch (const std::bad_alloc&) {
    return R"({"ok":false,"error":{"code":"request.too_large","path":"","message":"The request needs more memory than is available."}})";
  } catch (const std::exception& e) {
    return error_envelope({"internal.error", "", std::string("Internal error: ") + e.what()});
  } catch (...) {
    return R"({"ok":false,"error":{"code":"internal.error","path":"","message":"Internal error."}})";
  }
}

}  // namespace claims
