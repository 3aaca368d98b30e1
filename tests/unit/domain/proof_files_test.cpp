#include "domain/proof_files.h"

#include <gtest/gtest.h>

#include <string>

using namespace claims;

namespace {
const std::string kA(64, 'a');
}

TEST(ProofFiles, DigestsAreSixtyFourLowerCaseHexDigits) {
  Sha256 bytes{};
  EXPECT_TRUE(parse_sha256(std::string(62, '0') + "ff", bytes));
  EXPECT_EQ(bytes[31], 0xff);
  EXPECT_EQ(bytes[0], 0x00);
  EXPECT_FALSE(is_sha256_hex(std::string(62, '0') + "FF"));
  EXPECT_FALSE(is_sha256_hex(std::string(63, 'a')));
  EXPECT_FALSE(is_sha256_hex(std::string(65, 'a')));
  EXPECT_FALSE(is_sha256_hex(std::string(63, 'a') + "g"));
}

TEST(ProofFiles, ExtensionsIgnoreTheMediaTypesCase) {
  EXPECT_EQ(proof_extension("application/pdf"), "pdf");
  EXPECT_EQ(proof_extension("Image/PNG"), "png");
  EXPECT_EQ(proof_extension("image/jpeg"), "jpg");
  EXPECT_EQ(proof_extension("image/webp"), "webp");
  EXPECT_EQ(proof_extension("image/gif"), "gif");
  EXPECT_EQ(proof_extension("image/jpg"), "bin");
  EXPECT_EQ(proof_extension(""), "bin");
  EXPECT_EQ(proof_entry_name(kA, "pdf"), "proofs/" + kA + ".pdf");
}

TEST(ProofFiles, OnlyExactProofEntryNamesGiveADigest) {
  EXPECT_EQ(proof_entry_digest("proofs/" + kA + ".pdf"), kA);
  EXPECT_EQ(proof_entry_digest("proofs/" + kA + ".bin"), kA);
  for (const std::string& name : std::initializer_list<std::string>
       {"proofs/" + kA + ".PDF", "proofs/" + kA + ".exe", "proofs/" + kA + ".", "proofs/" + kA,
        "proofs/" + kA + ".pdf/", "./proofs/" + kA + ".pdf", "/proofs/" + kA + ".pdf",
        "proofs/../" + kA.substr(3) + ".pdf", std::string("../../etc/passwd"), std::string("proofs/"),
        "Proofs/" + kA + ".pdf", "proofs/" + std::string(64, 'A') + ".pdf", std::string()}) {
    EXPECT_FALSE(proof_entry_digest(name)) << name;
  }
}

TEST(ProofFiles, AttachmentProof) {
  // The proof holds views into the attachment: keep it alive.
  const Json good = Json::parse(R"({"sha256":")" + kA + R"(","size":10,"media_type":"IMAGE/GIF"})");
  AttachmentProof p = read_attachment_proof(good);
  EXPECT_EQ(p.sha256, kA);
  EXPECT_EQ(p.size, 10u);
  EXPECT_EQ(p.extension, "gif");
  EXPECT_EQ(p.digest_problem(), "");
  const Json bad = Json::parse(R"({"sha256":null,"size":-1})");
  p = read_attachment_proof(bad);
  EXPECT_FALSE(p.sha256);
  EXPECT_FALSE(p.size);
  EXPECT_EQ(p.extension, "bin");
  EXPECT_EQ(p.digest_problem(), "The attachment has no sha256.");
  const Json text = "x";
  EXPECT_EQ(read_attachment_proof(text).digest_problem(),
            "The attachment is a string, not an object with a sha256.");
}
