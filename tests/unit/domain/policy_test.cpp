#include "domain/policy.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "issues_text.h"

using namespace claims;
using claims::testing::codes_and_paths;

TEST(Policy, AbsentIsTheSpecsDefaults) {
  Issues issues;
  const Policy p = parse_policy(nullptr, Path("/policy"), issues);
  EXPECT_TRUE(issues.empty());
  EXPECT_EQ(p.min_wait_days, 14);
  EXPECT_EQ(p.max_age_days, 90);
  EXPECT_TRUE(p.proof_required_for->has(ClaimReason::untracked));
  EXPECT_TRUE(p.proof_required_for->has(ClaimReason::wrong_amount));
  EXPECT_FALSE(p.proof_required_for->has(ClaimReason::declined));
  EXPECT_EQ(p.max_files, 5);
  EXPECT_EQ(p.max_file_bytes, 10485760);
  EXPECT_TRUE(p.media_type_allowed("IMAGE/WEBP"));
  EXPECT_FALSE(p.media_type_allowed("image/gif"));
  EXPECT_FALSE(p.promo_allowed);              // any promo code is fine
  EXPECT_FALSE(p.comment_required_for->has(ClaimReason::declined));
  EXPECT_FALSE(p.click_window_days);          // no limit
}

TEST(Policy, ReadsTheSpecExample) {
  Issues issues;
  const Json j = Json::parse(R"({"min_wait_days": 0, "max_age_days": 3650,
    "proof": {"required_for": ["declined"], "max_files": 2, "max_file_bytes": 100,
              "media_types": ["Application/PDF"]},
    "promo_codes": {"allowed": ["partner10"]}, "comment_required_for": ["declined"],
    "click_window_days": 30})");
  const Policy p = parse_policy(&j, Path("/policy"), issues);
  EXPECT_TRUE(issues.empty());
  EXPECT_EQ(p.min_wait_days, 0);
  EXPECT_EQ(p.max_age_days, 3650);
  EXPECT_TRUE(p.proof_required_for->has(ClaimReason::declined));
  EXPECT_FALSE(p.proof_required_for->has(ClaimReason::untracked));
  EXPECT_EQ(p.max_files, 2);
  EXPECT_EQ(p.max_file_bytes, 100);
  EXPECT_EQ(*p.media_types, std::vector<std::string>{"application/pdf"});  // lower-cased
  EXPECT_EQ(*p.promo_allowed, std::vector<std::string>{"PARTNER10"});      // upper-cased
  EXPECT_TRUE(p.promo_allowed_code("Partner10"));
  EXPECT_TRUE(p.comment_required_for->has(ClaimReason::declined));
  EXPECT_EQ(p.click_window_days, 30);
}

// An invalid member is policy.invalid at its path, and the rule it drives is skipped.
TEST(Policy, InvalidMembersSkipTheirRules) {
  Issues issues;
  const Json j = Json::parse(R"({"min_wait_days": -1, "max_age_days": 3651,
    "proof": {"required_for": ["lost", 3], "media_types": ["", "image/png"]},
    "promo_codes": {"allowed": "P10"}, "comment_required_for": "declined",
    "click_window_days": 1.5})");
  const Policy p = parse_policy(&j, Path("/policy"), issues);
  EXPECT_FALSE(p.min_wait_days);
  EXPECT_FALSE(p.max_age_days);
  EXPECT_FALSE(p.proof_required_for);
  EXPECT_FALSE(p.media_types);
  EXPECT_EQ(p.max_files, 5);  // untouched members keep their defaults
  EXPECT_FALSE(p.promo_allowed);
  EXPECT_FALSE(p.comment_required_for);
  EXPECT_FALSE(p.click_window_days);
  EXPECT_EQ(codes_and_paths(issues),
            (std::vector<std::string>{
                "policy.invalid /policy/min_wait_days", "policy.invalid /policy/max_age_days",
                "policy.invalid /policy/proof/required_for/0",
                "policy.invalid /policy/proof/required_for/1",
                "policy.invalid /policy/proof/media_types/0",
                "policy.invalid /policy/promo_codes/allowed",
                "policy.invalid /policy/comment_required_for",
                "policy.invalid /policy/click_window_days"}));
  EXPECT_EQ(issues.list()[4].message,
            "media_types value \"\" must be 1 to 64 characters without control characters.");
}

TEST(Policy, ProofThatIsNoObjectSkipsEveryProofRule) {
  Issues issues;
  const Json j = Json::parse(R"({"proof": []})");
  const Policy p = parse_policy(&j, Path("/policy"), issues);
  EXPECT_FALSE(p.proof_required_for);
  EXPECT_FALSE(p.max_files);
  EXPECT_FALSE(p.max_file_bytes);
  EXPECT_FALSE(p.media_types);
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues.list()[0].message, "proof must be an object, not an array.");
}

TEST(Policy, Reasons) {
  EXPECT_EQ(parse_reason("declined"), ClaimReason::declined);
  EXPECT_FALSE(parse_reason("Declined"));
  EXPECT_STREQ(reason_name(ClaimReason::wrong_amount), "wrong_amount");
  ReasonSet set{ClaimReason::untracked};
  EXPECT_TRUE(set.has(ClaimReason::untracked));
  EXPECT_FALSE(set.has(ClaimReason::declined));
}

TEST(Policy, ResponseDaysAndNoResponse) {
  Issues issues;
  Policy p = parse_policy(nullptr, Path("/policy"), issues);
  EXPECT_FALSE(p.response_days);  // absent: no deadline
  EXPECT_EQ(p.no_response, NoResponse::nothing);
  const Json good = Json::parse(R"({"response_days": 75, "no_response": "accept"})");
  p = parse_policy(&good, Path("/policy"), issues);
  EXPECT_TRUE(issues.empty());
  EXPECT_EQ(p.response_days, 75);
  EXPECT_EQ(p.no_response, NoResponse::accept);
  EXPECT_STREQ(no_response_name(p.no_response), "accept");
  const Json edge = Json::parse(R"({"response_days": 3650, "no_response": "decline"})");
  p = parse_policy(&edge, Path("/policy"), issues);
  EXPECT_TRUE(issues.empty());
  EXPECT_EQ(p.response_days, 3650);
  EXPECT_EQ(p.no_response, NoResponse::decline);
  const Json bad = Json::parse(R"({"response_days": 3651, "no_response": "Accept"})");
  p = parse_policy(&bad, Path("/policy"), issues);
  EXPECT_EQ(codes_and_paths(issues),
            (std::vector<std::string>{"policy.invalid /policy/response_days",
                                      "policy.invalid /policy/no_response"}));
  EXPECT_EQ(issues.list()[0].message, "response_days is 3651; it must be from 0 to 3650.");
  EXPECT_FALSE(p.response_days);
  EXPECT_EQ(p.no_response, NoResponse::nothing);
}
