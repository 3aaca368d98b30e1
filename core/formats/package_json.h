// The text of a claim package's claims.json (spec section 10): compact JSON, members in
// their order, non-ASCII characters as they are, and only `"`, `\` and control characters
// escaped. "Control characters" are Unicode's (category Cc): U+0000-U+001F, U+007F and
// U+0080-U+009F; the short escapes where JSON has one (\b \t \n \f \r), else \u00XX in
// lower-case hex. nlohmann (and json_writer.h) leave U+007F-U+009F raw, hence this writer.
#pragma once
#include <string>
#include <string_view>

#include "base/json.h"

namespace claims {

void append_package_json(std::string& out, const Json& value);
void append_package_json_string(std::string& out, std::string_view utf8);

}  // namespace claims
