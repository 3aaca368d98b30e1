// Operation import_claims_csv (spec section 8): a publisher's bulk upload becomes claim
// objects shaped as in section 4. The file's structure is judged here (csv.* issues);
// the cells' content is judged by validate_claims, so a cell is carried into the claim as
// written (apart from the formula guard) and its problems are reported once, by the
// validator, at /rows/N/<column>.
#include <algorithm>
#include <string>

#include "base/text.h"
#include "formats/csv_rows.h"
#include "formats/csv_writer.h"
#include "formats/json_fast_parse.h"
#include "formats/json_scan.h"
#include "formats/json_writer.h"
#include "requests/fields.h"
#include "requests/request.h"
#include "requests/request_head.h"
#include "requests/request_limits.h"
#include "domain/claim.h"
#include "domain/policy.h"
#include "operations/claims_result.h"
#include "operations/envelope.h"
#include "operations/import_claims_csv.h"
#include "operations/operations.h"

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


// true/false, yes/no, 1/0 (any case) become JSON booleans; anything else stays the text
// it was, for validate_claims to report as claim.invalid at the cell.
Json boolean_cell(std::string_view cell) {
  for (const char* t : {"true", "yes", "1"})
    if (equal_ignoring_case(cell, t)) return true;
  for (const char* f : {"false", "no", "0"})
    if (equal_ignoring_case(cell, f)) return false;
  return std::string(cell);
}

struct Defaults {
  std::string publisher_id;
  std::string currency;
};

StatusOr<Defaults> read_defaults(const Json& request) {
  Defaults d;
  ASSIGN_OR_RETURN(const Json* obj, read_object(request, "defaults", false));
  if (!obj) return d;
  const Path at("/defaults");
  ASSIGN_OR_RETURN(const std::string* publisher_id, read_optional_string(*obj, "publisher_id", at));
  ASSIGN_OR_RETURN(const std::string* currency, read_optional_string(*obj, "currency", at));
  if (publisher_id) d.publisher_id = *publisher_id;
  if (currency) d.currency = *currency;
  return d;
}

// Writes an object's members in order into the members already there: a member whose key
// matches the one at its place keeps its node (and its string's memory), the first
// difference drops the rest. Building claim after claim of the usual shape into one Json
// then costs no allocation, and the object is exactly what a fresh build gives.
class MemberCursor {
 public:
  explicit MemberCursor(Json& object) : members_(object.get_ref<Json::object_t&>()) {}
  MemberCursor(const MemberCursor&) = delete;
  MemberCursor& operator=(const MemberCursor&) = delete;
  ~MemberCursor() {
    // ordered_map's pairs have const keys: not assignable, so no erase(), pop_back only.
    while (members_.size() > count_) members_.pop_back();
  }

  Json& member(const char* key) {
    if (count_ < members_.size() && members_[count_].first == key)
      return members_[count_++].second;
    while (members_.size() > count_) members_.pop_back();
    members_.emplace_back(key, Json());
    return members_[count_++].second;
  }
  // A nested object, reusing the one at this place.
  Json& object(const char* key, std::size_t members) {
    Json& j = member(key);
    if (!j.is_object()) {
      // nlohmann's ordered_map grows by copying its members (the const keys make the
      // move not noexcept), which deep-copies nested objects: size it up front.
      j = Json::object();
      j.get_ref<Json::object_t&>().reserve(members);
    }
    return j;
  }
  void string(const char* key, std::string_view value) {
    if (value.empty()) return;
    Json& j = member(key);
    if (!j.is_string()) j = std::string();
    j.get_ref<std::string&>().assign(value.data(), value.size());
  }

 private:
  std::vector<Json::object_t::value_type>& members_;
  std::size_t count_ = 0;
};

class ClaimBuilder {
 public:
  ClaimBuilder(const CsvRows& rows, const Defaults& defaults)
      : rows_(rows), defaults_(defaults) {}

  Json build() const {
    Json claim;
    build_into(claim);
    return claim;
  }

  // The current row's claim in `claim`, reusing the nodes of the claim built there before.
  void build_into(Json& claim) const {
    if (!claim.is_object()) {
      claim = Json::object();
      claim.get_ref<Json::object_t&>().reserve(12);
    }
    MemberCursor c(claim);
    put(c, "id", kClaimId);
    std::string_view publisher = value(kPublisherId);
    if (publisher.empty()) publisher = defaults_.publisher_id;
    if (!publisher.empty()) MemberCursor(c.object("publisher", 1)).string("id", publisher);
    if (!value(kAdvertiserId).empty())
      MemberCursor(c.object("advertiser", 1)).string("id", value(kAdvertiserId));
    put(c, "member_ref", kMemberRef);
    put(c, "reason", kReason);
    put(c, "filed_on", kFiledOn);
    {
      MemberCursor order(c.object("order", 7));
      put(order, "id", kOrderId);
      put(order, "date", kOrderDate);
      put(order, "amount", kOrderAmount);
      std::string_view currency = value(kCurrency);
      if (currency.empty()) currency = defaults_.currency;
      order.string("currency", currency);
      put(order, "promo_code", kPromoCode);
      if (!value(kCompletedOnline).empty())
        order.member("completed_online") = boolean_cell(value(kCompletedOnline));
      if (!value(kReturned).empty()) order.member("returned") = boolean_cell(value(kReturned));
    }
    put(c, "click_date", kClickDate);
    put(c, "event_type", kEventType);
    put(c, "expected_payout", kExpectedPayout);
    if (!value(kTrackedActionId).empty() || !value(kTrackedAmount).empty() ||
        !value(kTrackedPayout).empty() || !value(kTrackedDate).empty()) {
      MemberCursor tracked(c.object("tracked", 4));
      put(tracked, "action_id", kTrackedActionId);
      put(tracked, "amount", kTrackedAmount);
      put(tracked, "payout", kTrackedPayout);
      put(tracked, "date", kTrackedDate);
    }
    put(c, "comment", kComment);
  }

 private:
  std::string_view value(std::size_t c) const {
    const std::string_view cell = rows_.cell(c);
    return is_text_column(c) ? strip_formula_guard(cell) : cell;
  }
  void put(MemberCursor& obj, const char* key, std::size_t c) const {
    obj.string(key, value(c));
  }

  const CsvRows& rows_;
  const Defaults& defaults_;
};


// Where a claim member came from: the column of its cell. Paths of validate_claims issues
// (relative to the claim) are mapped onto /rows/N/<column>; a member with no column of
// its own (the claim as a whole, /tracked, /attachments) maps to the row.
struct MemberColumn {
  std::string_view member;  // JSON Pointer relative to the claim
  std::size_t column;
};
constexpr MemberColumn kMemberColumns[] = {
    {"/id", kClaimId},
    {"/publisher", kPublisherId},
    {"/advertiser", kAdvertiserId},
    {"/member_ref", kMemberRef},
    {"/reason", kReason},
    {"/filed_on", kFiledOn},
    {"/order/id", kOrderId},
    {"/order/date", kOrderDate},
    {"/order/amount", kOrderAmount},
    {"/order/currency", kCurrency},
    {"/order/promo_code", kPromoCode},
    {"/order/completed_online", kCompletedOnline},
    {"/order/returned", kReturned},
    {"/click_date", kClickDate},
    {"/event_type", kEventType},
    {"/expected_payout", kExpectedPayout},
    {"/payout_currency", kCurrency},
    {"/tracked/action_id", kTrackedActionId},
    {"/tracked/amount", kTrackedAmount},
    {"/tracked/payout", kTrackedPayout},
    {"/tracked/date", kTrackedDate},
    {"/comment", kComment},
};

// `out` = the file path of the claim member at `claim_path`. Written into a reused buffer:
// only rows with issues need one.
void row_path_of(const CsvRows& rows, std::string_view claim_path, std::string& out) {
  out.assign("/rows/");
  append_json_unsigned(out, rows.line());
  for (const auto& m : kMemberColumns) {
    if (claim_path.substr(0, m.member.size()) != m.member) continue;
    if (claim_path.size() > m.member.size() && claim_path[m.member.size()] != '/') continue;
    out += '/';
    out += rows.column_name(m.column);  // plain names: nothing to escape in a pointer
    return;
  }
}


// validate_claims run in the same pass over the rows, with one ClaimValidator for the
// whole file (so duplicates across rows are found), its paths mapped onto the file.
struct ValidationInputs {
  Policy policy;
  Date as_of;
  KnownOrders known_orders;
  Issues policy_issues;
};

class RowValidation {
 public:
  explicit RowValidation(ValidationInputs in)
      : policy_(std::move(in.policy)),
        known_(std::move(in.known_orders)),
        validator_(policy_, in.as_of, &known_),
        policy_issues_(std::move(in.policy_issues)) {}
  // The validator refers to policy_ and known_: the object must stay where it was built.
  RowValidation(const RowValidation&) = delete;
  RowValidation& operator=(const RowValidation&) = delete;

  void reserve(std::size_t rows) { validator_.reserve(rows); }

  // Validates the row's claim; its entry is then added with add_entry() or write_entry().
  void validate(const Json& claim) {
    found_.clear();
    verdict_ = validator_.validate(claim, Path(), found_, &view_);
    ++total_;
    valid_ += verdict_.valid ? 1 : 0;
    with_warnings_ += verdict_.has_warnings ? 1 : 0;
  }

  // The entry as a Json, for a result that is built as one.
  void add_entry(const CsvRows& rows) {
    Issues mapped;
    for (const Issue& i : found_.list()) {
      row_path_of(rows, i.path, path_);
      mapped.add({i.severity, i.code, path_, i.message});
    }
    entries_.push_back(claim_entry_json(view_, verdict_, mapped.to_json()));
  }

  // The same entry written as its text (the bytes nlohmann would dump for add_entry()'s).
  void write_entry(const CsvRows& rows, std::string& out) {
    append_claim_entry_head(out, view_.id, verdict_);
    out += '[';
    bool first = true;
    for (const Issue& i : found_.list()) {
      if (!first) out += ',';
      first = false;
      row_path_of(rows, i.path, path_);
      append_issue_at(out, i, path_);
    }
    out += "]}";
  }

  Json result() {
    Json out = Json::object();
    out["claims"] = std::move(entries_);
    out["summary"] = Json::object();
    out["summary"]["total"] = total_;
    out["summary"]["valid"] = valid_;
    out["summary"]["with_errors"] = total_ - valid_;
    out["summary"]["with_warnings"] = with_warnings_;
    out["issues"] = policy_issues_.to_json();
    return out;
  }

  // What follows the written entries: "summary" and "issues" (no leading comma).
  void write_tail(std::string& out) const {
    append_claims_summary(out, total_, valid_, with_warnings_);
    out += R"(,"issues":)";
    append_issues(out, policy_issues_);
  }

 private:
  Policy policy_;
  KnownOrders known_;
  ClaimValidator validator_;
  Issues policy_issues_;
  Issues found_;
  ClaimView view_;
  ClaimVerdict verdict_;
  std::string path_;
  Json entries_ = Json::array();
  std::size_t total_ = 0, valid_ = 0, with_warnings_ = 0;
};

// The `validate` member: {as_of, policy, known_orders}, read as validate_claims reads
// them, with paths under /validate.
StatusOr<std::optional<ValidationInputs>> read_validation(const Json& request) {
  ASSIGN_OR_RETURN(const Json* obj, read_object(request, "validate", false));
  if (!obj) return std::optional<ValidationInputs>();
  const Path at("/validate");
  ASSIGN_OR_RETURN(const Date as_of, read_as_of(*obj, at));
  ASSIGN_OR_RETURN(const Json* policy_json, read_object(*obj, "policy", false, at));
  ASSIGN_OR_RETURN(KnownOrders known, read_known_orders(*obj, at));
  Issues policy_issues;
  Policy policy = parse_policy(policy_json, at / "policy", policy_issues);
  return std::optional<ValidationInputs>(
      ValidationInputs{std::move(policy), as_of, std::move(known), std::move(policy_issues)});
}

// The request's members, read in the order whose first failure is the request's error.
struct ImportRequest {
  const std::string* csv = nullptr;
  Defaults defaults;
  bool include_claims = true;
  std::optional<ValidationInputs> validation;
};

StatusOr<ImportRequest> read_import_request(const Json& request) {
  ImportRequest r;
  ASSIGN_OR_RETURN(r.csv, read_string(request, "csv"));
  ASSIGN_OR_RETURN(r.defaults, read_defaults(request));
  ASSIGN_OR_RETURN(r.include_claims, read_bool(request, "include_claims", true));
  ASSIGN_OR_RETURN(r.validation, read_validation(request));
  return r;
}

// Lines in the file: an upper bound of its rows.
std::size_t count_lines(std::string_view text) {
  std::size_t lines = 1;
  for (char c : text) lines += c == '\n';
  return std::min(lines, kMaxCsvRows);
}

}  // namespace

StatusOr<Json> import_claims_csv(const Json& request) {
  ASSIGN_OR_RETURN(ImportRequest req, read_import_request(request));
  const bool include_claims = req.include_claims;
  std::optional<RowValidation> validating;
  if (req.validation) validating.emplace(std::move(*req.validation));

  const std::string& text = *req.csv;
  Issues issues;
  Json claims = Json::array();
  CsvRows rows(text, claim_columns(req.defaults.currency.empty()));
  if (rows.read_header(issues)) {
    if (include_claims) {
      // One claim per line at most: sizing the array once avoids moving a million claims
      // around as it grows.
      claims.get_ref<Json::array_t&>().reserve(count_lines(text));
    }
    const ClaimBuilder builder(rows, req.defaults);
    Json reused;  // the claim of every row when the claims are not returned
    for (;;) {
      const CsvRows::Next n = rows.next(issues);
      if (n == CsvRows::Next::end) break;
      if (n == CsvRows::Next::too_large) return csv_too_long(Path("/csv"));
      if (include_claims) {
        Json claim = builder.build();
        if (validating) {
          validating->validate(claim);
          validating->add_entry(rows);
        }
        claims.push_back(std::move(claim));
      } else if (validating) {
        builder.build_into(reused);
        validating->validate(reused);
        validating->add_entry(rows);
      }
    }
  }

  Json result = Json::object();
  if (include_claims) result["claims"] = std::move(claims);
  if (validating) result["validation"] = validating->result();
  result["issues"] = issues.to_json();
  return result;
}

std::optional<std::string> import_claims_csv_streamed(std::string_view text) {
  // Every member but `csv` parsed (they are small); `csv` is decoded once, below.
  std::optional<RequestHead> read_head = read_request_head(text, "csv", '"');
  if (!read_head) return std::nullopt;
  Json& head = read_head->members;
  const std::string_view csv_text = read_head->large;
  // Only validation without the claims is streamed; the claims array is a Json anyway.
  const Json* include = FieldReader::find(head, "include_claims");
  if (!include || !include->is_boolean() || include->get<bool>() ||
      !FieldReader::find(head, "validate"))
    return std::nullopt;
  {
    // The decoded text is never longer than its JSON form: one allocation.
    Json& csv = head["csv"];
    csv.get_ref<std::string&>().reserve(csv_text.size());
    if (!parse_json_fast(csv_text, csv) || !csv.is_string()) return std::nullopt;
  }
  auto read = read_import_request(head);
  if (!read.ok()) return std::nullopt;
  ImportRequest req = std::move(read).value();
  if (req.include_claims || !req.validation) return std::nullopt;
  RowValidation validating(std::move(*req.validation));

  const std::string& csv = *req.csv;
  Issues issues;
  CsvRows rows(csv, claim_columns(req.defaults.currency.empty()));
  std::string out;
  open_ok_envelope(out);
  out += R"({"validation":{"claims":[)";
  if (rows.read_header(issues)) {
    // Sizing the duplicate tables once saves rehashing a million ids and orders.
    const std::size_t lines = count_lines(csv);
    validating.reserve(lines);
    const ClaimBuilder builder(rows, req.defaults);
    Json claim;
    bool first = true;
    std::size_t written = 0;
    for (;;) {
      const CsvRows::Next n = rows.next(issues);
      if (n == CsvRows::Next::end) break;
      if (n == CsvRows::Next::too_large) return error_envelope(csv_too_long(Path("/csv")));
      builder.build_into(claim);
      validating.validate(claim);
      if (!first) out += ',';
      first = false;
      validating.write_entry(rows, out);
      // Once the first rows tell the size of an entry, size the response for the file:
      // growing it by doubling would copy it and hold both copies at the peak.
      if (++written == 1024 && lines > written)
        out.reserve(out.size() + out.size() / written * (lines - written) / 8 * 9);
    }
  }
  out += "],";
  validating.write_tail(out);
  out += R"(},"issues":)";
  append_issues(out, issues);
  out += '}';
  close_ok_envelope(out);
  return out;
}

}  // namespace claims
