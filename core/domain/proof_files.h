// Proof files in a claim package (spec section 10): their digests, their entry names
// (`proofs/<sha256>.<ext>`) and the package's size limits. build_package and
// check_package both name entries with these, and claim validation reads digests here.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/json.h"

namespace claims {

// A proof file's SHA-256 digest, its 32 bytes.
using Sha256 = std::array<unsigned char, 32>;

// 64 lower-case hex digits into the digest's bytes; false for anything else (upper-case
// hex included: it is not the spec's form).
bool parse_sha256(std::string_view hex, Sha256& out);
bool is_sha256_hex(std::string_view hex);

// The extension a proof of this media type is stored with, ignoring the media type's
// case: pdf, png, jpg, webp, gif, else bin.
std::string_view proof_extension(std::string_view media_type);
// "proofs/<sha256>.<ext>".
std::string proof_entry_name(std::string_view sha256, std::string_view extension);
// The digest of an entry named exactly "proofs/<64 lower-case hex>.<ext>" with an
// extension proof_extension() gives (lower-case); nullopt for any other name.
std::optional<std::string_view> proof_entry_digest(std::string_view name);

// What a package needs of one attachment (an element of a claim's `attachments`, any
// JSON value): its digest when it is 64 lower-case hex digits, its size when a
// non-negative integer, and the extension of its media type (bin when it has none).
struct AttachmentProof {
  std::optional<std::string_view> sha256;
  std::optional<std::uint64_t> size;
  std::string_view extension;
  // Why there is no digest, for proof.invalid_digest: "The attachment has no sha256." or
  // "sha256 \"...\" is not 64 lower-case hexadecimal digits."; empty when there is one.
  std::string digest_problem() const;

  const Json* attachment = nullptr;
};
AttachmentProof read_attachment_proof(const Json& attachment);

// A package's limits (spec section 10, rule 1).
constexpr std::size_t kMaxPackageEntries = 10000;
constexpr std::uint64_t kMaxPackageUnpackedBytes = 1073741824;  // 1 GiB

}  // namespace claims
