// Embind surface of the core: one function, strings in, string out. Values are copied
// across the boundary, so JavaScript never holds a handle it would have to delete().
#include <emscripten/bind.h>

#include <string>

#include "claims/dispatch.h"

namespace {
std::string dispatch_for_js(const std::string& operation, const std::string& request) {
  // claims::dispatch never throws; exceptions inside it are caught there, so nothing
  // reaches JavaScript as a bare exception pointer.
  return claims::dispatch(operation, request);
}
}  // namespace

EMSCRIPTEN_BINDINGS(claims) {
  emscripten::function("dispatch", &dispatch_for_js);
  // Front ends reading a stream stop after this many bytes + 1 (wasm/claimctl.mjs).
  emscripten::constant("maxRequestBytes", claims::kRequestSizeLimit);
}
