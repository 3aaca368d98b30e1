#include "operations/envelope.h"

#include "formats/json_writer.h"

namespace claims {

void open_ok_envelope(std::string& out) { out += R"({"ok":true,"result":)"; }

void close_ok_envelope(std::string& out) { out += '}'; }

std::string error_envelope(const RequestError& error) {
  std::string out = R"({"ok":false,"error":{"code":)";
  append_json_string(out, error.code);
  out += R"(,"path":)";
  append_json_string(out, error.path);
  out += R"(,"message":)";
  append_json_string(out, error.message);
  out += "}}";
  return out;
}

}  // namespace claims
