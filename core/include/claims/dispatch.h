// The single entry point of the core. Every front end (claimctl, the WASM module, tests)
// calls this and nothing else: one request text in, one response text out.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace claims {

// A request text longer than this is request.too_large (spec section 3: 256 MiB). A front
// end that reads a file or a stream stops after kRequestSizeLimit + 1 bytes and passes
// what it read: dispatch() answers request.too_large from the length alone.
constexpr std::size_t kRequestSizeLimit = std::size_t(256) * 1024 * 1024;

// Returns the compact JSON envelope of spec section 3, {"ok":true,"result":...} or
// {"ok":false,"error":{code,path,message}}. Never throws.
std::string dispatch(std::string_view operation, std::string_view request_json);

}  // namespace claims
