#include "domain/proof_files.h"

#include "base/text.h"

namespace claims {

namespace {

int hex_value(char ch) {
  if (ch >= '0' && ch <= '9') return ch - '0';
  if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
  return -1;  // upper-case hex is not the spec's form
}

struct ExtensionOf {
  std::string_view media_type;
  std::string_view extension;
};

constexpr ExtensionOf kExtensions[] = {{"application/pdf", "pdf"},
                                       {"image/png", "png"},
                                       {"image/jpeg", "jpg"},
                                       {"image/webp", "webp"},
                                       {"image/gif", "gif"}};
constexpr std::string_view kOtherExtension = "bin";
constexpr std::string_view kProofsFolder = "proofs/";

}  // namespace

bool parse_sha256(std::string_view s, Sha256& out) {
  if (s.size() != 2 * out.size()) return false;
  for (std::size_t i = 0; i < out.size(); ++i) {
    const int hi = hex_value(s[2 * i]);
    const int lo = hex_value(s[2 * i + 1]);
    if (hi < 0 || lo < 0) return false;
    out[i] = static_cast<unsigned char>(hi * 16 + lo);
  }
  return true;
}

bool is_sha256_hex(std::string_view hex) {
  Sha256 ignored;
  return parse_sha256(hex, ignored);
}

std::string_view proof_extension(std::string_view media_type) {
  for (const ExtensionOf& e : kExtensions)
    if (equal_ignoring_case(e.media_type, media_type)) return e.extension;
  return kOtherExtension;
}

std::string proof_entry_name(std::string_view sha256, std::string_view extension) {
  std::string name;
  name.reserve(kProofsFolder.size() + sha256.size() + 1 + extension.size());
  name.append(kProofsFolder).append(sha256).append(1, '.').append(extension);
  return name;
}

std::optional<std::string_view> proof_entry_digest(std::string_view name) {
  constexpr std::size_t kHexDigits = 2 * Sha256().size();
  if (name.size() <= kProofsFolder.size() + kHexDigits + 1) return std::nullopt;
  if (name.substr(0, kProofsFolder.size()) != kProofsFolder) return std::nullopt;
  const std::string_view hex = name.substr(kProofsFolder.size(), kHexDigits);
  if (!is_sha256_hex(hex) || name[kProofsFolder.size() + kHexDigits] != '.') return std::nullopt;
  const std::string_view extension = name.substr(kProofsFolder.size() + kHexDigits + 1);
  bool known = extension == kOtherExtension;
  for (const ExtensionOf& e : kExtensions) known = known || extension == e.extension;
  if (!known) return std::nullopt;
  return hex;
}

AttachmentProof read_attachment_proof(const Json& attachment) {
  AttachmentProof proof;
  proof.attachment = &attachment;
  proof.extension = kOtherExtension;
  if (!attachment.is_object()) return proof;
  auto member = [&](const char* key) -> const Json* {
    auto it = attachment.find(key);
    return it == attachment.end() ? nullptr : &*it;
  };
  if (const Json* v = member("sha256"); v && v->is_string()) {
    const auto& hex = v->get_ref<const std::string&>();
    if (is_sha256_hex(hex)) proof.sha256 = hex;
  }
  if (const Json* v = member("size"); v && v->is_number_unsigned())
    proof.size = v->get<std::uint64_t>();
  else if (v && v->is_number_integer() && v->get<long long>() >= 0)
    proof.size = static_cast<std::uint64_t>(v->get<long long>());
  if (const Json* v = member("media_type"); v && v->is_string())
    proof.extension = proof_extension(v->get_ref<const std::string&>());
  return proof;
}

std::string AttachmentProof::digest_problem() const {
  if (sha256) return std::string();
  if (!attachment || !attachment->is_object())
    return std::string("The attachment is ") + json_type_name(*attachment) +
           ", not an object with a sha256.";
  auto it = attachment->find("sha256");
  if (it == attachment->end() || it->is_null()) return "The attachment has no sha256.";
  const std::string rule = std::to_string(2 * Sha256().size()) + " lower-case hexadecimal digits";
  if (!it->is_string()) return "sha256 must be " + rule + ", not " + json_type_name(*it) + ".";
  return "sha256 " + quote_value(it->get_ref<const std::string&>()) + " is not " + rule + ".";
}

}  // namespace claims
