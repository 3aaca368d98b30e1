// Operation sniff_media_type (spec section 4): a proof file's type from its first bytes.
#include "base/text.h"
#include "formats/base64.h"
#include "formats/media_type.h"
#include "requests/request.h"
#include "operations/operations.h"

namespace claims {

StatusOr<Json> sniff_media_type(const Json& request) {
  ASSIGN_OR_RETURN(const std::string* head, read_string(request, "head"));
  const std::string& text = *head;
  auto bytes = base64_decode(text);
  if (!bytes) {
    return invalid_request("/head", "head " + quote_value(text) + " is not valid base64.");
  }
  if (bytes->size() > kMaxSniffBytes) {
    return invalid_request("/head", "head holds " + std::to_string(bytes->size()) +
                                        " bytes; send at most the first " +
                                        std::to_string(kMaxSniffBytes) + " bytes of the file.");
  }
  Json result = Json::object();
  result["media_type"] = sniff(*bytes);
  result["issues"] = Json::array();
  return result;
}

}  // namespace claims
