// check_package (spec section 10): every rule, in its order, with the spec's example.
#include <gtest/gtest.h>

#include <string>

#include "call.h"

using claims::Json;
using claims::testing::call;
using claims::testing::codes;
using claims::testing::codes_paths;
using claims::testing::error_of;
using claims::testing::result_of;

namespace {

const std::string kA(64, 'a');
const std::string kB(64, 'b');
const std::string kE(64, 'e');

Json manifest_object(Json claims) {
  return {{"format", "claim-package"},
          {"version", 1},
          {"created_on", "2026-03-01"},
          {"publisher", {{"id", "pub-42"}}},
          {"claims", std::move(claims)}};
}

Json claim_with(Json attachments, const char* id = "CLM-1") {
  return {{"id", id}, {"attachments", std::move(attachments)}};
}

Json pdf(const std::string& sha, long long size) {
  return {{"media_type", "application/pdf"}, {"size", size}, {"sha256", sha}};
}

Json entry(const std::string& name, long long size, const std::string& sha) {
  return {{"name", name}, {"size", size}, {"sha256", sha}};
}

Json check(const Json& manifest, Json entries, long long unpacked = 100) {
  return result_of("check_package", {{"manifest", manifest.is_string() ? manifest : Json(manifest.dump())},
                                     {"entries", std::move(entries)},
                                     {"unpacked_bytes", unpacked}});
}


}  // namespace

TEST(CheckPackage, SpecExample) {
  Json r = check(manifest_object(Json::array({claim_with(Json::array({pdf(kA, 10)}))})),
                 {entry("proofs/" + kA + ".pdf", 10, kA), entry("../evil.sh", 5, kE)});
  EXPECT_EQ(r["package"], Json::parse(R"({"created_on":"2026-03-01","publisher":{"id":"pub-42"}})"));
  EXPECT_EQ(r["claims"], Json::array({claim_with(Json::array({pdf(kA, 10)}))}));
  EXPECT_EQ(r["proofs"], Json::parse(R"([{"claim_id":"CLM-1","attachment":0,"entry":"proofs/)" +
                                     kA + R"(.pdf","status":"ok"}])"));
  EXPECT_EQ(codes_paths(r["issues"]),
            std::vector<std::string>{"package.unexpected_entry /entries/1/name"});
  EXPECT_EQ(r["issues"][0]["severity"], "warning");
  EXPECT_EQ(r["issues"][0]["message"],
            "The entry \"../evil.sh\" is not a proof file (proofs/<sha256>.<ext>); it is ignored.");
}

TEST(CheckPackage, TooManyEntriesIsCheckedFirstAndAlone) {
  // 10,001 entries that are not even objects, and a manifest that is not JSON: only the
  // size is judged.
  Json entries = Json::array();
  for (int i = 0; i < 10001; ++i) entries.push_back(i);
  Json r = result_of("check_package",
                     {{"manifest", "not json"}, {"entries", entries}, {"unpacked_bytes", 1}});
  EXPECT_EQ(codes_paths(r["issues"]), std::vector<std::string>{"package.too_large "});
  EXPECT_EQ(r["issues"][0]["message"],
            "The package holds 10001 entries; at most 10000 are opened.");
  EXPECT_EQ(r["package"], nullptr);
  EXPECT_EQ(r["claims"], Json::array());
  EXPECT_EQ(r["proofs"], Json::array());
}

TEST(CheckPackage, TooManyUnpackedBytes) {
  Json r = result_of("check_package", {{"manifest", "{}"},
                                       {"entries", Json::array()},
                                       {"unpacked_bytes", 2147483648LL}});  // 2 GiB
  EXPECT_EQ(codes_paths(r["issues"]), std::vector<std::string>{"package.too_large "});
  EXPECT_EQ(r["issues"][0]["message"],
            "The package unpacks to 2147483648 bytes; at most 1073741824 (1 GiB) are opened.");
  r = result_of("check_package", {{"manifest", "{}"},
                                  {"entries", Json::array()},
                                  {"unpacked_bytes", 1073741825LL}});
  EXPECT_EQ(codes(r["issues"]), std::vector<std::string>{"package.too_large"});
}

TEST(CheckPackage, AtTheLimitsIsNotTooLarge) {
  Json entries = Json::array();
  for (int i = 0; i < 10000; ++i) entries.push_back(entry("x" + std::to_string(i), 1, kE));
  Json r = check(manifest_object(Json::array()), entries, 1073741824LL);
  EXPECT_EQ(r["issues"].size(), 10000u);
  EXPECT_EQ(r["issues"][9999]["code"], "package.unexpected_entry");
  EXPECT_EQ(r["issues"][9999]["path"], "/entries/9999/name");
}

TEST(CheckPackage, UnusableManifestsAndNoEntryJudged) {
  const std::pair<Json, std::string> cases[] = {
      {Json(), "The package has no claims.json."},
      {Json("{\"format\": "),
       "claims.json is not JSON: parse error at line 1, column 12: syntax error while parsing "
       "value - unexpected end of input; expected '[', '{', or a literal."},
      {Json("[1]"), "claims.json must hold an object, not an array."},
      {Json(R"({"format":"zip","version":1,"claims":[]})"),
       "claims.json's format must be \"claim-package\", not \"zip\"."},
      {Json(R"({"version":1,"claims":[]})"),
       "claims.json's format must be \"claim-package\", not absent."},
      {Json(R"({"format":"claim-package","version":"1","claims":[]})"),
       "claims.json's version must be the integer 1, not a string."},
      {Json(R"({"format":"claim-package","version":1.0,"claims":[]})"),
       "claims.json's version must be the integer 1, not 1.0."},
      {Json(R"({"format":"claim-package","version":2,"claims":[]})"),
       "claims.json's version must be the integer 1, not 2."},
      {Json(R"({"format":"claim-package","version":1,"claims":{}})"),
       "claims.json's claims must be an array, not an object."},
      {Json(R"({"format":"claim-package","version":1})"),
       "claims.json's claims must be an array, not absent."},
  };
  for (const auto& [manifest, message] : cases) {
    Json request = {{"entries", {entry("../../etc/passwd", 1, kE)}}, {"unpacked_bytes", 1}};
    if (!manifest.is_null()) request["manifest"] = manifest;
    Json r = result_of("check_package", request);
    EXPECT_EQ(codes_paths(r["issues"]), std::vector<std::string>{"package.invalid /manifest"})
        << manifest;
    EXPECT_EQ(r["issues"][0]["message"], message);
    EXPECT_EQ(r["package"], nullptr);
    EXPECT_EQ(r["claims"], Json::array());
    EXPECT_EQ(r["proofs"], Json::array());
  }
  // null is the same as absent.
  Json r = result_of("check_package",
                     {{"manifest", nullptr}, {"entries", Json::array()}, {"unpacked_bytes", 0}});
  EXPECT_EQ(codes(r["issues"]), std::vector<std::string>{"package.invalid"});
}

// Rule 2 (spec section 10 step 2): the manifest's text over the request limits is
// package.too_large at /manifest, judged before it is parsed, and nothing else is checked.
Json check_text(const std::string& manifest) {
  return result_of("check_package", {{"manifest", manifest},
                                     {"entries", {entry("../../etc/passwd", 1, kE)}},
                                     {"unpacked_bytes", 1}});
}

std::string manifest_with_claims(const std::string& claims) {
  return R"({"format":"claim-package","version":1,"created_on":"2026-03-01","claims":)" +
         claims + "}";
}

// n copies of `item` separated by commas.
std::string items(std::size_t n, const std::string& item) {
  std::string out;
  out.reserve(n * (item.size() + 1));
  for (std::size_t i = 0; i < n; ++i) {
    if (i) out += ',';
    out += item;
  }
  return out;
}

void expect_too_large(const Json& r, const std::string& message) {
  EXPECT_EQ(codes_paths(r["issues"]), std::vector<std::string>{"package.too_large /manifest"});
  EXPECT_EQ(r["issues"][0]["message"], message);
  EXPECT_EQ(r["package"], nullptr);
  EXPECT_EQ(r["claims"], Json::array());
  EXPECT_EQ(r["proofs"], Json::array());
}

TEST(CheckPackage, ManifestNestedDeeperThan64IsTooLarge) {
  expect_too_large(check_text(std::string(100, '[') + std::string(100, ']')),
                   "claims.json nests arrays or objects deeper than 64 levels. It is not read.");
  // Every open array and object counts, the manifest object itself included: 64 levels
  // are read, 65 are not.
  const std::string at_limit = manifest_with_claims("[" + std::string(62, '[') + std::string(62, ']') + "]");
  EXPECT_EQ(codes(check_text(at_limit)["issues"]),
            (std::vector<std::string>{"package.invalid", "package.unexpected_entry"}));
  const std::string over = manifest_with_claims("[" + std::string(63, '[') + std::string(63, ']') + "]");
  EXPECT_EQ(codes_paths(check_text(over)["issues"]),
            std::vector<std::string>{"package.too_large /manifest"});
  // Brackets inside strings do not count.
  const std::string in_string =
      manifest_with_claims(R"([{"id":"CLM-1","comment":")" + std::string(200, '[') + R"("}])");
  EXPECT_EQ(codes(check_text(in_string)["issues"]), std::vector<std::string>{"package.unexpected_entry"});
}

TEST(CheckPackage, ManifestArrayOverAMillionItemsIsTooLarge) {
  expect_too_large(check_text(manifest_with_claims("[" + items(1000001, "{}") + "]")),
                   "claims.json has an array of more than 1000000 items (at /claims). It is not "
                   "read.");
  // Any array anywhere, read or not.
  expect_too_large(
      check_text(manifest_with_claims(R"([{"id":"CLM-1","notes":[)" + items(1000001, "0") + "]}]")),
      "claims.json has an array of more than 1000000 items (at /claims/0/notes). It is not "
      "read.");
  const Json at_limit =
      check_text(manifest_with_claims(R"([{"id":"CLM-1","notes":[)" + items(1000000, "0") + "]}]"));
  EXPECT_EQ(codes(at_limit["issues"]), std::vector<std::string>{"package.unexpected_entry"});
  EXPECT_EQ(at_limit["claims"][0]["notes"].size(), 1000000u);
}

TEST(CheckPackage, ManifestFirstOfASyntaxErrorOrALimitDecides) {
  // A syntax error before the 65th level: not JSON (step 3).
  const Json error_first = check_text(R"({"format" x )" + std::string(100, '['));
  EXPECT_EQ(codes_paths(error_first["issues"]), std::vector<std::string>{"package.invalid /manifest"});
  // The 65th level before the syntax error: too large.
  EXPECT_EQ(codes_paths(check_text(std::string(100, '[') + "x")["issues"]),
            std::vector<std::string>{"package.too_large /manifest"});
  // A syntax error in a long array before its 1,000,001st item.
  const Json error_in_array = check_text(manifest_with_claims("[0 0," + items(1000001, "0") + "]"));
  EXPECT_EQ(codes(error_in_array["issues"]), std::vector<std::string>{"package.invalid"});
  // The limit first, then garbage.
  EXPECT_EQ(codes(check_text(manifest_with_claims("[" + items(1000001, "0") + "] x"))["issues"]),
            std::vector<std::string>{"package.too_large"});
}

TEST(CheckPackage, ManifestTooDenseToReadIsTooLarge) {
  // 1.2 million empty arrays in arrays of 600,000: no array over the limit, but once read
  // they would take ~115 MiB from 3.6 MB of text.
  const std::string half = "[" + items(600000, "[]") + "]";
  const Json r = check_text(manifest_with_claims("[" + half + "," + half + "]"));
  EXPECT_EQ(codes_paths(r["issues"]), std::vector<std::string>{"package.too_large /manifest"});
  EXPECT_EQ(r["issues"][0]["message"].get<std::string>().rfind("claims.json has too many values", 0), 0u)
      << r["issues"][0]["message"];
  // The same text broken before its end: the syntax error decides.
  const Json broken = check_text(manifest_with_claims("[" + half + "," + half + "] x"));
  EXPECT_EQ(codes(broken["issues"]), std::vector<std::string>{"package.invalid"});
}

TEST(CheckPackage, MalformedRequestMembersFailTheRequest) {
  const Json ok = {{"manifest", manifest_object(Json::array()).dump()},
                   {"entries", Json::array()},
                   {"unpacked_bytes", 0}};
  Json r = ok;
  r["manifest"] = Json::object();
  EXPECT_EQ(error_of("check_package", r), "request.invalid /manifest");
  r = ok;
  r.erase("entries");
  EXPECT_EQ(error_of("check_package", r), "request.invalid /entries");
  r = ok;
  r.erase("unpacked_bytes");
  EXPECT_EQ(error_of("check_package", r), "request.invalid /unpacked_bytes");
  r = ok;
  r["unpacked_bytes"] = -1;
  EXPECT_EQ(error_of("check_package", r), "request.invalid /unpacked_bytes");
  r = ok;
  r["unpacked_bytes"] = "10";
  EXPECT_EQ(error_of("check_package", r), "request.invalid /unpacked_bytes");
  r = ok;
  r["entries"] = {entry("a", 1, kE), "b"};
  EXPECT_EQ(error_of("check_package", r), "request.invalid /entries/1");
  r = ok;
  r["entries"] = {{{"name", "a"}, {"size", -3}, {"sha256", kE}}};
  EXPECT_EQ(error_of("check_package", r), "request.invalid /entries/0/size");
  r = ok;
  r["entries"] = {{{"name", 7}, {"size", 3}, {"sha256", kE}}};
  EXPECT_EQ(error_of("check_package", r), "request.invalid /entries/0/name");
  r = ok;
  r["entries"] = {{{"name", "a"}, {"size", 3}}};
  EXPECT_EQ(error_of("check_package", r), "request.invalid /entries/0/sha256");
  EXPECT_EQ(call("check_package", ok)["ok"], true);
}

TEST(CheckPackage, ClaimsThatAreNotObjectsAreSkippedButKept) {
  Json claims = {claim_with(Json::array({pdf(kA, 10)})), "CLM-2", claim_with("not an array", "CLM-3")};
  Json r = check(manifest_object(claims), Json::array({entry("proofs/" + kA + ".pdf", 10, kA)}));
  EXPECT_EQ(codes_paths(r["issues"]),
            (std::vector<std::string>{"package.invalid /manifest/claims/1",
                                      "package.invalid /manifest/claims/2/attachments"}));
  EXPECT_EQ(r["claims"], claims);
  EXPECT_EQ(r["proofs"].size(), 1u);
}

TEST(CheckPackage, EntryNamesThatAreNoProofFile) {
  std::string upper = kA;
  upper[10] = 'A';
  const std::string names[] = {
      "../../etc/passwd",        "/etc/passwd",          "proofs/",
      "proofs/" + upper + ".pdf", "proofs/" + kA + ".PDF", "proofs/" + kA + ".exe",
      "proofs/" + kA + ".pdf/",  "proofs/" + kA,          "proofs/../" + kA + ".pdf",
      "claims.json",             "PROOFS/" + kA + ".pdf", "proofs/" + kA.substr(1) + ".pdf"};
  Json entries = Json::array();
  for (const auto& n : names) entries.push_back(entry(n, 1, kA));
  Json r = check(manifest_object(Json::array()), entries);
  ASSERT_EQ(r["issues"].size(), std::size(names));
  for (std::size_t n = 0; n < std::size(names); ++n) {
    EXPECT_EQ(r["issues"][n]["code"], "package.unexpected_entry") << names[n];
    EXPECT_EQ(r["issues"][n]["path"], "/entries/" + std::to_string(n) + "/name");
  }
}

TEST(CheckPackage, MissingMismatchedAndInvalidProofs) {
  Json attachments = {
      pdf(kA, 10),                                          // ok
      pdf(kB, 10),                                          // missing
      {{"media_type", "image/png"}, {"size", 3}, {"sha256", kA}},  // entry .png: other bytes
      pdf(kE, 99),                                          // size mismatch
      {{"media_type", "application/pdf"}, {"sha256", kE}},  // no size: digest alone
      {{"media_type", "application/pdf"}, {"sha256", "XYZ"}},
      {{"media_type", "application/pdf"}}};
  Json r = check(manifest_object(Json::array({claim_with(attachments)})),
                 {entry("proofs/" + kA + ".pdf", 10, kA), entry("proofs/" + kA + ".png", 3, kE),
                  entry("proofs/" + kE + ".pdf", 10, kE)});
  const std::string at = "/manifest/claims/0/attachments/";
  EXPECT_EQ(codes_paths(r["issues"]),
            (std::vector<std::string>{"proof.missing " + at + "1", "proof.digest_mismatch " + at + "2",
                                      "proof.digest_mismatch " + at + "3",
                                      "proof.invalid_digest " + at + "5",
                                      "proof.invalid_digest " + at + "6"}));
  std::vector<std::string> statuses;
  for (const auto& p : r["proofs"]) statuses.push_back(p["status"]);
  EXPECT_EQ(statuses, (std::vector<std::string>{"ok", "missing", "mismatch", "mismatch", "ok",
                                                "invalid_digest", "invalid_digest"}));
  EXPECT_EQ(r["proofs"][1]["entry"], nullptr);
  EXPECT_EQ(r["proofs"][2]["entry"], "proofs/" + kA + ".png");
  EXPECT_EQ(r["issues"][0]["message"],
            "The package has no entry \"proofs/" + kB + ".pdf\" for this attachment.");
  EXPECT_EQ(r["issues"][2]["message"],
            "The entry \"proofs/" + kE + ".pdf\" holds 10 bytes; the attachment says 99.");
}

TEST(CheckPackage, IssuesFollowTheRulesOrder) {
  // Rule 2 (a claim that is no object), 3 (a bad name), 4 (a missing proof), 5 (an entry
  // nobody names): in that order, whatever the order of the entries.
  Json r = check(manifest_object({claim_with(Json::array({pdf(kB, 1)})), 42}),
                 {entry("proofs/" + kE + ".gif", 1, kE), entry("evil/../x", 1, kE)});
  EXPECT_EQ(codes_paths(r["issues"]),
            (std::vector<std::string>{"package.invalid /manifest/claims/1",
                                      "package.unexpected_entry /entries/1/name",
                                      "proof.missing /manifest/claims/0/attachments/0",
                                      "package.unexpected_entry /entries/0/name"}));
  EXPECT_EQ(r["issues"][3]["message"],
            "No attachment names the entry \"proofs/" + kE + ".gif\"; it is ignored.");
}

TEST(CheckPackage, ADuplicateEntryNameIsFlaggedAndTheFirstIsJudged) {
  const std::string name = "proofs/" + kA + ".pdf";
  Json r = check(manifest_object(Json::array({claim_with(Json::array({pdf(kA, 10)}))})),
                 {entry(name, 10, kE), entry(name, 10, kA)});
  EXPECT_EQ(codes_paths(r["issues"]),
            (std::vector<std::string>{"package.unexpected_entry /entries/1/name",
                                      "proof.digest_mismatch /manifest/claims/0/attachments/0"}));
  EXPECT_EQ(r["issues"][0]["message"],
            "The entry \"proofs/" + kA + ".pdf\" appears twice; only entry 0 is judged.");
}

TEST(CheckPackage, OneEntryNamedByTwoAttachmentsIsFine) {
  Json r = check(manifest_object({claim_with(Json::array({pdf(kA, 10)})), claim_with(Json::array({pdf(kA, 10)}), "CLM-2")}),
                 Json::array({entry("proofs/" + kA + ".pdf", 10, kA)}));
  EXPECT_EQ(r["issues"], Json::array());
  EXPECT_EQ(r["proofs"][1]["claim_id"], "CLM-2");
  EXPECT_EQ(r["proofs"][1]["status"], "ok");
}

TEST(CheckPackage, WhatBuildPackageMakesChecksClean) {
  Json claims = {claim_with({pdf(kA, 10), {{"media_type", "image/webp"}, {"size", 7}, {"sha256", kB}}}),
                 claim_with(Json::array({pdf(kA, 10)}), "CLM-2")};
  Json built = result_of("build_package", {{"created_on", "2026-03-01"},
                                           {"publisher", {{"id", "pub-42"}}},
                                           {"claims", claims}});
  Json entries = Json::array();
  for (const auto& e : built["entries"]) entries.push_back(entry(e["name"], e["size"], e["sha256"]));
  Json r = check(built["manifest"], entries);
  EXPECT_EQ(r["issues"], Json::array());
  EXPECT_EQ(r["claims"], claims);
  EXPECT_EQ(r["proofs"].size(), 3u);
}
