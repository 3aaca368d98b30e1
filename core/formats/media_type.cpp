#include "formats/media_type.h"

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

}  // namespace claims
