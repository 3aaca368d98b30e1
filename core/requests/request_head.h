// Reading a large request for a streamed path (validate_claims' claims, import_claims_csv's
// csv): every top-level member is parsed except the large one, whose text is kept so that
// the operation can read it piece by piece.
#pragma once
#include <optional>
#include <string_view>

#include "base/json.h"

namespace claims {

struct RequestHead {
  // The request with an empty value of the large member's type (`[]` or `""`) standing
  // in for it.
  Json members;
  // The large member's value as written in the request (an array or a JSON string).
  std::string_view large;
};

// The head of `text` when it is plainly one JSON object whose member `large_member` is a
// value opening with `opening` ('[' or '"'); nullopt otherwise: a member that is not
// well-formed, a key that repeats (the DOM keeps the last one: leave that to it), an
// array over the limits, the large member missing or of another type. The caller's
// general path then answers, and says exactly what is wrong. dispatch() has checked the
// size and nesting limits before.
std::optional<RequestHead> read_request_head(std::string_view text, std::string_view large_member,
                                             char opening);

}  // namespace claims
