// The response envelope of spec section 3, written here and nowhere else, for the general
// path and the streamed paths alike:
//   {"ok":true,"result":<result object>}
//   {"ok":false,"error":{"code":...,"path":...,"message":...}}
#pragma once
#include <string>

#include "base/status.h"

namespace claims {

// Appends {"ok":true,"result": ; the caller appends the result object, then closes.
void open_ok_envelope(std::string& out);
void close_ok_envelope(std::string& out);

std::string error_envelope(const RequestError& error);

}  // namespace claims
