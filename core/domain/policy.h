// The program's claim rules (spec section 4, "Policy"): every member optional, with the
// spec's defaults. An invalid member is a policy.invalid issue and the rule it drives is
// skipped (nullopt below), as for any rule whose input is invalid.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/issues.h"
#include "base/name_set.h"
#include "base/json.h"
#include "base/path.h"

namespace claims {

enum class ClaimReason : unsigned char { untracked, wrong_amount, declined };

// What happens to a claim the advertiser does not answer in time (spec section 11).
enum class NoResponse : unsigned char { nothing, accept, decline };
// "nothing", "accept", "decline".
const char* no_response_name(NoResponse value);

std::optional<ClaimReason> parse_reason(std::string_view text);
const char* reason_name(ClaimReason reason);

// A small set of reasons (policy lists such as proof.required_for).
class ReasonSet {
 public:
  ReasonSet() = default;
  ReasonSet(std::initializer_list<ClaimReason> reasons) {
    for (ClaimReason r : reasons) add(r);
  }
  void add(ClaimReason r) { bits_ = static_cast<unsigned char>(bits_ | bit(r)); }
  bool has(ClaimReason r) const { return (bits_ & bit(r)) != 0; }

 private:
  static unsigned char bit(ClaimReason r) {
    return static_cast<unsigned char>(1u << static_cast<unsigned>(r));
  }
  unsigned char bits_ = 0;
};

// The media types a program accepts when its policy does not say.
inline std::vector<std::string> default_media_types() {
  return {"application/pdf", "image/png", "image/jpeg", "image/webp"};
}

struct Policy {
  // nullopt: the member was invalid, the rule is skipped.
  std::optional<long long> min_wait_days = 14;
  std::optional<long long> max_age_days = 90;
  std::optional<ReasonSet> proof_required_for =
      ReasonSet{ClaimReason::untracked, ClaimReason::wrong_amount};
  std::optional<long long> max_files = 5;
  std::optional<long long> max_file_bytes = 10485760;
  // Lower-case; compared ignoring ASCII case.
  std::optional<std::vector<std::string>> media_types = default_media_types();
  // nullopt: any promo code is fine (absent) or the list was invalid. Upper-case.
  std::optional<std::vector<std::string>> promo_allowed;
  std::optional<ReasonSet> comment_required_for = ReasonSet{};
  // nullopt: no limit (absent) or invalid.
  std::optional<long long> click_window_days;
  // Spec section 11: the advertiser's time to answer, in days (0 to kMaxDayCount); nullopt:
  // no deadline (absent) or invalid.
  std::optional<long long> response_days;
  // What the network does when that time is over; `nothing` when absent or invalid.
  NoResponse no_response = NoResponse::nothing;

  // Both search the lists through indexes that parse_policy() builds with them.
  bool media_type_allowed(std::string_view media_type) const;  // needs media_types
  bool promo_allowed_code(std::string_view code) const;         // needs promo_allowed
  NameSet media_type_index{default_media_types(), NameSet::Case::ignore_ascii};
  NameSet promo_index;
};

// `policy` may be nullptr (absent): all defaults. It must be an object otherwise (the
// caller checks, request.invalid). Invalid members are policy.invalid issues at `at`/...
Policy parse_policy(const Json* policy, const Path& at, Issues& issues);

}  // namespace claims
