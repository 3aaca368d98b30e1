// Operation check_package (spec section 10): the verdict on a claim package that was
// opened. The front end unpacks the ZIP and hashes every entry; the core judges the list,
// rule by rule in the spec's order, so every browser and the command line agree.
#include <string>
#include <unordered_map>
#include <vector>

#include "base/issues.h"
#include "base/text.h"
#include "formats/json_parse.h"
#include "requests/request.h"
#include "requests/request_limits.h"
#include "domain/proof_files.h"
#include "operations/operations.h"

namespace claims {

namespace {

struct PackageEntry {
  std::string_view name;
  std::uint64_t size;
  std::string_view sha256;
};

// A whole number of bytes, 0 or more, at `at` (request.invalid).
StatusOr<std::uint64_t> read_byte_count(const Json& obj, const char* key, const Path& at) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null())
    return invalid_request(at.str(), at.dotted() + " is required.");
  if (it->is_number_unsigned()) return it->get<std::uint64_t>();
  if (it->is_number_integer() && it->get<long long>() >= 0)
    return static_cast<std::uint64_t>(it->get<long long>());
  return invalid_request(at.str(), at.dotted() + " must be a whole number of bytes (0 or more), "
                                                 "not " + (it->is_number() ? it->dump() : std::string(json_type_name(*it))) + ".");
}

// The entries as the front end listed them: each {name, size, sha256}. They come from
// the ZIP reader, not from a person, so a malformed one fails the request.
StatusOr<std::vector<PackageEntry>> read_entries(const Json& entries) {
  std::vector<PackageEntry> out;
  out.reserve(entries.size());
  for (std::size_t n = 0; n < entries.size(); ++n) {
    const Json& e = entries[n];
    const Path at = Path("/entries") / n;
    if (!e.is_object()) return wrong_member_type(at, "an object", e);
    ASSIGN_OR_RETURN(const std::string* name, read_string(e, "name", at));
    ASSIGN_OR_RETURN(const std::uint64_t size, read_byte_count(e, "size", at / "size"));
    ASSIGN_OR_RETURN(const std::string* sha256, read_string(e, "sha256", at));
    out.push_back({*name, size, *sha256});
  }
  return out;
}

// Rule 3: the manifest as a claim package, or why it is not one (nullopt: usable).
std::optional<std::string> manifest_problem(const std::string& text, Json& manifest) {
  std::string reason;
  if (!parse_json(text, manifest, &reason)) return "claims.json is not JSON: " + reason + ".";
  if (!manifest.is_object())
    return std::string("claims.json must hold an object, not ") + json_type_name(manifest) + ".";
  auto member = [&](const char* key) -> const Json* {
    auto it = manifest.find(key);
    return it == manifest.end() ? nullptr : &*it;
  };
  const Json* format = member("format");
  if (!format || *format != "claim-package") {
    return std::string("claims.json's format must be \"claim-package\", not ") +
           (!format ? "absent"
            : format->is_string() ? quote_value(format->get_ref<const std::string&>())
                                  : json_type_name(*format)) + ".";
  }
  const Json* version = member("version");
  if (!version || !version->is_number_integer() || version->get<long long>() != 1) {
    return "claims.json's version must be the integer 1, not " +
           (!version ? std::string("absent")
            : version->is_number() ? version->dump()
                                   : std::string(json_type_name(*version))) + ".";
  }
  const Json* claims = member("claims");
  if (!claims || !claims->is_array()) {
    return std::string("claims.json's claims must be an array, not ") +
           (claims ? json_type_name(*claims) : "absent") + ".";
  }
  return std::nullopt;
}

// A proof entry's name (checked by proof_entry_digest, so at most 76 characters) whole
// in a message; any other name is cut by quote_value.
std::string quote_proof_name(std::string_view name) {
  return "\"" + std::string(name) + "\"";
}

Json member_or_null(const Json& obj, const char* key) {
  auto it = obj.find(key);
  return it == obj.end() ? Json() : *it;
}

Json proof_json(const Json& claim, std::size_t attachment, const std::string* entry,
                const char* status) {
  Json out = Json::object();
  auto id = claim.find("id");
  out["claim_id"] = id != claim.end() && id->is_string() ? *id : Json();
  out["attachment"] = attachment;
  out["entry"] = entry ? Json(*entry) : Json();
  out["status"] = status;
  return out;
}

Json empty_result(Json package, Json claims, Issues& issues) {
  Json result = Json::object();
  result["package"] = std::move(package);
  result["claims"] = std::move(claims);
  result["proofs"] = Json::array();
  result["issues"] = issues.to_json();
  return result;
}

}  // namespace

StatusOr<Json> check_package(const Json& request) {
  ASSIGN_OR_RETURN(const std::string* manifest_text, read_optional_string(request, "manifest"));
  ASSIGN_OR_RETURN(const Json* entries_json, read_array(request, "entries", true));
  ASSIGN_OR_RETURN(const std::uint64_t unpacked,
                   read_byte_count(request, "unpacked_bytes", Path("/unpacked_bytes")));
  Issues issues;

  // Rule 1, before any entry is looked at.
  if (entries_json->size() > kMaxPackageEntries || unpacked > kMaxPackageUnpackedBytes) {
    issues.error("package.too_large", Path(),
                 entries_json->size() > kMaxPackageEntries
                     ? "The package holds " + std::to_string(entries_json->size()) +
                           " entries; at most " + std::to_string(kMaxPackageEntries) +
                           " are opened."
                     : "The package unpacks to " + std::to_string(unpacked) +
                           " bytes; at most " + std::to_string(kMaxPackageUnpackedBytes) +
                           " (1 GiB) are opened.");
    return empty_result(Json(), Json::array(), issues);
  }
  ASSIGN_OR_RETURN(const std::vector<PackageEntry> entries, read_entries(*entries_json));

  // Rule 2: the manifest's text over the request limits, before it is parsed.
  const Path manifest_at("/manifest");
  if (manifest_text) {
    if (auto over = document_over_limits(*manifest_text, "claims.json")) {
      issues.error("package.too_large", manifest_at, over->message + " It is not read.");
      return empty_result(Json(), Json::array(), issues);
    }
  }

  // Rule 3: the manifest.
  Json manifest;
  const std::optional<std::string> problem =
      manifest_text ? manifest_problem(*manifest_text, manifest)
                    : std::optional<std::string>("The package has no claims.json.");
  if (problem) {
    issues.error("package.invalid", manifest_at, *problem);
    return empty_result(Json(), Json::array(), issues);
  }
  Json package = Json::object();
  package["created_on"] = member_or_null(manifest, "created_on");
  package["publisher"] = member_or_null(manifest, "publisher");
  const Json& claims = manifest["claims"];
  const Path claims_at = manifest_at / "claims";
  for (std::size_t i = 0; i < claims.size(); ++i) {
    if (!claims[i].is_object()) {
      issues.error("package.invalid", claims_at / i,
                   not_an_object("A claim in claims.json", claims[i]) + " It is skipped.");
      continue;
    }
    auto attachments = claims[i].find("attachments");
    if (attachments != claims[i].end() && !attachments->is_null() && !attachments->is_array()) {
      issues.error("package.invalid", claims_at / i / "attachments",
                   std::string("attachments must be an array, not ") +
                       json_type_name(*attachments) + "; the claim's proofs are not judged.");
    }
  }

  // Rule 4: entry names. The first entry of a name is the one judged.
  std::unordered_map<std::string_view, std::size_t> proof_entries;
  proof_entries.reserve(entries.size());
  for (std::size_t n = 0; n < entries.size(); ++n) {
    const PackageEntry& e = entries[n];
    const Path at = Path("/entries") / n / "name";
    if (!proof_entry_digest(e.name)) {
      issues.warning("package.unexpected_entry", at,
                     "The entry " + quote_name(e.name) +
                         " is not a proof file (proofs/<sha256>.<ext>); it is ignored.");
    } else if (!proof_entries.emplace(e.name, n).second) {
      issues.warning("package.unexpected_entry", at,
                     "The entry " + quote_proof_name(e.name) + " appears twice; only entry " +
                         std::to_string(proof_entries[e.name]) + " is judged.");
    }
  }

  // Rule 5: each attachment against its entry.
  std::vector<bool> named(entries.size(), false);
  Json proofs = Json::array();
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const Json& claim = claims[i];
    if (!claim.is_object()) continue;
    auto attachments = claim.find("attachments");
    if (attachments == claim.end() || !attachments->is_array()) continue;
    for (std::size_t j = 0; j < attachments->size(); ++j) {
      const Path at = claims_at / i / "attachments" / j;
      const AttachmentProof proof = read_attachment_proof((*attachments)[j]);
      if (!proof.sha256) {
        issues.error("proof.invalid_digest", at, proof.digest_problem());
        proofs.push_back(proof_json(claim, j, nullptr, "invalid_digest"));
        continue;
      }
      const std::string name = proof_entry_name(*proof.sha256, proof.extension);
      auto found = proof_entries.find(name);
      if (found == proof_entries.end()) {
        issues.error("proof.missing", at,
                     "The package has no entry " + quote_proof_name(name) + " for this attachment.");
        proofs.push_back(proof_json(claim, j, nullptr, "missing"));
        continue;
      }
      named[found->second] = true;
      const PackageEntry& e = entries[found->second];
      if (e.sha256 != *proof.sha256) {
        issues.error("proof.digest_mismatch", at,
                     "The entry " + quote_proof_name(name) + " hashes to " + quote_value(e.sha256) +
                         ", not to the attachment's sha256.");
        proofs.push_back(proof_json(claim, j, &name, "mismatch"));
      } else if (proof.size && *proof.size != e.size) {
        issues.error("proof.digest_mismatch", at,
                     "The entry " + quote_proof_name(name) + " holds " + std::to_string(e.size) +
                         " bytes; the attachment says " + std::to_string(*proof.size) + ".");
        proofs.push_back(proof_json(claim, j, &name, "mismatch"));
      } else {
        proofs.push_back(proof_json(claim, j, &name, "ok"));
      }
    }
  }

  // Rule 6: proof entries no attachment names.
  for (std::size_t n = 0; n < entries.size(); ++n) {
    auto first = proof_entries.find(entries[n].name);
    if (first == proof_entries.end() || first->second != n || named[n]) continue;
    issues.warning("package.unexpected_entry", Path("/entries") / n / "name",
                   "No attachment names the entry " + quote_proof_name(entries[n].name) +
                       "; it is ignored.");
  }

  Json result = Json::object();
  result["package"] = std::move(package);
  result["claims"] = claims;
  result["proofs"] = std::move(proofs);
  result["issues"] = issues.to_json();
  return result;
}

}  // namespace claims
