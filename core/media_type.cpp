#include "media_type.h"

#include "base64.h"
#include "operations.h"
#include "request.h"
#include "text.h"

namespace claims {

namespace {
bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}
}  // namespace

const char* sniff(std::string_view head) {
  if (starts_with(head, "%PDF-")) return "application/pdf";
  if (starts_with(head, std::string_view("\x89PNG\r\n\x1A\n", 8))) return "image/png";
  if (starts_with(head, "\xFF\xD8\xFF")) return "image/jpeg";
  if (head.size() >= 12 && starts_with(head, "RIFF") && head.substr(8, 4) == "WEBP")
    return "image/webp";
  if (starts_with(head, "GIF87a") || starts_with(head, "GIF89a")) return "image/gif";
  return "application/octet-stream";
}

StatusOr<Json> sniff_media_type(const Json& request) {
  auto head = read_string(request, "head");
  if (!head.ok()) return head.error();
  const auto& text = head.value()->get_ref<const std::string&>();
  auto bytes = base64_decode(text);
  if (!bytes) {
    return invalid_request("/head", "head " + quote_value(text) + " is not valid base64.");
  }
  if (bytes->size() > 64) {
    return invalid_request("/head", "head holds " + std::to_string(bytes->size()) +
                                        " bytes; send at most the first 64 bytes of the file.");
  }
  Json result = Json::object();
  result["media_type"] = sniff(*bytes);
  result["issues"] = Json::array();
  return result;
}

}  // namespace claims
