// The single entry point of the core. Every front end (claimctl, the WASM module, tests)
// calls this and nothing else: one request text in, one response text out.
#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace claims {

// A request text longer than this is request.too_large (spec section 3: 256 MiB). A front
// end that reads a file or a stream stops after kRequestSizeLimit + 1 bytes and passes
// what it read: dispatch() answers request.too_large from the length alone. With a
// payload, the limit holds for the request and the payload together.
constexpr std::size_t kRequestSizeLimit = std::size_t(256) * 1024 * 1024;

// Returns the compact JSON envelope of spec section 3, {"ok":true,"result":...} or
// {"ok":false,"error":{code,path,message}}. Never throws.
std::string dispatch(std::string_view operation, std::string_view request_json);

// Called now and then by a long operation with how far it is: `done` of `total` (bytes of
// the payload). It must not call dispatch() again.
using Progress = std::function<void(std::size_t done, std::size_t total)>;

// The same answer as dispatch(operation, request with its text member set to `payload`),
// for a large file: its bytes travel beside the small JSON options instead of escaped
// inside them (escaping and decoding a 100 MB CSV costs more than reading it). The
// operations that take one, and the member it stands for: import_claims_csv and
// import_decisions_csv, "csv". The request must then not hold that member; the payload
// must be UTF-8 (request.invalid_json otherwise, like a request). See
// docs/operations/payload.md.
std::string dispatch(std::string_view operation, std::string_view request_json,
                     std::string_view payload, const Progress& progress = nullptr);

}  // namespace claims
