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
#include "formats/json_writer.h"
#include "formats/spreadsheet_cells.h"
#include "requests/fields.h"
#include "requests/request.h"
#include "requests/request_head.h"
#include "requests/request_limits.h"
#include "domain/known_orders.h"
#include "operations/claims_validation.h"
#include "operations/envelope.h"
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

// Spec section 8's spreadsheet round trip: the cells that hold money and dates.
bool is_money_column(std::size_t c) {
  return c == kOrderAmount || c == kExpectedPayout || c == kTrackedAmount || c == kTrackedPayout;
}
bool is_date_column(std::size_t c) {
  return c == kOrderDate || c == kClickDate || c == kTrackedDate || c == kFiledOn;
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
  if (publisher_id && !is_identifier(*publisher_id)) {
    return invalid_request((at / "publisher_id").str(),
                           "defaults.publisher_id " + quote_value(*publisher_id) + " must be " +
                               identifier_rule() + ".");
  }
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

  Json& member(std::string_view key) {
    if (count_ < members_.size() && members_[count_].first == key)
      return members_[count_++].second;
    while (members_.size() > count_) members_.pop_back();
    members_.emplace_back(key, Json());
    return members_[count_++].second;
  }
  // A nested object, reusing the one at this place.
  Json& object(std::string_view key, std::size_t members) {
    Json& j = member(key);
    if (!j.is_object()) {
      // nlohmann's ordered_map grows by copying its members (the const keys make the
      // move not noexcept), which deep-copies nested objects: size it up front.
      j = Json::object();
      j.get_ref<Json::object_t&>().reserve(members);
    }
    return j;
  }
  void string(std::string_view key, std::string_view value) {
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
    if (is_text_column(c)) return strip_formula_guard(cell);
    // A `;` file's "2,75" and "15/09/2026" become "2.75" and "2026-09-15"; a cell that does
    // not read stays as written, for validation to report. In a `,` file every money and
    // date cell is already in section 2's form or does not read: nothing to do.
    if (cell.empty() || rows_.delimiter() != ';') return cell;
    std::optional<std::string_view> read;
    if (is_money_column(c)) read = read_money_cell(cell, ';', scratch_);
    else if (is_date_column(c)) read = read_date_cell(cell, ';', scratch_);
    return read ? *read : cell;
  }
  void put(MemberCursor& obj, std::string_view key, std::size_t c) const {
    obj.string(key, value(c));
  }

  const CsvRows& rows_;
  const Defaults& defaults_;
  mutable std::string scratch_;  // the cell last read into section 2's form
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


// The `validate` member: {as_of, policy, known_orders}, read as validate_claims reads
// them, with paths under /validate.
StatusOr<std::optional<ValidationInputs>> read_validation(const Json& request) {
  ASSIGN_OR_RETURN(const Json* obj, read_object(request, "validate", false));
  if (!obj) return std::optional<ValidationInputs>();
  const Path at("/validate");
  ASSIGN_OR_RETURN(ValidationInputs inputs, read_as_of_and_policy(*obj, at));
  ASSIGN_OR_RETURN(inputs.known_orders, read_known_orders(*obj, at));
  return std::optional<ValidationInputs>(std::move(inputs));
}

// The request's members, read in the order whose first failure is the request's error.
struct ImportRequest {
  std::string_view csv;
  const Payload* payload = nullptr;  // when the csv came beside the request
  Defaults defaults;
  bool include_claims = true;
  std::optional<ValidationInputs> validation;
};

// `payload`: the file's text given beside the request (dispatch() has checked that the
// request has no `csv`); null: the text is the request's `csv`.
StatusOr<ImportRequest> read_import_request(const Json& request, const Payload* payload) {
  ImportRequest r;
  if (payload) {
    r.csv = payload->text;
    r.payload = payload;
  } else {
    ASSIGN_OR_RETURN(const std::string* csv, read_string(request, "csv"));
    r.csv = *csv;
  }
  ASSIGN_OR_RETURN(r.defaults, read_defaults(request));
  ASSIGN_OR_RETURN(r.include_claims, read_bool(request, "include_claims", true));
  ASSIGN_OR_RETURN(r.validation, read_validation(request));
  return r;
}

// Lines in the file: about its rows (a size hint).
std::size_t row_bound(std::string_view text) { return std::min(count_lines(text), kMaxCsvRows); }

// The result object, written by both paths: {"claims":[...]} when they are returned,
// "validation" (validate_claims' result over the rows, in the same pass, one validator for
// the whole file so that duplicates across rows are found) when asked for, and "issues".
Status write_import(ImportRequest& req, std::string& out) {
  const bool include_claims = req.include_claims;
  std::string claims_text;      // the claims, written as they are built
  std::string validation_text;  // the validation, when it must follow the claims
  out += '{';
  std::optional<ClaimsValidation> validation;
  if (req.validation) {
    if (!include_claims) out += R"("validation":)";  // first: written in place
    validation.emplace(std::move(*req.validation), include_claims ? validation_text : out);
  }

  const std::string_view text = req.csv;
  Issues issues;
  CsvRows rows(text, claim_columns(req.defaults.currency.empty()));
  if (rows.read_header(issues)) {
    // Sizing the duplicate tables once saves rehashing a million ids and orders.
    const std::size_t lines = row_bound(text);
    if (validation) validation->reserve(lines);
    const ClaimBuilder builder(rows, req.defaults);
    std::string path;  // an issue's path in the file, rebuilt for each issue
    auto path_in_file = [&](const std::string& claim_path) -> std::string_view {
      row_path_of(rows, claim_path, path);
      return path;
    };
    Json claim;  // each row's claim is built into the nodes of the one before
    for (;;) {
      const CsvRows::Next n = rows.next(issues);
      if (n == CsvRows::Next::end) break;
      if (n == CsvRows::Next::too_large) return csv_too_long(Path("/csv"));
      if (req.payload) req.payload->report(rows.position());
      builder.build_into(claim);
      if (validation) validation->add(claim, Path(), path_in_file);
      if (include_claims) {
        if (!claims_text.empty()) claims_text += ',';
        append_json(claims_text, claim);
      } else if (validation && validation->count() == 1024 && lines > 1024) {
        // Once the first rows tell the size of an entry, size the response for the file:
        // growing it by doubling would copy it and hold both copies at the peak.
        out.reserve(out.size() + out.size() / 1024 * (lines - 1024) / 8 * 9);
      }
    }
  }

  if (validation) validation->finish();
  if (include_claims) {
    // One allocation for the result: growing `out` by doubling while the pieces are alive
    // held up to three copies of the claims (the resource test "every cell wrong").
    out.reserve(out.size() + claims_text.size() + validation_text.size() + 64 +
                128 * issues.size());
    out += R"("claims":[)";
    out += claims_text;
    std::string().swap(claims_text);
    out += ']';
    if (validation) out += R"(,"validation":)";
  }
  if (include_claims && validation) out += validation_text;
  out += include_claims || validation ? R"(,"issues":)" : R"("issues":)";
  append_issues(out, issues);
  out += '}';
  return Status();
}

}  // namespace

Status import_claims_csv(const Json& request, std::string& out) {
  ASSIGN_OR_RETURN(ImportRequest req, read_import_request(request, nullptr));
  return write_import(req, out);
}

Status import_claims_csv_payload(const Json& request, const Payload& csv, std::string& out) {
  ASSIGN_OR_RETURN(ImportRequest req, read_import_request(request, &csv));
  return write_import(req, out);
}

std::optional<std::string> import_claims_csv_streamed(std::string_view text) {
  // Every member but `csv` parsed (they are small); `csv` is decoded once, below.
  std::optional<RequestHead> head = read_request_head(text, "csv", '"');
  if (!head) return std::nullopt;
  // Only the validation without the claims is streamed (see operations.h).
  const Json* include = FieldReader::find(head->members, "include_claims");
  if (!include || !include->is_boolean() || include->get<bool>() ||
      !FieldReader::find(head->members, "validate"))
    return std::nullopt;
  {
    // The decoded text is never longer than its JSON form: one allocation.
    Json& csv = head->members["csv"];
    csv.get_ref<std::string&>().reserve(head->large.size());
    if (!parse_json_fast(head->large, csv) || !csv.is_string()) return std::nullopt;
  }
  StatusOr<ImportRequest> read = read_import_request(head->members, nullptr);
  if (!read.ok()) return std::nullopt;
  ImportRequest req = std::move(read).value();

  std::string out;
  open_ok_envelope(out);
  const Status written = write_import(req, out);
  if (!written.ok()) return error_envelope(written.error());
  close_ok_envelope(out);
  return out;
}

}  // namespace claims
