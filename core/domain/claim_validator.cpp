// Validation of one claim (spec section 4): the rules that compare members, the claim
// window, duplicates and proofs, one function per group of the table's rows. Reading the
// members (and the rules about one member alone) is claim_reader.cpp.
#include "domain/claim_validator.h"

#include <functional>
#include <vector>

#include "base/lazy_path.h"
#include "base/text.h"
#include "domain/claim_reader.h"
#include "domain/proof_files.h"

namespace claims {

namespace {

// The validation table of spec section 4, in row order.
constexpr std::string_view kCodeOrder[] = {
    "claim.required",     "claim.invalid",         "claim.duplicate_id", "order.duplicate",
    "date.invalid",       "order.date_in_future",  "claim.too_early",    "claim.expired",
    "click.after_order",  "click.outside_window",  "money.invalid",      "money.out_of_range",
    "currency.unknown",   "payout.exceeds_order",  "tracked.required",   "tracked.not_lower",
    "items.exceed_order", "order.returned",        "order.not_online",   "promo.not_allowed",
    "proof.required",     "proof.too_many",        "proof.too_large",    "proof.type_not_allowed",
    "proof.invalid_digest", "proof.reused",        "comment.required",   "text.too_long",
};

std::string quote(std::string_view s) { return quote_value(s); }

std::string days_text(long long n) { return std::to_string(n) + (n == 1 ? " day" : " days"); }

}  // namespace

int claim_code_rank(std::string_view code) {
  constexpr int n = int(sizeof(kCodeOrder) / sizeof(kCodeOrder[0]));
  for (int i = 0; i < n; ++i)
    if (kCodeOrder[i] == code) return i;
  if (code == "text.invalid") return n - 1;  // shares the last row with text.too_long
  return n;
}

std::size_t ClaimValidator::DigestHash::operator()(const Sha256& d) const {
  return std::hash<std::string_view>()(
      std::string_view(reinterpret_cast<const char*>(d.data()), d.size()));
}

ClaimValidator::ClaimValidator(const Policy& policy, Date as_of, const KnownOrders* known_orders)
    : policy_(policy), as_of_(as_of), known_orders_(known_orders) {}

void ClaimValidator::reserve(std::size_t claims) {
  ids_.reserve(claims, 12);     // "CLM-0000001"
  orders_.reserve(claims, 16);  // "adv-7", NUL, "A-123456"
  digests_.reserve(claims);
}

ClaimVerdict ClaimValidator::validate(const Json& claim, const Path& base, Issues& issues,
                                      ClaimView* view) {
  ClaimView local_view;
  ClaimView& c = view ? *view : local_view;
  Issues found;
  read_claim(claim, LazyPath(base), found, c);
  ClaimVerdict verdict;
  if (c.object_ok) {
    // The rows of the spec's table that compare members, in the table's order.
    check_duplicates(c, base, found);       // claim.duplicate_id, order.duplicate
    check_dates(c, base, found, verdict);   // order.date_in_future, claim.too_early, .expired
    check_click(c, base, found);            // click.after_order, click.outside_window
    check_money(c, base, found);            // payout.exceeds_order
    check_tracked(c, base, found);          // tracked.required, tracked.not_lower
    check_order(c, base, found);            // items.exceed_order ... promo.not_allowed
    check_proofs(c, base, found);           // proof.*
    check_comment(c, base, found);          // comment.required
  }
  ++ordinal_;
  if (found.size() > 1)
    found.stable_sort_by([](const Issue& i) { return claim_code_rank(i.code); });
  verdict.valid = !found.has_errors();
  verdict.has_warnings = found.has_warnings();
  issues.append(std::move(found));
  return verdict;
}

// Duplicates within the request, and untracked claims for known orders.
void ClaimValidator::check_duplicates(const ClaimView& c, const Path& base, Issues& issues) {
  if (c.id.ok()) {
    // A request has far fewer than 2^32 claims (256 MiB at most).
    const auto [first, inserted] = ids_.try_emplace(*c.id, static_cast<std::uint32_t>(ordinal_));
    if (!inserted) {
      issues.error("claim.duplicate_id", base / "id",
                   "Claim id " + quote(*c.id) + " is already used by claim " +
                       std::to_string(first) + " of this request.");
    }
  }
  const ClaimOrder& o = c.order;
  if (!c.advertiser_id.ok() || !o.id.ok()) return;
  key_.assign(*c.advertiser_id).push_back('\0');
  key_.append(*o.id);
  if (!orders_.try_emplace(key_, 0).second) {
    issues.error("order.duplicate", base / "order" / "id",
                 "Order " + quote(*o.id) + " of advertiser " + quote(*c.advertiser_id) +
                     " is already claimed earlier in this request.");
  } else if (known_orders_ && c.reason.ok() && *c.reason == ClaimReason::untracked &&
             known_orders_->contains(*c.advertiser_id, *o.id)) {
    issues.error("order.duplicate", base / "order" / "id",
                 "Order " + quote(*o.id) + " of advertiser " + quote(*c.advertiser_id) +
                     " is already tracked or claimed (known_orders).");
  }
}

// The claim window (spec section 4): from order.date for untracked claims, from
// tracked.date (when given) for the others; judged on filed_on, else as_of.
void ClaimValidator::check_dates(const ClaimView& c, const Path& base, Issues& issues,
                                 ClaimVerdict& verdict) {
  const ClaimOrder& o = c.order;
  const bool in_future = o.date.ok() && *o.date > as_of_;
  if (in_future) {
    issues.error("order.date_in_future", base / "order" / "date",
                 "The order date " + o.date->iso() + " is after " + as_of_.iso() +
                     " (as_of).");
  }
  std::optional<Date> start;
  bool from_tracked = false;
  if (c.reason.ok()) {
    if (*c.reason == ClaimReason::untracked) {
      start = o.date.value;
    } else if (c.tracked.date.ok()) {
      start = c.tracked.date.value;
      from_tracked = true;
    } else if (!c.tracked.date.invalid && !(c.tracked.present && !c.tracked.object_ok)) {
      start = o.date.value;
    }
  }
  const bool untracked = c.reason.ok() && *c.reason == ClaimReason::untracked;
  if (start && untracked && policy_.min_wait_days)
    verdict.claimable_from = *start + Days{*policy_.min_wait_days};
  if (start && policy_.max_age_days) verdict.claimable_until = *start + Days{*policy_.max_age_days};
  const std::optional<Date> filing = c.filed_on.ok()      ? c.filed_on.value
                                     : c.filed_on.invalid ? std::nullopt
                                                          : std::optional<Date>(as_of_);
  if (filing && verdict.claimable_from && !in_future && *filing < *verdict.claimable_from) {
    issues.error("claim.too_early", base / "order" / "date",
                 "Claims for this program can be filed from " + verdict.claimable_from->iso() +
                     " (" + days_text(*policy_.min_wait_days) + " after the order).");
  }
  if (filing && verdict.claimable_until && *filing > *verdict.claimable_until) {
    issues.error("claim.expired",
                 from_tracked ? base / "tracked" / "date" : base / "order" / "date",
                 "Claims for this program can be filed until " +
                     verdict.claimable_until->iso() + " (" + days_text(*policy_.max_age_days) +
                     (from_tracked ? " after the tracked date " + c.tracked.date->iso()
                                   : std::string(" after the order")) +
                     "); this one is filed on " + filing->iso() + ".");
  }
}

void ClaimValidator::check_click(const ClaimView& c, const Path& base, Issues& issues) {
  const ClaimOrder& o = c.order;
  if (!c.click_date.ok() || !o.date.ok()) return;
  const long long before = o.date->days_since(*c.click_date);
  if (before < 0) {
    issues.error("click.after_order", base / "click_date",
                 "The click date " + c.click_date->iso() + " is after the order date " +
                     o.date->iso() + ".");
  } else if (policy_.click_window_days && before > *policy_.click_window_days) {
    issues.warning("click.outside_window", base / "click_date",
                   "The click date " + c.click_date->iso() + " is " + days_text(before) +
                       " before the order date " + o.date->iso() +
                       "; the program counts clicks up to " +
                       days_text(*policy_.click_window_days) + " before the order.");
  }
}

// Only sales: for leads and sign-ups (order amount 0 allowed) a flat payout above the
// order amount is the normal case (see docs/operations/validate_claims.md).
void ClaimValidator::check_money(const ClaimView& c, const Path& base, Issues& issues) {
  const ClaimOrder& o = c.order;
  const auto event_type = c.event_type_or_sale();
  if (event_type && *event_type == "sale" && c.expected_payout.ok() && o.amount.ok() &&
      &c.expected_payout->currency() == &o.amount->currency() &&
      c.expected_payout->minor() > o.amount->minor()) {
    issues.error("payout.exceeds_order", base / "expected_payout",
                 "The expected payout " + money_text(*c.expected_payout) +
                     " is greater than the order amount " + money_text(*o.amount) + ".");
  }
}

void ClaimValidator::check_tracked(const ClaimView& c, const Path& base, Issues& issues) {
  if (!c.reason.ok()) return;
  const ClaimTracked& t = c.tracked;
  const ClaimReason reason = *c.reason;
  const bool tracked_readable = !(t.present && !t.object_ok);
  auto required = [&](const auto& member, const char* key) {
    if (!member.absent()) return;
    issues.error("tracked.required", base / "tracked" / key,
                 std::string("tracked.") + key + " is required for a " + reason_name(reason) +
                     " claim.");
  };
  if (tracked_readable && reason == ClaimReason::wrong_amount) {
    required(t.amount, "amount");
    required(t.payout, "payout");
  } else if (tracked_readable && reason == ClaimReason::declined) {
    required(t.action_id, "action_id");
  }

  const ClaimOrder& o = c.order;
  if (reason != ClaimReason::wrong_amount || !t.amount.ok() || !t.payout.ok() || !o.amount.ok() ||
      c.expected_payout.invalid)
    return;
  const bool amount_higher = o.amount->minor() > t.amount->minor();
  const bool payout_higher =
      c.expected_payout.ok() && c.expected_payout->minor() > t.payout->minor();
  if (amount_higher || payout_higher) return;
  std::string msg = "Neither the order amount " + money_text(*o.amount) +
                    " is above the tracked amount " + money_text(*t.amount) + " nor ";
  msg += c.expected_payout.ok()
             ? "the expected payout " + money_text(*c.expected_payout) +
                   " above the tracked payout " + money_text(*t.payout) + "."
             : "is there an expected payout above the tracked payout " + money_text(*t.payout) +
                   ".";
  issues.error("tracked.not_lower", base / "tracked", std::move(msg));
}

// The order's own flags: items over the amount, returned, offline, promo code.
void ClaimValidator::check_order(const ClaimView& c, const Path& base, Issues& issues) {
  const ClaimOrder& o = c.order;
  auto order_named = [&]() {
    return o.id.ok() ? "Order " + quote(*o.id) + " " : std::string("Order ");
  };
  if (o.items_total && o.amount.ok() && *o.items_total > o.amount->minor()) {
    issues.warning("items.exceed_order", base / "order" / "items",
                   "The items' subtotals add up to " +
                       money_text(Money(o.amount->currency(), *o.items_total)) +
                       ", more than the order amount " + money_text(*o.amount) + ".");
  }
  if (o.returned.ok() && *o.returned) {
    issues.error("order.returned", base / "order" / "returned",
                 order_named() + "was returned or cancelled; such orders are not claimable.");
  }
  if (o.completed_online.ok() && !*o.completed_online) {
    issues.warning("order.not_online", base / "order" / "completed_online",
                   order_named() + "was not completed online; such claims are usually declined.");
  }
  if (o.promo_code.ok() && policy_.promo_allowed && !policy_.promo_allowed_code(*o.promo_code)) {
    issues.warning("promo.not_allowed", base / "order" / "promo_code",
                   "Promo code " + quote(*o.promo_code) +
                       " is not one the program allows (" + list_values(*policy_.promo_allowed) +
                       "); such claims are usually declined.");
  }
}

void ClaimValidator::check_proofs(const ClaimView& c, const Path& base, Issues& issues) {
  const std::size_t count = c.attachments.size();
  if (c.reason.ok() && policy_.proof_required_for && policy_.proof_required_for->has(*c.reason) &&
      !c.attachments_invalid && count == 0) {
    issues.error("proof.required", base / "attachments",
                 std::string("Claims with reason ") + reason_name(*c.reason) +
                     " need proof: attach an order confirmation, invoice or screenshot.");
  }
  if (policy_.max_files && count > static_cast<unsigned long long>(*policy_.max_files)) {
    issues.error("proof.too_many", base / "attachments",
                 "The claim has " + std::to_string(count) +
                     " attachments; the program accepts at most " +
                     std::to_string(*policy_.max_files) + ".");
  }
  for (std::size_t i = 0; i < count; ++i) {
    const ClaimAttachment& a = c.attachments[i];
    if (!a.object_ok) continue;
    auto label = [&]() {
      return a.name ? "Attachment " + quote(*a.name) : "Attachment " + std::to_string(i);
    };
    if (a.size.ok() && policy_.max_file_bytes && *a.size > *policy_.max_file_bytes) {
      issues.error("proof.too_large", base / "attachments" / i / "size",
                   label() + " is " + std::to_string(*a.size) +
                       " bytes; the program accepts at most " +
                       std::to_string(*policy_.max_file_bytes) + ".");
    }
    if (policy_.media_types && a.media_type.absent()) {
      issues.error("proof.type_not_allowed", base / "attachments" / i / "media_type",
                   label() + " has no media type; the program accepts " +
                       list_values(*policy_.media_types) + ".");
    } else if (policy_.media_types && a.media_type.ok() &&
               !policy_.media_type_allowed(*a.media_type)) {
      issues.error("proof.type_not_allowed", base / "attachments" / i / "media_type",
                   label() + " is " + quote(*a.media_type) + "; the program accepts " +
                       list_values(*policy_.media_types) + ".");
    }
    if (!a.sha256.ok()) continue;
    const std::string_view hex = *a.sha256;
    Sha256 bytes{};
    if (!parse_sha256(hex, bytes)) {
      issues.error("proof.invalid_digest", base / "attachments" / i / "sha256",
                   "sha256 " + quote(hex) + " is not " + std::to_string(2 * bytes.size()) +
                       " lower-case hexadecimal digits.");
      continue;
    }
    auto [it, inserted] = digests_.try_emplace(bytes);
    if (inserted) {
      it->second.claim = ordinal_;
      if (c.id.ok()) it->second.claim_id.assign(*c.id);
    } else if (it->second.claim != ordinal_) {
      const FirstUse& first = it->second;
      issues.warning("proof.reused", base / "attachments" / i / "sha256",
                     label() + " (sha256 " + std::string(hex.substr(0, 12)) +
                         "...) is also attached to claim " + std::to_string(first.claim) +
                         (first.claim_id.empty() ? std::string()
                                                 : " (" + quote(first.claim_id) + ")") +
                         " of this request.");
    }
  }
}

void ClaimValidator::check_comment(const ClaimView& c, const Path& base, Issues& issues) {
  if (c.reason.ok() && policy_.comment_required_for &&
      policy_.comment_required_for->has(*c.reason) && !c.comment.invalid &&
      (c.comment.absent() || is_blank(*c.comment))) {
    issues.error("comment.required", base / "comment",
                 std::string("A ") + reason_name(*c.reason) +
                     " claim needs a comment for this program.");
  }
}

}  // namespace claims
