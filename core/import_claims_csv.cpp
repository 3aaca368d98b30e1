// Operation import_claims_csv (spec section 8): a publisher's bulk upload becomes claim
// objects shaped as in section 4. The file's structure is judged here (csv.* issues);
// the cells' content is judged by validate_claims, so a cell is carried into the claim as
// written (apart from the formula guard) and its problems are reported once, by the
// validator, at /rows/N/<column>.
#include <algorithm>
#include <string>

#include "csv_rows.h"
#include "csv_writer.h"
#include "fields.h"
#include "operations.h"
#include "request.h"

namespace claims {

namespace {

enum Col : std::size_t {
  kClaimId, kMemberRef, kAdvertiserId, kOrderId, kOrderDate, kOrderAmount, kCurrency,
  kExpectedPayout, kReason, kPromoCode, kClickDate, kTrackedActionId, kTrackedAmount,
  kTrackedPayout, kComment, kPublisherId, kEventType, kCompletedOnline, kReturned,
  kTrackedDate, kFiledOn
};

std::vector<CsvColumn> claim_columns(bool currency_required) {
  return {{"claim_id", true},        {"member_ref", true},     {"advertiser_id", true},
          {"order_id", true},        {"order_date", true},     {"order_amount", true},
          {"currency", currency_required}, {"expected_payout", false}, {"reason", true},
          {"promo_code", false},     {"click_date", false},    {"tracked_action_id", false},
          {"tracked_amount", false}, {"tracked_payout", false}, {"comment", false},
          {"publisher_id", false},   {"event_type", false},    {"completed_online", false},
          {"returned", false},       {"tracked_date", false},  {"filed_on", false}};
}

// Columns that hold text (identifiers, codes, comments) carry the formula guard; money,
// dates and booleans never do.
bool is_text_column(std::size_t c) {
  switch (c) {
    case kClaimId: case kMemberRef: case kAdvertiserId: case kOrderId: case kReason:
    case kPromoCode: case kTrackedActionId: case kComment: case kPublisherId: case kEventType:
      return true;
    default:
      return false;
  }
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = char(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = char(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

// true/false, yes/no, 1/0 (any case) become JSON booleans; anything else stays the text
// it was, for validate_claims to report as claim.invalid at the cell.
Json boolean_cell(std::string_view cell) {
  for (const char* t : {"true", "yes", "1"})
    if (equals_ignoring_case(cell, t)) return true;
  for (const char* f : {"false", "no", "0"})
    if (equals_ignoring_case(cell, f)) return false;
  return std::string(cell);
}

struct Defaults {
  std::string publisher_id;
  std::string currency;
};

StatusOr<Defaults> read_defaults(const Json& request) {
  Defaults d;
  auto obj = read_object(request, "defaults", false);
  if (!obj.ok()) return obj.error();
  if (!obj.value()) return d;
  for (const char* key : {"publisher_id", "currency"}) {
    const Json* v = FieldReader::find(*obj.value(), key);
    if (!v) continue;
    if (!v->is_string()) {
      return invalid_request("/defaults/" + std::string(key),
                             "defaults." + std::string(key) + " must be a string, not " +
                                 json_type_name(*v) + ".");
    }
    (std::string(key) == "currency" ? d.currency : d.publisher_id) =
        v->get<std::string>();
  }
  return d;
}

class ClaimBuilder {
 public:
  ClaimBuilder(const CsvRows& rows, const Defaults& defaults)
      : rows_(rows), defaults_(defaults) {}

  Json build() const {
    // nlohmann's ordered_map grows by copying its members (the const keys make the move
    // not noexcept), which deep-copies nested objects: size every object up front.
    Json claim = Json::object();
    claim.get_ref<Json::object_t&>().reserve(12);
    put(claim, "id", kClaimId);
    std::string_view publisher = value(kPublisherId);
    if (publisher.empty()) publisher = defaults_.publisher_id;
    if (!publisher.empty()) claim["publisher"]["id"] = std::string(publisher);
    if (!value(kAdvertiserId).empty())
      claim["advertiser"]["id"] = std::string(value(kAdvertiserId));
    put(claim, "member_ref", kMemberRef);
    put(claim, "reason", kReason);
    put(claim, "filed_on", kFiledOn);

    Json& order = claim["order"];
    order = Json::object();
    order.get_ref<Json::object_t&>().reserve(7);
    put(order, "id", kOrderId);
    put(order, "date", kOrderDate);
    put(order, "amount", kOrderAmount);
    std::string_view currency = value(kCurrency);
    if (currency.empty()) currency = defaults_.currency;
    if (!currency.empty()) order["currency"] = std::string(currency);
    put(order, "promo_code", kPromoCode);
    if (!value(kCompletedOnline).empty())
      order["completed_online"] = boolean_cell(value(kCompletedOnline));
    if (!value(kReturned).empty()) order["returned"] = boolean_cell(value(kReturned));

    put(claim, "click_date", kClickDate);
    put(claim, "event_type", kEventType);
    put(claim, "expected_payout", kExpectedPayout);
    Json tracked = Json::object();
    tracked.get_ref<Json::object_t&>().reserve(4);
    put(tracked, "action_id", kTrackedActionId);
    put(tracked, "amount", kTrackedAmount);
    put(tracked, "payout", kTrackedPayout);
    put(tracked, "date", kTrackedDate);
    if (!tracked.empty()) claim["tracked"] = std::move(tracked);
    put(claim, "comment", kComment);
    return claim;
  }

 private:
  std::string_view value(std::size_t c) const {
    const std::string_view cell = rows_.cell(c);
    return is_text_column(c) ? strip_formula_guard(cell) : cell;
  }
  void put(Json& obj, const char* key, std::size_t c) const {
    const std::string_view v = value(c);
    if (!v.empty()) obj[key] = std::string(v);
  }

  const CsvRows& rows_;
  const Defaults& defaults_;
};

}  // namespace

StatusOr<Json> import_claims_csv(const Json& request) {
  auto csv = read_string(request, "csv");
  if (!csv.ok()) return csv.error();
  auto defaults = read_defaults(request);
  if (!defaults.ok()) return defaults.error();
  bool include_claims = true;
  if (const Json* v = FieldReader::find(request, "include_claims")) {
    if (!v->is_boolean()) {
      return invalid_request("/include_claims", std::string("include_claims must be true or "
                                                            "false, not ") +
                                                    json_type_name(*v) + ".");
    }
    include_claims = v->get<bool>();
  }
  if (FieldReader::find(request, "validate")) {
    return invalid_request("/validate",
                           "validate is not available yet: import the claims, then send them "
                           "to validate_claims.");
  }

  const std::string& text = csv.value()->get_ref<const std::string&>();
  Issues issues;
  Json claims = Json::array();
  CsvRows rows(text, claim_columns(defaults.value().currency.empty()));
  if (rows.read_header(issues)) {
    if (include_claims) {
      // One claim per line at most: sizing the array once avoids moving a million claims
      // around as it grows.
      std::size_t lines = 0;
      for (char c : text) lines += c == '\n';
      claims.get_ref<Json::array_t&>().reserve(std::min(lines, kMaxCsvRows));
    }
    const ClaimBuilder builder(rows, defaults.value());
    for (;;) {
      const CsvRows::Next n = rows.next(issues);
      if (n == CsvRows::Next::end) break;
      if (n == CsvRows::Next::too_large) {
        return RequestError{"request.too_large", "/csv",
                            "The file has more than 1000000 rows; split it into smaller "
                            "files."};
      }
      if (include_claims) claims.push_back(builder.build());
    }
  }

  Json result = Json::object();
  if (include_claims) result["claims"] = std::move(claims);
  result["issues"] = issues.to_json();
  return result;
}

}  // namespace claims
