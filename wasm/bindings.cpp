// Embind surface of the core: dispatch, text and bytes in, text out. Values are copied
// across the boundary, so JavaScript never holds a handle it would have to delete().
//
// Large inputs and outputs cross with one copy each, not embind's two: a std::string
// parameter is first copied into a wire buffer and then into the string, and a returned
// std::string is copied into a wire buffer before JavaScript decodes it. On a 189 MB file
// and its 120 MB response that was 310 MB of WASM memory more at the peak (issue 11).
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>

#include "claims/dispatch.h"

namespace {
using emscripten::val;

// A JavaScript string (through embind's UTF-8 copy) or a Uint8Array (its bytes as they
// are, copied once straight into the string: invalid UTF-8 reaches the core to be refused).
std::string bytes_of(const val& v) {
  if (v.typeOf().as<std::string>() == "string") return v.as<std::string>();
  std::string out(v["length"].as<std::size_t>(), '\0');
  val(emscripten::typed_memory_view(out.size(), reinterpret_cast<unsigned char*>(&out[0])))
      .call<void>("set", v);
  return out;
}

// The response as a JavaScript string, decoded from WASM memory where it lies.
val text_of(const std::string& response) {
  static const val decoder = val::global("TextDecoder").new_();
  return decoder.call<val>(
      "decode", val(emscripten::typed_memory_view(
                    response.size(), reinterpret_cast<const unsigned char*>(response.data()))));
}

// claims::dispatch never throws; exceptions inside it are caught there, so nothing
// reaches JavaScript as a bare exception pointer.
val dispatch_json(const std::string& operation, const val& request) {
  return text_of(claims::dispatch(operation, bytes_of(request)));
}

// The payload form (docs/operations/payload.md): `payload`, a Uint8Array, stands for the
// request's csv.
val dispatch_payload(const std::string& operation, const val& request, const val& payload) {
  return text_of(claims::dispatch(operation, bytes_of(request), bytes_of(payload)));
}

// The same, calling `progress(done, total)` (bytes of the payload) now and then; null or
// undefined: no reports. The progress function must not call dispatch.
val dispatch_payload_progress(const std::string& operation, const val& request,
                              const val& payload, const val& progress) {
  if (progress.typeOf().as<std::string>() != "function") return dispatch_payload(operation, request, payload);
  return text_of(claims::dispatch(operation, bytes_of(request), bytes_of(payload),
                                  [&](std::size_t done, std::size_t total) {
                                    progress(static_cast<double>(done), static_cast<double>(total));
                                  }));
}
}  // namespace

EMSCRIPTEN_BINDINGS(claims) {
  // Overloaded by argument count: dispatch(op, json), dispatch(op, json, bytes),
  // dispatch(op, json, bytes, progress). `json` is a string or a Uint8Array.
  emscripten::function("dispatch", &dispatch_json);
  emscripten::function("dispatch", &dispatch_payload);
  emscripten::function("dispatch", &dispatch_payload_progress);
  // Front ends reading a stream stop after this many bytes + 1 (wasm/claimctl.mjs).
  emscripten::constant("maxRequestBytes", claims::kRequestSizeLimit);
}
