// Operation build_package (spec section 10): what goes into a claim package. The manifest
// (claims.json) as text, and one proofs/<sha256>.<ext> entry per distinct proof; the ZIP
// and the hashing of the bytes are the front end's work.
#include <string>
#include <unordered_map>
#include <vector>

#include "base/issues.h"
#include "base/text.h"
#include "formats/package_json.h"
#include "requests/request.h"
#include "domain/proof_files.h"
#include "operations/operations.h"

namespace claims {

namespace {

// created_on: required, a valid date (request.invalid).
StatusOr<const std::string*> read_created_on(const Json& request) {
  ASSIGN_OR_RETURN(const std::string* text, read_string(request, "created_on"));
  if (!parse_date(*text)) {
    return invalid_request("/created_on", "created_on " + quote_value(*text) +
                                              " is not a valid date (" + date_rule() + ").");
  }
  return text;
}

// publisher: required, an object with an identifier `id` (request.invalid).
StatusOr<const Json*> read_publisher(const Json& request) {
  ASSIGN_OR_RETURN(const Json* publisher, read_object(request, "publisher", true));
  ASSIGN_OR_RETURN(const std::string* id, read_string(*publisher, "id", Path("/publisher")));
  if (!is_identifier(*id)) {
    return invalid_request("/publisher/id", "publisher.id " + quote_value(*id) + " must be " +
                                                identifier_rule() + ".");
  }
  return publisher;
}

struct Entry {
  std::string_view sha256;
  std::optional<std::uint64_t> size;
  std::string_view extension;
  const Json* media_type;  // the first attachment's, as given (nullptr: none)
};

Json entry_json(const Entry& e) {
  Json out = Json::object();
  out["name"] = proof_entry_name(e.sha256, e.extension);
  out["sha256"] = std::string(e.sha256);
  out["size"] = e.size ? Json(*e.size) : Json();
  out["media_type"] = e.media_type ? *e.media_type : Json();
  return out;
}

}  // namespace

StatusOr<Json> build_package(const Json& request) {
  ASSIGN_OR_RETURN(const std::string* created_on, read_created_on(request));
  ASSIGN_OR_RETURN(const Json* publisher, read_publisher(request));
  ASSIGN_OR_RETURN(const Json* claims_json, read_array(request, "claims", true));
  const Json& claims = *claims_json;

  Issues issues;
  std::vector<Entry> entries;
  std::unordered_map<std::string_view, std::size_t> by_digest;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    // Claims are written as given; only their proofs matter here (validate_claims judges
    // the rest), so a claim that is no object, or has no attachments array, has no proofs.
    if (!claims[i].is_object()) continue;
    auto it = claims[i].find("attachments");
    if (it == claims[i].end() || !it->is_array()) continue;
    const Path claim_at = Path("/claims") / i / "attachments";
    for (std::size_t j = 0; j < it->size(); ++j) {
      const Json& attachment = (*it)[j];
      const AttachmentProof proof = read_attachment_proof(attachment);
      if (!proof.sha256) {
        issues.error("proof.invalid_digest", claim_at / j, proof.digest_problem());
        continue;
      }
      auto [found, inserted] = by_digest.try_emplace(*proof.sha256, entries.size());
      if (inserted) {
        auto media = attachment.find("media_type");
        entries.push_back({*proof.sha256, proof.size, proof.extension,
                           media != attachment.end() && media->is_string() ? &*media : nullptr});
        continue;
      }
      const Entry& first = entries[found->second];
      const bool other_size = first.size && proof.size && *first.size != *proof.size;
      if (other_size || first.extension != proof.extension) {
        issues.error("package.conflict", claim_at / j,
                     "The proof " + quote_value(*proof.sha256) + " was first given " +
                         (other_size ? "with size " + std::to_string(*first.size) +
                                           "; this attachment says " +
                                           std::to_string(*proof.size)
                                     : "as ." + std::string(first.extension) +
                                           "; this attachment's media type makes it ." +
                                           std::string(proof.extension)) +
                         ". One file cannot be both.");
      }
    }
  }

  std::string manifest;
  manifest.reserve(64);
  manifest += R"({"format":"claim-package","version":1,"created_on":)";
  append_package_json_string(manifest, *created_on);
  manifest += R"(,"publisher":)";
  append_package_json(manifest, *publisher);
  manifest += R"(,"claims":)";
  append_package_json(manifest, claims);
  manifest += '}';

  Json result = Json::object();
  result["manifest"] = std::move(manifest);
  Json entries_json = Json::array();
  for (const Entry& e : entries) entries_json.push_back(entry_json(e));
  result["entries"] = std::move(entries_json);
  result["issues"] = issues.to_json();
  return result;
}

}  // namespace claims
