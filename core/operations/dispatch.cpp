// dispatch(): the table of operations, the checks every request goes through before its
// operation runs (size and nesting limits, JSON, the request being an object, array
// lengths), and the envelope. Nothing escapes it as an exception.
#include "claims/dispatch.h"

#include <exception>
#include <new>
#include <optional>
#include <string>

#include "base/json.h"
#include "base/text.h"
#include "formats/json_parse.h"
#include "formats/json_writer.h"
#include "requests/request_limits.h"
#include "operations/envelope.h"
#include "operations/operations.h"

namespace claims {

static_assert(kRequestSizeLimit == kMaxRequestBytes, "the public limit is the core's limit");

namespace {

// A Json-result operation as dispatch() runs it: its result written as text.
template <StatusOr<Json> (*operation)(const Json&)>
Status written(const Json& request, std::string& out) {
  ASSIGN_OR_RETURN(const Json result, operation(request));
  append_json(out, result);
  return Status();
}

struct OperationEntry {
  const char* name;
  Operation run;
  StreamedOperation streamed = nullptr;  // a faster path for very large requests
};

constexpr OperationEntry kOperations[] = {
    {"apply_adjustments", &apply_adjustments},
    {"build_package", &written<&build_package>},
    {"check_package", &written<&check_package>},
    {"compute_lifecycle", &written<&compute_lifecycle>},
    {"compute_payout", &written<&compute_payout>},
    {"export_decisions_csv", &written<&export_decisions_csv>},
    {"export_network_csv", &written<&export_network_csv>},
    {"import_claims_csv", &import_claims_csv, &import_claims_csv_streamed},
    {"import_decisions_csv", &written<&import_decisions_csv>},
    {"preview_resolution", &written<&preview_resolution>},
    {"review_queue", &written<&review_queue>},
    {"simulate_rules", &written<&simulate_rules>},
    {"sniff_media_type", &written<&sniff_media_type>},
    {"validate_claims", &validate_claims, &validate_claims_streamed},
};

const OperationEntry* find_entry(std::string_view name) {
  for (const auto& entry : kOperations)
    if (name == entry.name) return &entry;
  return nullptr;
}

// The error of a request refused before any path of its operation runs: an unknown
// operation, a text over the size or nesting limits. nullopt when the request goes on.
std::optional<RequestError> refused(const OperationEntry* entry, std::string_view operation,
                                    std::string_view text) {
  if (!entry) {
    return RequestError{"request.unknown_operation", "",
                        "Unknown operation " + quote_value(operation) + "."};
  }
  if (text.size() > kMaxRequestBytes) return request_too_long();
  // One pass over the text before anything is built: a hostile text is refused at the
  // cost of reading it once, and both targets (native, WASM) give the same answer.
  return text_over_limits(text);
}

// The general path: the whole request parsed into one Json, then the operation.
std::string answer_general(const OperationEntry& entry, std::string_view text) {
  Json request;
  std::string detail;
  if (!parse_json(text, request, &detail)) {
    return error_envelope({"request.invalid_json", "",
                           "The request is not valid JSON in UTF-8: " + detail});
  }
  if (!request.is_object()) {
    return error_envelope(invalid_request(
        "", std::string("The request must be a JSON object, not ") + json_type_name(request) +
                "."));
  }
  std::string out;
  open_ok_envelope(out);
  const Status status = entry.run(request, out);
  if (!status.ok()) return error_envelope(status.error());
  close_ok_envelope(out);
  return out;
}

std::string answer(std::string_view operation, std::string_view text, bool streamed) {
  const OperationEntry* entry = find_entry(operation);
  if (auto error = refused(entry, operation, text)) return error_envelope(*error);
  if (streamed && entry->streamed) {
    if (auto response = entry->streamed(text)) return std::move(*response);
  }
  return answer_general(*entry, text);
}

// Last line of defence: a bug must become an error envelope, never an exception that
// crosses into the CLI or JavaScript.
std::string guarded(std::string_view operation, std::string_view text, bool streamed) {
  try {
    return answer(operation, text, streamed);
  } catch (const std::bad_alloc&) {
    return error_envelope(
        {"request.too_large", "", "The request needs more memory than is available."});
  } catch (const std::exception& e) {
    return error_envelope({"internal.error", "", std::string("Internal error: ") + e.what()});
  } catch (...) {
    return error_envelope({"internal.error", "", "Internal error."});
  }
}

}  // namespace

std::string dispatch(std::string_view operation, std::string_view request_json) {
  return guarded(operation, request_json, /*streamed=*/true);
}

std::string dispatch_general(std::string_view operation, std::string_view request_json) {
  return guarded(operation, request_json, /*streamed=*/false);
}

std::optional<std::string> dispatch_streamed(std::string_view operation,
                                             std::string_view request_json) {
  const OperationEntry* entry = find_entry(operation);
  if (!entry || !entry->streamed || refused(entry, operation, request_json)) return std::nullopt;
  return entry->streamed(request_json);
}

}  // namespace claims
