// import_claims_csv (spec section 8) answered as text for its largest requests.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace claims {

// The complete import_claims_csv envelope for `text` when the request validates the rows
// without returning the claims (`validate` given, `include_claims: false`): the rows'
// claims are built into one reused Json and the validation is written as text, the same
// bytes as the general path. nullopt for every other request, and whenever the request is
// not plainly well-formed and valid at the request level: the caller then runs the
// general path, which says exactly what is wrong. dispatch() checks the size and nesting
// limits before.
std::optional<std::string> import_claims_csv_streamed(std::string_view text);

}  // namespace claims
