// dispatch(): the table of operations, the checks every request goes through before its
// operation runs (size and nesting limits, JSON, the request being an object, array
// lengths), and the envelope. Nothing escapes it as an exception.
#include "claims/dispatch.h"

#include <algorithm>
#include <cstdlib>
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
  // The member a payload stands for, and the operation run with one; null: takes none.
  const char* payload_member = nullptr;
  PayloadOperation with_payload = nullptr;
};

constexpr OperationEntry kOperations[] = {
    {"apply_adjustments", &apply_adjustments},
    {"build_package", &written<&build_package>},
    {"check_package", &written<&check_package>},
    {"compute_lifecycle", &written<&compute_lifecycle>},
    {"compute_payout", &written<&compute_payout>},
    {"export_decisions_csv", &written<&export_decisions_csv>},
    {"export_network_csv", &written<&export_network_csv>},
    {"import_claims_csv", &import_claims_csv, &import_claims_csv_streamed, "csv",
     &import_claims_csv_payload},
    {"import_decisions_csv", &written<&import_decisions_csv>, nullptr, "csv",
     &import_decisions_csv_payload},
    {"preview_resolution", &written<&preview_resolution>},
    {"review_queue", &written<&review_queue>},
    {"select_members", &select_members},
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

// The request parsed whole into `request`; the error envelope when it is not a JSON object.
std::optional<std::string> parse_request(std::string_view text, Json& request) {
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
  return std::nullopt;
}

// The general path: the whole request parsed into one Json, then the operation.
std::string answer_general(const OperationEntry& entry, std::string_view text) {
  Json request;
  if (auto error = parse_request(text, request)) return std::move(*error);
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

// The payload form: the request's checks, then the payload's (UTF-8, not given twice).
std::string answer_with_payload(std::string_view operation, std::string_view text,
                                const Payload& payload) {
  const OperationEntry* entry = find_entry(operation);
  if (entry && !entry->with_payload) {
    return error_envelope(invalid_request(
        "", "Operation " + quote_value(operation) +
                " takes no payload: send its members inside the request."));
  }
  if (entry && payload.text.size() > kMaxRequestBytes - std::min(text.size(), kMaxRequestBytes))
    return error_envelope(request_too_long());
  if (auto error = refused(entry, operation, text)) return error_envelope(*error);
  Json request;
  if (auto error = parse_request(text, request)) return std::move(*error);
  const std::string member = std::string("/") + entry->payload_member;
  const auto given = request.find(entry->payload_member);
  if (given != request.end() && !given->is_null()) {
    return error_envelope(invalid_request(
        member, "The " + std::string(entry->payload_member) +
                    " is given twice, in the request and as the payload: give it once."));
  }
  // Invalid UTF-8 anywhere in a request is request.invalid_json (spec section 2); the
  // payload is part of the request.
  const std::size_t bad = invalid_utf8_at(payload.text);
  if (bad != std::string_view::npos) {
    return error_envelope({"request.invalid_json", member,
                           "The " + std::string(entry->payload_member) +
                               " payload is not valid UTF-8: byte " + std::to_string(bad) +
                               " does not begin a character."});
  }
  std::string out;
  open_ok_envelope(out);
  const Status status = entry->with_payload(request, payload, out);
  if (!status.ok()) return error_envelope(status.error());
  payload.report(payload.text.size());
  close_ok_envelope(out);
  return out;
}

// Memory held back for a request that exhausts the memory (spec section 3: answered
// request.too_large, and the next request works). Freeing what the request built needs
// memory too: nlohmann's destructor of an array or object first moves its items to a
// stack it allocates (16 bytes an item), and an allocation that fails there, inside a
// destructor, terminates the process (natively) or aborts the WASM module for good. So
// when an allocation fails, the new-handler releases this block and lets the failure
// through as std::bad_alloc: the unwinding has the block to free the request with. The
// block is taken again before the next request. 32 MiB: the stack of the largest array
// allowed (1,000,000 items) twice over, as the stack's vector grows.
//
// Native builds only: a WebAssembly module's memory grows geometrically and never shrinks,
// so a 32 MiB block held from the start made every later growth step larger (the resource
// tests measured 43 MiB for a 0.4 MiB request), and it did not keep the module from
// aborting on exhaustion there (docs/limits.md). The page replaces a broken module instead
// (web/src/core/engine.ts).
#if defined(__wasm__)
inline constexpr std::size_t kMemoryReserveBytes = 0;
#else
inline constexpr std::size_t kMemoryReserveBytes = std::size_t(32) << 20;
#endif

class MemoryReserve {
 public:
  // Before each request: the block in hand, and the handler installed.
  static void hold() {
    if constexpr (kBytes == 0) return;
    if (!block_) block_ = std::malloc(kBytes);
    std::set_new_handler(&release);
  }

 private:
  static constexpr std::size_t kBytes = kMemoryReserveBytes;
  static void release() {
    std::free(block_);
    block_ = nullptr;
    throw std::bad_alloc();
  }
  static inline void* block_ = kBytes ? std::malloc(kBytes) : nullptr;  // at start-up, with the rest
};

// Last line of defence: a bug must become an error envelope, never an exception that
// crosses into the CLI or JavaScript.
template <typename Answer>
std::string guarded(Answer&& answer_it) {
  MemoryReserve::hold();
  try {
    return answer_it();
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

void Payload::report(std::size_t done) const {
  if (!progress || !*progress || ended_) return;
  if (done < next_report_ && done < text.size()) return;
  next_report_ = done + text.size() / 100 + 1;
  ended_ = done >= text.size();
  (*progress)(done, text.size());
}

std::string dispatch(std::string_view operation, std::string_view request_json) {
  return guarded([&] { return answer(operation, request_json, /*streamed=*/true); });
}

std::string dispatch(std::string_view operation, std::string_view request_json,
                     std::string_view payload, const Progress& progress) {
  return guarded([&] {
    return answer_with_payload(operation, request_json, Payload{payload, &progress});
  });
}

std::string dispatch_general(std::string_view operation, std::string_view request_json) {
  return guarded([&] { return answer(operation, request_json, /*streamed=*/false); });
}

std::optional<std::string> dispatch_streamed(std::string_view operation,
                                             std::string_view request_json) {
  const OperationEntry* entry = find_entry(operation);
  if (!entry || !entry->streamed || refused(entry, operation, request_json)) return std::nullopt;
  return entry->streamed(request_json);
}

}  // namespace claims
