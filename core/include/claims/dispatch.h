// The single entry point of the core. Every front end (claimctl, the WASM module, tests)
// calls this and nothing else: one request text in, one response text out.
#pragma once
#include <string>
#include <string_view>

namespace claims {

// Returns the compact JSON envelope of spec section 3, {"ok":true,"result":...} or
// {"ok":false,"error":{code,path,message}}. Never throws.
std::string dispatch(std::string_view operation, std::string_view request_json);

}  // namespace claims
