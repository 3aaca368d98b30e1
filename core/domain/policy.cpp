#include "domain/policy.h"

#include "base/text.h"
#include "requests/fields.h"

namespace claims {

namespace {

constexpr const char* kPolicyInvalid = "policy.invalid";
// The largest values a policy's proof limits may take: a count far beyond any claim, and
// the largest byte count a JavaScript number holds exactly.
constexpr long long kMaxFilesLimit = 1000000;
constexpr long long kMaxFileBytesLimit = std::int64_t(1) << 53;

// An array of non-empty strings without control characters; nullopt (with issues) when
// any element is not.
std::optional<std::vector<std::string>> string_list(const Json& arr, const Path& at,
                                                    std::string_view key, Issues& issues) {
  if (!arr.is_array()) {
    issues.error(kPolicyInvalid, at,
                 std::string(key) + " must be an array of strings, not " + json_type_name(arr) +
                     ".");
    return std::nullopt;
  }
  std::vector<std::string> out;
  out.reserve(arr.size());
  bool ok = true;
  for (std::size_t i = 0; i < arr.size(); ++i) {
    const Json& v = arr[i];
    if (!v.is_string()) {
      issues.error(kPolicyInvalid, at / i,
                   std::string(key) + " must hold strings, not " + json_type_name(v) + ".");
      ok = false;
      continue;
    }
    const auto& s = v.get_ref<const std::string&>();
    if (!is_identifier(s)) {
      issues.error(kPolicyInvalid, at / i,
                   std::string(key) + " value " + quote_value(s) + " must be " +
                       identifier_rule() + ".");
      ok = false;
      continue;
    }
    out.push_back(s);
  }
  if (!ok) return std::nullopt;
  return out;
}

std::optional<ReasonSet> reason_list(const Json& arr, const Path& at, std::string_view key,
                                     Issues& issues) {
  if (!arr.is_array()) {
    issues.error(kPolicyInvalid, at,
                 std::string(key) + " must be an array of claim reasons, not " +
                     json_type_name(arr) + ".");
    return std::nullopt;
  }
  ReasonSet set;
  bool ok = true;
  for (std::size_t i = 0; i < arr.size(); ++i) {
    const Json& v = arr[i];
    std::optional<ClaimReason> r;
    if (v.is_string()) r = parse_reason(v.get_ref<const std::string&>());
    if (!r) {
      issues.error(kPolicyInvalid, at / i,
                   std::string(key) + " holds " +
                       (v.is_string() ? quote_value(v.get_ref<const std::string&>())
                                      : std::string(json_type_name(v))) +
                       ", which is not a claim reason (untracked, wrong_amount, declined).");
      ok = false;
      continue;
    }
    set.add(*r);
  }
  if (!ok) return std::nullopt;
  return set;
}

}  // namespace

std::optional<ClaimReason> parse_reason(std::string_view s) {
  if (s == "untracked") return ClaimReason::untracked;
  if (s == "wrong_amount") return ClaimReason::wrong_amount;
  if (s == "declined") return ClaimReason::declined;
  return std::nullopt;
}

const char* reason_name(ClaimReason r) {
  switch (r) {
    case ClaimReason::untracked: return "untracked";
    case ClaimReason::wrong_amount: return "wrong_amount";
    case ClaimReason::declined: return "declined";
  }
  return "untracked";
}

const char* no_response_name(NoResponse value) {
  switch (value) {
    case NoResponse::accept: return "accept";
    case NoResponse::decline: return "decline";
    case NoResponse::nothing: return "nothing";
  }
  return "nothing";
}

bool Policy::media_type_allowed(std::string_view media_type) const {
  return media_type_index.contains(media_type);
}

bool Policy::promo_allowed_code(std::string_view code) const {
  return promo_index.contains(code);
}

namespace {
Policy with_indexes(Policy p) {
  if (p.media_types) p.media_type_index = NameSet(*p.media_types, NameSet::Case::ignore_ascii);
  if (p.promo_allowed) p.promo_index = NameSet(*p.promo_allowed, NameSet::Case::ignore_ascii);
  return p;
}
Policy read_policy(const Json* j, const Path& at, Issues& issues);
}  // namespace

Policy parse_policy(const Json* j, const Path& at, Issues& issues) {
  return with_indexes(read_policy(j, at, issues));
}

namespace {
Policy read_policy(const Json* j, const Path& at, Issues& issues) {
  Policy p;
  if (!j) return p;
  FieldReader r{issues, kPolicyInvalid, kPolicyInvalid};
  auto days = [&](const char* key, std::optional<long long>& out) {
    if (!FieldReader::find(*j, key)) return;
    out = r.integer(*j, key, at / key, false, 0, kMaxDayCount);
  };
  days("min_wait_days", p.min_wait_days);
  days("max_age_days", p.max_age_days);

  if (const Json* proof = FieldReader::find(*j, "proof")) {
    const Path pp = at / "proof";
    if (!proof->is_object()) {
      issues.error(kPolicyInvalid, pp,
                   not_an_object("proof", *proof));
      p.proof_required_for.reset();
      p.max_files.reset();
      p.max_file_bytes.reset();
      p.media_types.reset();
    } else {
      if (const Json* v = FieldReader::find(*proof, "required_for"))
        p.proof_required_for = reason_list(*v, pp / "required_for", "required_for", issues);
      if (FieldReader::find(*proof, "max_files"))
        p.max_files = r.integer(*proof, "max_files", pp / "max_files", false, 0, kMaxFilesLimit);
      if (FieldReader::find(*proof, "max_file_bytes"))
        p.max_file_bytes = r.integer(*proof, "max_file_bytes", pp / "max_file_bytes", false, 0,
                                     kMaxFileBytesLimit);
      if (const Json* v = FieldReader::find(*proof, "media_types")) {
        p.media_types = string_list(*v, pp / "media_types", "media_types", issues);
        if (p.media_types)
          for (auto& m : *p.media_types)
            for (auto& c : m) c = ascii_lower(c);
      }
    }
  }

  if (const Json* promo = FieldReader::find(*j, "promo_codes")) {
    const Path pp = at / "promo_codes";
    if (!promo->is_object()) {
      issues.error(kPolicyInvalid, pp,
                   not_an_object("promo_codes", *promo));
    } else if (const Json* v = FieldReader::find(*promo, "allowed")) {
      p.promo_allowed = string_list(*v, pp / "allowed", "allowed", issues);
      if (p.promo_allowed)
        for (auto& code : *p.promo_allowed)
          for (auto& c : code) c = ascii_upper(c);
    }
  }

  if (const Json* v = FieldReader::find(*j, "comment_required_for"))
    p.comment_required_for =
        reason_list(*v, at / "comment_required_for", "comment_required_for", issues);
  if (FieldReader::find(*j, "click_window_days"))
    p.click_window_days =
        r.integer(*j, "click_window_days", at / "click_window_days", false, 0, kMaxDayCount);
  if (FieldReader::find(*j, "response_days"))
    p.response_days =
        r.integer(*j, "response_days", at / "response_days", false, 0, kMaxDayCount);
  static constexpr const char* kNoResponse[] = {"nothing", "accept", "decline", nullptr};
  if (auto v = r.choice(*j, "no_response", at / "no_response", false, kNoResponse)) {
    if (*v == "accept") p.no_response = NoResponse::accept;
    if (*v == "decline") p.no_response = NoResponse::decline;
  }
  return p;
}

}  // namespace

}  // namespace claims
