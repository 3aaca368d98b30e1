// Embind surface of the core: dispatch, strings and bytes in, string out. Values are
// copied across the boundary, so JavaScript never holds a handle it would have to delete().
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>

#include "claims/dispatch.h"

namespace {
std::string dispatch_for_js(const std::string& operation, const std::string& request) {
  // claims::dispatch never throws; exceptions inside it are caught there, so nothing
  // reaches JavaScript as a bare exception pointer.
  return claims::dispatch(operation, request);
}

// The payload form: `payload` is a Uint8Array (embind copies its bytes into WASM memory
// once, with no UTF-16 text in between) standing for the request's csv.
std::string dispatch_payload(const std::string& operation, const std::string& request,
                             const std::string& payload) {
  return claims::dispatch(operation, request, payload);
}

// The same, calling `progress(done, total)` (bytes of the payload) now and then. A call
// from the worker's progress function back into the core is not allowed.
std::string dispatch_payload_progress(const std::string& operation, const std::string& request,
                                      const std::string& payload, emscripten::val progress) {
  if (progress.typeOf().as<std::string>() != "function")
    return claims::dispatch(operation, request, payload);
  return claims::dispatch(operation, request, payload, [&](std::size_t done, std::size_t total) {
    progress(static_cast<double>(done), static_cast<double>(total));
  });
}
}  // namespace

EMSCRIPTEN_BINDINGS(claims) {
  // Overloaded by argument count: dispatch(op, json), dispatch(op, json, bytes),
  // dispatch(op, json, bytes, progress).
  emscripten::function("dispatch", &dispatch_for_js);
  emscripten::function("dispatch", &dispatch_payload);
  emscripten::function("dispatch", &dispatch_payload_progress);
  // Front ends reading a stream stop after this many bytes + 1 (wasm/claimctl.mjs).
  emscripten::constant("maxRequestBytes", claims::kRequestSizeLimit);
}
