// build_package (spec section 10): the manifest's exact text and the entries.
#include <gtest/gtest.h>

#include <string>

#include "call.h"

using claims::Json;
using claims::testing::call;
using claims::testing::call_text;
using claims::testing::codes_paths;
using claims::testing::error_of;
using claims::testing::result_of;

namespace {

const std::string kA(64, 'a');
const std::string kB(64, 'b');
const std::string kC(64, 'c');

Json attachment(const std::string& sha, const char* media_type, long long size) {
  return {{"name", "proof"}, {"media_type", media_type}, {"size", size}, {"sha256", sha}};
}

Json request_with(Json claims) {
  return {{"created_on", "2026-03-01"},
          {"publisher", {{"id", "pub-42"}, {"name", "Example Cashback"}}},
          {"claims", std::move(claims)}};
}


}  // namespace

TEST(BuildPackage, ManifestIsCompactInOrderWithClaimsAsGiven) {
  const std::string text =
      R"({"created_on":"2026-03-01","publisher":{"name":"Example Cashback","id":"pub-42"},)"
      R"("claims":[{"id":"CLM-1","order":{"amount":"120.00","id":"A-1"},"attachments":[)"
      R"({"sha256":")" + kA + R"(","size":48213,"media_type":"application/pdf"}]}]})";
  Json r = call_text("build_package", text)["result"];
  EXPECT_EQ(r["manifest"],
            R"({"format":"claim-package","version":1,"created_on":"2026-03-01",)"
            R"("publisher":{"name":"Example Cashback","id":"pub-42"},)"
            R"("claims":[{"id":"CLM-1","order":{"amount":"120.00","id":"A-1"},"attachments":[)"
            R"({"sha256":")" + kA + R"(","size":48213,"media_type":"application/pdf"}]}]})");
  EXPECT_EQ(r["entries"],
            Json::parse(R"([{"name":"proofs/)" + kA + R"(.pdf","sha256":")" + kA +
                        R"(","size":48213,"media_type":"application/pdf"}])"));
  EXPECT_EQ(r["issues"], Json::array());
}

TEST(BuildPackage, HostileTextIsEscapedByTheSpecsRulesOnly) {
  // Quotes, backslashes, every short escape, other C0 controls, DEL and a C1 control (all
  // Unicode controls: \u00XX), then accents, an emoji, a slash and markup as they are.
  const std::string hostile = std::string("q\"b\\n\nr\rt\tb\bf\f") + '\x01' + '\x1f' + '\x7f' +
                              "\xC2\x85" + "\xC2\xA0" + "é ü 😀 </script> a/b";
  Json claim = {{"id", "CLM-1"}, {"comment", hostile}, {"n", -5}, {"big", 9007199254740993ULL}};
  Json r = result_of("build_package", request_with(Json::array({claim})));
  const std::string expected_comment = "q\\\"b\\\\n\\nr\\rt\\tb\\bf\\f\\u0001\\u001f\\u007f\\u0085"
                                       "\xC2\xA0" "é ü 😀 </script> a/b";
  EXPECT_EQ(r["manifest"].get<std::string>(),
            R"({"format":"claim-package","version":1,"created_on":"2026-03-01",)"
            R"("publisher":{"id":"pub-42","name":"Example Cashback"},)"
            R"("claims":[{"id":"CLM-1","comment":")" + expected_comment +
                R"(","n":-5,"big":9007199254740993}]})");
  // The text is JSON that reads back to the same claim.
  EXPECT_EQ(Json::parse(r["manifest"].get<std::string>())["claims"][0], claim);
}

TEST(BuildPackage, MemberNamesAreEscapedToo) {
  Json claim = Json::parse(R"({"a\"\u0002b": 1, "ñ": true, "x": null, "f": 1.5})");
  Json r = result_of("build_package", request_with(Json::array({claim})));
  EXPECT_NE(r["manifest"].get<std::string>().find(R"({"a\"\u0002b":1,"ñ":true,"x":null,"f":1.5})"),
            std::string::npos)
      << r["manifest"];
}

TEST(BuildPackage, OneEntryPerDistinctDigestInFirstNamedOrder) {
  Json c1 = {{"id", "CLM-1"},
             {"attachments",
              {attachment(kB, "image/png", 10), attachment(kA, "application/pdf", 20)}}};
  Json c2 = {{"id", "CLM-2"},
             {"attachments",
              {attachment(kA, "APPLICATION/PDF", 20), attachment(kC, "text/plain", 5),
               attachment(kB, "image/png", 10)}}};
  Json r = result_of("build_package", request_with({c1, c2}));
  ASSERT_EQ(r["entries"].size(), 3u) << r;
  EXPECT_EQ(r["entries"][0]["name"], "proofs/" + kB + ".png");
  EXPECT_EQ(r["entries"][1]["name"], "proofs/" + kA + ".pdf");
  EXPECT_EQ(r["entries"][1]["media_type"], "application/pdf");  // the first attachment's
  EXPECT_EQ(r["entries"][2]["name"], "proofs/" + kC + ".bin");
  EXPECT_EQ(r["entries"][2]["size"], 5);
  EXPECT_EQ(r["issues"], Json::array());
}

TEST(BuildPackage, ExtensionsFromTheMediaTypeIgnoringCase) {
  const std::pair<const char*, const char*> cases[] = {
      {"application/pdf", "pdf"}, {"image/png", "png"},   {"IMAGE/JPEG", "jpg"},
      {"image/webp", "webp"},     {"Image/Gif", "gif"},   {"image/svg+xml", "bin"},
      {"", "bin"}};
  for (const auto& [media_type, ext] : cases) {
    Json r = result_of("build_package",
                       request_with({{{"id", "C"}, {"attachments", {attachment(kA, media_type, 1)}}}}));
    EXPECT_EQ(r["entries"][0]["name"], "proofs/" + kA + "." + ext) << media_type;
  }
  // No media type at all: bin, and the entry's media_type is null.
  Json r = result_of("build_package",
                     request_with({{{"id", "C"}, {"attachments", {{{"sha256", kA}}}}}}));
  EXPECT_EQ(r["entries"][0]["name"], "proofs/" + kA + ".bin");
  EXPECT_EQ(r["entries"][0]["media_type"], nullptr);
  EXPECT_EQ(r["entries"][0]["size"], nullptr);
}

TEST(BuildPackage, ConflictingSizeOrExtensionOnTheSameDigest) {
  Json c = {{"id", "CLM-1"},
            {"attachments",
             {attachment(kA, "application/pdf", 10), attachment(kA, "application/pdf", 11),
              attachment(kA, "image/png", 10), {{"sha256", kA}, {"media_type", "application/pdf"}}}}};
  Json r = result_of("build_package", request_with({Json::object(), c}));
  EXPECT_EQ(codes_paths(r["issues"]),
            (std::vector<std::string>{"package.conflict /claims/1/attachments/1",
                                      "package.conflict /claims/1/attachments/2"}));
  EXPECT_NE(r["issues"][0]["message"].get<std::string>().find("size 10; this attachment says 11"),
            std::string::npos);
  EXPECT_NE(r["issues"][1]["message"].get<std::string>().find(".pdf; this attachment's media type makes it .png"),
            std::string::npos);
  ASSERT_EQ(r["entries"].size(), 1u);
  EXPECT_EQ(r["entries"][0]["size"], 10);
}

TEST(BuildPackage, InvalidDigestsHaveNoEntry) {
  std::string upper = kA;
  upper[0] = 'A';
  Json c = {{"id", "CLM-1"},
            {"attachments",
             {attachment(upper, "application/pdf", 1), attachment(kA.substr(1), "image/png", 1),
              {{"name", "no digest"}}, "not an object", attachment(kA, "image/png", 1),
              {{"sha256", 12}}}}};
  Json r = result_of("build_package", request_with(Json::array({c})));
  const std::string code = "proof.invalid_digest /claims/0/attachments/";
  EXPECT_EQ(codes_paths(r["issues"]),
            (std::vector<std::string>{code + "0", code + "1", code + "2", code + "3", code + "5"}));
  EXPECT_EQ(r["issues"][0]["message"], "sha256 \"A" + kA.substr(1) +
                                           "\" is not 64 lower-case hexadecimal digits.");
  EXPECT_EQ(r["issues"][2]["message"], "The attachment has no sha256.");
  EXPECT_EQ(r["issues"][4]["message"],
            "sha256 must be 64 lower-case hexadecimal digits, not a number.");
  ASSERT_EQ(r["entries"].size(), 1u);
  EXPECT_EQ(r["entries"][0]["name"], "proofs/" + kA + ".png");
}

TEST(BuildPackage, CreatedOnAndPublisherIdAreRequired) {
  Json ok = request_with(Json::array());
  Json r = ok;
  r.erase("created_on");
  EXPECT_EQ(error_of("build_package", r), "request.invalid /created_on");
  r = ok;
  r["created_on"] = "2026-02-30";
  EXPECT_EQ(error_of("build_package", r), "request.invalid /created_on");
  r = ok;
  r.erase("publisher");
  EXPECT_EQ(error_of("build_package", r), "request.invalid /publisher");
  r = ok;
  r["publisher"] = "pub-42";
  EXPECT_EQ(error_of("build_package", r), "request.invalid /publisher");
  r = ok;
  r["publisher"].erase("id");
  EXPECT_EQ(error_of("build_package", r), "request.invalid /publisher/id");
  r = ok;
  r["publisher"]["id"] = "";
  EXPECT_EQ(error_of("build_package", r), "request.invalid /publisher/id");
  r = ok;
  r["claims"] = Json::object();
  EXPECT_EQ(error_of("build_package", r), "request.invalid /claims");
  // And the next request works.
  EXPECT_EQ(call("build_package", ok)["ok"], true);
}
